"""A list view's viewport width, read without asking for the viewport widget.

``QAbstractScrollArea.viewport()`` hands Python a widget that C++ made. The first such
widget makes PySide6 create the Python types of every QWidget class it might be (43 enum
types, ~6 ms), and the delegates ask for the width while the window is built, before its
first paint. The viewport is the view's inside less a visible vertical scroll bar
(``tests/test_ui_capture.py`` checks both cases against ``viewport().width()``).
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractScrollArea


def viewport_width(view: QAbstractScrollArea) -> int:
    """The width of ``view``'s viewport, as ``view.viewport().width()`` gives it."""
    width = view.maximumViewportSize().width()
    bar = view.verticalScrollBar()
    if bar.isVisible():
        width -= bar.width()
    return width
