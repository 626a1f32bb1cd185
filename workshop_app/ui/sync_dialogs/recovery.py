"""Opening a damaged consultation: offer to restore the newest good backup.

``offer_backup_restore`` is one of ``ui.app.OPEN_FAILURE_HANDLERS``: when a file
cannot be opened because it is damaged, and a good backup of it exists, a dialog
names the backup (when it was taken, how many notes) and offers to restore it.
The damaged file is kept, byte for byte, in the backup folder. Other failures
(a newer version, no permission) are left to the generic dialog.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QWidget

from workshop_app.errors import DamagedFileError, NewerVersionError, StoreError, UserError
from workshop_app.ui.i18n import translate_error


def offer_backup_restore(parent: QWidget | None, path: Path, error: StoreError) -> Path | None:
    """Offer the newest good backup of a damaged ``path``; returns ``path`` once restored."""
    if not isinstance(error, DamagedFileError) or isinstance(error, NewerVersionError):
        return None
    from PySide6.QtWidgets import QMessageBox  # loaded with the first dialog (start-up)

    from workshop_app.safety import backup as backups

    good = backups.newest_good_backup(path)
    if good is None:
        return None
    notes = backups.note_count(good)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("BackupRecovery", "The consultation is damaged"))
    box.setText(
        QCoreApplication.translate(
            "BackupRecovery", "“{0}” is damaged and cannot be opened."
        ).format(path.name)
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "BackupRecovery",
            "The newest good backup is from {0} and holds {1} notes:\n{2}\n\n"
            "Restore it? The damaged file is kept in the backup folder.",
        ).format(good.local_time, "?" if notes is None else notes, good.path)
    )
    box.setDetailedText(str(error))
    restore = box.addButton(
        QCoreApplication.translate("BackupRecovery", "Restore the backup"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(restore)
    box.exec()
    if box.clickedButton() is not restore:
        return None
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        backups.restore_backup(good, path)
    except UserError as exc:
        problem = translate_error(str(exc))
    else:
        return path
    finally:
        QApplication.restoreOverrideCursor()
    failed = QMessageBox(parent)
    failed.setIcon(QMessageBox.Icon.Warning)
    failed.setWindowTitle(QCoreApplication.translate("BackupRecovery", "Cannot restore"))
    failed.setText(
        QCoreApplication.translate(
            "BackupRecovery", "The backup could not be restored: {0}"
        ).format(problem)
    )
    failed.exec()
    return None
