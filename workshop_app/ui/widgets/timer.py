"""The round timer: a countdown shared by the capture view and the projector.

``RoundTimer`` holds the time; ``TimerWidget`` shows it. The clock is injectable
(``clock=`` a function returning seconds) so tests drive it without waiting.
At zero it emits ``finished`` once; widgets flash gently and the app beeps once.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QWidget,
)


def format_seconds(seconds: int) -> str:
    """``mm:ss`` (``h:mm:ss`` from an hour)."""
    seconds = max(0, int(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


class RoundTimer(QObject):
    """A countdown of ``minutes``: start, pause, reset."""

    changed = Signal(int)  # whole seconds left
    runningChanged = Signal(bool)
    lengthChanged = Signal(int)  # minutes
    finished = Signal()

    def __init__(
        self,
        minutes: int = 20,
        *,
        clock: Callable[[], float] = time.monotonic,
        tick_ms: int = 200,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._duration = max(1, int(minutes)) * 60.0
        self._left = self._duration
        self._started_at: float | None = None
        self._shown = int(self._duration)
        self._ticker = QTimer(self)
        self._ticker.setInterval(tick_ms)
        self._ticker.timeout.connect(self.tick)

    # ------------------------------------------------------------------ state
    @property
    def minutes(self) -> int:
        return int(self._duration // 60)

    @property
    def running(self) -> bool:
        return self._started_at is not None

    def remaining(self) -> int:
        """Whole seconds left (rounded up, so the display reaches 00:00 exactly at the end)."""
        left = self._left
        if self._started_at is not None:
            left -= self._clock() - self._started_at
        whole = int(left)
        return max(0, whole + (1 if left - whole > 1e-9 else 0))

    # ------------------------------------------------------------------ control
    def set_minutes(self, minutes: int) -> None:
        """Set the round length; resets the countdown."""
        self._duration = max(1, min(180, int(minutes))) * 60.0
        self.reset()
        self.lengthChanged.emit(self.minutes)

    def start(self) -> None:
        if self.running:
            return
        if self.remaining() == 0:
            self._left = self._duration
        self._started_at = self._clock()
        self._ticker.start()
        self.runningChanged.emit(True)
        self.tick()

    def pause(self) -> None:
        if not self.running:
            return
        self._left -= self._clock() - (self._started_at or 0.0)
        self._started_at = None
        self._ticker.stop()
        self.runningChanged.emit(False)
        self.tick()

    def toggle(self) -> None:
        self.pause() if self.running else self.start()

    def reset(self) -> None:
        was_running = self.running
        self._started_at = None
        self._ticker.stop()
        self._left = self._duration
        if was_running:
            self.runningChanged.emit(False)
        self._shown = -1
        self.tick()

    def tick(self) -> None:
        """Re-read the clock; emits ``changed`` when the shown second moves, ``finished`` at 0."""
        left = self.remaining()
        if left != self._shown:
            self._shown = left
            self.changed.emit(left)
        if self.running and left == 0:
            self._left = 0.0
            self._started_at = None
            self._ticker.stop()
            self.runningChanged.emit(False)
            self.finished.emit()


class TimerLabel(QLabel):
    """The time left, flashing gently a few times when the round ends."""

    FLASHES = 6

    def __init__(self, timer: RoundTimer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timerLabel")
        self.timer = timer
        self._flash_left = 0
        self._flasher = QTimer(self)
        self._flasher.setInterval(450)
        self._flasher.timeout.connect(self._flash_step)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        timer.changed.connect(self._show)
        timer.finished.connect(self.flash)
        timer.runningChanged.connect(lambda _running: self._show(timer.remaining()))
        self._show(timer.remaining())

    @property
    def flashing(self) -> bool:
        return self._flasher.isActive()

    def _show(self, seconds: int) -> None:
        self.setText(format_seconds(seconds))
        state = "running" if self.timer.running else ("ended" if seconds == 0 else "idle")
        self._set_state(state)
        self.setAccessibleName(self.tr("Round timer: {0} left").format(format_seconds(seconds)))

    def _set_state(self, state: str) -> None:
        if self.property("state") != state:
            self.setProperty("state", state)
            self.style().unpolish(self)
            self.style().polish(self)

    def flash(self) -> None:
        self._flash_left = self.FLASHES
        self._flasher.start()

    def _flash_step(self) -> None:
        self._flash_left -= 1
        self._set_state("flash" if self._flash_left % 2 else "ended")
        if self._flash_left <= 0:
            self._flasher.stop()
            self._set_state("ended")


class TimerWidget(QWidget):
    """Time left, start/pause, reset and round length: for the capture view's top bar."""

    def __init__(self, timer: RoundTimer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timer = timer
        self.label = TimerLabel(timer, self)
        self.toggle_button = QToolButton(self)
        self.toggle_button.clicked.connect(timer.toggle)
        self.reset_button = QToolButton(self)
        self.reset_button.setText("↺")
        self.reset_button.clicked.connect(timer.reset)
        self.length_button = QToolButton(self)
        self.length_button.clicked.connect(self.ask_minutes)
        for button in (self.toggle_button, self.reset_button, self.length_button):
            button.setAutoRaise(True)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.label)
        layout.addWidget(self.toggle_button)
        layout.addWidget(self.reset_button)
        layout.addWidget(self.length_button)
        timer.runningChanged.connect(self._update_buttons)
        timer.lengthChanged.connect(lambda _m: self._update_buttons(timer.running))
        timer.finished.connect(QApplication.beep)
        self._update_buttons(timer.running)

    def _update_buttons(self, running: bool) -> None:
        self.toggle_button.setText("❚❚" if running else "▶")
        name = self.tr("Pause the round timer") if running else self.tr("Start the round timer")
        self.toggle_button.setToolTip(name)
        self.toggle_button.setAccessibleName(name)
        self.reset_button.setToolTip(self.tr("Reset the round timer"))
        self.reset_button.setAccessibleName(self.tr("Reset the round timer"))
        self.length_button.setText(self.tr("{0} min").format(self.timer.minutes))
        self.length_button.setToolTip(self.tr("Round length"))
        self.length_button.setAccessibleName(self.tr("Round length in minutes"))

    def ask_minutes(self) -> None:
        from PySide6.QtWidgets import QInputDialog  # loaded when first needed (start-up)

        minutes, ok = QInputDialog.getInt(
            self,
            self.tr("Round length"),
            self.tr("Minutes per round:"),
            self.timer.minutes,
            1,
            180,
        )
        if ok:
            self.timer.set_minutes(minutes)
