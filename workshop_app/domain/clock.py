"""Hybrid logical clock: change stamps that order writes across laptops.

A stamp is ``WWWWWWWWWWWWWWW-CCCCCC-DEVICE``: wall-clock milliseconds, a counter
for writes within the same millisecond (or while the wall clock lags a stamp
already seen), and the writing device as the final tie-break. Stamps compare
correctly as plain strings, so SQLite can ``max()`` them.
"""

from __future__ import annotations

import time
from collections.abc import Callable

_WALL_DIGITS = 15
_COUNTER_DIGITS = 6


def format_stamp(wall_ms: int, counter: int, device: str) -> str:
    return f"{wall_ms:0{_WALL_DIGITS}d}-{counter:0{_COUNTER_DIGITS}d}-{device}"


def parse_stamp(stamp: str) -> tuple[int, int, str]:
    wall, counter, device = stamp.split("-", 2)
    return int(wall), int(counter), device


class HybridClock:
    """Issues monotonically increasing stamps for one device."""

    def __init__(
        self, device: str, last: str | None = None, now: Callable[[], float] = time.time
    ) -> None:
        if "-" in device or not device:
            raise ValueError("device id must be non-empty and contain no '-'")
        self.device = device
        self._now = now
        self._wall, self._counter = 0, 0
        if last:
            self.observe(last)

    def tick(self) -> str:
        """A new stamp, later than every stamp issued or observed so far."""
        physical = int(self._now() * 1000)
        if physical > self._wall:
            self._wall, self._counter = physical, 0
        else:
            self._counter += 1
        return format_stamp(self._wall, self._counter, self.device)

    def observe(self, stamp: str) -> None:
        """Move the clock past a stamp seen from another device (e.g. during a merge)."""
        wall, counter, _ = parse_stamp(stamp)
        self._wall, self._counter = max((self._wall, self._counter), (wall, counter))
