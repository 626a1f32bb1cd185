"""Merging laptops and backups in the window.

``install(window)`` (listed in the main window's ``WINDOW_EXTENSIONS``) adds:

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
    window.backups_dialog = dialog
    return dialog


def _after_restore(window: MainWindow) -> None:
    window.statusBar().showMessage(
        QCoreApplication.translate("SyncDialogs", "The backup was restored."), 15000
    )
    window.undo_stack.clear()  # the undo steps describe notes as they were before the restore
    # The app opens the file again in a fresh window: migrations if the backup is older,
    # every page reads the restored notes.
    window.reopenRequested.emit()


def session_merger(window: MainWindow) -> SessionMerger:
    """The window's merge flow, made on first use (``workshop_app.sync`` loads only then)."""
    merger = getattr(window, "session_merger", None)
    if merger is None:
        from workshop_app.ui.sync_dialogs.merge_dialog import SessionMerger

        merger = window.session_merger = SessionMerger(window)
    return merger


def session_exporter(window: MainWindow) -> SessionExporter:
    """The window's session export, made on first use."""
    exporter = getattr(window, "session_exporter", None)
    if exporter is None:
        from workshop_app.ui.sync_dialogs.export_session import SessionExporter

        exporter = window.session_exporter = SessionExporter(window)
    return exporter


def _files_dropped(window: MainWindow, paths: list[str]) -> None:
    # Only session files and consultations are ours; other files (CSV …) are left alone.
    if any(Path(p).suffix.lower() in MERGEABLE_SUFFIXES for p in paths):
        session_merger(window).files_dropped(paths)


def install(window: MainWindow) -> None:
    """Add the session, merge and backup commands, provenance and periodic backups to *window*.

    The merge and export code (and ``workshop_app.sync``) load when first used, so the
    window starts as fast as before.
    """
    from workshop_app.ui.sync_dialogs.periodic_backup import PeriodicBackups
    from workshop_app.ui.sync_dialogs.provenance import ProvenanceDisplay

    window.session_exporter = None
    window.session_merger = None
    window.export_session_action = window.add_file_action(
        QCoreApplication.translate("SyncDialogs", "Export s&ession…"),
        lambda: session_exporter(window).ask(),
    )
    window.merge_action = window.add_file_action(
        QCoreApplication.translate("SyncDialogs", "&Merge sessions…"),
        lambda: session_merger(window).ask(),
        "Ctrl+Shift+M",
    )
    window.backups_action = window.add_file_action(
        QCoreApplication.translate("SyncDialogs", "&Backups…"), lambda: open_backups_dialog(window)
    )
    window.bus.filesDropped.connect(lambda paths: _files_dropped(window, paths))
    window.provenance = ProvenanceDisplay(window)
    window.periodic_backups = PeriodicBackups(window)
