"""The projector view: the current theme and its notes, large, light on dark.

A second top-level window that follows the capture view through the bus. It
shows all groups' notes of the current theme at the current meeting, challenges
and solutions side by side, newest at the bottom, with the round timer. Each column
keeps the newest ``MAX_ROWS`` notes; above them "+N earlier" says how many scrolled off.

Its text size is a setting (``Settings.projector_percent``, 60–250 %), changed with
Ctrl+Plus / Ctrl+Minus / Ctrl+0 on the projector and from the View menu, and remembered.

The window has no Qt parent: a language switch rebuilds the main window, and the
projector stays open on the wall, re-``attach``ed to the new window's bus (its texts
retranslated), with the same round timer running.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt, Signal
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
# The text size steps (percent of the size that fits the window's height).
MIN_PERCENT, MAX_PERCENT, STEP_PERCENT = 60, 250, 10


def clamp_percent(value: object) -> int:
    try:
        percent = int(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return 100
    return max(MIN_PERCENT, min(MAX_PERCENT, percent))


class ProjectorWindow(QWidget):
    """Readable from the back of a hall: big type, high contrast, no controls."""

    # The text size changed (percent); the main window remembers it.
    percentChanged = Signal(int)

    def __init__(
        self,
        store: Store,
        bus: Bus,
        timer: RoundTimer,
        owner: QWidget | None = None,
        *,
        percent: int = 100,
    ) -> None:
        # No Qt parent (see the module docstring); ``owner`` is the window it belongs to.
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("projector")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(style.PROJECTOR_STYLE)
        self.owner = owner
        self.store: Store | None = None
        self.bus: Bus | None = None
        self.meeting_id = self.theme_id = ""
        self.phase = CHALLENGE
        self.percent = clamp_percent(percent)
        self._stale = True  # loaded when first shown
        self._earlier: dict[str, int] = {}
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
        self.earlier_labels: dict[str, QLabel] = {}
        row = QHBoxLayout()
        row.setSpacing(40)
        for kind in (CHALLENGE, SOLUTION):
            label = QLabel(self)
            label.setObjectName("projectorColumnTitle")
            label.setProperty("kind", kind)
            earlier = QLabel(self)
            earlier.setObjectName("projectorEarlier")
            earlier.hide()
            self.earlier_labels[kind] = earlier
            model = NoteListModel(self, editable=False)
            view = NoteListView(self)
            view.setModel(model)
            view.set_background(style.PROJECTOR_BG)
            view.setItemDelegate(NoteDelegate(view, scale=1.8, dark=True, show_kind=False))
            view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
            view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            column = QVBoxLayout()
            column.addWidget(label)
            column.addWidget(earlier)
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
        for keys, step in (
            (QKeySequence.StandardKey.ZoomIn, 1),
            (QKeySequence.StandardKey.ZoomOut, -1),
            (QKeySequence("Ctrl+0"), 0),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(lambda s=step: self.step_text_size(s))
        self.resize(1024, 640)
        self.attach(store, bus, owner)
        self.set_phase(CHALLENGE)
        self._apply_scale()

    def _signals(self, bus: Bus) -> list[tuple[object, object]]:
        return [
            (bus.positionChanged, self.follow),
            (bus.phaseChanged, self.set_phase),
            (bus.noteAdded, self._note_added),
            (bus.noteRemoved, self._note_removed),
            (bus.noteChanged, self._note_changed),
            (bus.notesChanged, self.reload),
            (bus.consultationChanged, self.reload),
        ]

    def attach(self, store: Store, bus: Bus, owner: QWidget | None) -> None:
        """Follow (another) main window: its store and bus; texts in the current language."""
        if self.bus is not None:
            for signal, slot in self._signals(self.bus):
                signal.disconnect(slot)  # type: ignore[attr-defined]
        self.store, self.bus, self.owner = store, bus, owner
        for signal, slot in self._signals(bus):
            signal.connect(slot)  # type: ignore[attr-defined]
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Projector – Workshop app"))
        self.setAccessibleName(self.tr("Projector view"))
        titles = {CHALLENGE: self.tr("Challenges"), SOLUTION: self.tr("Solutions")}
        for kind, (label, _model, view) in self.columns.items():
            label.setText(titles[kind])
            view.setAccessibleName(titles[kind])
        self._show_earlier()

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
        if self.store is None:
            return
        notes: list[Note] = []
        if self.meeting_id and self.theme_id:
            notes = self.store.notes(meeting_id=self.meeting_id, theme_id=self.theme_id)
        meeting = self.store.meeting(self.meeting_id) if self.meeting_id else None
        theme = next((t for t in self.store.themes() if t.id == self.theme_id), None)
        self.theme_title.setText(theme.name if theme else "")
        self.place.setText(place_label(meeting.venue, meeting.date) if meeting else "")
        for kind, (_label, model, view) in self.columns.items():
            rows = [n for n in notes if n.kind == kind]
            self._earlier[kind] = max(0, len(rows) - MAX_ROWS)
            model.set_rows(rows[-MAX_ROWS:])
            view.scrollToBottom()
        self._show_earlier()

    def earlier(self, kind: str) -> int:
        """How many older notes of this column are not shown."""
        return self._earlier.get(kind, 0)

    def _show_earlier(self) -> None:
        for kind, label in self.earlier_labels.items():
            count = self._earlier.get(kind, 0)
            if count:
                label.setText(self.tr("+%n earlier", "", count))
            if label.isHidden() == bool(count):
                label.setVisible(bool(count))

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
                    self._earlier[note.kind] = self._earlier.get(note.kind, 0) + 1
                    self._show_earlier()
                self.columns[note.kind][2].scrollToBottom()

    def _note_removed(self, note: Note) -> None:
        if self._when_shown():
            self._model(note).remove(note.id)
            if self._earlier.get(note.kind):
                self.reload()  # an older note comes back into view

    def _note_changed(self, note: Note) -> None:
        if not self._when_shown():
            return
        if any(self._earlier.values()):  # a column is capped: read again, counts stay right
            self.reload()
            return
        # The kind may have changed: take it out of both columns, put it where it belongs.
        for _label, model, _view in self.columns.values():
            model.remove(note.id)
        self._note_added(note)

    def notes_shown(self, kind: str) -> list[Note]:
        return self.columns[kind][1].notes()

    # ------------------------------------------------------------------ size
    def step_text_size(self, step: int) -> None:
        """Larger (1), smaller (-1) or the standard size (0); remembered by the owner."""
        percent = 100 if step == 0 else clamp_percent(self.percent + step * STEP_PERCENT)
        self.set_percent(percent)

    def set_percent(self, percent: int) -> None:
        percent = clamp_percent(percent)
        if percent != self.percent:
            self.percent = percent
            self._apply_scale()
            self.percentChanged.emit(percent)

    def _apply_scale(self) -> None:
        base = QFont(self.font())
        size = max(14.0, min(44.0, self.height() / 30)) * self.percent / 100
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
            self.earlier_labels[kind].setFont(small)
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
        owner = self.owner
        own = owner.screen() if owner is not None else QGuiApplication.primaryScreen()
        others = [s for s in screens if s is not own]
        if others:
            self.setScreen(others[0])
            self.setGeometry(others[0].geometry())
            self.showFullScreen()
        else:
            self.show()
        if QGuiApplication.platformName() != "offscreen":  # offscreen cannot raise
            self.raise_()
