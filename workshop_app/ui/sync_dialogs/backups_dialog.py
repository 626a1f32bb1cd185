"""File → Backups…: the automatic backups of this consultation, and restoring one.

The list shows when each backup was taken, why, how many notes it holds and its
size. Restore asks first, backs up the current state (so a restore can itself be
undone from this list), writes the backup into the file on a worker thread, and
then the window opens the consultation again.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop_app.safety import backup as backups
from workshop_app.sync.identity import OtherConsultationError, check_same_consultation
from workshop_app.ui import dialogs

if TYPE_CHECKING:
    from workshop_app.ui.main_window import MainWindow

BackupRole = Qt.ItemDataRole.UserRole + 1


class BackupsDialog(QDialog):
    """The backups of the window's consultation, newest first, with Restore."""

    #: A backup was written into the consultation (the window reopens it).
    restored = Signal(object)

    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.main_window = window
        self.db_path = Path(window.store.path) if window.store.path else None
        self.setWindowTitle(self.tr("Backups"))
        self.setAccessibleName(self.tr("Backups"))
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)

        self.list = QTreeWidget(self)
        self.list.setAccessibleName(self.tr("Backups, newest first"))
        self.list.setHeaderLabels(
            [self.tr("Taken"), self.tr("Why"), self.tr("Notes"), self.tr("Size")]
        )
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.list, 1)

        self.where = QLabel(self)
        self.where.setObjectName("hint")
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.where)

        self.buttons = QDialogButtonBox(self)
        self.restore_button = QPushButton(self.tr("&Restore…"), self)
        self.restore_button.setToolTip(
            self.tr("Put the consultation back as it was when this backup was taken")
        )
        self.folder_button = QPushButton(self.tr("Show &folder"), self)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.ask_restore)
        self.folder_button.clicked.connect(self.show_folder)
        self.list.itemSelectionChanged.connect(self._selection_changed)
        self.list.itemActivated.connect(lambda _item, _col: self.ask_restore())
        layout.addWidget(self.buttons)
        self.reload()
        dialogs.fit_to_screen(self, 640, 460)

    # -------------------------------------------------------------- listing
    def reason_text(self, reason: str) -> str:
        """The reason in a backup's name, in the user's words."""
        if reason.startswith("before-migration"):
            return self.tr("Before the app updated the file")
        return {
            "open": self.tr("When the consultation was opened"),
            "periodic": self.tr("While notes were being written"),
            "before-merge": self.tr("Before a merge"),
            "before-restore": self.tr("Before a restore"),
            "manual": self.tr("Made by hand"),
        }.get(reason, reason)

    def reload(self) -> None:
        """Read the backup folder again."""
        self.list.clear()
        found = backups.list_backups(self.db_path) if self.db_path else []
        locale = QLocale()
        for item in found:
            notes = backups.note_count(item)
            row = QTreeWidgetItem(
                [
                    item.local_time,
                    self.reason_text(item.reason),
                    "–" if notes is None else str(notes),
                    locale.formattedDataSize(item.size, 1),
                ]
            )
            row.setData(0, BackupRole, item)
            row.setToolTip(0, str(item.path))
            for column in (2, 3):
                row.setTextAlignment(
                    column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                )
            self.list.addTopLevelItem(row)
        name = self.db_path.name if self.db_path else ""
        if found:
            self.intro.setText(
                self.tr(
                    "Backups of “{0}” are taken automatically: when it is opened, every few "
                    "minutes while notes are written, and before a merge or a restore. The "
                    "newest 20 are kept, and one for every day."
                ).format(name)
            )
            self.list.setCurrentItem(self.list.topLevelItem(0))
        else:
            self.intro.setText(self.tr("There are no backups of “{0}” yet.").format(name))
        folder = backups.backup_dir(self.db_path, create=False) if self.db_path else None
        self.where.setText(self.tr("Kept in {0}").format(folder) if folder else "")
        self.folder_button.setEnabled(bool(folder and folder.is_dir()))
        self._selection_changed()

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def selected(self) -> backups.Backup | None:
        items = self.list.selectedItems()
        return items[0].data(0, BackupRole) if items else None

    def show_folder(self) -> None:
        if self.db_path:
            folder = backups.backup_dir(self.db_path, create=False)
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # -------------------------------------------------------------- restoring
    def ask_restore(self) -> None:
        """Confirm, then restore the selected backup."""
        chosen = self.selected()
        if chosen is None or self.db_path is None:
            return
        notes = backups.note_count(chosen)
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Restore backup"))
        box.setText(
            self.tr("Put the consultation back as it was on {0}?").format(chosen.local_time)
        )
        box.setInformativeText(
            self.tr(
                "The backup holds {0} notes. Changes made since then are replaced; the "
                "current state is backed up first, so you can come back to it from this list."
            ).format("?" if notes is None else notes)
        )
        other = self._other_consultation(chosen)
        if other is not None:  # a backup of another consultation: say so, and ask that
            box.setIcon(QMessageBox.Icon.Warning)
            box.setText(
                self.tr(
                    "This backup is of another consultation: “{0}”, not “{1}”. Replace “{1}” "
                    "with it?"
                ).format(other.theirs, other.ours)
            )
        restore = box.addButton(
            self.tr("Restore") if other is None else self.tr("Restore anyway"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(restore if other is None else cancel)
        box.exec()
        if box.clickedButton() is restore:
            self.restore(chosen, other_consultation=other is not None)

    def _other_consultation(self, chosen: backups.Backup) -> OtherConsultationError | None:
        assert self.db_path is not None
        try:
            check_same_consultation(chosen.path, self.db_path)
        except OtherConsultationError as exc:
            return exc
        return None

    def restore(self, chosen: backups.Backup, *, other_consultation: bool = False) -> None:
        """Write ``chosen`` into the consultation on a worker thread (``other_consultation``:
        the coordinator said yes to a backup of another consultation)."""
        self.main_window.workers.wait()  # no merge or export of the old state still running
        self.main_window.workers.run(
            functools.partial(backups.restore_backup, other_consultation=other_consultation),
            chosen.path,
            self.db_path,
            title=self.tr("Restoring the backup…"),
            on_done=self._restored,
            on_error=lambda exc: dialogs.report_exception(self, exc),
        )

    def _restored(self, result: backups.RestoreResult) -> None:
        self.restored.emit(result)
        self.accept()
