"""Drawing a note in a list: a coloured kind tag, the wrapped text, its topic.

Used at normal size in the capture view and scaled up, light on dark, in the
projector. Editing in place uses ``NoteEdit`` (Enter keeps, Esc cancels).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from workshop_app.ui import theme
from workshop_app.ui.models import NoteRole, kind_label
from workshop_app.ui.widgets.note_edit import NoteEdit

_Index = QModelIndex | QPersistentModelIndex


class NoteDelegate(QStyledItemDelegate):
    """Paints notes; ``scale`` enlarges everything, ``dark`` is for the projector."""

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
        self.scale = scale
        self.dark = dark
        self.show_kind = show_kind

    # ------------------------------------------------------------------ geometry
    def _fonts(self, base: QFont) -> tuple[QFont, QFont]:
        text_font = QFont(base)
        if self.scale != 1.0:
            text_font.setPointSizeF(base.pointSizeF() * self.scale)
        small = QFont(text_font)
        small.setPointSizeF(text_font.pointSizeF() * 0.78)
        small.setBold(True)
        return text_font, small

    def _metrics(self, base: QFont) -> tuple[int, int, int]:
        """(padding, tag width, gap) in pixels for this font."""
        fm = QFontMetrics(self._fonts(base)[0])
        pad = max(4, fm.height() // 3)
        tag = 0
        if self.show_kind:
            small = self._fonts(base)[1]
            sfm = QFontMetrics(small)
            tag = max(sfm.horizontalAdvance(kind_label(k)) for k in ("challenge", "solution"))
            tag += sfm.height()
        return pad, tag, pad

    def _text_rect(self, rect: QRect, base: QFont) -> QRect:
        pad, tag, gap = self._metrics(base)
        left = rect.left() + pad + (tag + gap if tag else 0)
        return QRect(left, rect.top() + pad, max(10, rect.right() - pad - left), rect.height())

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        note = index.data(NoteRole)
        if note is None:
            return super().sizeHint(option, index)
        width = self._view.viewport().width() or 400
        text_font, small = self._fonts(option.font)
        pad, tag, gap = self._metrics(option.font)
        text_width = max(40, width - 2 * pad - (tag + gap if tag else 0) - 2)
        fm = QFontMetrics(text_font)
        flags = Qt.TextFlag.TextWordWrap
        height = fm.boundingRect(QRect(0, 0, text_width, 100000), flags, note.text).height()
        if note.topic:
            height += QFontMetrics(small).height() + pad // 2
        return QSize(width - 2, max(height, fm.height()) + 2 * pad)

    # ------------------------------------------------------------------ painting
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        note = index.data(NoteRole)
        if note is None:
            super().paint(painter, option, index)
            return
        painter.save()
        rect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        if self.dark:
            background, foreground, muted = (
                theme.PROJECTOR_BG,
                theme.PROJECTOR_FG,
                QColor("#b8c2cc"),
            )
        else:
            background = palette.color(QPalette.ColorRole.Base)
            foreground = palette.color(QPalette.ColorRole.Text)
            muted = palette.color(QPalette.ColorRole.PlaceholderText)
        if selected and not self.dark:
            background = palette.color(QPalette.ColorRole.Highlight).lighter(175)
        painter.fillRect(rect, background)
        text_font, small = self._fonts(option.font)
        pad, tag, _gap = self._metrics(option.font)
        colour = theme.kind_colour(note.kind)
        # The kind tag: a soft pill with the kind's name in its colour.
        if tag:
            sfm = QFontMetrics(small)
            pill = QRect(rect.left() + pad, rect.top() + pad + 1, tag, sfm.height() + 2)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            fill = QColor(colour)
            fill.setAlpha(70 if self.dark else 34)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
            painter.setFont(small)
            painter.setPen(colour.lighter(150) if self.dark else colour.darker(125))
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, kind_label(note.kind))
        else:
            painter.fillRect(QRect(rect.left(), rect.top() + 2, 4, rect.height() - 4), colour)
        text_rect = self._text_rect(rect, option.font)
        painter.setFont(text_font)
        painter.setPen(foreground)
        bounds = painter.drawText(
            text_rect, int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignTop), note.text
        )
        if note.topic:
            painter.setFont(small)
            painter.setPen(muted)
            topic_rect = QRect(
                text_rect.left(),
                bounds.bottom() + pad // 2,
                text_rect.width(),
                QFontMetrics(small).height(),
            )
            painter.drawText(topic_rect, Qt.AlignmentFlag.AlignLeft, "◆ " + note.topic)
        # A hairline between notes keeps a long list calm to read.
        line = QColor(foreground)
        line.setAlpha(40 if self.dark else 22)
        painter.setPen(line)
        painter.drawLine(rect.left() + pad, rect.bottom(), rect.right() - pad, rect.bottom())
        if option.state & QStyle.StateFlag.State_HasFocus and not self.dark:
            focus = QColor(palette.color(QPalette.ColorRole.Highlight))
            painter.setPen(focus)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
        painter.restore()

    # ------------------------------------------------------------------ editing
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        editor = NoteEdit(parent, lines=3)
        editor.setAccessibleName(self.tr("Edit note"))
        editor.setProperty("kind", index.data(NoteRole).kind if index.data(NoteRole) else "")
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
        if isinstance(editor, NoteEdit):
            model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: _Index):
        rect = QRect(option.rect)
        if rect.height() < editor.height():
            rect.setHeight(editor.height())
        editor.setGeometry(rect)
