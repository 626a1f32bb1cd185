"""The "Move notes" dialog: where to (meeting, theme, group). ``ui.move_notes`` opens it
(Edit → Move notes to…, the note menu's "Move to…") and does the move."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.model import Note
from workshop_app.store import Store
from workshop_app.ui.move_notes import NO_GROUP, SAME_GROUP
from workshop_app.ui.pages.capture_page import themes_for


class MoveNotesDialog(QDialog):
    """Where to: meeting, theme and group (the group of the same name, none, or one there)."""

    def __init__(self, store: Store, notes: Sequence[Note], parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.notes = list(notes)
        self.setWindowTitle(self.tr("Move notes"))
        first = self.notes[0]
        count = len(self.notes)
        intro = QLabel(
            self.tr("Move “{0}” to:").format(_short(first.text))
            if count == 1
            else self.tr("Move the {0} selected notes to:").format(count),
            self,
        )
        intro.setWordWrap(True)
        self.meeting_combo = QComboBox(self)
        self.theme_combo = QComboBox(self)
        self.group_combo = QComboBox(self)
        self.meeting_combo.setAccessibleName(self.tr("Meeting"))
        self.theme_combo.setAccessibleName(self.tr("Theme"))
        self.group_combo.setAccessibleName(self.tr("Group"))
        form = QFormLayout()
        form.addRow(self.tr("&Meeting:"), self.meeting_combo)
        form.addRow(self.tr("&Theme:"), self.theme_combo)
        form.addRow(self.tr("&Group:"), self.group_combo)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Move"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        self._themes = store.themes()
        for meeting in store.meetings():
            self.meeting_combo.addItem(meeting.label, meeting.id)
        self.meeting_combo.setCurrentIndex(max(0, self.meeting_combo.findData(first.meeting_id)))
        self.meeting_combo.currentIndexChanged.connect(self._fill_themes)
        self.theme_combo.currentIndexChanged.connect(self._fill_groups)
        self._fill_themes()
        self.theme_combo.setCurrentIndex(max(0, self.theme_combo.findData(first.theme_id)))

    def _fill_themes(self) -> None:
        meeting = self.store.meeting(self.meeting_combo.currentData() or "")
        current = self.theme_combo.currentData()
        self.theme_combo.blockSignals(True)
        self.theme_combo.clear()
        for theme in themes_for(self._themes, meeting):
            self.theme_combo.addItem(theme.name, theme.id)
        self.theme_combo.setCurrentIndex(max(0, self.theme_combo.findData(current)))
        self.theme_combo.blockSignals(False)
        self._fill_groups()

    def _fill_groups(self) -> None:
        self.group_combo.clear()
        self.group_combo.addItem(self.tr("The group of the same name (made if missing)"), "same")
        self.group_combo.addItem(self.tr("No group"), NO_GROUP)
        meeting_id, theme_id = self.meeting_combo.currentData(), self.theme_combo.currentData()
        if meeting_id and theme_id:
            for group in self.store.groups(meeting_id, theme_id):
                self.group_combo.addItem(group.name, group.name)

    def choice(self) -> tuple[str | None, str | None, str | None]:
        """(meeting id, theme id, group) as ``NoteMover.move`` takes them."""
        group = self.group_combo.currentData()
        return (
            self.meeting_combo.currentData(),
            self.theme_combo.currentData(),
            SAME_GROUP if group == "same" else group,
        )



def _short(text: str, width: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
