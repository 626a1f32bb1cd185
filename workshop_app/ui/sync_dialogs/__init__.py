"""Merging laptops and backups in the window.

``install(window)`` returns the ``SyncCommands`` the window keeps as ``window.sync``:

- File → Export session… (``export_session``): this laptop's notes as a ``.wsession`` file;
- File → Merge sessions… (``merge_dialog``): choose files (or drop them on the window),
  preview the dry run per meeting place with the conflicts, then merge off the UI thread;
- File → Backups… (``backups_dialog``): list the automatic backups and restore one;
- Edit → Where is this note from? and a status line for the selected note (``provenance``);
- backups every few minutes while notes change (``periodic_backup``).

``recovery.offer_backup_restore`` is registered with ``ui.app`` for damaged files.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt

if TYPE_CHECKING:
    from workshop_app.ui.main_window import MainWindow
    from workshop_app.ui.sync_dialogs.backups_dialog import BackupsDialog
    from workshop_app.ui.sync_dialogs.export_session import SessionExporter
    from workshop_app.ui.sync_dialogs.merge_dialog import SessionMerger

#: File endings a dropped file must have to be offered for merging.
MERGEABLE_SUFFIXES = (".wsession", ".sqlite", ".db")


def open_backups_dialog(window: MainWindow) -> BackupsDialog:
    """Show File → Backups… for the window's consultation; a restore reopens it."""
    from workshop_app.ui.sync_dialogs.backups_dialog import BackupsDialog

    dialog = BackupsDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.restored.connect(lambda _result: _after_restore(window))
    dialog.open()
    window.sync.backups_dialog = dialog
    return dialog


def _after_restore(window: MainWindow) -> None:
    window.statusBar().showMessage(
        QCoreApplication.translate("SyncDialogs", "The backup was restored."), 15000
    )
    window.undo_stack.clear()  # the undo steps describe notes as they were before the restore
    # The app opens the file again in a fresh window: migrations if the backup is older,
    # every page reads the restored notes.
    window.reopenRequested.emit()


class SyncCommands:
    """What merging and backups add to a window (``window.sync``).

    The merge flow and the session export (and ``workshop_app.sync``) are made on first
    use, so the window starts as fast as without them.
    """

    def __init__(self, window: MainWindow) -> None:
        from workshop_app.ui.sync_dialogs.periodic_backup import PeriodicBackups
        from workshop_app.ui.sync_dialogs.provenance import ProvenanceDisplay

        self._window = window
        self._merger: SessionMerger | None = None
        self._exporter: SessionExporter | None = None
        self.backups_dialog: BackupsDialog | None = None  # the one open now, if any
        bind = window.actions.bind
        self.export_session_action = bind("export_session", lambda: self.exporter().ask())
        self.merge_action = bind("merge", lambda: self.merger().ask())
        self.backups_action = bind("backups", lambda: open_backups_dialog(window))
        self.provenance = ProvenanceDisplay(window)
        self.periodic_backups = PeriodicBackups(window)
        window.bus.filesDropped.connect(self._files_dropped)

    def merger(self) -> SessionMerger:
        """The window's merge flow, made on first use (``workshop_app.sync`` loads only then)."""
        if self._merger is None:
            from workshop_app.ui.sync_dialogs.merge_dialog import SessionMerger

            self._merger = SessionMerger(self._window)
        return self._merger

    def exporter(self) -> SessionExporter:
        """The window's session export, made on first use."""
        if self._exporter is None:
            from workshop_app.ui.sync_dialogs.export_session import SessionExporter

            self._exporter = SessionExporter(self._window)
        return self._exporter

    def _files_dropped(self, paths: list[str]) -> None:
        # Only session files and consultations are ours; other files (CSV …) are left alone.
        if any(Path(p).suffix.lower() in MERGEABLE_SUFFIXES for p in paths):
            self.merger().files_dropped(paths)


def session_merger(window: MainWindow) -> SessionMerger:
    """The window's merge flow (made on first use)."""
    return window.sync.merger()


def session_exporter(window: MainWindow) -> SessionExporter:
    """The window's session export (made on first use)."""
    return window.sync.exporter()


def install(window: MainWindow) -> SyncCommands:
    """Bind the session, merge and backup commands; provenance and periodic backups."""
    return SyncCommands(window)
