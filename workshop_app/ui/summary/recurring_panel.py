"""Recurring suggestions: proposals and challenges that came up at several meetings.

The detection (``workshop_app.analysis.recurring``) runs on a worker thread over
the notes as plain data; this panel lists its groups (label, meetings, venues,
and the notes themselves when a group is expanded) and offers two actions:
promote the group to a cross-cutting topic with a drafted, linked point, and
"Why together?": for two selected notes (Ctrl+click), or one note and its group's
most typical note, the score, its parts and the shared words and concepts, as
``workshop-app recurring --explain A B`` prints them.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workshop_app.analysis.recurring import NoteLike, PairExplanation, RecurringGroup
from workshop_app.ui import dialogs
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
        # Two notes selected together (Ctrl+click) can be explained.
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
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
        self.explain_button = QPushButton(self.tr("Why together?"), self)
        self.explain_button.setToolTip(
            self.tr(
                "Show why two selected notes (Ctrl+click) were or were not grouped, or why "
                "the selected note is in its group: the score, its parts and what the notes share"
            )
        )
        self.explain_button.setAccessibleName(self.tr("Explain the grouping of the selected notes"))
        self.explain_button.clicked.connect(self.explain_selected)
        self.explain_dialog: QDialog | None = None
        self._notes: list[NoteLike] = []
        self._threshold: float | None = None
        self.view.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
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
        buttons = QHBoxLayout()
        buttons.addWidget(self.promote_button, 1)
        buttons.addWidget(self.explain_button)
        layout.addLayout(buttons)
        self._update_buttons()

    def set_status(self, text: str) -> None:
        self.status.setText(text)

    def set_notes(self, notes: Sequence[NoteLike], threshold: float | None = None) -> None:
        """The notes the groups are found in: explanations weigh words across all of them."""
        self._notes = list(notes)
        self._threshold = threshold

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
        self.explain_button.setEnabled(self.explain_pair_ids() is not None)

    def selected_note_ids(self) -> list[str]:
        """The ids of the selected note rows (not group rows), in list order."""
        rows = sorted(
            (i for i in self.view.selectionModel().selectedIndexes() if i.parent().isValid()),
            key=lambda i: (i.parent().row(), i.row()),
        )
        return [i.data(IdRole) for i in rows]

    def explain_pair_ids(self) -> tuple[str, str] | None:
        """The two notes to explain: two selected notes, or a note and its group's centre."""
        if not self._notes:
            return None
        chosen = list(dict.fromkeys(self.selected_note_ids()))
        if len(chosen) == 2:
            return chosen[0], chosen[1]
        current = self.view.currentIndex()
        if len(chosen) == 1 and current.isValid() and current.parent().isValid():
            group = current.parent().data(ObjectRole)
            if group is not None and group.representative != chosen[0]:
                return group.representative, chosen[0]
        return None

    def explain_selected(self) -> None:
        """Show why the chosen notes were or were not grouped (see ``explain_pair_ids``)."""
        from workshop_app.analysis.recurring import THRESHOLD, explain_pair

        pair = self.explain_pair_ids()
        if pair is None:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = explain_pair(self._notes, *pair, threshold=self._threshold or THRESHOLD)
        except Exception as exc:  # noqa: BLE001 (shown in the one error dialog, never a traceback)
            QApplication.restoreOverrideCursor()
            dialogs.report_exception(self, exc)
            return
        QApplication.restoreOverrideCursor()
        texts = {n.id: n for n in self._notes}
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Why together?"))
        dialog.setObjectName("recurringExplanation")
        text = QPlainTextEdit(dialog)
        text.setReadOnly(True)
        text.setAccessibleName(self.tr("Explanation"))
        text.setPlainText(self.explanation_text(result, texts))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
        close.rejected.connect(dialog.reject)
        box = QVBoxLayout(dialog)
        box.addWidget(text, 1)
        box.addWidget(close)
        dialog.resize(560, 420)
        self.explain_dialog = dialog
        dialog.open()

    def explanation_text(self, result: PairExplanation, notes: dict[str, NoteLike]) -> str:
        """The explanation in the UI language (numbers, notes' own words)."""
        lines = []
        if result.reported:
            lines.append(self.tr("Grouped: these notes are in one recurring suggestion."))
        elif result.together:
            lines.append(
                self.tr("In one group, but it was raised at fewer than {0} meetings.").format(
                    result.min_meetings
                )
            )
        else:
            lines.append(self.tr("Not grouped."))
        lines.append("")
        for letter, note_id in (("A", result.first), ("B", result.second)):
            note = notes.get(note_id)
            if note is not None:
                lines.append(f"{letter}: {note.text}")
                lines.append(f"   {note.venue} · {note.theme}")
        lines.append("")
        lines.append(
            self.tr("Score {0:.2f} (grouped from {1:.2f}):").format(result.score, result.threshold)
        )
        names = {
            "words": self.tr("shared words"),
            "compound parts": self.tr("parts of compound words"),
            "concepts": self.tr("shared concepts (same idea, other words)"),
        }
        for key, value in result.parts.items():
            lines.append(f"   {names.get(key, key)}: {value:.2f}")
        lines.append("")
        if result.shared:
            lines.append(self.tr("What the notes share, and what it adds:"))
            kinds = {
                "word": self.tr("word"),
                "part": self.tr("part"),
                "concept": self.tr("concept"),
            }
            for feature in result.shared:
                lines.append(
                    f"   {kinds.get(feature.kind, feature.kind)}: {feature.name}"
                    f"  +{feature.contribution:.2f}"
                )
        else:
            lines.append(self.tr("The notes share no word, compound part or concept."))
        if result.boilerplate:
            lines.append("")
            lines.append(
                self.tr("Ignored as words found in many of the notes: {0}").format(
                    ", ".join(result.boilerplate)
                )
            )
        if not result.together and result.score >= result.threshold:
            lines.append("")
            lines.append(
                self.tr(
                    "The pair is alike, but the notes of the two groups they joined are on "
                    "average less alike than the threshold."
                )
            )
        return "\n".join(lines)

    def group_index(self, row: int) -> QModelIndex:
        return self.model.index(row, 0)
