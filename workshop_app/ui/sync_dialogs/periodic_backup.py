"""Backups every few minutes while notes change, taken off the UI thread.

A timer ticks every minute. A tick costs one small query on the UI thread (the
newest change stamp, a few milliseconds on 10,000 notes); when nothing changed
since the last backup it stops there. Otherwise ``safety.backup.maybe_backup``
runs on a pool thread with its own connection: it decides whether the newest
backup is old enough (five minutes) and takes the snapshot (~0.1 s on 10,000
notes), so typing never waits for it. A failed backup is said once in the status
bar; the next tick tries again.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from workshop_app.errors import UserError
from workshop_app.safety import backup as backups
from workshop_app.ui import dialogs
from workshop_app.ui.i18n import translate_error
from workshop_app.ui.sync_dialogs.worker_store import worker_store
from workshop_app.ui.workers import Workers

if TYPE_CHECKING:
    from workshop_app.ui.main_window import MainWindow

#: How often the window asks whether a backup is due.
TICK_MS = 60_000


def periodic_backup(
    db_path: Path, device: str, min_interval_s: float
) -> tuple[Path | None, str | None]:
    """Take a periodic backup if one is due (worker thread).

    Returns the new backup (or None) and the saved state the newest backup now holds
    (None when it does not hold the current state yet, e.g. too soon for another).
    """
    with worker_store(db_path, device) as store:
        made = backups.maybe_backup(store, min_interval_s)
        state = backups.store_state(store)
    newest = backups.list_backups(db_path)
    settled = state if newest and backups.backup_state(newest[0]) == state else None
    return made, settled


class PeriodicBackups(QObject):
    """The window's periodic backups (``tick`` is public for tests)."""

    #: A tick finished: the new backup's path or None, and an error message or "".
    finished = Signal(object, str)

    def __init__(
        self,
        window: MainWindow,
        tick_ms: int = TICK_MS,
        min_interval_s: float = backups.DEFAULT_INTERVAL_S,
    ) -> None:
        super().__init__(window)
        self.main_window = window
        self.min_interval_s = min_interval_s
        self.last_error = ""
        self._settled: str | None = None
        self._running = False
        self._workers = Workers(self, threads=1)  # one backup at a time
        self.timer = QTimer(self)
        self.timer.setInterval(tick_ms)
        self.timer.timeout.connect(self.tick)
        if window.store.path is not None:
            self.timer.start()

    @property
    def running(self) -> bool:
        return self._running

    def tick(self) -> bool:
        """Start a backup check on the pool thread if the notes changed; True if started."""
        store = self.main_window.store
        if self._running or store.path is None:
            return False
        try:
            if backups.store_state(store) == self._settled:
                return False  # the newest backup already holds exactly this
        except sqlite3.Error:
            return False
        self._running = True
        self._workers.run(
            periodic_backup, store.path, store.device, self.min_interval_s, dialog=False,
            on_done=lambda result: self._done(*result, ""), on_error=self._failed,
        )
        return True

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, (UserError, sqlite3.Error, OSError)):
            self._running = False
            dialogs.report_exception(self.main_window, exc)  # a bug: logged and shown
            return
        self._done(None, None, " ".join(str(exc).split()) or type(exc).__name__)

    def _done(self, made: Path | None, settled: str | None, error: str) -> None:
        self._running = False
        if error:
            if error != self.last_error:  # say it once, not every minute
                self.main_window.statusBar().showMessage(
                    self.tr("No backup could be taken: {0}").format(translate_error(error)), 30000
                )
            self.last_error = error
        else:
            self.last_error = ""
            self._settled = settled
        self.finished.emit(made, error)

    def wait(self, msecs: int = 30000) -> bool:
        """Block until a running backup is done (closing, tests)."""
        return self._workers.wait(msecs)
