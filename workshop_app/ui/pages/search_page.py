"""Search and filter across all notes: by text, theme, meeting venue and kind.

The page's fields and table are made when it is first shown (or first asked for one of
them), not with the window: the window's first paint does not wait for them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.model import CHALLENGE, SOLUTION
from workshop_app.store import Store
from workshop_app.ui.bus import Bus
from workshop_app.ui.models import SearchResultsModel

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLineEdit, QTableView


class _Built:
    """A widget of the page made by ``SearchPage._build``: reading it builds the page."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.attr = f"_built_{name}"

    def __get__(self, page: Any, owner: type | None = None) -> Any:
        if page is None:
            return self
        page.ensure_built()
        return getattr(page, self.attr)

    def __set__(self, page: Any, value: Any) -> None:
        setattr(page, self.attr, value)


class SearchPage(QWidget):
    """A search field, three filters and a table of matching notes.

    Enter or a double click on a result opens it in the capture view.
    """

    text: QLineEdit = _Built()  # type: ignore[assignment]
    theme: QComboBox = _Built()  # type: ignore[assignment]
    venue: QComboBox = _Built()  # type: ignore[assignment]
    kind: QComboBox = _Built()  # type: ignore[assignment]
    model: SearchResultsModel = _Built()  # type: ignore[assignment]
    table: QTableView = _Built()  # type: ignore[assignment]
    summary: QLabel = _Built()  # type: ignore[assignment]

    def __init__(self, store: Store, bus: Bus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchPage")
        self.store, self.bus = store, bus
        self._dirty = True
        self._built = False
        self._when_built: list[Callable[[SearchPage], None]] = []
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(180)
        self._debounce.timeout.connect(self.run_search)
        self.bus.noteAdded.connect(self._mark_dirty)
        self.bus.noteRemoved.connect(self._mark_dirty)
        self.bus.noteChanged.connect(self._mark_dirty)
        self.bus.notesChanged.connect(self._mark_dirty)
        self.bus.consultationChanged.connect(self._filters_changed)

    @property
    def is_built(self) -> bool:
        return self._built

    def ensure_built(self) -> None:
        """Make the fields and the table (once)."""
        if self._built:
            return
        self._built = True
        self._build()
        if self.isVisible():  # made while being shown: children need their own show()
            only_direct = Qt.FindChildOption.FindDirectChildrenOnly
            for child in self.findChildren(QWidget, "", only_direct):
                if not child.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide):
                    child.show()
        jobs, self._when_built = self._when_built, []
        for job in jobs:
            job(self)

    def when_built(self, job: Callable[[SearchPage], None]) -> None:
        """Run ``job(page)`` once the page is built (at once if it is)."""
        if self._built:
            job(self)
        else:
            self._when_built.append(job)

    def _build(self) -> None:
        # Loaded with the page (first shown): the window's start does not need them.
        from PySide6.QtWidgets import QHeaderView, QLineEdit, QTableView

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        title = QLabel(self.tr("Search notes"), self)
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        row = QHBoxLayout()
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("Words in the note…"))
        self.text.setClearButtonEnabled(True)
        self.text.setAccessibleName(self.tr("Search text"))
        self.theme = QComboBox(self)
        self.theme.setAccessibleName(self.tr("Theme filter"))
        self.theme.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.theme.setMinimumContentsLength(16)
        self.venue = QComboBox(self)
        self.venue.setAccessibleName(self.tr("Venue filter"))
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Kind filter"))
        self.kind.addItem(self.tr("Challenges and solutions"), "")
        self.kind.addItem(self.tr("Challenges"), CHALLENGE)
        self.kind.addItem(self.tr("Solutions"), SOLUTION)
        row.addWidget(self.text, 3)
        row.addWidget(self.theme, 2)
        row.addWidget(self.venue, 1)
        row.addWidget(self.kind, 1)
        layout.addLayout(row)
        self.model = SearchResultsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Matching notes"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        self.table.doubleClicked.connect(self._open)
        self.table.activated.connect(self._open)
        layout.addWidget(self.table, 1)
        self.summary = QLabel(self)
        self.summary.setObjectName("hint")
        layout.addWidget(self.summary)
        self.text.textChanged.connect(lambda _t: self._debounce.start())
        self.text.returnPressed.connect(self.run_search)
        for combo in (self.theme, self.venue, self.kind):
            combo.currentIndexChanged.connect(lambda _i: self.run_search())
        self.setFocusProxy(self.text)
        self._fill_filters()

    def _fill_filters(self) -> None:
        theme, venue = self.theme.currentData(), self.venue.currentData()
        for combo in (self.theme, self.venue):
            combo.blockSignals(True)
            combo.clear()
        self.theme.addItem(self.tr("All themes"), "")
        for t in self.store.themes():
            self.theme.addItem(t.name, t.id)
        self.venue.addItem(self.tr("All meetings"), "")
        seen: set[str] = set()
        for meeting in self.store.meetings():
            if meeting.venue.casefold() not in seen:
                seen.add(meeting.venue.casefold())
                self.venue.addItem(meeting.venue, meeting.venue)
        for combo, value in ((self.theme, theme), (self.venue, venue)):
            combo.setCurrentIndex(max(0, combo.findData(value)) if value else 0)
            combo.blockSignals(False)

    def _filters_changed(self) -> None:
        if self._built:  # else the build fills them
            self._fill_filters()
        self._mark_dirty()

    def _mark_dirty(self, *_args: object) -> None:
        self._dirty = True
        if self.isVisible():
            self.run_search()

    def showEvent(self, event) -> None:
        self.ensure_built()
        super().showEvent(event)
        if self._dirty:
            self.run_search()

    def set_filters(
        self, *, text: str = "", theme_id: str = "", venue: str = "", kind: str = ""
    ) -> None:
        """Set the search (for tests and for other pages that link here)."""
        for combo, value in ((self.theme, theme_id), (self.venue, venue), (self.kind, kind)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)
        self.text.blockSignals(True)
        self.text.setText(text)
        self.text.blockSignals(False)
        self.run_search()

    def run_search(self) -> None:
        self._debounce.stop()
        if not self.isVisible():  # searched when shown (the window may be closing)
            self._dirty = True
            return
        self._dirty = False
        filters = {
            "search": self.text.text().strip() or None,
            "theme_id": self.theme.currentData() or None,
            "venue": self.venue.currentData() or None,
            "kind": self.kind.currentData() or None,
        }
        total = self.store.count_matching_notes(**filters)
        # A page at a time: the table reads more as it scrolls (a search can match 50,000).
        self.model.set_query(
            lambda offset, limit: self.store.notes(**filters, limit=limit, offset=offset), total
        )
        if total:
            self.table.resizeColumnToContents(0)
            for column in (2, 3, 4, 5):
                self.table.setColumnWidth(
                    column, min(220, max(90, self.table.sizeHintForColumn(column)))
                )
        self.summary.setText(self.tr("%n note(s)", "", total))

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.bus.showNoteRequested.emit(self.model.note_at(index.row()).id)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Down and self.text.hasFocus() and self.model.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)
            return
        super().keyPressEvent(event)
