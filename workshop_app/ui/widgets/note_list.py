"""A one-column list of notes with rows of different heights that stays fast when long.

A QListView with word-wrapped rows measures every row again whenever one row is
added. A header-less QTreeView that scrolls by item measures only the rows it shows,
so adding a note costs the same at 10 or 10,000 notes in the list.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
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
