"""The raw notes of the chosen theme or topic, to be condensed into summary points.

Filter by kind, venue and text, hide the notes already used, or widen to all
themes. Linked notes are dimmed with a ✓; the notes of the selected point get an
accent bar. Notes are dragged onto a point, or selected and linked with Ctrl+L.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.model import Note
from workshop_app.ui.summary.models import (
    CardDelegate,
    NoteRow,
    NotesModel,
    count_notes,
)


class FlatList(QTreeView):
    """A one-column list with word-wrapped rows of different heights that stays fast.

    A header-less tree that scrolls per item measures only the rows it shows.
    """

    def __init__(self, parent: QWidget | None = None, *, flat: bool = True) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setUniformRowHeights(False)
        self.setAllColumnsShowFocus(True)
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        if flat:
            self.setRootIsDecorated(False)
            self.setIndentation(0)
            self.setItemsExpandable(False)

    def resizeEvent(self, event) -> None:
        old_width = event.oldSize().width()
        super().resizeEvent(event)
        if old_width != event.size().width():
            self.scheduleDelayedItemsLayout()  # wrapped rows change height with the width


class NotesPanel(QWidget):
    """Filters, the note list and the Link / New point buttons."""

    linkRequested = Signal()
    draftRequested = Signal()
    scopeChanged = Signal()  # "All themes" was switched: the page reloads the notes
    excludeRequested = Signal(list, bool)  # note ids; True: leave out, False: include again

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._notes: list[Note] = []
        self._linked: dict[str, list[str]] = {}
        self._focus: set[str] = set()
        self._show_theme = False
        self._excluded: dict[str, str] = {}
        self.title = QLabel(self.tr("&Notes"), self)
        self.title.setObjectName("sectionTitle")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        self.kind_filter = QComboBox(self)
        self.kind_filter.setAccessibleName(self.tr("Show notes of kind"))
        self.kind_filter.addItem(self.tr("All kinds"), "")
        self.kind_filter.addItem(self.tr("Challenges"), "challenge")
        self.kind_filter.addItem(self.tr("Solutions"), "solution")
        self.venue_filter = QComboBox(self)
        self.venue_filter.setAccessibleName(self.tr("Show notes from venue"))
        self.venue_filter.addItem(self.tr("All venues"), "")
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Filter by text"))
        self.search.setAccessibleName(self.tr("Filter notes by text"))
        self.search.setClearButtonEnabled(True)
        self.hide_linked = QCheckBox(self.tr("Hide linked"), self)
        self.hide_linked.setToolTip(
            self.tr("Show only the notes no point of this section uses yet")
        )
        self.all_themes = QCheckBox(self.tr("All themes"), self)
        self.all_themes.setToolTip(self.tr("Show the notes of every theme, to link them here"))
        self.view = FlatList(self)
        self.view.setObjectName("summaryNotes")
        self.view.setAccessibleName(self.tr("Notes of the section"))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setDragEnabled(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.view.setDefaultDropAction(Qt.DropAction.LinkAction)
        self.model = NotesModel(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(CardDelegate(self.view))
        self.title.setBuddy(self.view)
        self.link_button = QPushButton(self.tr("&Link to point"), self)
        self.link_button.setToolTip(
            self.tr("Link the selected notes to the selected summary point (Ctrl+L)")
        )
        self.draft_button = QPushButton(self.tr("New point from selec&tion"), self)
        self.draft_button.setToolTip(
            self.tr("Draft a summary point from the selected notes (Ctrl+Shift+N)")
        )
        self.leave_out = QCheckBox(self.tr("Leave &out of the summary"), self)
        self.leave_out.setToolTip(
            self.tr("The selected notes are left out of the exported summary on purpose "
                    "(with a reason); uncheck to include them again")
        )
        self.leave_out.clicked.connect(
            lambda checked: self.excludeRequested.emit(self.selected_ids(), checked)
        )
        self.link_button.clicked.connect(self.linkRequested)
        self.draft_button.clicked.connect(self.draftRequested)
        for combo in (self.kind_filter, self.venue_filter):
            combo.currentIndexChanged.connect(self._refill)
        self.search.textChanged.connect(self._refill)
        self.hide_linked.toggled.connect(self._refill)
        self.all_themes.toggled.connect(lambda _on: self.scopeChanged.emit())
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)

        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.count_label)
        filters = QHBoxLayout()
        filters.setSpacing(6)
        filters.addWidget(self.kind_filter)
        filters.addWidget(self.venue_filter)
        filters.addWidget(self.search, 1)
        toggles = QHBoxLayout()
        toggles.addWidget(self.hide_linked)
        toggles.addWidget(self.all_themes)
        toggles.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.link_button)
        buttons.addWidget(self.draft_button)
        buttons.addStretch(1)
        buttons.addWidget(self.leave_out)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(head)
        layout.addLayout(filters)
        layout.addLayout(toggles)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    # ------------------------------------------------------------------ content
    def set_notes(
        self,
        notes: list[Note],
        linked: dict[str, list[str]],
        *,
        venues: Iterable[str] = (),
        show_theme: bool = False,
        excluded: dict[str, str] | None = None,
    ) -> None:
        """The section's notes; ``linked`` maps a note id to the texts of its points here;
        ``excluded`` the notes left out of the summary, with the reason."""
        self._notes, self._linked, self._show_theme = notes, linked, show_theme
        self._excluded = excluded or {}
        chosen = self.venue_filter.currentData() or ""
        self.venue_filter.blockSignals(True)
        self.venue_filter.clear()
        self.venue_filter.addItem(self.tr("All venues"), "")
        for venue in venues:
            self.venue_filter.addItem(venue, venue)
        at = self.venue_filter.findData(chosen)
        self.venue_filter.setCurrentIndex(max(0, at))
        self.venue_filter.blockSignals(False)
        self._refill()

    def set_focus_notes(self, note_ids: Iterable[str]) -> None:
        """Mark the notes of the selected point (accent bar) without rebuilding."""
        self._focus = set(note_ids)
        self.model.set_focus_ids(self._focus)

    def _refill(self) -> None:
        keep = set(self.selected_ids())
        kind = self.kind_filter.currentData() or ""
        venue = self.venue_filter.currentData() or ""
        needle = self.search.text().strip().casefold()
        hide = self.hide_linked.isChecked()
        rows: list[NoteRow] = []
        linked_count = 0
        for note in self._notes:
            if (kind and note.kind != kind) or (venue and note.venue != venue):
                continue
            points = self._linked.get(note.id, [])
            if hide and points:
                continue
            if needle and needle not in note.text.casefold():
                continue
            place = [note.venue, note.group]
            if self._show_theme:
                place.insert(1, note.theme)
            detail = " · ".join(p for p in place if p)
            if note.topic:
                detail += f"  ◆ {note.topic}"
            if note.id in self._excluded:
                detail += "  ✕ " + self.tr("left out: {0}").format(self._excluded[note.id])
            row = NoteRow(note, detail, points)
            row.focus = note.id in self._focus
            rows.append(row)
            linked_count += bool(points)
        self.model.set_rows(rows)
        self.count_label.setText(
            count_notes(len(rows))
            + (" · " + self.tr("{0} linked").format(linked_count) if linked_count else "")
        )
        if keep:
            self.select_ids(keep)
        self._update_buttons()

    # ------------------------------------------------------------------ selection
    def selected_ids(self) -> list[str]:
        return [n.id for n in self.selected_notes()]

    def selected_notes(self) -> list[Note]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        found = [self.model.row_at(r) for r in rows]
        return [r.note for r in found if r is not None]

    def select_ids(self, note_ids: Iterable[str]) -> None:
        from PySide6.QtCore import QItemSelection, QItemSelectionModel

        wanted = set(note_ids)
        selection = QItemSelection()
        first = None
        for number, row in enumerate(self.model.rows()):
            if row.note.id in wanted:
                index = self.model.index(number, 0)
                selection.select(index, index)
                first = first or index
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.view.selectionModel().select(selection, flags)
        if first is not None:
            self.view.selectionModel().setCurrentIndex(
                first, QItemSelectionModel.SelectionFlag.NoUpdate
            )

    def visible_ids(self) -> list[str]:
        return [r.note.id for r in self.model.rows()]

    def refresh_buttons(self) -> None:
        """Enable the buttons and set the checkbox for the current selection."""
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        has = bool(self.view.selectionModel().hasSelection())
        self.link_button.setEnabled(has)
        self.draft_button.setEnabled(has)
        self.leave_out.setEnabled(has)
        ids = self.selected_ids() if has else []
        self.leave_out.setChecked(bool(ids) and all(i in self._excluded for i in ids))
