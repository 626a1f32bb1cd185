"""The summary points of one section: list, evidence, in-place editing, ordering, composer.

Points are listed as the export prints them: challenges, then solutions, then
points of no kind, each group in its own order. Under each point (expand it) are
the notes it condenses; its second line is the evidence. Notes dropped on a point
are linked to it; a point dragged within the list is reordered (dropped into the
other kind's group it takes that kind). The composer at the bottom writes a new
point, optionally linked to the notes it was drafted from.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QMimeData, QModelIndex, QPersistentModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QPainter, QShortcut, QStandardItem
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workshop_app.curate import SummaryPoint
from workshop_app.domain.model import Note
from workshop_app.ui import theme
from workshop_app.ui.summary.models import (
    CardDelegate,
    CompactRole,
    DetailRole,
    IdRole,
    KindRole,
    ObjectRole,
    PointsModel,
    RowRole,
    count_notes,
    count_points,
    note_ids_of,
    point_id_of,
)
from workshop_app.ui.summary.notes_panel import FlatList
from workshop_app.ui.widgets.note_edit import NoteEdit

#: The order the export prints the kinds in.
KIND_ORDER: tuple[str | None, ...] = ("challenge", "solution", None)


def display_order(points: Sequence[SummaryPoint]) -> list[SummaryPoint]:
    """Points as listed (and exported): by kind in ``KIND_ORDER``, then by position."""
    return sorted(points, key=lambda p: (KIND_ORDER.index(p.kind), p.position, p.id))


class PointsTree(FlatList):
    """The points; accepts dropped notes (link) and dragged points (reorder)."""

    notesDropped = Signal(str, list)  # point id, note ids
    notesDroppedOutside = Signal(list)  # note ids dropped below the points: draft a new one
    pointDropped = Signal(str, object, str)  # point id, kind it lands in, id it goes before ("")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, flat=False)
        self.setIndentation(16)
        self.setRootIsDecorated(True)
        self.setItemsExpandable(True)
        self.setExpandsOnDoubleClick(False)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(False)  # drawn by the delegate (target row) and below
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self._line_y: int | None = None

    # ------------------------------------------------------------------ geometry
    def _point_index(self, index: QModelIndex) -> QModelIndex:
        if index.isValid() and index.data(RowRole) == "link":
            return index.parent()
        return index

    def _delegate(self) -> CardDelegate:
        return self.itemDelegate()  # type: ignore[return-value]

    def _clear_drop(self) -> None:
        self._delegate().drop_row = None
        self._line_y = None
        self.viewport().update()

    # ------------------------------------------------------------------ drag and drop
    def dragEnterEvent(self, event) -> None:
        mime = event.mimeData()
        if mime.hasFormat("application/x-workshop-note-ids") or (
            mime.hasFormat("application/x-workshop-point-id") and event.source() is self
        ):
            event.setDropAction(
                Qt.DropAction.MoveAction if event.source() is self else Qt.DropAction.LinkAction
            )
            event.accept()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        mime = event.mimeData()
        pos = event.position().toPoint()
        index = self._point_index(self.indexAt(pos))
        delegate = self._delegate()
        if note_ids_of(mime):
            delegate.drop_row = (
                QPersistentModelIndex(index)
                if index.isValid() and index.data(RowRole) == "point"
                else None
            )
            self._line_y = None
            event.setDropAction(Qt.DropAction.LinkAction)
            event.accept()
        elif point_id_of(mime):
            delegate.drop_row = None
            self._line_y = self._insertion_y(index, pos)
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()
        self.viewport().update()

    def dragLeaveEvent(self, event) -> None:
        self._clear_drop()
        super().dragLeaveEvent(event)

    def dropEvent(self, event) -> None:
        pos = event.position().toPoint()
        index = self._point_index(self.indexAt(pos))
        rect = self.visualRect(index)
        after = index.isValid() and pos.y() > rect.center().y()
        self._clear_drop()
        if self.drop_mime(event.mimeData(), index, after=after):
            event.setDropAction(
                Qt.DropAction.LinkAction
                if note_ids_of(event.mimeData())
                else Qt.DropAction.MoveAction
            )
            event.accept()
            # The model is rebuilt by the page; nothing is moved by the view itself.
            event.setDropAction(Qt.DropAction.IgnoreAction)
        else:
            event.ignore()

    def drop_mime(self, mime: QMimeData, index: QModelIndex, *, after: bool = False) -> bool:
        """Handle dropped data on ``index`` (a point, a linked note, a header or nothing)."""
        index = self._point_index(index)
        notes = note_ids_of(mime)
        if notes:
            if index.isValid() and index.data(RowRole) == "point":
                self.notesDropped.emit(index.data(IdRole), notes)
            else:
                self.notesDroppedOutside.emit(notes)
            return True
        point_id = point_id_of(mime)
        if not point_id:
            return False
        kind, before = self._landing(index, after, point_id)
        self.pointDropped.emit(point_id, kind, before)
        return True

    def _landing(self, index: QModelIndex, after: bool, moving: str) -> tuple[str | None, str]:
        """(kind group, id of the point it goes before or "") for a drop on ``index``."""
        model = self.model()
        rows = [model.index(r, 0) for r in range(model.rowCount())]
        if not index.isValid():  # below the last row: the end of the last group
            points = [i for i in rows if i.data(RowRole) == "point"]
            return (points[-1].data(KindRole) if points else None), ""
        row = index.row()
        if index.data(RowRole) == "header":
            kind = index.data(KindRole)
            nxt = rows[row + 1] if row + 1 < len(rows) else None
            if nxt is not None and nxt.data(RowRole) == "point" and nxt.data(IdRole) != moving:
                return kind, nxt.data(IdRole)
            return kind, ""
        kind = index.data(KindRole)
        if not after:
            return kind, index.data(IdRole)
        for later in rows[row + 1 :]:
            if later.data(RowRole) != "point" or later.data(KindRole) != kind:
                break
            if later.data(IdRole) != moving:
                return kind, later.data(IdRole)
        return kind, ""

    def _insertion_y(self, index: QModelIndex, pos: QPoint) -> int | None:
        if not index.isValid():
            return None
        rect = self.visualRect(index)
        if index.data(RowRole) == "header":
            return rect.bottom()
        return rect.bottom() if pos.y() > rect.center().y() else rect.top()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self._line_y is not None:
            painter = QPainter(self.viewport())
            painter.setPen(theme.ACCENT)
            painter.drawLine(4, self._line_y, self.viewport().width() - 4, self._line_y)
            painter.drawLine(4, self._line_y + 1, self.viewport().width() - 4, self._line_y + 1)
            painter.end()


class PointsPanel(QWidget):
    """The point list with its buttons, and the composer for a new point."""

    addRequested = Signal(str, object, list)  # text, kind, note ids to link
    editRequested = Signal(str, str)  # point id, text
    kindRequested = Signal(str, object)  # point id, kind
    deleteRequested = Signal(str)
    unlinkRequested = Signal(str, list)  # point id, note ids
    moveRequested = Signal(str, int)  # point id, -1 / +1
    currentPointChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._points: dict[str, SummaryPoint] = {}
        self._expanded: set[str] = set()
        self._draft_ids: list[str] = []
        self.title = QLabel(self.tr("Summary &points"), self)
        self.title.setObjectName("sectionTitle")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("hint")
        self.empty_label.setWordWrap(True)
        self.tree = PointsTree(self)
        self.tree.setObjectName("summaryPoints")
        self.tree.setAccessibleName(self.tr("Summary points"))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.model = PointsModel(self)
        self.tree.setModel(self.model)
        self.delegate = CardDelegate(self.tree, on_edit=self._edited)
        self.tree.setItemDelegate(self.delegate)
        self.title.setBuddy(self.tree)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.tree.expanded.connect(lambda i: self._expanded.add(i.data(IdRole)))
        self.tree.collapsed.connect(lambda i: self._expanded.discard(i.data(IdRole)))
        self.tree.doubleClicked.connect(self._double_clicked)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)

        self.edit_button = self._button(
            self.tr("Edit"), self.tr("Edit the point's text (F2)"), self.edit_current
        )
        self.kind_button = QToolButton(self)
        self.kind_button.setObjectName("kindButton")
        self.kind_button.setText(self.tr("Kind") + " ▾")
        self.kind_button.setToolTip(self.tr("Make the point a challenge, a solution or neither"))
        self.kind_button.setAccessibleName(self.tr("Kind of the point"))
        self.kind_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.kind_menu = QMenu(self)
        self.kind_actions: dict[str | None, QAction] = {}
        for kind, label in self._kind_labels():
            action = self.kind_menu.addAction(label)
            action.setCheckable(True)
            action.triggered.connect(lambda _c=False, k=kind: self._set_kind(k))
            self.kind_actions[kind] = action
        self.kind_button.setMenu(self.kind_menu)
        self.unlink_button = self._button(
            self.tr("Unlink"),
            self.tr("Unlink the selected note from its point (Delete)"),
            self.unlink_current,
        )
        self.up_button = self._button(
            self.tr("Move up"), self.tr("Move the point up (Alt+Up)"), lambda: self._move(-1)
        )
        self.down_button = self._button(
            self.tr("Move down"), self.tr("Move the point down (Alt+Down)"), lambda: self._move(1)
        )
        self.delete_button = self._button(
            self.tr("Delete"),
            self.tr("Delete the point (Delete); Ctrl+Z brings it back"),
            self.delete_current,
        )
        for keys, slot in (
            ("Alt+Up", lambda: self._move(-1)),
            ("Alt+Down", lambda: self._move(1)),
            (QKeySequence.StandardKey.Delete, self._delete_key),
        ):
            shortcut = QShortcut(QKeySequence(keys), self.tree)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)

        # The composer: a new point, typed or drafted from notes.
        self.composer = QFrame(self)
        self.composer.setObjectName("pointComposer")
        self.composer_label = QLabel(self.tr("&Write a new point"), self.composer)
        self.composer_label.setObjectName("composerLabel")
        self.kind_choice = QComboBox(self.composer)
        self.kind_choice.setAccessibleName(self.tr("Kind of the new point"))
        for kind, label in self._kind_labels():
            self.kind_choice.addItem(label, kind or "")
        self.editor = NoteEdit(self.composer, lines=2)
        self.editor.setObjectName("composerField")
        self.editor.setAccessibleName(self.tr("Text of the new summary point"))
        self.editor.setPlaceholderText(self.tr("What the notes add up to, in one or two sentences"))
        self.composer_label.setBuddy(self.editor)
        self.editor.submitted.connect(self.submit)
        self.editor.cancelled.connect(self.clear_draft)
        self.add_button = QPushButton(self.tr("Add point"), self.composer)
        self.add_button.setToolTip(self.tr("Add the point (Enter in the text field)"))
        self.add_button.clicked.connect(self.submit)
        self.draft_label = QLabel(self.composer)
        self.draft_label.setObjectName("draftLabel")
        self.draft_clear = QToolButton(self.composer)
        self.draft_clear.setText(self.tr("Don't link"))
        self.draft_clear.setAccessibleName(self.tr("Don't link the notes to the new point"))
        self.draft_clear.clicked.connect(self._forget_draft_notes)

        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.count_label)
        tools = QHBoxLayout()
        tools.setSpacing(4)
        for button in (self.edit_button, self.kind_button, self.unlink_button):
            tools.addWidget(button)
        tools.addStretch(1)
        for button in (self.up_button, self.down_button, self.delete_button):
            tools.addWidget(button)
        top = QHBoxLayout()
        top.addWidget(self.composer_label)
        top.addStretch(1)
        top.addWidget(self.draft_label)
        top.addWidget(self.draft_clear)
        row = QHBoxLayout()
        row.addWidget(self.kind_choice, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.editor, 1)
        row.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignTop)
        composer = QVBoxLayout(self.composer)
        composer.setContentsMargins(8, 6, 8, 8)
        composer.setSpacing(4)
        composer.addLayout(top)
        composer.addLayout(row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(head)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.tree, 1)
        layout.addLayout(tools)
        layout.addWidget(self.composer)
        self._forget_draft_notes()
        self._update_buttons()

    def _button(self, text: str, tip: str, slot) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip.split(" (")[0].split(";")[0])
        button.clicked.connect(slot)
        return button

    def _kind_labels(self) -> list[tuple[str | None, str]]:
        return [
            ("challenge", self.tr("Challenge")),
            ("solution", self.tr("Solution")),
            (None, self.tr("No kind")),
        ]

    def _group_titles(self) -> dict[str | None, str]:
        return {
            "challenge": self.tr("Challenges"),
            "solution": self.tr("Solutions"),
            None: self.tr("Other points"),
        }

    # ------------------------------------------------------------------ content
    def set_points(
        self,
        points: Sequence[SummaryPoint],
        evidence: dict[str, str],
        linked: dict[str, list[Note]],
        *,
        select: str = "",
        empty_text: str = "",
    ) -> None:
        """Show ``points`` (one section's) with their evidence lines and linked notes."""
        keep = select or self.current_point_id()
        self._points = {p.id: p for p in points}
        self.model.clear()
        ordered = display_order(points)
        titles = self._group_titles()
        for kind in KIND_ORDER:
            group = [p for p in ordered if p.kind == kind]
            if not group:
                continue
            header = QStandardItem(titles[kind])
            header.setData("header", RowRole)
            header.setData(kind, KindRole)
            header.setFlags(Qt.ItemFlag.ItemIsDropEnabled)
            self.model.appendRow(header)
            for point in group:
                item = QStandardItem(point.text)
                item.setData(point.id, IdRole)
                item.setData("point", RowRole)
                item.setData(point.kind, KindRole)
                item.setData(point, ObjectRole)
                item.setData(evidence.get(point.id, ""), DetailRole)
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsEditable
                    | Qt.ItemFlag.ItemIsDragEnabled
                    | Qt.ItemFlag.ItemIsDropEnabled
                )
                for note in linked.get(point.id, []):
                    child = QStandardItem(note.text)
                    child.setData(note.id, IdRole)
                    child.setData("link", RowRole)
                    child.setData(note.kind, KindRole)
                    child.setData(True, CompactRole)
                    child.setData(" · ".join(x for x in (note.venue, note.group) if x), DetailRole)
                    child.setToolTip(f"{note.venue} · {note.theme} · {note.group}\n{note.text}")
                    child.setFlags(
                        Qt.ItemFlag.ItemIsEnabled
                        | Qt.ItemFlag.ItemIsSelectable
                        | Qt.ItemFlag.ItemIsDropEnabled
                    )
                    item.appendRow(child)
                self.model.appendRow(item)
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            if index.data(IdRole) in self._expanded:
                self.tree.expand(index)
        self.count_label.setText(count_points(len(points)) if points else "")
        self.empty_label.setText(empty_text)
        self.empty_label.setVisible(bool(empty_text))
        index = self.index_of(keep) if keep else QModelIndex()
        if not index.isValid():
            index = next(
                (
                    self.model.index(r, 0)
                    for r in range(self.model.rowCount())
                    if self.model.index(r, 0).data(RowRole) == "point"
                ),
                QModelIndex(),
            )
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)
        else:
            self.currentPointChanged.emit("")
        self._update_buttons()

    def index_of(self, point_id: str) -> QModelIndex:
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            if index.data(IdRole) == point_id and index.data(RowRole) == "point":
                return index
        return QModelIndex()

    def ordered_ids(self) -> list[str]:
        """Point ids as listed (the export's order)."""
        return [
            self.model.index(r, 0).data(IdRole)
            for r in range(self.model.rowCount())
            if self.model.index(r, 0).data(RowRole) == "point"
        ]

    def point(self, point_id: str) -> SummaryPoint | None:
        return self._points.get(point_id)

    def current_point_id(self) -> str:
        index = self.tree.currentIndex()
        if index.isValid() and index.data(RowRole) == "link":
            index = index.parent()
        return index.data(IdRole) or "" if index.isValid() else ""

    def set_point_expanded(self, point_id: str, expanded: bool = True) -> None:
        index = self.index_of(point_id)
        if index.isValid():
            self.tree.setExpanded(index, expanded)

    # ------------------------------------------------------------------ commands
    def edit_current(self) -> None:
        index = self.tree.currentIndex()
        if index.isValid() and index.data(RowRole) == "point":
            self.tree.edit(index)

    def _edited(self, index: QModelIndex, text: str) -> None:
        point_id = index.data(IdRole)
        if point_id:
            self.editRequested.emit(point_id, text)

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.data(RowRole) == "point":
            self.tree.edit(index)

    def _set_kind(self, kind: str | None) -> None:
        point_id = self.current_point_id()
        if point_id:
            self.kindRequested.emit(point_id, kind)

    def delete_current(self) -> None:
        point_id = self.current_point_id()
        if point_id:
            self.deleteRequested.emit(point_id)

    def unlink_current(self) -> None:
        index = self.tree.currentIndex()
        if index.isValid() and index.data(RowRole) == "link":
            self.unlinkRequested.emit(index.parent().data(IdRole), [index.data(IdRole)])

    def _delete_key(self) -> None:
        index = self.tree.currentIndex()
        if index.isValid() and index.data(RowRole) == "link":
            self.unlink_current()
        else:
            self.delete_current()

    def _move(self, step: int) -> None:
        index = self.tree.currentIndex()
        if index.isValid() and index.data(RowRole) == "point":
            self.moveRequested.emit(index.data(IdRole), step)

    def _context_menu(self, pos: QPoint) -> None:
        index = self.tree.indexAt(pos)
        if not index.isValid() or index.data(RowRole) not in ("point", "link"):
            return
        self.tree.setCurrentIndex(index)
        menu = QMenu(self)
        if index.data(RowRole) == "link":
            menu.addAction(self.tr("Unlink from the point"), self.unlink_current)
        else:
            menu.addAction(self.tr("Edit"), self.edit_current)
            kinds = menu.addMenu(self.tr("Kind"))
            for kind, label in self._kind_labels():
                action = kinds.addAction(label)
                action.setCheckable(True)
                action.setChecked(index.data(KindRole) == kind)
                action.triggered.connect(lambda _c=False, k=kind: self._set_kind(k))
            menu.addSeparator()
            menu.addAction(self.tr("Delete"), self.delete_current)
        menu.popup(self.tree.viewport().mapToGlobal(pos))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_buttons()
        self.currentPointChanged.emit(self.current_point_id())

    def _update_buttons(self) -> None:
        index = self.tree.currentIndex()
        row = index.data(RowRole) if index.isValid() else None
        point_id = self.current_point_id()
        on_point = row == "point"
        self.edit_button.setEnabled(on_point)
        self.kind_button.setEnabled(bool(point_id))
        self.delete_button.setEnabled(on_point)
        self.unlink_button.setEnabled(row == "link")
        point = self._points.get(point_id)
        for kind, action in self.kind_actions.items():
            action.setChecked(point is not None and point.kind == kind)
        ids = self.ordered_ids()
        same = [p for p in ids if point is not None and self._points[p].kind == point.kind]
        at = same.index(point_id) if on_point and point_id in same else -1
        self.up_button.setEnabled(at > 0)
        self.down_button.setEnabled(0 <= at < len(same) - 1)

    # ------------------------------------------------------------------ composer
    def start_draft(self, text: str, kind: str | None, note_ids: Sequence[str]) -> None:
        """Fill the composer with a drafted point to be linked to ``note_ids``."""
        self.editor.setPlainText(text)
        self.kind_choice.setCurrentIndex(max(0, self.kind_choice.findData(kind or "")))
        self._draft_ids = list(note_ids)
        count = len(self._draft_ids)
        self.draft_label.setText(self.tr("Will be linked to: {0}").format(count_notes(count)))
        self.draft_label.setVisible(bool(count))
        self.draft_clear.setVisible(bool(count))
        self.editor.setFocus()
        self.editor.selectAll()

    def _forget_draft_notes(self) -> None:
        self._draft_ids = []
        self.draft_label.setVisible(False)
        self.draft_clear.setVisible(False)

    def clear_draft(self) -> None:
        self.editor.clear()
        self._forget_draft_notes()

    def draft_note_ids(self) -> list[str]:
        return list(self._draft_ids)

    def submit(self) -> None:
        text = self.editor.toPlainText().strip()
        if not text:
            return
        kind = self.kind_choice.currentData() or None
        self.addRequested.emit(text, kind, list(self._draft_ids))
