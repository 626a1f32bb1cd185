"""Export dialogs: File → Export summary… and File → Handouts…, both with a page preview.

``install(window)`` binds the two declared File-menu commands and returns the
``ExportCommands`` the window keeps as ``window.exports``. The dialogs import reportlab and python-docx only when the
first preview is rendered, so the window starts fast.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

if TYPE_CHECKING:
    from workshop_app.ui.export_dialogs.handout_dialog import HandoutDialog
    from workshop_app.ui.export_dialogs.summary_dialog import SummaryDialog
    from workshop_app.ui.main_window import MainWindow


def open_summary_dialog(window: MainWindow) -> SummaryDialog:
    """Show the Export summary dialog for the window's consultation."""
    from workshop_app.ui.export_dialogs.summary_dialog import SummaryDialog

    dialog = SummaryDialog(window.store, window.bus, window.workers, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def open_handout_dialog(window: MainWindow) -> HandoutDialog:
    """Show the Handouts dialog for the window's consultation."""
    from workshop_app.ui.export_dialogs.handout_dialog import HandoutDialog

    dialog = HandoutDialog(window.store, window.bus, window.workers, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


@dataclass(frozen=True)
class ExportCommands:
    """The window's export commands (``window.exports``)."""

    summary_action: QAction
    handout_action: QAction


def install(window: MainWindow) -> ExportCommands:
    """Bind File → Export summary… and File → Handouts… of *window*."""
    return ExportCommands(
        summary_action=window.actions.bind("export_summary", lambda: open_summary_dialog(window)),
        handout_action=window.actions.bind("handouts", lambda: open_handout_dialog(window)),
    )
