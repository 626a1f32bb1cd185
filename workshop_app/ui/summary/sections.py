"""The section selector: cross-cutting topics first, then the themes, as in the opsamling.

Each row shows the theme's or topic's name and how far its summary has come
("3 points · 24 notes"). Topics and themes are put in the document's order here
(drag, Alt+Up / Alt+Down or the buttons), and topics renamed (F2); the page writes
through ``PointActions`` / ``CurationActions`` (undoable).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workshop_app.ui.summary.actions import Section
from workshop_app.ui.summary.models import BadgeRole, CardDelegate, IdRole, RowRole

_VenueRole = Qt.ItemDataRole.UserRole + 40  # a venue-only theme


class _SectionList(QListView):
    """The list; a row dropped onto another asks for the new order (``dropped``), and the
    page writes it, so the model is never rearranged behind the store's back."""

    dropped = Signal(str, str)  # the moved section's key, the key it goes before

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)

    def dropEvent(self, event) -> None:
        source = self.currentIndex().data(IdRole) or ""
        target = self.indexAt(event.position().toPoint())
        before = target.data(IdRole) or "" if target.isValid() else ""
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if source and source != before:
            self.dropped.emit(source, before)


class SectionPanel(QWidget):
    """A list of topics and themes with topic ordering and renaming.

    A row shows the name and, once the section has summary points, how many.
    """

    sectionChosen = Signal(str)  # Section.key
    topicOrderRequested = Signal(list)  # topic ids in the new order
    topicRenameRequested = Signal(str)  # topic id
    themeOrderRequested = Signal(list)  # theme ids in the new order

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self.tr("&Sections"), self)
        self.title.setObjectName("sectionTitle")
        self.view = _SectionList(self)
        self.view.setObjectName("summarySections")
        self.view.setAccessibleName(self.tr("Sections: cross-cutting topics and themes"))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setUniformItemSizes(False)
        self.view.setWordWrap(True)
        self.title.setBuddy(self.view)
        self.model = QStandardItemModel(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(CardDelegate(self.view, show_kind=False))
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.up_button = QToolButton(self)
        self.up_button.setText(self.tr("Move up"))
        self.up_button.setToolTip(self.tr("Move the topic or theme up (Alt+Up, or drag it)"))
        self.up_button.setAccessibleName(self.tr("Move the topic or theme up"))
        self.down_button = QToolButton(self)
        self.down_button.setText(self.tr("Move down"))
        self.down_button.setToolTip(self.tr("Move the topic or theme down (Alt+Down, or drag it)"))
        self.down_button.setAccessibleName(self.tr("Move the topic or theme down"))
        self.rename_button = QToolButton(self)
        self.rename_button.setText(self.tr("Rename…"))
        self.rename_button.setToolTip(self.tr("Rename the topic (F2)"))
        self.rename_button.setAccessibleName(self.tr("Rename the topic"))
        self.up_button.clicked.connect(lambda: self.move_topic(-1))
        self.down_button.clicked.connect(lambda: self.move_topic(1))
        self.rename_button.clicked.connect(self._rename)
        self.view.dropped.connect(self._dropped)
        for keys, slot in (
            ("Alt+Up", lambda: self.move_topic(-1)),
            ("Alt+Down", lambda: self.move_topic(1)),
            ("F2", self._rename),
        ):
            shortcut = QShortcut(QKeySequence(keys), self.view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.setSpacing(4)
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        buttons.addStretch(1)
        buttons.addWidget(self.rename_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self._filling = False
        self._update_buttons()

    # ------------------------------------------------------------------ content
    def set_sections(
        self,
        topics: list[tuple[str, str, str, str]],
        themes: list[tuple[str, str, str, str]],
        current: str | None,
    ) -> None:
        """``topics``/``themes``: (id, name, badge, tooltip). Keeps or sets the current row."""
        self._filling = True
        try:
            self.model.clear()
            for heading, kind, rows in (
                (self.tr("Cross-cutting proposals"), "topic", topics),
                (self.tr("Themes"), "theme", themes),
            ):
                if kind == "topic" and not rows:
                    continue
                header = QStandardItem(heading)
                header.setData("header", RowRole)
                header.setFlags(Qt.ItemFlag.NoItemFlags)
                self.model.appendRow(header)
                for ident, name, badge, tip, *rest in rows:
                    venue_only = bool(rest and rest[0])
                    item = QStandardItem(name)
                    item.setData(f"{kind}:{ident}", IdRole)
                    item.setData("section", RowRole)
                    item.setData(badge, BadgeRole)
                    item.setToolTip(f"{name}\n{tip}")
                    item.setFlags(
                        Qt.ItemFlag.ItemIsEnabled
                        | Qt.ItemFlag.ItemIsSelectable
                        | Qt.ItemFlag.ItemIsDragEnabled
                        | Qt.ItemFlag.ItemIsDropEnabled
                    )
                    item.setData(venue_only, _VenueRole)
                    self.model.appendRow(item)
            row = self._row_of(current) if current else -1
            if row < 0:
                row = next((r for r in range(self.model.rowCount()) if self._key(r)), -1)
            if row >= 0:
                self.view.setCurrentIndex(self.model.index(row, 0))
        finally:
            self._filling = False
        self._update_buttons()

    def _key(self, row: int) -> str:
        return self.model.index(row, 0).data(IdRole) or ""

    def _row_of(self, key: str) -> int:
        return next((r for r in range(self.model.rowCount()) if self._key(r) == key), -1)

    def current_key(self) -> str:
        return self.view.currentIndex().data(IdRole) or ""

    def choose(self, key: str) -> None:
        row = self._row_of(key)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, 0))

    def topic_ids(self) -> list[str]:
        return self._ids("topic")

    def theme_ids(self) -> list[str]:
        return self._ids("theme")

    def _ids(self, kind: str) -> list[str]:
        keys = [self._key(r) for r in range(self.model.rowCount())]
        return [k.split(":", 1)[1] for k in keys if k.startswith(kind + ":")]

    def _peers(self, key: str) -> list[str]:
        """The sections a section can trade places with: the topics; the shared themes; the
        venue-only themes."""
        section = Section.from_key(key)
        if section is None:
            return []
        if section.kind == "topic":
            return self.topic_ids()
        row = self._row_of(key)
        venue_only = self.model.index(row, 0).data(_VenueRole)
        return [
            self._key(r).split(":", 1)[1]
            for r in range(self.model.rowCount())
            if self._key(r).startswith("theme:")
            and bool(self.model.index(r, 0).data(_VenueRole)) == bool(venue_only)
        ]

    def _emit_order(self, kind: str, ids: list[str]) -> None:
        if kind == "topic":
            self.topicOrderRequested.emit(ids)
            return
        others = [i for i in self.theme_ids() if i not in ids]
        self.themeOrderRequested.emit(ids + others)

    # ------------------------------------------------------------------ order
    def move_topic(self, step: int) -> None:
        """Move the current topic or theme one place (Alt+Up / Alt+Down)."""
        section = Section.from_key(self.current_key())
        if section is None:
            return
        ids = self._peers(section.key)
        at = ids.index(section.id)
        to = at + step
        if not 0 <= to < len(ids):
            return
        ids[at], ids[to] = ids[to], ids[at]
        self._emit_order(section.kind, ids)

    def _dropped(self, key: str, before: str) -> None:
        section = Section.from_key(key)
        if section is None:
            return
        ids = self._peers(key)
        target = Section.from_key(before)
        ids.remove(section.id)
        if target is not None and target.kind == section.kind and target.id in ids:
            ids.insert(ids.index(target.id), section.id)
        elif target is None or target.kind != section.kind:
            ids.append(section.id)
        else:
            return  # a venue-only theme and a shared one do not trade places
        self._emit_order(section.kind, ids)

    def _rename(self) -> None:
        section = Section.from_key(self.current_key())
        if section is not None and section.kind == "topic":
            self.topicRenameRequested.emit(section.id)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_buttons()
        if not self._filling and current.isValid() and current.data(IdRole):
            self.sectionChosen.emit(current.data(IdRole))

    def _update_buttons(self) -> None:
        section = Section.from_key(self.current_key())
        is_topic = section is not None and section.kind == "topic"
        ids = self._peers(section.key) if section is not None else []
        at = ids.index(section.id) if section is not None and section.id in ids else -1
        self.up_button.setEnabled(at > 0)
        self.down_button.setEnabled(0 <= at < len(ids) - 1)
        self.rename_button.setEnabled(is_topic)
