"""Recurring suggestions: proposals and challenges that came up at several meetings.

The detection (``workshop_app.analysis.recurring``) runs on a worker thread over
the notes as plain data; this panel lists its groups (label, meetings, venues,
and the notes themselves when a group is expanded) and offers one action:
promote the group to a cross-cutting topic with a drafted, linked point.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

from workshop_app.analysis.recurring import RecurringGroup
from workshop_app.ui.summary.models import (
    BadgeRole,
    CardDelegate,
    CompactRole,
    DetailRole,
    IdRole,
    KindRole,
    ObjectRole,
    RowRole,
    count_meetings,
    count_notes,
)
from workshop_app.ui.summary.notes_panel import FlatList


class RecurringPanel(QWidget):
    """The list of recurring groups with Find again and Promote."""

    refreshRequested = Signal()
    promoteRequested = Signal(object)  # RecurringGroup

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self.tr("&Recurring suggestions"), self)
        self.title.setObjectName("sectionTitle")
        self.refresh_button = QToolButton(self)
        self.refresh_button.setText(self.tr("Find again"))
        self.refresh_button.setToolTip(
            self.tr("Look again for proposals raised at several meetings")
        )
        self.refresh_button.setAccessibleName(self.tr("Find recurring proposals again"))
        self.refresh_button.clicked.connect(self.refreshRequested)
        self.status = QLabel(self)
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)
        self.view = FlatList(self, flat=False)
        self.view.setObjectName("recurringGroups")
        self.view.setAccessibleName(self.tr("Recurring suggestions"))
        self.view.setIndentation(12)
        self.model = QStandardItemModel(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(CardDelegate(self.view, show_kind=False, bold=True))
        self.title.setBuddy(self.view)
        self.promote_button = QPushButton(self.tr("Promote to cross-cutting topic"), self)
        self.promote_button.setToolTip(
            self.tr(
                "Make the selected suggestion a cross-cutting topic with a drafted point "
                "linked to its notes (Ctrl+Shift+P)"
            )
        )
        self.promote_button.clicked.connect(self._promote)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(head)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.promote_button)
        self._update_buttons()

    def set_status(self, text: str) -> None:
        self.status.setText(text)

    def set_groups(self, groups: Sequence[RecurringGroup], promoted: dict[frozenset, str]) -> None:
        """Show ``groups``; ``promoted`` maps a note-id set to the section it is summarised in."""
        keep = self.current_group()
        self.model.clear()
        for number, group in enumerate(groups):
            item = QStandardItem(group.label)
            item.setData(str(number), IdRole)
            item.setData("group", RowRole)
            item.setData(group.kind, KindRole)
            item.setData(group, ObjectRole)
            item.setData(
                count_meetings(group.meetings)
                + " · "
                + count_notes(len(group.notes))
                + " · "
                + ", ".join(group.venues),
                DetailRole,
            )
            where = promoted.get(frozenset(group.note_ids))
            if where:
                item.setData("✓ " + self.tr("in summary"), BadgeRole)
                item.setToolTip(self.tr("Already a point under “{0}”").format(where))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            for note in group.notes:
                child = QStandardItem(note.text)
                child.setData(note.id, IdRole)
                child.setData("link", RowRole)
                child.setData(True, CompactRole)
                child.setData(note.venue, DetailRole)
                child.setToolTip(f"{note.venue} · {note.theme} · {note.group}\n{note.text}")
                child.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                item.appendRow(child)
            self.model.appendRow(item)
        row = 0
        if keep is not None:
            row = next((r for r in range(len(groups)) if groups[r].note_ids == keep.note_ids), 0)
        if groups:
            self.view.setCurrentIndex(self.model.index(row, 0))
        self._update_buttons()

    def groups(self) -> list[RecurringGroup]:
        return [self.model.item(r).data(ObjectRole) for r in range(self.model.rowCount())]

    def current_group(self) -> RecurringGroup | None:
        index = self.view.currentIndex()
        if index.isValid() and index.parent().isValid():
            index = index.parent()
        return index.data(ObjectRole) if index.isValid() else None

    def select_group(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(row, 0))

    def _promote(self) -> None:
        group = self.current_group()
        if group is not None:
            self.promoteRequested.emit(group)

    def _update_buttons(self) -> None:
        self.promote_button.setEnabled(self.current_group() is not None)

    def group_index(self, row: int) -> QModelIndex:
        return self.model.index(row, 0)
