"""A page that builds its content the first time it is shown.

Pages that import heavy modules (analysis, export) or read a lot when built should
not slow down the start of the window; ``MainWindow.add_lazy_page`` wraps them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazyPage(QWidget):
    """Holds ``factory()``'s widget, created on first show (or on ``page()``)."""

    built = Signal(QWidget)

    def __init__(self, factory: Callable[[], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._factory = factory
        self._page: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def is_built(self) -> bool:
        return self._page is not None

    def page(self) -> QWidget:
        """The real page, built now if it was not yet."""
        if self._page is None:
            self._page = self._factory()
            self._layout.addWidget(self._page)
            self.setFocusProxy(self._page)
            self.built.emit(self._page)
        return self._page

    def showEvent(self, event) -> None:
        self.page()
        super().showEvent(event)

    def flush(self) -> None:
        """Pass the window's closing flush on to the page, if it was built."""
        flush = getattr(self._page, "flush", None)
        if callable(flush):
            flush()
