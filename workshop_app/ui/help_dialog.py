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
from workshop_app.ui import dialogs
from workshop_app.ui.actions import help_rows


def shortcuts() -> list[tuple[str, str]]:
    """(keys, what they do) for the capture view and the window, from ``ui/actions.py``."""
    return help_rows()


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
    dialogs.fit_to_screen(dialog, 620, 560)
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
