"""The Summary workspace: condense notes into summary points that stay traceable.

``install(window)`` adds the Summary page (View → Summary, Ctrl+R); it is listed in
the main window's ``WINDOW_EXTENSIONS``. The recurring-proposal analysis is
imported only when the page first looks for suggestions, so startup stays fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from workshop_app.ui.main_window import MainWindow

#: Shows the Summary page (Ctrl+1 … Ctrl+9 choose themes, Ctrl+E/F/, other pages).
SHORTCUT = "Ctrl+R"


def install(window: MainWindow) -> None:
    """Add the Summary page to *window* (as ``window.summary_page``)."""
    from workshop_app.ui.summary.workspace import SummaryWorkspace

    page = SummaryWorkspace(window.store, window.bus, window.undo_stack, window.workers, window)
    window.summary_page = page
    window.add_page(page, QCoreApplication.translate("SummaryPage", "Su&mmary"), SHORTCUT)
