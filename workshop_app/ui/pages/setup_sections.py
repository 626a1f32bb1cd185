"""The sections of the setup page: details, meetings, themes, groups, cross-cutting topics.

Each section reads through the Store and writes through ``Operations.perform``
(ui/operations.py): a refused input is one line, a disk failure the "Cannot save"
dialog; every change is undoable (Ctrl+Z) and announces ``consultationChanged`` once,
so the capture view and the others refresh.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.dates import danish_date, iso_from_typed
from workshop_app.domain.model import DEFAULT_VENUES, Meeting
from workshop_app.errors import UserError
from workshop_app.store import Store
from workshop_app.ui.bus import Bus
from workshop_app.ui.operations import (
    CONSULTATION,
    AppliedCommand,
    Operations,
    Removal,
    Rewrite,
)
from workshop_app.ui.pages.theme_dialog import ThemeDialog
from workshop_app.ui.widgets.date_edit import DateEdit
from workshop_app.ui.widgets.ordered_list import OrderedListEditor


class Section(QWidget):
    """Common plumbing: a title, a hint, and ``write()`` through the window's one write path."""

    #: The section's list, in the sections that have one (``add_list_editor``).
    editor: OrderedListEditor

    def __init__(
        self, store: Store, bus: Bus, parent: QWidget | None = None, ops: Operations | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.bus = store, bus
        self.ops = ops or Operations(store, bus, None, self)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(10)

    def add_heading(self, title: str, hint: str = "") -> None:
        label = QLabel(title, self)
        label.setObjectName("sectionTitle")
        self.layout_.addWidget(label)
        if hint:
            text = QLabel(hint, self)
            text.setObjectName("hint")
            text.setWordWrap(True)
            self.layout_.addWidget(text)

    def add_list_editor(self, title: str, *, movable: bool = True) -> OrderedListEditor:
        """The section's list, wired to its ``ask_add``, ``rename``, ``reorder`` and
        ``ask_remove`` methods."""
        editor = OrderedListEditor(title, self, movable=movable)
        self.layout_.addWidget(editor, 1)
        editor.addRequested.connect(self.ask_add)
        editor.renameRequested.connect(self.rename)
        if movable:
            editor.orderRequested.connect(self.reorder)
        editor.removeRequested.connect(self.ask_remove)
        return editor

    def write(
        self,
        fn: Callable[[], object],
        undo: AppliedCommand | Callable[[object], AppliedCommand | None] | None = None,
    ) -> bool:
        """Run a store write with its undo command; a refusal is one line and the section
        shows the stored values again."""

        def refused(message: str) -> None:
            self.bus.refused.emit(message)
            QTimer.singleShot(0, self.refresh)

        return self.ops.perform(fn, undo=undo, changes=CONSULTATION, refused=refused).ok

    def rewrite(self, label: str, forward: Callable[[], object], backward: Callable[[], object]):
        """Write ``forward`` now; undo runs ``backward`` (a rename back, the old order)."""
        return self.write(forward, Rewrite(self.ops, label, forward, backward))

    def rename_row(self, label: str, rows: Iterable[Any], row_id: str, name: str,
                   rename: Callable[[str, str], object]) -> None:
        """Rename the theme, group or topic *row_id* among *rows*; *label* (the undo text)
        has {0} for the old name, and undo gives the old name back."""
        old = next((row.name for row in rows if row.id == row_id), name)
        self.rewrite(label.format(old), lambda: rename(row_id, name), lambda: rename(row_id, old))

    def reorder_rows(self, label: str, old: list[str], ids: list[str],
                     reorder: Callable[[list[str]], object]) -> None:
        """Put the section's list in the order *ids* (undo: *old*), keeping the selection."""
        current = self.editor.current_id()
        self.rewrite(label, lambda: reorder(ids), lambda: reorder(old))
        self.refresh()
        if current:
            self.editor.select(current)

    def remove(self, label: str, table: str, row_id: str) -> bool:
        """Remove a meeting, theme, group or topic (with what hangs on it); undo restores it."""
        command = Removal(self.ops, label, table, row_id)
        return self.write(command.forward, command)

    def added(self, label: str, table: str) -> Callable[[object], AppliedCommand]:
        """The undo command of an addition: undo removes the new row, redo restores it."""
        return lambda row: Removal(self.ops, label, table, row.id, undoes_add=True)  # type: ignore[attr-defined]

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def refresh(self) -> None:
        """Read the section's data again."""


# ====================================================================== details
class DetailsSection(Section):
    """Title, hearing URL, contact e-mail and hearing period, saved field by field."""

    FIELDS = ("title", "hearing_url", "hearing_email", "hearing_from", "hearing_to")
    DATES = ("hearing_from", "hearing_to")

    def __init__(
        self, store: Store, bus: Bus, parent: QWidget | None = None, ops: Operations | None = None
    ) -> None:
        super().__init__(store, bus, parent, ops)
        self.add_heading(
            self.tr("Consultation"),
            self.tr(
                "Shown on the summary and the handouts. Each field is saved when you leave it."
            ),
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        labels = {
            "title": self.tr("&Title:"),
            "hearing_url": self.tr("Hearing &URL:"),
            "hearing_email": self.tr("Contact e-&mail:"),
            "hearing_from": self.tr("Hearing f&rom:"),
            "hearing_to": self.tr("Hearing u&ntil:"),
        }
        names = {
            "title": self.tr("Title"),
            "hearing_url": self.tr("Hearing URL"),
            "hearing_email": self.tr("Contact e-mail"),
            "hearing_from": self.tr("Hearing period starts"),
            "hearing_to": self.tr("Hearing period ends"),
        }
        self.names = names
        self._closed = False
        self.edits: dict[str, QLineEdit] = {}
        for key in self.FIELDS:
            edit = DateEdit(self) if key in self.DATES else QLineEdit(self)
            edit.setAccessibleName(names[key])
            if key == "hearing_url":
                edit.setPlaceholderText("https://blivhoert.kk.dk/…")
            edit.editingFinished.connect(lambda k=key: self._save(k))
            form.addRow(labels[key], edit)
            self.edits[key] = edit
        self.layout_.addLayout(form)
        self.message = QLabel(self)
        self.message.setObjectName("savedLabel")
        self.message.setProperty("state", "error")
        self.message.setWordWrap(True)
        self.layout_.addWidget(self.message)
        self.layout_.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        current = self.store.consultation()
        for key, edit in self.edits.items():
            if edit.hasFocus():
                continue
            if isinstance(edit, DateEdit):
                if edit.property("state") != "error":  # a wrong date stays as typed
                    edit.set_iso(getattr(current, key))
            else:
                edit.setText(getattr(current, key))

    def flush(self) -> None:
        """Save what is typed but not yet saved (the window is closing); then stop listening."""
        if self._closed:
            return
        for key in self.FIELDS:
            self._save(key, quiet=True)
        self._closed = True

    def _save(self, key: str, quiet: bool = False) -> None:
        if self._closed:
            return
        edit = self.edits[key]
        try:
            value = edit.iso() if isinstance(edit, DateEdit) else edit.text().strip()
        except UserError as exc:  # a date that is not one: kept as typed, reason shown
            if not quiet:
                self.message.setText(str(exc))
            return
        old = getattr(self.store.consultation(), key)
        if value == old:
            return
        label = self.tr("Change {0}").format(self.names[key])
        done = self.ops.perform(
            lambda: self.store.update_consultation(**{key: value}),
            undo=Rewrite(
                self.ops,
                label,
                lambda: self.store.update_consultation(**{key: value}),
                lambda: self.store.update_consultation(**{key: old}),
            ),
            changes=CONSULTATION,
            # shown under the form, where it was typed; on closing there is no one to tell
            refused=lambda message: None if quiet else self.message.setText(message),
        )
        if done:
            self.message.clear()


# ====================================================================== meetings
class MeetingsSection(Section):
    """The meetings: venue (a default or typed), date, number of participants."""

    def __init__(
        self, store: Store, bus: Bus, parent: QWidget | None = None, ops: Operations | None = None
    ) -> None:
        super().__init__(store, bus, parent, ops)
        self._filling = False
        self.add_heading(
            self.tr("Meetings"),
            self.tr("One row per dialogue meeting. Double-click a cell to correct it."),
        )
        row = QHBoxLayout()
        self.venue = QComboBox(self)
        self.venue.setEditable(True)
        self.venue.addItems(list(DEFAULT_VENUES))
        self.venue.setAccessibleName(self.tr("Venue of the new meeting"))
        self.venue.setMinimumContentsLength(12)
        self.date = DateEdit(self)  # empty until typed: never today by itself
        self.date.setAccessibleName(self.tr("Date of the new meeting"))
        self.participants = QSpinBox(self)
        self.participants.setRange(0, 100000)
        self.participants.setSpecialValueText(self.tr("unknown"))
        self.participants.setAccessibleName(self.tr("Participants at the new meeting"))
        self.add_button = QPushButton(self.tr("Add meeting"), self)
        venue_label = QLabel(self.tr("Ve&nue:"), self)
        venue_label.setBuddy(self.venue)
        date_label = QLabel(self.tr("&Date:"), self)
        date_label.setBuddy(self.date)
        people_label = QLabel(self.tr("&Participants:"), self)
        people_label.setBuddy(self.participants)
        for widget in (
            venue_label,
            self.venue,
            date_label,
            self.date,
            people_label,
            self.participants,
            self.add_button,
        ):
            row.addWidget(widget)
        row.addStretch(1)
        self.layout_.addLayout(row)
        self.table = QTableWidget(0, 5, self)
        self.table.setAccessibleName(self.tr("Meetings"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Venue"), self.tr("Date"), self.tr("Participants"), self.tr("Notes"),
             self.tr("Preposition")]
        )
        self.table.horizontalHeaderItem(4).setToolTip(
            self.tr("Danish: “på Amager”, “i Tingbjerg” (på or i)")
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.layout_.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.remove_button = QPushButton(self.tr("Remove meeting…"), self)
        buttons.addWidget(self.remove_button)
        self.layout_.addLayout(buttons)
        self.add_button.clicked.connect(self.add_from_form)
        self.remove_button.clicked.connect(self.remove_current)
        self.table.itemChanged.connect(self._cell_changed)
        self.meetings: list[Meeting] = []
        self.refresh()

    def refresh(self) -> None:
        self.meetings = self.store.meetings()
        counts = {m.id: self.store.count_notes(meeting_id=m.id) for m in self.meetings}
        self._filling = True
        try:
            self.table.setRowCount(len(self.meetings))
            for row, meeting in enumerate(self.meetings):
                values = [
                    meeting.venue,
                    danish_date(meeting.date),
                    "" if meeting.participants is None else str(meeting.participants),
                    str(counts[meeting.id]),
                    meeting.preposition,
                ]
                for column, value in enumerate(values):
                    item = QTableWidgetItem(value)
                    if column == 3:
                        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    if column in (2, 3):
                        item.setTextAlignment(
                            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                        )
                    self.table.setItem(row, column, item)
        finally:
            self._filling = False
        self.remove_button.setEnabled(bool(self.meetings))

    def add_meeting(self, venue: str, date: str, participants: int | None) -> bool:
        return self.write(
            lambda: self.store.add_meeting(venue, date, participants),
            self.added(self.tr("Add meeting {0}").format(venue), "meetings"),
        )

    def add_from_form(self) -> None:
        people = self.participants.value() or None
        venue = self.venue.currentText()
        if self.write(
            lambda: self.store.add_meeting(venue, self.date.iso(), people),
            self.added(self.tr("Add meeting {0}").format(venue), "meetings"),
        ):
            self.refresh()
            self.table.selectRow(self.table.rowCount() - 1)

    def _cell_changed(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        meeting = self.meetings[item.row()]
        value = item.text().strip()
        field = ("venue", "date", "participants", "", "preposition")[item.column()]

        def new_value() -> dict[str, object]:  # inside the write: a bad date is a refusal
            if field == "date":
                return {"date": iso_from_typed(value)}
            return {field: value if field != "participants" else (value or None)}

        # The table is rebuilt after this signal returns (the edited item is replaced).
        old = {
            "venue": meeting.venue,
            "date": meeting.date,
            "participants": meeting.participants,
            "preposition": meeting.preposition,
        }[field]
        if self.rewrite(
            self.tr("Change meeting {0}").format(meeting.label),
            lambda: self.store.update_meeting(meeting.id, **new_value()),  # type: ignore[arg-type]
            lambda: self.store.update_meeting(meeting.id, **{field: old}),  # type: ignore[arg-type]
        ):
            QTimer.singleShot(0, self.refresh)

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.meetings):
            return
        meeting = self.meetings[row]
        count = self.store.count_notes(meeting_id=meeting.id)
        text = self.tr("Remove the meeting {0}?").format(meeting.label)
        if count:
            text = self.tr(
                "The meeting {0} has {1} notes. Remove the meeting and its notes?"
            ).format(meeting.label, count)
        if self.confirm(self.tr("Remove meeting"), text):
            self.remove(self.tr("Remove meeting {0}").format(meeting.label), "meetings", meeting.id)
            self.refresh()


# ====================================================================== themes
class ThemesSection(Section):
    """Rename, reorder, add (also venue-only) and remove themes."""

    def __init__(
        self, store: Store, bus: Bus, parent: QWidget | None = None, ops: Operations | None = None
    ) -> None:
        super().__init__(store, bus, parent, ops)
        self.add_heading(
            self.tr("Themes"),
            self.tr(
                "The workshop themes in the order of the summary. Drag or use Move up/down "
                "to reorder; F2 renames. A venue-only theme appears only at that venue."
            ),
        )
        self.editor = self.add_list_editor(self.tr("Themes"))
        self.refresh()

    def refresh(self) -> None:
        counts: dict[str, int] = {}
        for (theme_id, _group), n in self.store.note_counts().items():
            counts[theme_id] = counts.get(theme_id, 0) + n
        items = []
        for theme in self.store.themes():
            extra = []
            if theme.venue:
                extra.append(self.tr("only {0}").format(theme.venue))
            extra.append(self.tr("%n note(s)", "", counts.get(theme.id, 0)))
            items.append((theme.id, theme.name, "· " + " · ".join(extra)))
        self.editor.set_items(items)

    def add_theme(self, name: str, venue: str | None = None) -> bool:
        ok = self.write(
            lambda: self.store.add_theme(name, venue=venue),
            self.added(self.tr("Add theme {0}").format(name), "themes"),
        )
        self.refresh()
        return ok

    def ask_add(self) -> None:
        venues = sorted({m.venue for m in self.store.meetings()} | set(DEFAULT_VENUES))
        dialog = ThemeDialog(venues, self)
        if dialog.exec():
            name, venue = dialog.values()
            if name:
                self.add_theme(name, venue)
                theme = self.store.theme_by_name(name)
                if theme:
                    self.editor.select(theme.id)

    def rename(self, theme_id: str, name: str) -> None:
        self.rename_row(self.tr("Rename theme {0}"), self.store.themes(), theme_id, name,
                        self.store.rename_theme)
        self.refresh()

    def reorder(self, ids: list[str]) -> None:
        self.reorder_rows(self.tr("Reorder themes"), [t.id for t in self.store.themes()], ids,
                          self.store.reorder_themes)

    def ask_remove(self, theme_id: str) -> None:
        theme = next((t for t in self.store.themes() if t.id == theme_id), None)
        if theme is None:
            return
        count = self.store.count_notes(theme_id=theme_id)
        if count and not self.confirm(
            self.tr("Remove theme"),
            self.tr("“{0}” has {1} notes. Remove the theme and its notes?").format(
                theme.name, count
            ),
        ):
            return
        self.remove(self.tr("Remove theme {0}").format(theme.name), "themes", theme_id)
        self.refresh()


# ====================================================================== groups
class GroupsSection(Section):
    """The groups (tables) of one meeting and theme."""

    def __init__(
        self, store: Store, bus: Bus, parent: QWidget | None = None, ops: Operations | None = None
    ) -> None:
        super().__init__(store, bus, parent, ops)
        self.add_heading(
            self.tr("Groups"),
            self.tr(
                "Groups belong to one meeting and one theme, e.g. “Table 3”. You can also "
                "add them while taking notes (Ctrl+G)."
            ),
        )
        row = QHBoxLayout()
        self.meeting = QComboBox(self)
        self.meeting.setAccessibleName(self.tr("Meeting"))
        self.theme = QComboBox(self)
        self.theme.setAccessibleName(self.tr("Theme"))
        self.theme.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.theme.setMinimumContentsLength(20)
        meeting_label = QLabel(self.tr("&Meeting:"), self)
        meeting_label.setBuddy(self.meeting)
        theme_label = QLabel(self.tr("&Theme:"), self)
        theme_label.setBuddy(self.theme)
        row.addWidget(meeting_label)
        row.addWidget(self.meeting)
        row.addWidget(theme_label)
        row.addWidget(self.theme, 1)
        self.layout_.addLayout(row)
        self.editor = self.add_list_editor(self.tr("Groups"), movable=False)
        self.meeting.currentIndexChanged.connect(lambda _i: self._fill_groups())
        self.theme.currentIndexChanged.connect(lambda _i: self._fill_groups())
        self.refresh()

    def refresh(self) -> None:
        meeting_id, theme_id = self.meeting.currentData(), self.theme.currentData()
        for combo in (self.meeting, self.theme):
            combo.blockSignals(True)
            combo.clear()
        for meeting in self.store.meetings():
            self.meeting.addItem(meeting.label, meeting.id)
        for theme in self.store.themes():
            self.theme.addItem(theme.name, theme.id)
        for combo, value in ((self.meeting, meeting_id), (self.theme, theme_id)):
            combo.setCurrentIndex(max(0, combo.findData(value)) if value else 0)
            combo.blockSignals(False)
        self._fill_groups()

    def _fill_groups(self) -> None:
        meeting_id, theme_id = self.meeting.currentData(), self.theme.currentData()
        enabled = bool(meeting_id and theme_id)
        self.editor.setEnabled(enabled)
        if not enabled:
            self.editor.set_items([])
            return
        counts = self.store.note_counts(meeting_id)
        self.editor.set_items(
            [
                (g.id, g.name, "· " + self.tr("%n note(s)", "", counts.get((theme_id, g.id), 0)))
                for g in self.store.groups(meeting_id, theme_id)
            ]
        )

    def add_group(self, name: str) -> bool:
        meeting_id, theme_id = self.meeting.currentData(), self.theme.currentData()
        ok = self.write(
            lambda: self.store.add_group(meeting_id, theme_id, name),
            self.added(self.tr("Add group {0}").format(name), "groups"),
        )
        self._fill_groups()
        return ok

    def ask_add(self) -> None:
        suggestion = self.tr("Table {0}").format(self.editor.list.count() + 1)
        name, ok = QInputDialog.getText(
            self, self.tr("Add group"), self.tr("Name of the new group:"), text=suggestion
        )
        if ok and name.strip():
            self.add_group(name)

    def rename(self, group_id: str, name: str) -> None:
        self.rename_row(self.tr("Rename group {0}"), self.store.groups(), group_id, name,
                        self.store.rename_group)
        self._fill_groups()

    def ask_remove(self, group_id: str) -> None:
        count = self.store.count_notes(group_id=group_id)
        if count and not self.confirm(
            self.tr("Remove group"),
            self.tr("This group has {0} notes. Remove the group and its notes?").format(count),
        ):
            return
        self.remove(self.tr("Remove group"), "groups", group_id)
        self._fill_groups()


# ====================================================================== topics
class TopicsSection(Section):
    """Cross-cutting topics: proposals that recur across themes and meetings."""

    def __init__(
        self, store: Store, bus: Bus, parent: QWidget | None = None, ops: Operations | None = None
    ) -> None:
        super().__init__(store, bus, parent, ops)
        self.add_heading(
            self.tr("Cross-cutting topics"),
            self.tr(
                "Proposals that recur across themes, e.g. “Long-term funding instead of "
                "short projects”. Give a note a topic from its right-click menu."
            ),
        )
        self.editor = self.add_list_editor(self.tr("Cross-cutting topics"))
        self.refresh()

    def refresh(self) -> None:
        self.editor.set_items(
            [
                (
                    t.id,
                    t.name,
                    "· " + self.tr("%n note(s)", "", self.store.count_notes(topic_id=t.id)),
                )
                for t in self.store.topics()
            ]
        )

    def add_topic(self, name: str) -> bool:
        ok = self.write(
            lambda: self.store.add_topic(name),
            self.added(self.tr("Add topic {0}").format(name), "topics"),
        )
        self.refresh()
        return ok

    def ask_add(self) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("Add cross-cutting topic"), self.tr("Name of the topic:")
        )
        if ok and name.strip():
            self.add_topic(name)

    def rename(self, topic_id: str, name: str) -> None:
        self.rename_row(self.tr("Rename topic {0}"), self.store.topics(), topic_id, name,
                        self.store.rename_topic)
        self.refresh()

    def reorder(self, ids: list[str]) -> None:
        self.reorder_rows(self.tr("Reorder cross-cutting topics"),
                          [t.id for t in self.store.topics()], ids, self.store.reorder_topics)

    def ask_remove(self, topic_id: str) -> None:
        count = self.store.count_notes(topic_id=topic_id)
        if count and not self.confirm(
            self.tr("Remove cross-cutting topic"),
            self.tr(
                "{0} notes have this topic. They keep their text and theme. Remove the topic?"
            ).format(count),
        ):
            return
        self.remove(self.tr("Remove cross-cutting topic"), "topics", topic_id)
        self.refresh()
