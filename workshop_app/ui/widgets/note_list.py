"""A one-column list of notes with rows of different heights that stays fast when long.

A QListView with word-wrapped rows measures every row again whenever one row is
added. A header-less QTreeView that scrolls by item measures only the rows it shows,
so adding a note costs the same at 10 or 10,000 notes in the list, as long as nothing
asks for its vertical offset in pixels: a style-sheet ``background`` on the view does, on
every repaint (it measures every row above the visible ones). So the background is the
palette's Base colour, never a style-sheet rule (see ``ui/theme.py``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget


class NoteListView(QTreeView):
    """Notes, one per row, word-wrapped by ``NoteDelegate``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setIndentation(0)
        self.setItemsExpandable(False)
        self.setUniformRowHeights(False)
        self.setAllColumnsShowFocus(True)
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Per item, not per pixel: per-pixel scrolling would measure every row.
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.header().setStretchLastSection(True)

    def resizeEvent(self, event) -> None:
        old_width = event.oldSize().width()
        super().resizeEvent(event)
        if old_width != event.size().width():
            self.scheduleDelayedItemsLayout()  # wrapped rows change height with the width

    def set_background(self, colour: QColor) -> None:
        """The list's background (the palette's Base; not a style sheet: see the module)."""
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Base, colour)
        self.setPalette(palette)

    def viewport_widths(self) -> tuple[int, int]:
        """The viewport's width without and with the vertical scroll bar (rows are laid out
        at one or the other, depending on whether the list scrolls)."""
        bar = self.verticalScrollBar()
        bar_width = bar.sizeHint().width()
        full = self.viewport().width() + (bar_width if bar.isVisible() else 0)
        return full, full - bar_width
