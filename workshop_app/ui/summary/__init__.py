"""The Summary workspace: condense notes into summary points that stay traceable.

``install(window)`` adds the Summary page (View → Summary, Ctrl+R, declared as
``show_summary`` in ``ui/actions.py``) and returns it; the window keeps it as
``window.summary_page``. The page is an empty holder until it is
first shown: only then are the workspace, the curate service and the Danish
analysis imported and built, so the window starts as fast as without it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QVBoxLayout, QWidget

if TYPE_CHECKING:
    from workshop_app.ui.main_window import MainWindow
    from workshop_app.ui.summary.workspace import SummaryWorkspace


class SummaryPage(QWidget):
    """The page in the window's tab bar; builds its ``SummaryWorkspace`` when first shown."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("summaryPage")
        self._window = window
        self.workspace: SummaryWorkspace | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def ensure_workspace(self) -> SummaryWorkspace:
        """The workspace, built on first use."""
        if self.workspace is None:
            from workshop_app.ui.summary.workspace import SummaryWorkspace

            w = self._window
            self.workspace = SummaryWorkspace(w.store, w.bus, w.undo_stack, w.workers, self)
            self.layout().addWidget(self.workspace)
            self.workspace.show()  # a child added to a shown widget needs its own show()
            self.setFocusProxy(self.workspace)
        return self.workspace

    def showEvent(self, event) -> None:
        self.ensure_workspace()
        super().showEvent(event)


def install(window: MainWindow) -> SummaryPage:
    """Add the Summary page to *window*; the window keeps it as ``window.summary_page``."""
    page = SummaryPage(window)
    window.add_page(page, "show_summary")
    return page
