"""Help: the keyboard shortcuts, and About."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop_app import __version__


def shortcuts() -> list[tuple[str, str]]:
    """(keys, what they do) for the capture view and the window."""
    return [
        ("Enter", QCoreApplication.translate("Help", "Save the note")),
        ("Shift+Enter", QCoreApplication.translate("Help", "New line in the note")),
        ("Ctrl+T", QCoreApplication.translate("Help", "Switch between challenges and solutions")),
        ("Ctrl+1 … Ctrl+9", QCoreApplication.translate("Help", "Choose theme 1 to 9")),
        ("Ctrl+PgUp / Ctrl+PgDn", QCoreApplication.translate("Help", "Previous / next group")),
        ("Ctrl+G", QCoreApplication.translate("Help", "Add a group")),
        (
            "Ctrl+Shift+G",
            QCoreApplication.translate(
                "Help", "Move the selected notes to another group, theme or meeting"
            ),
        ),
        ("Ctrl+M", QCoreApplication.translate("Help", "Choose the meeting")),
        (
            QCoreApplication.translate("Help", "Up (in an empty note field)"),
            QCoreApplication.translate("Help", "Go to the last note in the list"),
        ),
        (
            QCoreApplication.translate("Help", "Enter or F2 (in the list)"),
            QCoreApplication.translate("Help", "Edit the note"),
        ),
        (
            QCoreApplication.translate("Help", "Delete (in the list)"),
            QCoreApplication.translate("Help", "Delete the selected notes"),
        ),
        (
            QCoreApplication.translate("Help", "Esc (in the list)"),
            QCoreApplication.translate("Help", "Back to the note field"),
        ),
        ("Ctrl+Z / Ctrl+Shift+Z", QCoreApplication.translate("Help", "Undo / redo")),
        ("Ctrl+F", QCoreApplication.translate("Help", "Search notes")),
        ("Ctrl+E", QCoreApplication.translate("Help", "Back to taking notes")),
        ("F11", QCoreApplication.translate("Help", "Projector view on or off")),
        (
            "F9 / Shift+F9",
            QCoreApplication.translate("Help", "Start or pause / reset the round timer"),
        ),
        ("Ctrl+R", QCoreApplication.translate("Help", "Summary workspace")),
        (
            "Ctrl+L / Ctrl+Shift+N",
            QCoreApplication.translate(
                "Help", "Summary: link the selected notes / draft a point from them"
            ),
        ),
        (
            "Ctrl+Shift+P",
            QCoreApplication.translate("Help", "Summary: promote a recurring group to a topic"),
        ),
        ("Ctrl+I", QCoreApplication.translate("Help", "Where is this note from?")),
        ("Ctrl+Shift+M", QCoreApplication.translate("Help", "Merge sessions from other laptops")),
        ("Ctrl+Shift+E", QCoreApplication.translate("Help", "Export the summary")),
        ("Ctrl+Shift+H", QCoreApplication.translate("Help", "Print QR handouts")),
        ("Ctrl+Q", QCoreApplication.translate("Help", "Quit (notes are saved already)")),
    ]


def show_shortcuts(parent: QWidget | None) -> None:
    dialog = QDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("Help", "Keyboard shortcuts"))
    rows = shortcuts()
    table = QTableWidget(len(rows), 2, dialog)
    table.setAccessibleName(QCoreApplication.translate("Help", "Keyboard shortcuts"))
    table.setHorizontalHeaderLabels(
        [
            QCoreApplication.translate("Help", "Keys"),
            QCoreApplication.translate("Help", "What it does"),
        ]
    )
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
        QCoreApplication.translate("Help", "About the workshop app"),
        QCoreApplication.translate(
            "Help",
            "<p><b>Workshop app</b> {0}</p><p>Notes from citizen dialogue meetings, "
            "captured live and saved as you type. Works offline.</p>",
        ).format(__version__),
    )
