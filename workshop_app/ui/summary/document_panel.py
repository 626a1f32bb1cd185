"""The document's own words, editable in the workspace: title, subtitle, intro, next steps,
the cross-cutting heading and lead, the lead of the theme summaries.

An empty field prints the default (shown greyed as the placeholder). A text is saved
when its field loses focus (or Enter in a one-line field), undoable with Ctrl+Z; the
same texts are ``document show`` / ``document set KEY TEXT`` on the command line.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from workshop_app.export.document import DOCUMENT_TEXTS


def _label(key: str) -> str:
    return {
        "title": QCoreApplication.translate("DocumentTexts", "Title"),
        "subtitle": QCoreApplication.translate("DocumentTexts", "Subtitle"),
        "intro": QCoreApplication.translate("DocumentTexts", "Introduction"),
        "workshop_themes_lead": QCoreApplication.translate(
            "DocumentTexts", "Lead of the workshop themes"
        ),
        "next_steps_heading": QCoreApplication.translate(
            "DocumentTexts", "Heading of the next steps"
        ),
        "next_steps": QCoreApplication.translate("DocumentTexts", "Next steps"),
        "cross_cutting": QCoreApplication.translate(
            "DocumentTexts", "Heading of the cross-cutting proposals"
        ),
        "cross_cutting_lead": QCoreApplication.translate(
            "DocumentTexts", "Lead of the cross-cutting proposals"
        ),
        "themes_lead": QCoreApplication.translate(
            "DocumentTexts", "Heading of the theme summaries"
        ),
        "author": QCoreApplication.translate("DocumentTexts", "Author"),
    }.get(key, key)


class _LongText(QPlainTextEdit):
    committed = Signal()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.committed.emit()


class DocumentTextsPanel(QWidget):
    """One field per text; ``textCommitted(key, text)`` when the coordinator leaves a field."""

    textCommitted = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self.tr("The document's &texts"), self)
        self.title.setObjectName("sectionTitle")
        hint = QLabel(self.tr("Empty fields print the text shown in grey."), self)
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        inner = QWidget(self)
        form = QFormLayout(inner)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.fields: dict[str, QLineEdit | _LongText] = {}
        for key, spec in DOCUMENT_TEXTS.items():
            if spec.limit > 500:
                field: QLineEdit | _LongText = _LongText(inner)
                field.setTabChangesFocus(True)
                field.setFixedHeight(90)
                field.committed.connect(lambda k=key: self._commit(k))
            else:
                field = QLineEdit(inner)
                field.editingFinished.connect(lambda k=key: self._commit(k))
            field.setAccessibleName(_label(key))
            field.setObjectName(f"documentText_{key}")
            self.fields[key] = field
            label = QLabel(_label(key), inner)
            label.setBuddy(field)
            form.addRow(label, field)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        self.title.setBuddy(self.fields["title"])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(hint)
        layout.addWidget(scroll, 1)
        self._shown: dict[str, str] = {}

    def set_texts(self, stored: dict[str, str], defaults: dict[str, str]) -> None:
        """``stored``: the coordinator's texts by key; ``defaults``: what prints otherwise."""
        for key, field in self.fields.items():
            text = stored.get(key, "")
            self._shown[key] = text
            if isinstance(field, QLineEdit):
                if field.text() != text:
                    field.setText(text)
                field.setPlaceholderText(defaults.get(key, ""))
            else:
                if field.toPlainText() != text:
                    field.setPlainText(text)
                field.setPlaceholderText(defaults.get(key, ""))

    def text(self, key: str) -> str:
        field = self.fields[key]
        return field.text() if isinstance(field, QLineEdit) else field.toPlainText()

    def _commit(self, key: str) -> None:
        text = self.text(key).strip()
        if text != self._shown.get(key, ""):
            self._shown[key] = text
            self.textCommitted.emit(key, text)
