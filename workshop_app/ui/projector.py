"""The projector view: the current theme and its notes, large, light on dark.

A second top-level window that follows the capture view through the bus. It
shows all groups' notes of the current theme at the current meeting, challenges
and solutions side by side, newest at the bottom, with the round timer.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QFont, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.model import CHALLENGE, SOLUTION, Note
from workshop_app.store import Store
from workshop_app.ui import theme as style
from workshop_app.ui.bus import Bus
from workshop_app.ui.models import NoteListModel
from workshop_app.ui.widgets.note_delegate import NoteDelegate
from workshop_app.ui.widgets.note_list import NoteListView
from workshop_app.ui.widgets.timer import RoundTimer, TimerLabel


def place_label(venue: str, iso_date: str) -> str:
    """ "Nørrebro · 8. april 2026" (in the UI language)."""
    date = QDate.fromString(iso_date, "yyyy-MM-dd")
    if not date.isValid():
        return venue
    locale = QLocale()
    pattern = "d. MMMM yyyy" if locale.language() == QLocale.Language.Danish else "d MMMM yyyy"
    return f"{venue} · {locale.toString(date, pattern)}"


# The newest notes per column; older ones have scrolled out of sight on the wall.
MAX_ROWS = 40


class ProjectorWindow(QWidget):
    """Readable from the back of a hall: big type, high contrast, no controls."""

    def __init__(
        self, store: Store, bus: Bus, timer: RoundTimer, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("projector")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(style.PROJECTOR_STYLE)
        self.setWindowTitle(self.tr("Projector – Workshop app"))
        self.setAccessibleName(self.tr("Projector view"))
        self.store, self.bus = store, bus
        self.meeting_id = self.theme_id = ""
        self.phase = CHALLENGE
        self._stale = True  # loaded when first shown
        self._capped: dict[str, bool] = {}
        self.place = QLabel(self)
        self.place.setObjectName("projectorPlace")
        self.timer_label = TimerLabel(timer, self)
        self.theme_title = QLabel(self)
        self.theme_title.setObjectName("projectorTheme")
        self.theme_title.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.place, 1)
        top.addWidget(self.timer_label)
        self.columns: dict[str, tuple[QLabel, NoteListModel, NoteListView]] = {}
        row = QHBoxLayout()
        row.setSpacing(40)
        for kind, title in ((CHALLENGE, self.tr("Challenges")), (SOLUTION, self.tr("Solutions"))):
            label = QLabel(title, self)
            label.setObjectName("projectorColumnTitle")
            label.setProperty("kind", kind)
            model = NoteListModel(self, editable=False)
            view = NoteListView(self)
            view.setModel(model)
            view.setItemDelegate(NoteDelegate(view, scale=1.8, dark=True, show_kind=False))
            view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
            view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            view.setAccessibleName(title)
            column = QVBoxLayout()
            column.addWidget(label)
            column.addWidget(view, 1)
            row.addLayout(column, 1)
            self.columns[kind] = (label, model, view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 28, 48, 28)
        layout.setSpacing(14)
        layout.addLayout(top)
        layout.addWidget(self.theme_title)
        layout.addLayout(row, 1)
        close = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        close.activated.connect(self.close)
        bus.positionChanged.connect(self.follow)
        bus.phaseChanged.connect(self.set_phase)
        bus.noteAdded.connect(self._note_added)
        bus.noteRemoved.connect(self._note_removed)
        bus.noteChanged.connect(self._note_changed)
        bus.notesChanged.connect(self.reload)
        bus.consultationChanged.connect(self.reload)
        self.resize(1024, 640)
        self.set_phase(CHALLENGE)
        self._apply_scale()

    # ------------------------------------------------------------------ following
    def follow(self, meeting_id: str, theme_id: str, _group_id: str = "") -> None:
        """Show the theme the capture view is at (all its groups at this meeting)."""
        if (meeting_id, theme_id) != (self.meeting_id, self.theme_id):
            self.meeting_id, self.theme_id = meeting_id, theme_id
            self.reload()

    def _when_shown(self) -> bool:
        """True when visible; a hidden projector only notes that it must reload when shown."""
        if not self.isVisible():
            self._stale = True
        return not self._stale

    def showEvent(self, event) -> None:
        if self._stale:
            self.reload()
        super().showEvent(event)

    def set_phase(self, kind: str) -> None:
        """Underline the column being collected now; dim the other."""
        self.phase = kind
        for column_kind, (label, _model, _view) in self.columns.items():
            label.setProperty("current", "yes" if column_kind == kind else "no")
            label.style().unpolish(label)
            label.style().polish(label)
            font = label.font()
            font.setUnderline(column_kind == kind)
            label.setFont(font)

    def reload(self) -> None:
        """Read the current theme's notes at the current meeting (only while shown)."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        notes: list[Note] = []
        if self.meeting_id and self.theme_id:
            notes = self.store.notes(meeting_id=self.meeting_id, theme_id=self.theme_id)
        meeting = self.store.meeting(self.meeting_id) if self.meeting_id else None
        theme = next((t for t in self.store.themes() if t.id == self.theme_id), None)
        self.theme_title.setText(theme.name if theme else "")
        self.place.setText(place_label(meeting.venue, meeting.date) if meeting else "")
        for kind, (_label, model, view) in self.columns.items():
            rows = [n for n in notes if n.kind == kind]
            self._capped[kind] = len(rows) > MAX_ROWS
            model.set_rows(rows[-MAX_ROWS:])
            view.scrollToBottom()

    def _model(self, note: Note) -> NoteListModel:
        return self.columns[note.kind if note.kind in self.columns else CHALLENGE][1]

    def _note_added(self, note: Note) -> None:
        if not self._when_shown():
            return
        if note.meeting_id == self.meeting_id and note.theme_id == self.theme_id:
            model = self._model(note)
            if model.row_of(note.id) < 0:
                model.add(note)
                if model.rowCount() > MAX_ROWS:  # the oldest has long scrolled out of sight
                    model.remove(model.note_at(0).id)
                    self._capped[note.kind] = True
                self.columns[note.kind][2].scrollToBottom()

    def _note_removed(self, note: Note) -> None:
        if self._when_shown():
            self._model(note).remove(note.id)
            if self._capped.get(note.kind):
                self.reload()  # an older note comes back into view

    def _note_changed(self, note: Note) -> None:
        if not self._when_shown():
            return
        # The kind may have changed: take it out of both columns, put it where it belongs.
        for _label, model, _view in self.columns.values():
            model.remove(note.id)
        self._note_added(note)

    def notes_shown(self, kind: str) -> list[Note]:
        return self.columns[kind][1].notes()

    # ------------------------------------------------------------------ size
    def _apply_scale(self) -> None:
        base = QFont(self.font())
        size = max(14.0, min(44.0, self.height() / 30))
        title = QFont(base)
        title.setPointSizeF(size * 1.6)
        title.setBold(True)
        self.theme_title.setFont(title)
        small = QFont(base)
        small.setPointSizeF(size * 0.9)
        self.place.setFont(small)
        clock = QFont("DejaVu Sans Mono")
        clock.setPointSizeF(size * 1.1)
        self.timer_label.setFont(clock)
        heading = QFont(base)
        heading.setPointSizeF(size * 1.05)
        heading.setBold(True)
        for kind, (label, _model, view) in self.columns.items():
            heading.setUnderline(kind == self.phase)
            label.setFont(heading)
            delegate = view.itemDelegate()
            if isinstance(delegate, NoteDelegate):
                delegate.scale = size / max(6.0, base.pointSizeF())
            view.doItemsLayout()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._apply_scale()

    def show_on_best_screen(self) -> None:
        """Full screen on a second screen when there is one; else a large window."""
        screens = QGuiApplication.screens()
        parent = self.parentWidget()
        own = parent.screen() if parent is not None else QGuiApplication.primaryScreen()
        others = [s for s in screens if s is not own]
        if others:
            self.setScreen(others[0])
            self.setGeometry(others[0].geometry())
            self.showFullScreen()
        else:
            self.show()
        if QGuiApplication.platformName() != "offscreen":  # offscreen cannot raise
            self.raise_()
