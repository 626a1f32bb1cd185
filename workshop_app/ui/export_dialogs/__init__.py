"""Export dialogs: File → Export summary… and File → Handouts…, both with a page preview.

``install(window)`` adds the two File-menu items; it is listed in the main window's
``WINDOW_EXTENSIONS``. The dialogs import reportlab and python-docx only when the
first preview is rendered, so the window starts fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt

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


def install(window: MainWindow) -> None:
    """Add File → Export summary… and File → Handouts… to *window*."""
    window.summary_action = window.add_file_action(
        QCoreApplication.translate("ExportDialogs", "Export &summary…"),
        lambda: open_summary_dialog(window), "Ctrl+Shift+E")
    window.handout_action = window.add_file_action(
        QCoreApplication.translate("ExportDialogs", "&Handouts…"),
        lambda: open_handout_dialog(window), "Ctrl+Shift+H")
