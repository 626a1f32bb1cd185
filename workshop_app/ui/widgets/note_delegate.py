"""Drawing a note in a list: a coloured kind tag, the wrapped text, its topic.

Used at normal size in the capture view and scaled up, light on dark, in the
projector. Editing in place uses ``NoteEdit`` (Enter keeps, Esc cancels).

A note holding a CPR number, a phone number or an e-mail address gets a small
warning badge and a tooltip naming what was found (``safety.privacy``), in the
capture view only: never on the projector, and it never blocks saving.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from workshop_app.domain.model import Note
from workshop_app.safety.privacy import find_personal_data
from workshop_app.ui import fonts, theme
from workshop_app.ui.models import NoteRole, kind_label, personal_data_description
from workshop_app.ui.widgets.note_edit import NoteEdit
from workshop_app.ui.widgets.viewport import viewport_width

_Index = QModelIndex | QPersistentModelIndex


class _Geometry:
    """Fonts and spacing for one base font and scale (computed once, not per row)."""

    def __init__(self, base: QFont, scale: float, show_kind: bool) -> None:
        sized = QFont(base)
        if scale != 1.0:
            sized.setPointSizeF(base.pointSizeF() * scale)
        # Notes are drawn from the shipped fonts (ui/fonts.py); Urdu in Nastaliq.
        self.text_font = fonts.note_font(sized)
        self.urdu_font = fonts.note_font(sized, fonts.URDU_SAMPLE)
        self.urdu_fm = QFontMetrics(self.urdu_font)
        self.small = QFont(sized)
        self.small.setPointSizeF(self.text_font.pointSizeF() * 0.78)
        self.small.setBold(True)
        self.fm = QFontMetrics(self.text_font)
        self.small_fm = QFontMetrics(self.small)
        self.pad = max(4, self.fm.height() // 3)
        self.tag = 0
        if show_kind:
            labels = (kind_label("challenge"), kind_label("solution"))
            self.tag = max(self.small_fm.horizontalAdvance(t) for t in labels)
            self.tag += self.small_fm.height()
        self.indent = self.pad + (self.tag + self.pad if self.tag else 0)
        # The personal-data badge at the top right (text wraps left of it).
        self.badge = self.small_fm.height() + 2

    def font_for(self, text: str) -> tuple[QFont, QFontMetrics]:
        if fonts.is_urdu(text):
            return self.urdu_font, self.urdu_fm
        return self.text_font, self.fm


class NoteDelegate(QStyledItemDelegate):
    """Paints notes; ``scale`` enlarges everything, ``dark`` is for the projector.

    Row heights are cached per note (text, topic, width): inserting one note into a long
    list relayouts every row, and measuring wrapped text is the expensive part.

    ``editorCreated(editor, note)`` tells the drafts keeper an edit in place began;
    ``draft_text(note)`` may return an interrupted edit's text to start the editor with.
    """

    editorCreated = Signal(object, object)

    def __init__(
        self,
        view: QAbstractItemView,
        *,
        scale: float = 1.0,
        dark: bool = False,
        show_kind: bool = True,
    ) -> None:
        super().__init__(view)
        self._view = view
        self._scale = scale
        self.dark = dark
        self.show_kind = show_kind
        self._geometry_key: tuple | None = None
        self._geometry: _Geometry | None = None
        # note id -> (text, topic, {viewport width: height}): a list lays its rows out at two
        # widths, with and without its scroll bar, so both are kept (issue 17).
        self._heights: dict[str, tuple[str, str, dict[int, int]]] = {}
        self._pixmaps: dict[tuple, QPixmap] = {}
        self.mark_personal_data = not dark  # never flag a citizen's data on the projector
        self._personal: dict[str, tuple[str, ...]] = {}
        self.draft_text: Callable[[Note], str | None] = lambda _note: None

    @property
    def scale(self) -> float:
        return self._scale

    @scale.setter
    def scale(self, value: float) -> None:
        if value != self._scale:
            self._scale = value
            self._heights.clear()  # measured at the old size

    # ------------------------------------------------------------------ geometry
    def geometry(self, base: QFont) -> _Geometry:
        key = (base.key(), self.scale, self.show_kind)
        if key != self._geometry_key or self._geometry is None:
            self._geometry = _Geometry(base, self.scale, self.show_kind)
            self._geometry_key = key
            self._heights.clear()
        return self._geometry

    def personal_data(self, text: str) -> tuple[str, ...]:
        """The kinds of personal data in a note's text (``cpr``, ``phone``, ``email``), cached."""
        if not self.mark_personal_data:
            return ()
        kinds = self._personal.get(text)
        if kinds is None:
            if len(self._personal) > 2000:
                self._personal.clear()
            kinds = tuple(dict.fromkeys(f.kind for f in find_personal_data(text)))
            self._personal[text] = kinds
        return kinds

    def personal_data_tip(self, text: str) -> str:
        """'Contains personal data: phone number', or '' for a note without any."""
        return personal_data_description(text) if self.personal_data(text) else ""

    def _badge_room(self, g: _Geometry, text: str) -> int:
        return g.badge + g.pad if self.personal_data(text) else 0

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        note = index.data(NoteRole)
        if note is None:
            return super().sizeHint(option, index)
        width = viewport_width(self._view) or 400
        return QSize(width - 2, self.row_height(note, width, option.font))

    def row_height(self, note: Note, width: int, font: QFont) -> int:
        """A note's row height in a list ``width`` wide (kept per note and width)."""
        # The fast path first: views ask for every row's size after each insert.
        cached = self._heights.get(note.id)
        if cached is not None and cached[0] == note.text and cached[1] == note.topic:
            known = cached[2].get(width)
            if known is not None:
                return known
        g = self.geometry(font)
        text_width = max(40, width - g.indent - g.pad - 2 - self._badge_room(g, note.text))
        flags = Qt.TextFlag.TextWordWrap
        _font, fm = g.font_for(note.text)
        height = fm.boundingRect(QRect(0, 0, text_width, 100000), flags, note.text).height()
        if note.topic:
            height += g.small_fm.height() + g.pad // 2
        height = max(height, fm.height()) + 2 * g.pad
        stale = cached is None or cached[0] != note.text or cached[1] != note.topic
        if stale or len(cached[2]) > 3:  # type: ignore[index]
            cached = (note.text, note.topic, {})
            self._heights[note.id] = cached
        cached[2][width] = height
        return height

    def prerender(self, notes: list[Note], option: QStyleOptionViewItem, width: int,
                  height: int) -> int:
        """Draw ahead the rows a list ``width`` x ``height`` shows at its bottom (the newest
        notes, unselected), so that showing that list later draws from the pixmap cache;
        returns how many rows were drawn. ``option`` is the view's item option."""
        drawn, shown = 0, 0
        ratio = self._view.devicePixelRatioF()
        for note in reversed(notes):
            if shown >= height:
                break
            row = self.row_height(note, width, option.font)
            shown += row
            key = self._pixmap_key(note, width, row, False, False, ratio)
            if key not in self._pixmaps:
                self._pixmap(key, note, option, width, row, False, False, ratio)
                drawn += 1
        return drawn

    # ------------------------------------------------------------------ painting
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        note = index.data(NoteRole)
        if note is None:
            super().paint(painter, option, index)
            return
        # Rows are drawn once into a pixmap and reused: adding a note scrolls the list,
        # which repaints every visible row, and laying out wrapped text is what costs.
        rect = option.rect
        state = option.state
        selected = bool(state & QStyle.StateFlag.State_Selected)
        focused = bool(state & QStyle.StateFlag.State_HasFocus) and not self.dark
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        key = self._pixmap_key(note, rect.width(), rect.height(), selected, focused, ratio)
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            pixmap = self._pixmap(
                key, note, option, rect.width(), rect.height(), selected, focused, ratio
            )
        painter.drawPixmap(rect.topLeft(), pixmap)

    def _pixmap_key(
        self, note: Note, width: int, height: int, selected: bool, focused: bool, ratio: float
    ) -> tuple:
        return (
            note.id, note.text, note.topic, note.kind, width, height, selected, focused, ratio,
            self._geometry_key,
        )

    def _pixmap(
        self,
        key: tuple,
        note: Note,
        option: QStyleOptionViewItem,
        width: int,
        height: int,
        selected: bool,
        focused: bool,
        ratio: float,
    ) -> QPixmap:
        if len(self._pixmaps) > 400:
            self._pixmaps.clear()
        pixmap = QPixmap(int(width * ratio), int(height * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        target = QPainter(pixmap)
        self._render(target, QRect(0, 0, width, height), note, option, selected, focused)
        target.end()
        self._pixmaps[key] = pixmap
        return pixmap

    def _render(
        self,
        painter: QPainter,
        rect: QRect,
        note,
        option: QStyleOptionViewItem,
        selected: bool,
        focused: bool,
    ) -> None:
        palette = option.palette
        if self.dark:
            background, foreground, muted = (
                theme.PROJECTOR_BG,
                theme.PROJECTOR_FG,
                theme.PROJECTOR_MUTED,
            )
        else:
            background = palette.color(QPalette.ColorRole.Base)
            foreground = palette.color(QPalette.ColorRole.Text)
            muted = palette.color(QPalette.ColorRole.PlaceholderText)
        if selected and not self.dark:
            background = theme.SELECTED_BG
        painter.fillRect(rect, background)
        g = self.geometry(option.font)
        small, pad, tag = g.small, g.pad, g.tag
        colour = theme.kind_colour(note.kind)
        # The kind tag: a soft pill with the kind's name in its colour.
        if tag:
            pill = QRect(rect.left() + pad, rect.top() + pad + 1, tag, g.small_fm.height() + 2)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            fill = QColor(colour)
            fill.setAlpha(70 if self.dark else theme.PILL_ALPHA)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
            painter.setFont(small)
            painter.setPen(theme.projector_kind_colour(note.kind) if self.dark else theme.pill_text_colour(note.kind))
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, kind_label(note.kind))
        else:
            painter.fillRect(QRect(rect.left(), rect.top() + 2, 4, rect.height() - 4), colour)
        room = self._badge_room(g, note.text)
        text_rect = QRect(
            rect.left() + g.indent,
            rect.top() + pad,
            max(10, rect.right() - pad - rect.left() - g.indent - room),
            rect.height(),
        )
        if room:  # personal data: an amber "!" badge; the tooltip says what was found
            badge = QRect(rect.right() - pad - g.badge, rect.top() + pad + 1, g.badge, g.badge)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(theme.BADGE)
            painter.drawEllipse(badge)
            painter.setFont(small)
            painter.setPen(theme.ON_FILL)
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, "!")
        painter.setFont(g.font_for(note.text)[0])
        painter.setPen(foreground)
        rtl = fonts.is_rtl(note.text)
        if rtl:  # the note's own direction: aligned right, punctuation where it belongs
            painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        bounds = painter.drawText(
            text_rect,
            int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignTop | fonts.alignment(note.text)),
            note.text,
        )
        if rtl:
            painter.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        if note.topic:
            painter.setFont(small)
            painter.setPen(muted)
            topic_rect = QRect(
                text_rect.left(), bounds.bottom() + pad // 2, text_rect.width(), g.small_fm.height()
            )
            painter.drawText(topic_rect, Qt.AlignmentFlag.AlignLeft, "◆ " + note.topic)
        # A hairline between notes keeps a long list calm to read.
        line = QColor(foreground)
        line.setAlpha(40 if self.dark else 22)
        painter.setPen(line)
        painter.drawLine(rect.left() + pad, rect.bottom(), rect.right() - pad, rect.bottom())
        if focused:
            focus = QColor(palette.color(QPalette.ColorRole.Highlight))
            painter.setPen(focus)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(0, 0, -1, -1))

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: _Index,
    ) -> bool:
        """The tooltip of a note with personal data names what was found (above its text)."""
        note = index.data(NoteRole) if index.isValid() else None
        if event is not None and event.type() == QEvent.Type.ToolTip and note is not None:
            warning = self.personal_data_tip(note.text)
            if warning:
                tip = index.data(Qt.ItemDataRole.ToolTipRole)
                text = f"{warning}\n\n{tip}" if tip else warning
                QToolTip.showText(event.globalPos(), text, view, option.rect)
                return True
        return super().helpEvent(event, view, option, index)

    # ------------------------------------------------------------------ editing
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        editor = NoteEdit(parent, lines=3)
        editor.setAccessibleName(self.tr("Edit note"))
        editor.setProperty("kind", index.data(NoteRole).kind if index.data(NoteRole) else "")
        editor.submitted.connect(lambda: self._finish(editor))
        note = index.data(NoteRole)
        if note is not None:
            self.editorCreated.emit(editor, note)
        return editor

    def _finish(self, editor: NoteEdit) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        if isinstance(editor, NoteEdit) and not editor.property("loaded"):
            note = index.data(NoteRole)
            kept = self.draft_text(note) if note is not None else None
            editor.setPlainText(
                kept if kept is not None else (index.data(Qt.ItemDataRole.EditRole) or "")
            )
            if kept is None:
                editor.selectAll()
            else:  # an interrupted edit: go on typing where it stopped
                editor.moveCursor(editor.textCursor().MoveOperation.End)
            editor.setProperty("loaded", True)

    def setModelData(self, editor: QWidget, model, index: _Index) -> None:
        if isinstance(editor, NoteEdit):
            model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: _Index):
        rect = QRect(option.rect)
        if rect.height() < editor.height():
            rect.setHeight(editor.height())
        editor.setGeometry(rect)
