"""File → Export session…: this laptop's notes as one ``.wsession`` file for the coordinator.

The file name suggested is made of the venue, the date and the laptop's name
(``Nørrebro-2026-04-08-laptop3.wsession``), so the coordinator can tell the files on
a USB stick apart. The snapshot is written on a worker thread with its own
connection; the window stays responsive and says where the file went.
"""

from __future__ import annotations

import datetime as dt
import platform
import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

from workshop_app.domain.model import Meeting
from workshop_app.sync import EXTENSION, SessionManifest, export_session
from workshop_app.ui.sync_dialogs.worker_store import worker_store

if TYPE_CHECKING:
    from workshop_app.ui.main_window import MainWindow


def _slug(text: str) -> str:
    """Letters (Danish ones too), digits, dots and dashes; spaces become dashes."""
    return re.sub(r"[^\w.-]+", "-", text.strip(), flags=re.UNICODE).strip("-._")[:40]


def default_session_name(
    meeting: Meeting | None, laptop: str | None = None, today: dt.date | None = None
) -> str:
    """``<venue>-<date>-<laptop>.wsession``; the parts that are unknown are left out."""
    date = (meeting.date if meeting and meeting.date else "") or (
        today or dt.date.today()
    ).isoformat()
    host = laptop if laptop is not None else platform.node().split(".")[0]
    parts = [_slug(meeting.venue) if meeting else "", _slug(date), _slug(host)]
    return "-".join(p for p in parts if p) + EXTENSION if any(parts) else "session" + EXTENSION


def write_session(db_path: Path, device: str, out: Path) -> SessionManifest:
    """Export the consultation at ``db_path`` to ``out`` (runs on a worker thread)."""
    with worker_store(db_path, device) as store:
        return export_session(store, out)


class SessionExporter(QObject):
    """Asks where to save the session file, then writes it without blocking the window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def suggested_path(self) -> Path:
        window = self.window
        meeting = window.capture_page.current_meeting()
        if meeting is None:
            meetings = window.store.meetings()
            meeting = meetings[0] if len(meetings) == 1 else None
        folder = window.store.path.parent if window.store.path else Path.home()
        return folder / default_session_name(meeting)

    def ask(self) -> None:
        """File → Export session…"""
        window = self.window
        if window.store.path is None:
            return
        name, _filter = QFileDialog.getSaveFileName(
            window,
            self.tr("Export session"),
            str(self.suggested_path()),
            self.tr("Session files (*{0})").format(EXTENSION),
        )
        if not name:
            return
        out = Path(name)
        if out.suffix.lower() != EXTENSION:
            out = out.with_name(out.name + EXTENSION)
        self.export_to(out)

    def export_to(self, out: Path) -> None:
        """Write the session file ``out`` on a worker thread; report in the status bar."""
        window = self.window
        window.statusBar().showMessage(self.tr("Writing the session file…"))
        window.workers.run(
            write_session,
            window.store.path,
            window.store.device,
            out,
            title=self.tr("Exporting the session…"),
            on_done=lambda manifest: self._done(out, manifest),
            on_error=self._failed,
        )

    def _done(self, out: Path, manifest: SessionManifest) -> None:
        self.window.statusBar().showMessage(
            self.tr("Session saved: {0} ({1} notes). Give this file to the coordinator.").format(
                out.name, manifest.notes
            ),
            15000,
        )

    def _failed(self, exc: BaseException) -> None:
        from workshop_app.ui import dialogs

        self.window.statusBar().clearMessage()
        dialogs.report_exception(self.window, exc)
