"""A date field that takes a date typed key by key and shows it the Danish way.

``QDateEdit`` works in sections: typing ``2026-04-15`` into a field showing another
format, or a digit at the wrong moment, left today's date in place. ``DateEdit`` is a
line edit: it accepts whatever a date may be typed with (digits, separators, a month
name), reads it with ``domain.dates.parse_typed_date`` when the field is left, and then
shows ``15.04.2026``. A text that is not a date stays exactly as typed, marked, and the
section that saves it reports the one-line reason. An empty field is no date, never today.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QLineEdit, QWidget

from workshop_app.domain.dates import allowed, danish_date, iso_from_typed, parse_typed_date
from workshop_app.errors import UserError

MAX_CHARS = 40


class _DateValidator(QValidator):
    """Lets every key of a date through; refuses only what no date contains."""

    def validate(self, text: str, pos: int) -> object:
        if len(text) > MAX_CHARS or not allowed(text):
            return QValidator.State.Invalid, text, pos
        try:
            parse_typed_date(text)
        except UserError:
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Acceptable, text, pos


class DateEdit(QLineEdit):
    """A date typed as 2026-04-15, 15-04-2026 or 15.4.2026; shown as 15.04.2026."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setValidator(_DateValidator(self))
        self.setPlaceholderText(self.tr("dd.mm.yyyy"))
        self.setToolTip(self.tr("Type the date, e.g. 15.04.2026, 15-04-2026 or 2026-04-15"))
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("00.00.00000") + 24)
        # Acceptable or not, leaving the field must end the edit (QLineEdit otherwise
        # withholds editingFinished for an Intermediate text): the section says why.
        self.editingFinished.connect(self._tidy)
        self.textEdited.connect(lambda _t: self._mark(True))

    def iso(self) -> str:
        """The date as ISO ``YYYY-MM-DD``, "" when empty; raises UserError when not a date."""
        return iso_from_typed(self.text(), self.accessibleName() or "date")

    def set_iso(self, iso: str) -> None:
        """Show a stored date (ISO) the Danish way."""
        self.setText(danish_date(iso) if iso else "")
        self._mark(True)

    def _tidy(self) -> None:
        try:
            iso = iso_from_typed(self.text())
        except UserError:
            self._mark(False)  # kept as typed; the section reports the reason
            return
        shown = danish_date(iso) if iso else ""
        if shown != self.text():
            self.setText(shown)
        self._mark(True)

    def _mark(self, ok: bool) -> None:
        state = "" if ok else "error"
        if self.property("state") != state:
            self.setProperty("state", state)
            self.style().unpolish(self)
            self.style().polish(self)

    def keyPressEvent(self, event) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        acceptable = self.hasAcceptableInput()
        super().keyPressEvent(event)
        if enter and not acceptable:  # Enter on a wrong date: report it (Qt would not)
            self.editingFinished.emit()

    def focusOutEvent(self, event) -> None:
        # QLineEdit emits editingFinished on focus out only for an Acceptable text; a date
        # typed wrong must still be reported (and kept), not silently left behind.
        acceptable = self.hasAcceptableInput()
        super().focusOutEvent(event)
        if not acceptable and self.isModified():
            self.setModified(False)
            self.editingFinished.emit()
