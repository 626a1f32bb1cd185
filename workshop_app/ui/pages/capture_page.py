"""The capture view: pick meeting, theme and group, then type what the group says.

The note field keeps the focus. Enter saves (committed at once, shown at once),
Shift+Enter breaks the line, Ctrl+T switches between challenges and solutions,
Ctrl+1…9 picks a theme, Ctrl+PgUp/PgDn the group. Only the current group's notes
are loaded; counts come from one grouped query and are then kept up to date.

Switching theme or group is frequent, so the rows of places shown before are kept
(``NoteListModel(keep_places=…)``), and right after the first paint the page builds the
place each Ctrl+number leads to. What is kept is forgotten when it may be stale: a note
added, changed or removed elsewhere (the bus), many notes changed (``reload``), or
another connection committed to the file (``Store.data_version`` moved).
"""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QEvent, QModelIndex, QObject, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeyEvent, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTabBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.dates import danish_date
from workshop_app.domain.model import CHALLENGE, SOLUTION, Group, Meeting, Note, Theme
from workshop_app.errors import UserError
from workshop_app.store import Store
from workshop_app.ui import actions, theme
from workshop_app.ui.bus import Bus
from workshop_app.ui.drafts import DraftKeeper, Place
from workshop_app.ui.first_paint import AfterFirstPaint
from workshop_app.ui.models import (
    CountRole,
    NoteListModel,
    NoteRole,
    PlaceKey,
    ThemeListModel,
    place_key,
)
from workshop_app.ui.operations import CONSULTATION, Removal
from workshop_app.ui.undo import NoteActions
from workshop_app.ui.widgets.note_delegate import NoteDelegate
from workshop_app.ui.widgets.note_edit import NoteEdit
from workshop_app.ui.widgets.note_list import NoteListView
from workshop_app.ui.widgets.timer import RoundTimer, TimerWidget
from workshop_app.ui.widgets.viewport import viewport_width

# Where the capture view was left, per laptop (Store.get_local/set_local).
POSITION_KEY = "capture.position"
# Rows of places shown before, kept for switching back (about 1 KB each; see the module).
KEEP_ROWS = 12_000
# After a reload, wait this long before building places ahead (the user is busy then).
WARM_DELAY_MS = 250


def themes_for(themes: list[Theme], meeting: Meeting | None) -> list[Theme]:
    """The shared themes, plus the venue-only themes of this meeting's venue."""
    venue = meeting.venue.casefold() if meeting else None
    return [t for t in themes if not t.venue or (venue and t.venue.casefold() == venue)]


class _ThemeDelegate(QStyledItemDelegate):
    """A theme row: its shortcut number, the name (wrapped), the note count on the right.

    Font measures and row sizes are kept (by font, and by name and width): the list asks
    for every row's size on each theme switch, and wrapping a name is what costs.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._metrics: dict[str, tuple[QFontMetrics, int, int]] = {}
        self._sizes: dict[tuple[str, str, int], QSize] = {}
        self._pixmaps: dict[tuple, QPixmap] = {}

    def _parts(self, option: QStyleOptionViewItem) -> tuple[QFontMetrics, int, int]:
        key = option.font.key()
        parts = self._metrics.get(key)
        if parts is None:
            fm = QFontMetrics(option.font)
            parts = (fm, fm.horizontalAdvance("9") + fm.height() // 2, fm.horizontalAdvance("0000"))
            self._metrics[key] = parts
        return parts

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        view = self.parent()
        width = viewport_width(view) if isinstance(view, QListView) else 240
        name = index.data() or ""
        key = (option.font.key(), name, width)
        size = self._sizes.get(key)
        if size is None:
            fm, number_w, count_w = self._parts(option)
            text_w = max(40, width - number_w - count_w - 24)
            rect = fm.boundingRect(QRect(0, 0, text_w, 1000), Qt.TextFlag.TextWordWrap, name)
            size = QSize(width, rect.height() + fm.height() // 2 + 8)
            if len(self._sizes) > 500:
                self._sizes.clear()
            self._sizes[key] = size
        return QSize(size)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        # Rows are drawn once into a pixmap per look and reused: a theme switch repaints the
        # rows whose selection changed (often the whole list), and laying out text is what
        # costs. The key holds everything the row shows.
        state = option.state
        selected = bool(state & QStyle.StateFlag.State_Selected)
        hover = bool(state & QStyle.StateFlag.State_MouseOver)
        focused = bool(state & QStyle.StateFlag.State_HasFocus)
        rect = option.rect
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        count = index.data(CountRole) or 0
        name = index.data() or ""
        key = (
            index.row(), name, count, selected, hover, focused, rect.width(), rect.height(),
            ratio, option.font.key(), option.palette.cacheKey(),
        )
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            if len(self._pixmaps) > 200:
                self._pixmaps.clear()
            pixmap = QPixmap(int(rect.width() * ratio), int(rect.height() * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            target = QPainter(pixmap)
            self._render(target, option, QRect(0, 0, rect.width(), rect.height()),
                         index.row() + 1, name, count, selected, hover, focused)
            target.end()
            self._pixmaps[key] = pixmap
        painter.drawPixmap(rect.topLeft(), pixmap)

    def _render(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        area: QRect,
        number: int,
        name: str,
        count: int,
        selected: bool,
        hover: bool,
        focused: bool,
    ) -> None:
        fm, number_w, count_w = self._parts(option)
        rect = area.adjusted(2, 1, -2, -1)
        if selected:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(theme.SELECTED_BG)
            painter.drawRoundedRect(rect, 5, 5)
        elif hover:
            painter.fillRect(rect, theme.HOVER_BG)
        if focused:  # visible keyboard focus
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(theme.ACCENT, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 5, 5)
        inner = rect.adjusted(8, 4, -8, -4)
        painter.setPen(theme.MUTED)
        if number <= 9:
            painter.drawText(
                QRect(inner.left(), inner.top(), number_w, fm.height()),
                int(Qt.AlignmentFlag.AlignLeft),
                str(number),
            )
        painter.drawText(
            QRect(inner.right() - count_w, inner.top(), count_w, fm.height()),
            int(Qt.AlignmentFlag.AlignRight),
            str(count) if count else "–",
        )
        font = QFont(option.font)
        font.setBold(selected)
        painter.setFont(font)
        painter.setPen(theme.TEXT_STRONG if selected else option.palette.text().color())
        text_rect = QRect(
            inner.left() + number_w,
            inner.top(),
            inner.width() - number_w - count_w - 4,
            inner.height(),
        )
        painter.drawText(text_rect, int(Qt.TextFlag.TextWordWrap), name)


class CapturePage(QWidget):
    """Live capture for one laptop: meeting, theme, group, phase and the note field."""

    # The page wants the setup page shown (no meetings yet).
    setupRequested = Signal()
    # "Move to…" was chosen for these notes (``ui.move_notes`` asks where to).
    moveRequested = Signal(list)

    def __init__(
        self,
        store: Store,
        bus: Bus,
        actions: NoteActions,
        timer: RoundTimer,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("capturePage")
        self.store, self.bus, self.actions, self.timer = store, bus, actions, timer
        self.meetings: list[Meeting] = []
        self.meeting_id = ""
        self.theme_id = ""
        self.group_id: str | None = None
        self.phase = CHALLENGE
        self._group_ids: list[str | None] = []
        self._counts: dict[tuple[str, str | None], int] = {}
        # Groups per theme of the current meeting, read once (forgotten with the rows).
        self._groups: dict[str, list[Group]] = {}
        self._data_version: int | None = None
        # Themes whose Ctrl+number place is still to be built ahead (``_warm_next``).
        self._warm_queue: list[str] = []
        self._warm_timer = QTimer(self)
        self._warm_timer.setSingleShot(True)
        self._warm_timer.timeout.connect(self._warm_next)
        self._painted = False
        self._loading = False
        self._remember_timer = QTimer(self)
        self._remember_timer.setSingleShot(True)
        self._remember_timer.setInterval(400)
        self._remember_timer.timeout.connect(self._write_position)
        self._counts_timer = QTimer(self)
        self._counts_timer.setSingleShot(True)
        self._counts_timer.setInterval(200)
        self._counts_timer.timeout.connect(self._apply_counts)
        self._build()
        self._build_actions()
        self._connect()
        self.drafts = DraftKeeper(self)
        self.drafts.watch_delegate(self.note_list.itemDelegate())
        self.reload()
        QTimer.singleShot(0, self, self.drafts.restore_edit)

    # ================================================================== building
    def _build(self) -> None:
        self.stack = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        # --- empty state: no meetings yet
        self.empty = QWidget(self)
        self.empty.setObjectName("emptyState")
        empty_layout = QVBoxLayout(self.empty)
        empty_layout.addStretch(1)
        self.empty_label = QLabel(self.empty)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_button = QPushButton(self.empty)
        self.empty_button.clicked.connect(self.setupRequested)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addWidget(self.empty_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(2)
        self.stack.addWidget(self.empty)

        # --- the capture view
        body = QWidget(self)
        self.stack.addWidget(body)
        columns = QHBoxLayout(body)
        columns.setContentsMargins(12, 10, 12, 8)
        columns.setSpacing(14)

        # left: meeting and themes
        side = QVBoxLayout()
        side.setSpacing(6)
        self.meeting_caption = QLabel(body)
        self.meeting_caption.setObjectName("sectionTitle")
        self.meeting_combo = QComboBox(body)
        self.meeting_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.meeting_combo.setMinimumContentsLength(14)
        self.meeting_caption.setBuddy(self.meeting_combo)
        self.themes_caption = QLabel(body)
        self.themes_caption.setObjectName("sectionTitle")
        self.theme_model = ThemeListModel(self)
        self.theme_list = QListView(body)
        self.theme_list.setObjectName("themeList")
        self.theme_list.setModel(self.theme_model)
        self.theme_list.setItemDelegate(_ThemeDelegate(self.theme_list))
        self.theme_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.theme_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.theme_list.setMouseTracking(True)
        self.theme_list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.themes_caption.setBuddy(self.theme_list)
        side.addWidget(self.meeting_caption)
        side.addWidget(self.meeting_combo)
        side.addSpacing(8)
        side.addWidget(self.themes_caption)
        side.addWidget(self.theme_list, 1)
        side_widget = QWidget(body)
        side_widget.setLayout(side)
        side_widget.setMinimumWidth(220)
        side_widget.setMaximumWidth(320)
        side_widget.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        columns.addWidget(side_widget, 3)

        # right: place, groups, notes, entry
        main = QVBoxLayout()
        main.setSpacing(8)
        header = QHBoxLayout()
        self.place_title = QLabel(body)
        self.place_title.setObjectName("placeTitle")
        self.place_title.setWordWrap(True)
        self.place_title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.timer_widget = TimerWidget(self.timer, body)
        header.addWidget(self.place_title, 1)
        header.addWidget(self.timer_widget, 0, Qt.AlignmentFlag.AlignTop)
        main.addLayout(header)

        groups_row = QHBoxLayout()
        groups_row.setSpacing(4)
        self.group_tabs = QTabBar(body)
        self.group_tabs.setObjectName("groupTabs")
        self.group_tabs.setDocumentMode(True)
        self.group_tabs.setExpanding(False)
        self.group_tabs.setUsesScrollButtons(True)
        self.group_tabs.setDrawBase(False)
        self.group_tabs.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.add_group_button = QToolButton(body)
        self.add_group_button.setAutoRaise(True)
        groups_row.addWidget(self.group_tabs, 1)
        groups_row.addWidget(self.add_group_button)
        main.addLayout(groups_row)

        self.note_model = NoteListModel(self, keep_places=KEEP_ROWS)
        self.note_list = NoteListView(body)
        self.note_list.setObjectName("noteList")
        self.note_list.setModel(self.note_model)
        self.note_list.setItemDelegate(NoteDelegate(self.note_list))
        self.note_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.note_list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.note_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list_empty_hint = QLabel(body)
        self.list_empty_hint.setObjectName("hint")
        self.list_empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        main.addWidget(self.note_list, 1)
        main.addWidget(self.list_empty_hint)

        # entry: the phase banner holds the phase switch, the note field and its options
        self.banner = QWidget(body)
        self.banner.setObjectName("phaseBanner")
        self.banner.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        banner_layout = QVBoxLayout(self.banner)
        banner_layout.setContentsMargins(10, 8, 10, 8)
        banner_layout.setSpacing(6)
        top = QHBoxLayout()
        self.phase_button = QPushButton(self.banner)
        self.phase_button.setObjectName("phaseLabel")
        self.phase_button.setFlat(True)
        self.phase_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.phase_hint = QLabel(self.banner)
        self.phase_hint.setObjectName("hint")
        self.counts_label = QLabel(self.banner)
        self.counts_label.setObjectName("countLabel")
        top.addWidget(self.phase_button)
        top.addWidget(self.phase_hint, 1)
        top.addWidget(self.counts_label)
        banner_layout.addLayout(top)
        entry = QHBoxLayout()
        self.note_field = NoteEdit(self.banner)
        self.note_field.setObjectName("noteField")
        entry.addWidget(self.note_field, 1)
        options = QVBoxLayout()
        self.topic_combo = QComboBox(self.banner)
        self.topic_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.topic_combo.setMinimumContentsLength(20)
        self.save_button = QPushButton(self.banner)
        self.save_button.setDefault(False)
        self.save_button.setAutoDefault(False)
        options.addWidget(self.topic_combo)
        options.addWidget(self.save_button)
        options.addStretch(1)
        entry.addLayout(options)
        banner_layout.addLayout(entry)
        main.addWidget(self.banner)
        columns.addLayout(main, 8)

        self.setTabOrder(self.meeting_combo, self.theme_list)
        self.setTabOrder(self.theme_list, self.group_tabs)
        self.setTabOrder(self.group_tabs, self.add_group_button)
        self.setTabOrder(self.add_group_button, self.note_list)
        self.setTabOrder(self.note_list, self.note_field)
        self.setTabOrder(self.note_field, self.topic_combo)
        self.setTabOrder(self.topic_combo, self.save_button)
        self.setTabOrder(self.save_button, self.phase_button)
        self.setTabOrder(self.phase_button, self.timer_widget.toggle_button)
        self.setFocusProxy(self.note_field)
        # The rules of theme.STYLE_SHEET these widgets need, on them alone (see theme.style_only)
        for widget, names in (
            (self.empty, ("emptyState",)),
            (self.meeting_caption, ("sectionTitle",)),
            (self.themes_caption, ("sectionTitle",)),
            (self.theme_list, ("themeList",)),
            (self.place_title, ("placeTitle",)),
            (self.timer_widget.label, ("timerLabel",)),
            (self.group_tabs, ("groupTabs",)),
            (self.note_list, ("noteList",)),
            (self.list_empty_hint, ("QLabel#hint",)),
            (self.banner, ("phaseBanner", "phaseLabel", "noteField", "QLabel#hint")),
        ):
            theme.style_only(widget, *names)
        self._retranslate()

    def _retranslate(self) -> None:
        self.empty_label.setText(
            self.tr(
                "No meetings yet.\nAdd the first meeting (venue and date) in Setup, "
                "then come back here to take notes."
            )
        )
        self.empty_button.setText(self.tr("Go to Setup"))
        self.meeting_caption.setText(self.tr("&Meeting"))
        self.themes_caption.setText(self.tr("&Themes"))
        self.meeting_combo.setAccessibleName(self.tr("Meeting"))
        self.theme_list.setAccessibleName(self.tr("Themes"))
        self.theme_list.setAccessibleDescription(self.tr("Ctrl+1 to Ctrl+9 choose a theme"))
        self.group_tabs.setAccessibleName(self.tr("Groups"))
        self.group_tabs.setAccessibleDescription(
            self.tr("Ctrl+Page Up and Ctrl+Page Down choose a group")
        )
        self.add_group_button.setText(self.tr("+ Group"))
        self.add_group_button.setToolTip(self.tr("Add a group to this theme (Ctrl+G)"))
        self.add_group_button.setAccessibleName(self.tr("Add group"))
        self.note_list.setAccessibleName(self.tr("Notes of this group"))
        self.note_list.setAccessibleDescription(
            self.tr("Enter or F2 edits, Delete deletes, Escape returns to the note field")
        )
        self.note_field.setAccessibleName(self.tr("Note"))
        self.topic_combo.setAccessibleName(self.tr("Cross-cutting topic of the next note"))
        self.topic_combo.setToolTip(self.tr("Cross-cutting topic of the next note"))
        self.save_button.setText(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save the note (Enter)"))
        self.save_button.setAccessibleName(self.tr("Save note"))
        self.phase_hint.setText(self.tr("Ctrl+T switches · Enter saves · Shift+Enter new line"))

    def _build_actions(self) -> None:
        """Capture commands, worded and keyed as declared in ``ui/actions.py``; the main
        window puts them in its menus (window shortcuts)."""

        def action(action_id: str, slot) -> QAction:
            act = actions.make(action_id, self)
            act.triggered.connect(slot)
            return act

        self.toggle_phase_action = action("toggle_phase", self.toggle_phase)
        self.next_group_action = action("next_group", lambda: self.step_group(1))
        self.previous_group_action = action("previous_group", lambda: self.step_group(-1))
        self.add_group_action = action("add_group", self.add_group)
        self.choose_meeting_action = action("choose_meeting", self.choose_meeting)
        self.theme_actions: list[QAction] = []
        for number in range(1, 10):
            act = action(
                f"theme_{number}", lambda _checked=False, n=number: self.select_theme_number(n)
            )
            act.setText(act.text().format(number))
            self.theme_actions.append(act)
        self.edit_note_action = action("edit_note", self.edit_selected)
        self.delete_note_action = action("delete_note", self.delete_selected)
        self.edit_note_action.setStatusTip(self.tr("In the note list: Enter or F2"))
        self.delete_note_action.setStatusTip(self.tr("In the note list: Delete"))

    def capture_actions(self) -> list[QAction]:
        """Actions for the main window's Capture menu (None marks a separator)."""
        return [
            self.toggle_phase_action,
            None,
            self.choose_meeting_action,
            self.previous_group_action,
            self.next_group_action,
            self.add_group_action,
            None,
            *self.theme_actions,
        ]

    def _connect(self) -> None:
        self.meeting_combo.activated.connect(self._meeting_chosen)
        self.theme_list.selectionModel().currentChanged.connect(self._theme_current_changed)
        self.theme_list.clicked.connect(lambda _i: self.focus_note_field())
        self.group_tabs.currentChanged.connect(self._group_tab_changed)
        self.group_tabs.tabBarClicked.connect(lambda _i: self.focus_note_field())
        self.add_group_button.clicked.connect(self.add_group)
        self.note_field.submitted.connect(self.submit)
        self.save_button.clicked.connect(self.submit)
        self.phase_button.clicked.connect(self.toggle_phase)
        self.note_model.editRequested.connect(self._edit_requested)
        self.note_list.customContextMenuRequested.connect(self._note_menu)
        self.note_list.installEventFilter(self)
        self.note_field.installEventFilter(self)
        AfterFirstPaint(self, self._first_painted, fallback_ms=None)  # builds places ahead
        self.note_model.rowsInserted.connect(self._update_list_hint)
        self.note_model.rowsRemoved.connect(self._update_list_hint)
        self.note_model.modelReset.connect(self._update_list_hint)
        bus = self.bus
        bus.noteAdded.connect(self._note_added)
        bus.noteRemoved.connect(self._note_removed)
        bus.noteChanged.connect(self._note_changed)
        bus.notesChanged.connect(self.reload)
        bus.consultationChanged.connect(self.reload)
        bus.showNoteRequested.connect(self.show_note)

    # ================================================================== loading
    def reload(self) -> None:
        """Read meetings, themes, groups and the current notes again; keep the position."""
        self._forget_kept()
        self.meetings = self.store.meetings()
        if not self.meetings:
            self.stack.setCurrentWidget(self.empty)
            self.meeting_id = self.theme_id = ""
            self.group_id = None
            self.note_model.set_rows([])
            self.theme_model.set_themes([], {})
            return
        self.stack.setCurrentIndex(1)
        saved = self.store.get_local(POSITION_KEY, {}) or {}
        meeting_id = self.meeting_id or saved.get("meeting", "")
        if not any(m.id == meeting_id for m in self.meetings):
            meeting_id = self.meetings[0].id
        resume = self.drafts.resume_place() if not self.meeting_id else None
        if resume is not None and any(m.id == resume.meeting for m in self.meetings):
            # after a crash the window opens where the last draft was typed
            meeting_id = resume.meeting
            saved = {**saved, "theme": resume.theme, "group": resume.group}
        if not self.theme_id:
            self.theme_id = saved.get("theme", "")
            self.group_id = saved.get("group") or None
            self.set_phase(saved.get("phase", CHALLENGE), remember=False)
        self._fill_topics()
        self._loading = True
        try:
            self.meeting_combo.clear()
            for meeting in self.meetings:
                self.meeting_combo.addItem(self._meeting_label(meeting), meeting.id)
        finally:
            self._loading = False
        self._enter_meeting(meeting_id, theme_id=self.theme_id, group_id=self.group_id)

    def _meeting_label(self, meeting: Meeting) -> str:
        if not meeting.date:
            return meeting.venue
        return f"{meeting.venue}  {danish_date(meeting.date)}"

    def _fill_topics(self) -> None:
        current = self.topic_combo.currentData()
        self.topic_combo.clear()
        self.topic_combo.addItem(self.tr("No cross-cutting topic"), "")
        for topic in self.store.topics():
            self.topic_combo.addItem(topic.name, topic.id)
        index = self.topic_combo.findData(current) if current else 0
        self.topic_combo.setCurrentIndex(max(0, index))

    def _enter_meeting(
        self, meeting_id: str, *, theme_id: str = "", group_id: str | None = None
    ) -> None:
        self.meeting_id = meeting_id
        self._loading = True
        try:
            self.meeting_combo.setCurrentIndex(max(0, self.meeting_combo.findData(meeting_id)))
        finally:
            self._loading = False
        self._counts = self.store.note_counts(meeting_id)
        self._groups.clear()  # per theme of this meeting
        themes = themes_for(self.store.themes(), self.current_meeting())
        per_theme: dict[str, int] = {}
        for (t_id, _g), n in self._counts.items():
            per_theme[t_id] = per_theme.get(t_id, 0) + n
        self.theme_model.set_themes(themes, per_theme)
        self._refresh_theme_actions()
        if not themes:
            self.theme_id = ""
            self._enter_theme("", None)
            return
        if not any(t.id == theme_id for t in themes):
            theme_id, group_id = themes[0].id, None
        self._enter_theme(theme_id, group_id)
        self._warm_queue = [t.id for t in themes]
        if self._painted:
            self._warm_timer.start(WARM_DELAY_MS)

    def _enter_theme(self, theme_id: str, group_id: str | None) -> None:
        self.theme_id = theme_id
        row = self.theme_model.row_of(theme_id)
        self._loading = True
        try:
            if row >= 0:
                index = self.theme_model.index(row)
                self.theme_list.setCurrentIndex(index)
                self.theme_list.scrollTo(index)
            else:
                self.theme_list.clearSelection()
        finally:
            self._loading = False
        self._fill_groups(group_id)

    def _group_tabs_of(self, theme_id: str) -> tuple[list[str | None], dict[str, str]]:
        """A theme's group tabs at this meeting: group ids (None: "No group") and names."""
        groups = self._groups.get(theme_id)
        if groups is None:
            groups = self.store.groups(self.meeting_id, theme_id) if theme_id else []
            self._groups[theme_id] = groups
        ids: list[str | None] = [g.id for g in groups]
        names = {g.id: g.name for g in groups}
        ungrouped = self._counts.get((theme_id, None), 0)
        if not groups or ungrouped:
            ids.append(None)  # notes typed before any group existed (or from the CLI)
        return ids, names

    def _fill_groups(self, group_id: str | None) -> None:
        self._check_outside_changes()
        ids, names = self._group_tabs_of(self.theme_id)
        self._group_ids = ids
        self._group_names = names
        self._loading = True
        try:
            # Reuse the tabs there are (switching themes is frequent; rebuilding costs).
            labels = [self._group_label(gid) for gid in ids]
            while self.group_tabs.count() > len(labels):
                self.group_tabs.removeTab(self.group_tabs.count() - 1)
            for index, text in enumerate(labels):
                if index >= self.group_tabs.count():
                    self.group_tabs.addTab(text)
                elif self.group_tabs.tabText(index) != text:
                    self.group_tabs.setTabText(index, text)
            if group_id not in ids:
                group_id = ids[0]
            self.group_tabs.setCurrentIndex(ids.index(group_id))
        finally:
            self._loading = False
        self._enter_group(group_id)

    def group_name_at_tab(self, index: int) -> str | None:
        """The name of the group on tab ``index`` ("" for the "No group" tab; None: no tab)."""
        if not 0 <= index < len(self._group_ids):
            return None
        group_id = self._group_ids[index]
        return self._group_names.get(group_id, "") if group_id else ""

    def _group_label(self, group_id: str | None) -> str:
        name = self._group_names.get(group_id, "") if group_id else self.tr("No group")
        count = self._counts.get((self.theme_id, group_id), 0)
        return f"{name} · {count}" if count else name

    def _enter_group(self, group_id: str | None) -> None:
        self.group_id = group_id
        if self.theme_id:
            self._check_outside_changes()
            key = (self.meeting_id, self.theme_id, group_id)
            self.note_model.show(key, lambda: self._read_notes(key))
        else:
            self.note_model.set_rows([])
        if self.note_model.rowCount():
            self.note_list.scrollToBottom()
        self._update_place()
        self._remember()
        self.drafts.switch_to(
            Place(self.meeting_id, self.theme_id, self.group_id or "") if self.theme_id else None
        )
        self.bus.positionChanged.emit(self.meeting_id, self.theme_id, self.group_id or "")

    def _read_notes(self, key: PlaceKey) -> list[Note]:
        meeting_id, theme_id, group_id = key
        notes = self.store.notes(meeting_id=meeting_id, theme_id=theme_id, group_id=group_id)
        if group_id is None:
            notes = [n for n in notes if n.group_id is None]
        return notes

    # ================================================================== kept places
    def _forget_kept(self) -> None:
        """Forget every kept place and group list (they are read again when shown)."""
        self.note_model.forget_all()
        self._groups.clear()
        try:
            self._data_version = self.store.data_version()
        except sqlite3.Error:
            self._data_version = None

    def _check_outside_changes(self) -> None:
        """Another connection (the CLI, a worker's merge) committed since the last look:
        what is kept may be stale. One cheap pragma (``Store.data_version``)."""
        if self.store.data_version() != self._data_version:
            self._forget_kept()

    def _warm_next(self) -> None:
        """Build ahead the next place a Ctrl+number leads to (one a tick, off the clock)."""
        if not self.meeting_id or not self.isVisible():
            return
        try:
            self._check_outside_changes()
            while self._warm_queue:
                theme_id = self._warm_queue.pop(0)
                ids, _names = self._group_tabs_of(theme_id)
                key = (self.meeting_id, theme_id, ids[0])
                if self.note_model.warm(key, lambda k=key: self._read_notes(k)):
                    self._prerender(key)
                    self._warm_timer.start(0)
                    return
        except (sqlite3.Error, UserError):
            self._warm_queue = []  # the file went away (closed, replaced): stop quietly

    def _prerender(self, key: PlaceKey) -> None:
        """Draw ahead the rows a kept place shows at the bottom of the list (the newest),
        at the width the list will have for it: showing it then draws from the cache."""
        delegate = self.note_list.itemDelegate()
        if not isinstance(delegate, NoteDelegate):
            return
        notes = self.note_model.kept_notes(key)
        option = QStyleOptionViewItem()
        self.note_list.initViewItemOption(option)
        full, with_bar = self.note_list.viewport_widths()
        height = self.note_list.viewport().height()
        total = 0
        for note in reversed(notes):  # does the place need the scroll bar?
            total += delegate.row_height(note, with_bar, option.font)
            if total > height:
                break
        delegate.prerender(notes, option, with_bar if total > height else full, height)

    # ================================================================== state display
    def current_meeting(self) -> Meeting | None:
        return next((m for m in self.meetings if m.id == self.meeting_id), None)

    def current_theme(self) -> Theme | None:
        row = self.theme_model.row_of(self.theme_id)
        return self.theme_model.theme_at(row) if row >= 0 else None

    def current_group_name(self) -> str:
        return self._group_names.get(self.group_id, "") if self.group_id else ""

    def _update_place(self) -> None:
        theme = self.current_theme()
        self.place_title.setText(theme.name if theme else self.tr("No themes"))
        self.place_title.setAccessibleName(self.place_title.text())
        theme_total = self.theme_model.count(self.theme_id) if self.theme_id else 0
        group_total = self._counts.get((self.theme_id, self.group_id), 0)
        self.counts_label.setText(
            self.tr("{0} in this group · {1} in this theme").format(group_total, theme_total)
        )
        self._update_list_hint()

    def _update_list_hint(self, *_args: object) -> None:
        empty = self.note_model.rowCount() == 0
        if self.list_empty_hint.isHidden() == empty:  # only on a change: it relayouts
            self.list_empty_hint.setVisible(empty)
        if empty:
            self.list_empty_hint.setText(
                self.tr("No notes here yet. Type in the field below and press Enter.")
            )

    def _refresh_theme_actions(self) -> None:
        themes = self.theme_model.themes()
        for number, act in enumerate(self.theme_actions, start=1):
            if number <= len(themes):
                act.setText(f"&{number}  {themes[number - 1].name}")
                act.setEnabled(True)
                act.setVisible(True)
            else:
                act.setText(self.tr("Theme {0}").format(number))
                act.setEnabled(False)
                act.setVisible(False)

    def _remember(self) -> None:
        """Save the position soon (a burst of Ctrl+PgDn writes once, not once per key)."""
        if self.meeting_id:
            self._remember_timer.start()

    def flush(self) -> None:
        """The window is closing: save the draft and the position now."""
        self._warm_timer.stop()
        self._warm_queue = []
        self.drafts.save(wait=True)
        if self._remember_timer.isActive():
            self._remember_timer.stop()
            self._write_position()

    def _write_position(self) -> None:
        if not self.meeting_id:
            return
        value = {
            "meeting": self.meeting_id,
            "theme": self.theme_id,
            "group": self.group_id or "",
            "phase": self.phase,
        }
        try:
            self.store.set_local(POSITION_KEY, value)
        except UserError:
            pass  # losing the resume position is harmless; note writes report their own errors

    # ================================================================== navigation
    def _meeting_chosen(self, index: int) -> None:
        meeting_id = self.meeting_combo.itemData(index)
        if meeting_id and meeting_id != self.meeting_id:
            self._enter_meeting(meeting_id, theme_id=self.theme_id)
        self.focus_note_field()

    def _theme_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._loading or not current.isValid():
            return
        theme = self.theme_model.theme_at(current.row())
        if theme.id != self.theme_id:
            self.theme_id = theme.id
            self._fill_groups(None)

    def _group_tab_changed(self, index: int) -> None:
        if self._loading or not 0 <= index < len(self._group_ids):
            return
        group_id = self._group_ids[index]
        if group_id != self.group_id:
            self._enter_group(group_id)

    def select_meeting(self, meeting_id: str) -> None:
        if meeting_id != self.meeting_id:
            self._enter_meeting(meeting_id, theme_id=self.theme_id)

    def select_theme(self, theme_id: str, group_id: str | None = None) -> None:
        if self.theme_model.row_of(theme_id) < 0:
            return
        if theme_id != self.theme_id or group_id != self.group_id:
            self._enter_theme(theme_id, group_id)

    def select_theme_number(self, number: int) -> None:
        themes = self.theme_model.themes()
        if 1 <= number <= len(themes):
            self.select_theme(themes[number - 1].id)
            self.focus_note_field()

    def select_group(self, group_id: str | None) -> None:
        if group_id in self._group_ids and group_id != self.group_id:
            self.group_tabs.setCurrentIndex(self._group_ids.index(group_id))

    def step_group(self, step: int) -> None:
        count = self.group_tabs.count()
        if count > 1:
            self.group_tabs.setCurrentIndex((self.group_tabs.currentIndex() + step) % count)
        self.focus_note_field()

    def choose_meeting(self) -> None:
        self.meeting_combo.setFocus()
        self.meeting_combo.showPopup()

    def focus_note_field(self) -> None:
        self.note_field.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_note(self, note_id: str) -> None:
        """Go to a note's meeting, theme and group and select it (from search)."""
        note = self.store.note(note_id)
        if note is None:
            return
        if note.meeting_id != self.meeting_id:
            self._enter_meeting(note.meeting_id, theme_id=note.theme_id, group_id=note.group_id)
        if note.theme_id != self.theme_id or note.group_id != self.group_id:
            self._enter_theme(note.theme_id, note.group_id)
        row = self.note_model.row_of(note_id)
        if row >= 0:
            index = self.note_model.index(row, 0)
            self.note_list.setCurrentIndex(index)
            self.note_list.scrollTo(index)
            self.note_list.setFocus()

    # ================================================================== phase
    def set_phase(self, kind: str, *, remember: bool = True) -> None:
        kind = SOLUTION if kind == SOLUTION else CHALLENGE
        self.phase = kind
        for widget in (self.banner, self.phase_button):
            widget.setProperty("kind", kind)
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        if kind == CHALLENGE:
            self.phase_button.setText(self.tr("Challenges"))
            self.note_field.setPlaceholderText(self.tr("A challenge the group mentions…"))
        else:
            self.phase_button.setText(self.tr("Solutions"))
            self.note_field.setPlaceholderText(self.tr("A solution the group proposes…"))
        self.phase_button.setAccessibleName(
            self.tr("Phase: {0}. Press to switch").format(self.phase_button.text())
        )
        self.phase_button.setToolTip(self.tr("Switch between challenges and solutions (Ctrl+T)"))
        if remember:
            self._remember()
            self.bus.phaseChanged.emit(kind)

    def toggle_phase(self) -> None:
        self.set_phase(SOLUTION if self.phase == CHALLENGE else CHALLENGE)
        self.focus_note_field()

    # ================================================================== writing
    def submit(self) -> None:
        """Save the note field as a note here, now. Keeps the text if saving fails."""
        text = self.note_field.toPlainText().strip()
        if not text or not self.meeting_id or not self.theme_id:
            self.focus_note_field()
            return
        topic_id = self.topic_combo.currentData() or None
        note = self.actions.add(
            self.meeting_id,
            self.theme_id,
            self.phase,
            text,
            group_id=self.group_id,
            topic_id=topic_id,
        )
        if note is not None:
            self.note_field.clear()
            self.drafts.note_saved()
            self.topic_combo.setCurrentIndex(0)
        self.focus_note_field()

    def add_group(self) -> None:
        if not self.meeting_id or not self.theme_id:
            return
        suggestion = self.tr("Table {0}").format(len(self._group_names) + 1)
        from PySide6.QtWidgets import QInputDialog  # loaded when first needed (start-up)

        name, ok = QInputDialog.getText(
            self, self.tr("Add group"), self.tr("Name of the new group:"), text=suggestion
        )
        if ok and name.strip():
            self.create_group(name)
        self.focus_note_field()

    def create_group(self, name: str) -> bool:
        """Add a group to the current meeting and theme and switch to it."""
        ops = self.actions.ops
        outcome = ops.perform(
            lambda: self.store.add_group(self.meeting_id, self.theme_id, name),
            undo=lambda group: Removal(
                ops,
                self.tr("Add group {0}").format(group.name),
                "groups",
                group.id,
                undoes_add=True,
            ),
            changes=CONSULTATION,
        )
        if outcome.ok:
            self._fill_groups(outcome.value.id)
        return outcome.ok

    def selected_notes(self) -> list[Note]:
        rows = sorted(i.row() for i in self.note_list.selectionModel().selectedIndexes())
        if not rows and self.note_list.currentIndex().isValid() and self.note_list.hasFocus():
            rows = [self.note_list.currentIndex().row()]
        return [self.note_model.note_at(r) for r in rows]

    def edit_selected(self) -> None:
        index = self.note_list.currentIndex()
        if not index.isValid() and self.note_model.rowCount():
            index = self.note_model.index(self.note_model.rowCount() - 1, 0)
        if index.isValid():
            self.note_list.setCurrentIndex(index)
            self.note_list.setFocus()
            self.note_list.edit(index)

    def delete_selected(self) -> None:
        notes = self.selected_notes()
        if self.actions.delete(notes):
            self.focus_note_field()

    def _edit_requested(self, note: Note, text: str) -> None:
        if not self.actions.edit(note, text):
            self.drafts.keep_edit()  # refused or not written: the typed text stays a draft

    def _note_menu(self, pos) -> None:
        index = self.note_list.indexAt(pos)
        if not index.isValid():
            return
        note: Note = index.data(NoteRole)
        menu = QMenu(self)
        menu.addAction(self.tr("Edit"), lambda: self.note_list.edit(index))
        other = SOLUTION if note.kind == CHALLENGE else CHALLENGE
        menu.addAction(
            self.tr("Make it a solution") if other == SOLUTION else self.tr("Make it a challenge"),
            lambda: self.actions.set_kind(note, other),
        )
        topics = menu.addMenu(self.tr("Cross-cutting topic"))
        none = topics.addAction(self.tr("None"), lambda: self.actions.set_topic(note, None))
        none.setCheckable(True)
        none.setChecked(not note.topic_id)
        for topic in self.store.topics():
            act = topics.addAction(topic.name, lambda t=topic.id: self.actions.set_topic(note, t))
            act.setCheckable(True)
            act.setChecked(topic.id == note.topic_id)
        menu.addAction(
            self.tr("Move to…"), lambda: self.moveRequested.emit(self.selected_notes() or [note])
        )
        menu.addSeparator()
        menu.addAction(self.tr("Delete"), self.delete_selected)
        menu.exec(self.note_list.viewport().mapToGlobal(pos))

    def _first_painted(self) -> None:
        self._painted = True
        self._warm_timer.start(0)  # the first paint has reached the screen

    # ================================================================== keyboard
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key, mods = event.key(), event.modifiers()
            if (
                watched is self.note_list
                and self.note_list.state() != QAbstractItemView.State.EditingState
            ):
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not mods:
                    self.edit_selected()
                    return True
                if key == Qt.Key.Key_Delete and not mods:
                    self.delete_selected()
                    return True
                if key == Qt.Key.Key_Escape:
                    self.note_list.clearSelection()
                    self.focus_note_field()
                    return True
            if (
                watched is self.note_field
                and key == Qt.Key.Key_Up
                and not mods
                and not self.note_field.toPlainText()
                and self.note_model.rowCount()
            ):
                last = self.note_model.index(self.note_model.rowCount() - 1, 0)
                self.note_list.setCurrentIndex(last)
                self.note_list.setFocus()
                return True
        return super().eventFilter(watched, event)

    # ================================================================== bus
    def _count_delta(self, note: Note, delta: int) -> None:
        if note.meeting_id != self.meeting_id:
            return
        key = (note.theme_id, note.group_id)
        self._counts[key] = max(0, self._counts.get(key, 0) + delta)
        self.theme_model.add_to_count(note.theme_id, delta, notify=False)
        if note.theme_id == self.theme_id and note.group_id not in self._group_ids:
            self._fill_groups(self.group_id)  # the "No group" tab appears
        # The shown counts follow a moment later, once per burst: relaying out the theme
        # list, the group tabs and the labels costs more than storing the note itself.
        self._counts_timer.start()

    def _apply_counts(self) -> None:
        self.theme_model.refresh_counts()
        for index, group_id in enumerate(self._group_ids):
            text = self._group_label(group_id)
            if self.group_tabs.tabText(index) != text:
                self.group_tabs.setTabText(index, text)
        self._update_place()

    def _in_view(self, note: Note) -> bool:
        return (
            note.meeting_id == self.meeting_id
            and note.theme_id == self.theme_id
            and note.group_id == self.group_id
        )

    def _note_added(self, note: Note) -> None:
        if self._in_view(note):
            if self.note_model.row_of(note.id) < 0:
                row = self.note_model.add(note)
                self.note_list.scrollTo(self.note_model.index(row, 0))
        else:
            self.note_model.forget(place_key(note))  # kept rows of its place are stale
        self._count_delta(note, +1)

    def _note_removed(self, note: Note) -> None:
        self.note_model.remove(note.id)
        self.note_model.forget_note(note)
        self._count_delta(note, -1)

    def _note_changed(self, note: Note) -> None:
        self.note_model.replace(note)
        self.note_model.forget_note(note)
        # Row heights depend on the text: relayout so an edited note gets its new height.
        self.note_list.doItemsLayout()
