"""What opening a consultation does besides checking it, chosen once where the program starts.

The store knows nothing of backups; the program's composition root (``cli.run`` for the
command line, ``ui.app.run_gui`` for the window) builds one :class:`OpenPolicy` with
``safety.backup.open_policy(...)`` and passes it to every ``Store.open``. A store opened
without one (tests, benchmarks, a pool thread) does only the checks: no backups are taken
behind anyone's back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from workshop_app.store.store import Store


@dataclass(frozen=True)
class OpenPolicy:
    """The steps around an open; each may be None (skipped)."""

    #: ``(path, reason)`` before a migration changes an existing file (the backup); raising
    #: stops the migration, so a file is never migrated without its backup.
    before_migration: Callable[[Path, str], None] | None = None
    #: Called with the open, checked store (the on-open backup).
    after_open: Callable[[Store], None] | None = None
    #: A refused file's path -> a sentence added to the refusal (the newest good backup).
    damage_hint: Callable[[Path], str | None] | None = None
    #: Open a current file on SQLite's quick check and leave the full integrity check for
    #: later (``Store.start_full_check``, the window after its first paint); every write
    #: waits for its verdict (see ``store.full_check``). A file that needs a migration, or
    #: whose journal mode must change, is still checked fully before it is opened.
    defer_full_check: bool = False

    def explain_damage(self, path: Path, message: str) -> str:
        """A refusal message with the policy's hint, if any."""
        if self.damage_hint is None:
            return message
        try:
            hint = self.damage_hint(path)
        except Exception:  # noqa: BLE001 - a hint must never hide the real error
            hint = None
        return f"{message}; {hint}" if hint else message


#: Only the checks.
PLAIN = OpenPolicy()
