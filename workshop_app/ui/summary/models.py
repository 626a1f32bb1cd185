"""Item roles, drag-and-drop formats and the row painter of the Summary workspace.

Every list in the workspace (notes, summary points with their linked notes,
recurring suggestions) is a ``QStandardItemModel`` whose items carry plain values
in the roles below; ``CardDelegate`` paints them as calm cards: a kind tag, the
wrapped text, a muted second line (evidence, venue and group), and marks for
"linked" and "linked to the selected point".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from workshop_app.ui import theme
from workshop_app.ui.widgets.note_edit import NoteEdit

_Index = QModelIndex | QPersistentModelIndex

#: Notes dragged from the notes list: their ids, one per line (UTF-8).
NOTE_MIME = "application/x-workshop-note-ids"
#: A summary point dragged within the points list: its id.
POINT_MIME = "application/x-workshop-point-id"

_ROLE = Qt.ItemDataRole.UserRole
IdRole = _ROLE + 1  # note, point or group id
RowRole = _ROLE + 2  # "note", "point", "link" (a note under a point), "group", "header"
KindRole = _ROLE + 3  # "challenge", "solution" or None
DetailRole = _ROLE + 4  # the muted second line
LinkedRole = _ROLE + 5  # the note is linked to a point of this section (✓, dimmed)
FocusRole = _ROLE + 6  # the note is linked to the selected point (accent bar)
CompactRole = _ROLE + 7  # one elided line (linked notes under a point, group notes)
BadgeRole = _ROLE + 8  # a short text at the right ("✓ promoted")
ObjectRole = _ROLE + 9  # the domain object (Note, RecurringGroup, SummaryPoint)


def count_notes(n: int) -> str:
    """“1 note” / “4 notes” (explicit forms: the English source has no plural file)."""
    return (
        QCoreApplication.translate("Summary", "1 note")
        if n == 1
        else QCoreApplication.translate("Summary", "{0} notes").format(n)
    )


def count_points(n: int) -> str:
    return (
        QCoreApplication.translate("Summary", "1 point")
        if n == 1
        else QCoreApplication.translate("Summary", "{0} points").format(n)
    )


def count_meetings(n: int) -> str:
    return (
        QCoreApplication.translate("Summary", "1 meeting")
        if n == 1
        else QCoreApplication.translate("Summary", "{0} meetings").format(n)
    )


def count_themes(n: int) -> str:
    return (
        QCoreApplication.translate("Summary", "1 theme")
        if n == 1
        else QCoreApplication.translate("Summary", "{0} themes").format(n)
    )


def kind_name(kind: str | None) -> str:
    if kind == "challenge":
        return QCoreApplication.translate("Summary", "Challenge")
    if kind == "solution":
        return QCoreApplication.translate("Summary", "Solution")
    return QCoreApplication.translate("Summary", "Point")


def note_mime(note_ids: Sequence[str], texts: Sequence[str] = ()) -> QMimeData:
    """Mime data for dragging notes: ids for the workspace, the texts as plain text."""
    mime = QMimeData()
    mime.setData(NOTE_MIME, QByteArray("\n".join(note_ids).encode("utf-8")))
    if texts:
        mime.setText("\n".join(texts))
    return mime


def note_ids_of(mime: QMimeData) -> list[str]:
    if not mime.hasFormat(NOTE_MIME):
        return []
    raw = bytes(mime.data(NOTE_MIME).data()).decode("utf-8", "replace")
    return [line for line in raw.split("\n") if line]


def point_mime(point_id: str) -> QMimeData:
    mime = QMimeData()
    mime.setData(POINT_MIME, QByteArray(point_id.encode("utf-8")))
    return mime


def point_id_of(mime: QMimeData) -> str:
    if not mime.hasFormat(POINT_MIME):
        return ""
    return bytes(mime.data(POINT_MIME).data()).decode("utf-8", "replace")


class NoteRow:
    """One row of the notes list: the note and how it is shown."""

    __slots__ = ("detail", "focus", "note", "points")

    def __init__(self, note, detail: str, points: list[str]) -> None:
        self.note, self.detail, self.points, self.focus = note, detail, points, False


_NOTE_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
)


class NotesModel(QAbstractListModel):
    """Notes as rows, computed on demand (10,000 rows cost one list, not 10,000 items).

    Dragging rows carries their ids (``NOTE_MIME``) and their texts as plain text.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[NoteRow] = []

    def set_rows(self, rows: list[NoteRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rows(self) -> list[NoteRow]:
        return self._rows

    def row_at(self, row: int) -> NoteRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def set_focus_ids(self, ids: set[str]) -> None:
        """Mark the notes of the selected point; repaints only the rows that changed."""
        for number, row in enumerate(self._rows):
            focus = row.note.id in ids
            if row.focus != focus:
                row.focus = focus
                index = self.index(number, 0)
                self.dataChanged.emit(index, index, [FocusRole])

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 -- Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return row.note.text
        if role == IdRole:
            return row.note.id
        if role == RowRole:
            return "note"
        if role == KindRole:
            return row.note.kind
        if role == DetailRole:
            return row.detail
        if role == LinkedRole:
            return bool(row.points)
        if role == FocusRole:
            return row.focus
        if role == ObjectRole:
            return row.note
        if role == Qt.ItemDataRole.ToolTipRole and row.points:
            linked = QCoreApplication.translate("Summary", "Linked to:")
            return linked + "\n" + "\n".join(f"• {p}" for p in row.points)
        return None

    def flags(self, index) -> Qt.ItemFlag:
        return _NOTE_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def mimeTypes(self) -> list[str]:
        return [NOTE_MIME, "text/plain"]

    def mimeData(self, indexes) -> QMimeData:
        rows = [self._rows[r] for r in sorted({i.row() for i in indexes if i.isValid()})]
        return note_mime([r.note.id for r in rows], [r.note.text for r in rows])

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.LinkAction | Qt.DropAction.CopyAction


class PointsModel(QStandardItemModel):
    """Points (top level) with their linked notes (children); a point drags its id."""

    def mimeTypes(self) -> list[str]:
        return [POINT_MIME]

    def mimeData(self, indexes) -> QMimeData:
        for index in indexes:
            if index.isValid() and index.data(RowRole) == "point":
                return point_mime(index.data(IdRole))
        return QMimeData()

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.LinkAction | Qt.DropAction.CopyAction


# ====================================================================== painting
class _Metrics:
    def __init__(self, base: QFont) -> None:
        self.text = QFont(base)
        self.bold = QFont(base)
        self.bold.setWeight(QFont.Weight.DemiBold)
        self.small = QFont(base)
        self.small.setPointSizeF(base.pointSizeF() * 0.86)
        self.tag = QFont(base)
        self.tag.setPointSizeF(base.pointSizeF() * 0.74)
        self.tag.setBold(True)
        self.header = QFont(self.tag)
        self.header.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 108)
        self.fm, self.bold_fm = QFontMetrics(self.text), QFontMetrics(self.bold)
        self.small_fm, self.tag_fm = QFontMetrics(self.small), QFontMetrics(self.tag)
        self.pad = max(5, self.fm.height() // 3)
        self.tag_width = (
            max(
                self.tag_fm.horizontalAdvance(kind_name(k).upper())
                for k in ("challenge", "solution", None)
            )
            + self.tag_fm.height()
        )


class CardDelegate(QStyledItemDelegate):
    """Paints the workspace's rows (see the module docstring).

    ``bold`` draws the main text semibold (recurring suggestions); ``on_edit`` is
    called with (index, new text) when an editable row's in-place editor is closed
    with Enter, instead of writing into the model.
    """

    def __init__(
        self,
        view: QAbstractItemView,
        *,
        show_kind: bool = True,
        bold: bool = False,
        on_edit: Callable[[QModelIndex, str], None] | None = None,
    ) -> None:
        super().__init__(view)
        self._view = view
        self.show_kind, self.bold, self.on_edit = show_kind, bold, on_edit
        self._metrics_key: str | None = None
        self._metrics: _Metrics | None = None
        self._heights: dict[tuple, int] = {}
        self.drop_row: QPersistentModelIndex | None = None  # highlighted while dragging

    def metrics(self, font: QFont) -> _Metrics:
        if self._metrics is None or font.key() != self._metrics_key:
            self._metrics, self._metrics_key = _Metrics(font), font.key()
            self._heights.clear()
        return self._metrics

    def _width(self, index: _Index) -> int:
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        if hasattr(self._view, "rootIsDecorated") and self._view.rootIsDecorated():
            depth += 1  # top-level rows of a decorated tree are indented too
        indent = self._view.indentation() * depth if hasattr(self._view, "indentation") else 0
        return max(120, (self._view.viewport().width() or 400) - indent)

    def _text_left(self, m: _Metrics, index: _Index) -> int:
        row = index.data(RowRole)
        if row in ("link", "header") or not self.show_kind or row == "group":
            return m.pad + 6
        return m.pad + m.tag_width + m.pad

    # ------------------------------------------------------------------ size
    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        m = self.metrics(option.font)
        width = self._width(index)
        model = index.model()
        if isinstance(model, NotesModel):  # the long list: no per-role calls through Qt
            note_row = model.row_at(index.row())
            if note_row is not None:
                key = ("note", note_row.note.text, note_row.detail, width, False, None)
                cached = self._heights.get(key)
                if cached is not None:
                    return QSize(width, cached)
        row = index.data(RowRole)
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        detail = index.data(DetailRole) or ""
        key = (row, text, detail, width, bool(index.data(CompactRole)), index.data(BadgeRole))
        cached = self._heights.get(key)
        if cached is not None:
            return QSize(width, cached)
        if row == "header":
            height = m.tag_fm.height() + 2 * m.pad + 4
        elif row == "section":
            height = m.fm.height() + m.pad + 4
        elif index.data(CompactRole):
            height = m.small_fm.height() + m.pad + 2
        else:
            inner = self._inner_width(m, index, width)
            fm = m.bold_fm if self.bold else m.fm
            flags = int(Qt.TextFlag.TextWordWrap)
            height = fm.boundingRect(QRect(0, 0, inner, 100000), flags, text).height()
            if detail:
                height += (
                    m.pad // 2
                    + m.small_fm.boundingRect(QRect(0, 0, inner, 100000), flags, detail).height()
                )
            height = max(height, m.fm.height()) + 2 * m.pad
        if len(self._heights) > 5000:
            self._heights.clear()
        self._heights[key] = height
        return QSize(width, height)

    def _inner_width(self, m: _Metrics, index: _Index, width: int) -> int:
        badge = index.data(BadgeRole) or ""
        right = (
            m.pad + (m.small_fm.horizontalAdvance(badge) + m.pad if badge else 0) + 17
        )  # as painted: rect.right() is left + width - 1, then 16 for the ✓
        return max(40, width - self._text_left(m, index) - right)

    # ------------------------------------------------------------------ paint
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        m = self.metrics(option.font)
        rect = QRect(option.rect)
        palette = option.palette
        row = index.data(RowRole)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        has_focus = bool(option.state & QStyle.StateFlag.State_HasFocus)
        text_colour = palette.color(QPalette.ColorRole.Text)
        muted = theme.MUTED
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        if row == "header":
            painter.setFont(m.header)
            painter.setPen(theme.colour("text_tertiary"))
            header = rect.adjusted(m.pad + 6, m.pad + 2, -m.pad, 0)
            painter.drawText(
                header,
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                (index.data(Qt.ItemDataRole.DisplayRole) or "").upper(),
            )
            painter.restore()
            return
        background = palette.color(QPalette.ColorRole.Base)
        if self.drop_row is not None and self.drop_row.isValid() and self.drop_row == index:
            background = theme.colour("drop_bg")
        elif selected:
            background = (
                theme.colour("selected_focus_bg")
                if has_focus or self._view.hasFocus()
                else theme.colour("selected_idle_bg")
            )
        elif index.data(FocusRole):
            background = theme.colour("focus_row_bg")
        painter.fillRect(rect, background)
        if index.data(FocusRole):
            painter.fillRect(QRect(rect.left(), rect.top() + 2, 3, rect.height() - 4), theme.ACCENT)
        linked = bool(index.data(LinkedRole))
        kind = index.data(KindRole)
        left = rect.left() + self._text_left(m, index)
        if self.show_kind and row in ("note", "point"):
            colour = theme.kind_colour(kind) if kind else theme.MUTED
            pill = QRect(
                rect.left() + m.pad, rect.top() + m.pad + 1, m.tag_width, m.tag_fm.height() + 3
            )
            fill = QColor(colour)
            fill.setAlpha(20 if linked else theme.PILL_ALPHA)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
            painter.setFont(m.tag)
            tag_colour = theme.pill_text_colour(kind) if kind else theme.MUTED
            painter.setPen(tag_colour)
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, kind_name(kind).upper())
        elif row == "group" and kind:
            painter.fillRect(
                QRect(rect.left() + 2, rect.top() + m.pad, 3, rect.height() - 2 * m.pad),
                theme.kind_colour(kind),
            )
        badge = index.data(BadgeRole) or ""
        right = rect.right() - m.pad
        if badge:
            painter.setFont(m.small)
            painter.setPen(theme.SOLUTION_COLOUR if badge.startswith("✓") else muted)
            width = m.small_fm.horizontalAdvance(badge)
            top = (
                rect.top() + (rect.height() - m.small_fm.height()) // 2
                if row == "section"
                else rect.top() + m.pad
            )
            painter.drawText(
                QRect(right - width, top, width + 2, m.small_fm.height()),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
                badge,
            )
            right -= width + m.pad
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        detail = index.data(DetailRole) or ""
        main_colour = QColor(text_colour)
        if linked and not index.data(FocusRole):
            main_colour = theme.MUTED  # done with, still readable
        if row == "section":
            painter.setFont(m.bold if selected else m.text)
            painter.setPen(main_colour)
            line = QRect(left, rect.top(), right - left, rect.height())
            metrics = m.bold_fm if selected else m.fm
            painter.drawText(
                line,
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                metrics.elidedText(text, Qt.TextElideMode.ElideRight, line.width()),
            )
        elif index.data(CompactRole):
            painter.setFont(m.small)
            line = QRect(left, rect.top() + m.pad // 2 + 1, right - left, m.small_fm.height())
            prefix = (detail + " — ") if detail else ""
            painter.setPen(muted)
            advance = 0
            if prefix:
                painter.drawText(line, int(Qt.AlignmentFlag.AlignLeft), prefix)
                advance = m.small_fm.horizontalAdvance(prefix)
            painter.setPen(main_colour)
            elided = m.small_fm.elidedText(
                " ".join(text.split()), Qt.TextElideMode.ElideRight, max(10, line.width() - advance)
            )
            painter.drawText(
                line.adjusted(advance, 0, 0, 0), int(Qt.AlignmentFlag.AlignLeft), elided
            )
        else:
            inner = max(40, right - left - 16)
            text_rect = QRect(left, rect.top() + m.pad, inner, rect.height())
            painter.setFont(m.bold if self.bold else m.text)
            painter.setPen(main_colour)
            flags = int(
                Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft
            )
            bounds = painter.drawText(text_rect, flags, text)
            if detail:
                painter.setFont(m.small)
                painter.setPen(muted)
                detail_rect = QRect(left, bounds.bottom() + m.pad // 2 + 1, inner, rect.height())
                painter.drawText(detail_rect, flags, detail)
        if linked:
            painter.setFont(m.bold)
            painter.setPen(theme.SOLUTION_COLOUR)
            painter.drawText(
                QRect(rect.right() - m.pad - 14, rect.top() + m.pad, 14, m.fm.height()),
                int(Qt.AlignmentFlag.AlignRight),
                "✓",
            )
        line = QColor(text_colour)
        line.setAlpha(22)
        painter.setPen(line)
        painter.drawLine(rect.left() + m.pad, rect.bottom(), rect.right() - m.pad, rect.bottom())
        if has_focus and self._view.hasFocus():
            focus = QColor(theme.ACCENT)
            focus.setAlpha(160)
            painter.setPen(focus)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 3, 3)
        painter.restore()

    # ------------------------------------------------------------------ editing
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        editor = NoteEdit(parent, lines=3)
        editor.setObjectName("pointEditor")
        editor.setAccessibleName(self.tr("Edit summary point"))
        editor.submitted.connect(lambda: self._finish(editor))
        return editor

    def _finish(self, editor: NoteEdit) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        if isinstance(editor, NoteEdit) and not editor.property("loaded"):
            editor.setPlainText(index.data(Qt.ItemDataRole.EditRole) or "")
            editor.selectAll()
            editor.setProperty("loaded", True)

    def setModelData(self, editor: QWidget, model, index: _Index) -> None:
        if isinstance(editor, NoteEdit) and self.on_edit is not None:
            self.on_edit(QModelIndex(index), editor.toPlainText())

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: _Index):
        rect = QRect(option.rect)
        if rect.height() < editor.height():
            rect.setHeight(editor.height())
        editor.setGeometry(rect)
