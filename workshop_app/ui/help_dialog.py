"""Help: the keyboard shortcuts, and About."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QHeaderView,
)

from workshop_app import __version__


def _tr(text: str) -> str:
    return QCoreApplication.translate("Help", text)


def shortcuts() -> list[tuple[str, str]]:
    """(keys, what they do) for the capture view and the window."""
    return [
        ("Enter", _tr("Save the note")),
        ("Shift+Enter", _tr("New line in the note")),
        ("Ctrl+T", _tr("Switch between challenges and solutions")),
        ("Ctrl+1 … Ctrl+9", _tr("Choose theme 1 to 9")),
        ("Ctrl+PgUp / Ctrl+PgDn", _tr("Previous / next group")),
        ("Ctrl+G", _tr("Add a group")),
        ("Ctrl+M", _tr("Choose the meeting")),
        (_tr("Up (in an empty note field)"), _tr("Go to the last note in the list")),
        (_tr("Enter or F2 (in the list)"), _tr("Edit the note")),
        (_tr("Delete (in the list)"), _tr("Delete the selected notes")),
        (_tr("Esc (in the list)"), _tr("Back to the note field")),
        ("Ctrl+Z / Ctrl+Shift+Z", _tr("Undo / redo")),
        ("Ctrl+F", _tr("Search notes")),
        ("Ctrl+E", _tr("Back to taking notes")),
        ("F11", _tr("Projector view on or off")),
        ("F9 / Shift+F9", _tr("Start or pause / reset the round timer")),
        ("Ctrl+Q", _tr("Quit (notes are saved already)")),
    ]


def show_shortcuts(parent: QWidget | None) -> None:
    dialog = QDialog(parent)
    dialog.setWindowTitle(_tr("Keyboard shortcuts"))
    rows = shortcuts()
    table = QTableWidget(len(rows), 2, dialog)
    table.setAccessibleName(_tr("Keyboard shortcuts"))
    table.setHorizontalHeaderLabels([_tr("Keys"), _tr("What it does")])
    table.verticalHeader().hide()
    table.setShowGrid(False)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    for row, (keys, text) in enumerate(rows):
        table.setItem(row, 0, QTableWidgetItem(keys))
        table.setItem(row, 1, QTableWidgetItem(text))
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(table)
    layout.addWidget(buttons)
    dialog.resize(620, 560)
    dialog.exec()


def show_about(parent: QWidget | None) -> None:
    QMessageBox.about(
        parent,
        _tr("About the workshop app"),
        _tr("<p><b>Workshop app</b> {0}</p><p>Notes from citizen dialogue meetings, "
            "captured live and saved as you type. Works offline.</p>").format(__version__),
    )
