"""A list of named things with Add, Rename (in place), Move up/down and Remove buttons.

The widget only asks: it emits requests and the page writes through the store,
then calls ``set_items`` with the fresh list.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

IdRole = Qt.ItemDataRole.UserRole + 1
NameRole = Qt.ItemDataRole.UserRole + 2


class OrderedListEditor(QWidget):
    """List + buttons. ``items`` are (id, name, extra label) triples."""

    addRequested = Signal()
    renameRequested = Signal(str, str)  # id, new name
    orderRequested = Signal(list)  # ids in the new order
    removeRequested = Signal(str)

    def __init__(self, what: str, parent: QWidget | None = None, *, movable: bool = True) -> None:
        super().__init__(parent)
        self._filling = False
        self.list = QListWidget(self)
        self.list.setAccessibleName(what)
        self.list.setObjectName("orderedList")
        # Editing starts through _rename (F2, double click) so the bare name is edited.
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.itemDoubleClicked.connect(lambda _item: self._rename())
        self.list.setAlternatingRowColors(False)
        self.list.setSpacing(0)
        if movable:
            self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
            self.list.model().rowsMoved.connect(self._rows_moved)
        self.add_button = QPushButton(self.tr("Add…"), self)
        self.rename_button = QPushButton(self.tr("Rename"), self)
        self.up_button = QPushButton(self.tr("Move up"), self)
        self.down_button = QPushButton(self.tr("Move down"), self)
        self.remove_button = QPushButton(self.tr("Remove…"), self)
        self.add_button.setAccessibleName(self.tr("Add to {0}").format(what))
        self.rename_button.setToolTip(self.tr("Rename (F2)"))
        self.up_button.setToolTip(self.tr("Move up (Alt+Up)"))
        self.down_button.setToolTip(self.tr("Move down (Alt+Down)"))
        buttons = QVBoxLayout()
        for button in (self.add_button, self.rename_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        self.up_button.setVisible(movable)
        self.down_button.setVisible(movable)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.addRequested)
        self.rename_button.clicked.connect(self._rename)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.remove_button.clicked.connect(self._remove)
        self.list.itemChanged.connect(self._item_changed)
        self.list.currentRowChanged.connect(self._update_buttons)
        up = QShortcut(QKeySequence("Alt+Up"), self.list)
        up.setContext(Qt.ShortcutContext.WidgetShortcut)
        up.activated.connect(lambda: self.move_current(-1))
        down = QShortcut(QKeySequence("Alt+Down"), self.list)
        down.setContext(Qt.ShortcutContext.WidgetShortcut)
        down.activated.connect(lambda: self.move_current(1))
        rename = QShortcut(QKeySequence("F2"), self.list)
        rename.setContext(Qt.ShortcutContext.WidgetShortcut)
        rename.activated.connect(self._rename)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self._remove)
        self._update_buttons()

    # ------------------------------------------------------------------ content
    def set_items(self, items: list[tuple[str, str, str]], current_id: str | None = None) -> None:
        keep = current_id or self.current_id()
        self._filling = True
        try:
            self.list.clear()
            for item_id, name, extra in items:
                item = QListWidgetItem(f"{name}   {extra}".rstrip() if extra else name)
                item.setData(IdRole, item_id)
                item.setData(NameRole, name)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                self.list.addItem(item)
            ids = self.ids()
            if keep in ids:
                self.list.setCurrentRow(ids.index(keep))
            elif ids:
                self.list.setCurrentRow(0)
        finally:
            self._filling = False
        self._update_buttons()

    def ids(self) -> list[str]:
        return [self.list.item(i).data(IdRole) for i in range(self.list.count())]

    def names(self) -> list[str]:
        return [self.list.item(i).data(NameRole) for i in range(self.list.count())]

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(IdRole) if item else None

    def select(self, item_id: str) -> None:
        ids = self.ids()
        if item_id in ids:
            self.list.setCurrentRow(ids.index(item_id))

    # ------------------------------------------------------------------ requests
    def move_current(self, step: int) -> None:
        row = self.list.currentRow()
        ids = self.ids()
        target = row + step
        if row < 0 or not 0 <= target < len(ids):
            return
        ids[row], ids[target] = ids[target], ids[row]
        self.orderRequested.emit(ids)

    def _rows_moved(self, *_args: object) -> None:
        if not self._filling:  # after the drop has finished: the page rebuilds the list
            ids = self.ids()
            QTimer.singleShot(0, lambda: self.orderRequested.emit(ids))

    def _rename(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self._filling = True
            item.setText(item.data(NameRole))  # edit the bare name, not the label
            self._filling = False
            self.list.editItem(item)

    def _item_changed(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        new = item.text().strip()
        if new and new != item.data(NameRole):
            item_id = item.data(IdRole)
            # Emitted after this signal returns: the page rebuilds the list, deleting `item`.
            QTimer.singleShot(0, lambda: self.renameRequested.emit(item_id, new))

    def _remove(self) -> None:
        item_id = self.current_id()
        if item_id:
            self.removeRequested.emit(item_id)

    def _update_buttons(self, *_args: object) -> None:
        row = self.list.currentRow()
        has = row >= 0
        for button in (self.rename_button, self.remove_button):
            button.setEnabled(has)
        self.up_button.setEnabled(has and row > 0)
        self.down_button.setEnabled(has and row < self.list.count() - 1)
