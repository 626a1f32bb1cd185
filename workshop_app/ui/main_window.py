"""The main window: a thin shell of menus, a page stack and the wiring between them.

Adding to it (for teammates)
----------------------------
* A command (menu item and/or shortcut): declare it in ``ui/actions.py`` (text, keys,
  menu, F1 line), then ``window.actions.bind("its_id", slot)``. Menus, the F1 list and
  the manual's key table come from that declaration.
* A page (e.g. the Summary workspace): ``window.add_page(widget, "show_summary")`` with
  the id of its View-menu command; ``window.show_page(widget)`` switches to it.
  A page that is costly to build should use ``window.add_lazy_page("its_id", factory)``.
* Dropped files arrive as ``window.bus.filesDropped(list[str])``.
* A page with text that is saved when the field is left can define ``flush()``; it is
  called when the window closes.
* Long work goes through ``window.workers.run(...)`` (see ``ui/workers.py``).
* A feature with its own commands and state is an extension: a module with
  ``install(window) -> YourTypedObject``, called in ``MainWindow._install_extensions``
  and kept as a declared attribute (``window.exports``, ``window.sync``,
  ``window.summary_page``). Keep heavy imports (reportlab, docx, analysis) inside
  your slots so startup stays fast.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QUndoStack
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QMainWindow,
    QScrollArea,
    QWidget,
)

from workshop_app.store import Store
from workshop_app.ui import dialogs, export_dialogs, move_notes, summary, sync_dialogs
from workshop_app.ui.actions import WindowActions
from workshop_app.ui.bus import Bus
from workshop_app.ui.operations import Operations
from workshop_app.ui.pages.capture_page import CapturePage
from workshop_app.ui.pages.search_page import SearchPage
from workshop_app.ui.pages.setup_page import SetupPage
from workshop_app.ui.settings import Settings
from workshop_app.ui.theme import style_only
from workshop_app.ui.undo import NoteActions
from workshop_app.ui.widgets.lazy_page import LazyPage
from workshop_app.ui.widgets.page_tabs import PageTabs
from workshop_app.ui.widgets.timer import RoundTimer
from workshop_app.ui.workers import Workers

if TYPE_CHECKING:  # imported when first used: startup stays short
    from workshop_app.ui.projector import ProjectorWindow

@dataclass
class Carried:
    """What a rebuilt window takes over from the one it replaces."""

    timer: RoundTimer
    projector: ProjectorWindow | None


FILE_FILTER = "Consultation (*.sqlite *.db);;All files (*)"


class MainWindow(QMainWindow):
    """Menus, pages and the status bar around one open consultation."""

    # The user chose a consultation file to open / to create; the app controller acts.
    openRequested = Signal(str)
    newRequested = Signal(str)
    # The user chose a UI language ("da" or "en").
    languageRequested = Signal(str)
    # Open the same consultation file again (after a backup was restored into it).
    reopenRequested = Signal()

    def __init__(
        self,
        store: Store,
        settings: Settings,
        language: str = "da",
        parent: QWidget | None = None,
        *,
        carry: Carried | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.settings, self.language = store, settings, language
        self.bus = Bus(self)
        self.undo_stack = QUndoStack(self)
        # The one write path of this window (ui/operations.py): notes, setup and points.
        self.operations = Operations(store, self.bus, self.undo_stack, self)
        self.note_actions = NoteActions(store, self.bus, self.undo_stack, self, ops=self.operations)
        # A rebuilt window (language switch) keeps the round timer running and the projector
        # on the wall: they are handed over (``hand_over``), not made again.
        self.timer = carry.timer if carry else RoundTimer(settings.timer_minutes)
        self.timer.setParent(self)
        self.timer.lengthChanged.connect(self._timer_length_changed)
        self.workers = Workers(self)
        self.projector: ProjectorWindow | None = None
        self.pages = PageTabs(self)
        self.pages.setDocumentMode(True)
        self.pages.setAccessibleName(self.tr("Pages"))
        self.pages.tabBar().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.pages.tabBar().setObjectName("pageTabs")
        self.pages.tabBar().setDrawBase(False)
        style_only(self.pages.tabBar(), "pageTabs")  # see theme.style_only
        # At 200 % on a 1366x768 laptop a page can need more room than the screen has:
        # it then scrolls instead of being cut off (and follows the keyboard focus).
        self.page_scroller = QScrollArea(self)
        self.page_scroller.setWidgetResizable(True)
        self.page_scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.page_scroller.setWidget(self.pages)
        self.setCentralWidget(self.page_scroller)
        self._build_menus()
        self._build_status_bar()
        self.capture_page = CapturePage(store, self.bus, self.note_actions, self.timer, self)
        self.search_page = SearchPage(store, self.bus, self)
        self.setup_page = SetupPage(store, self.bus, self, ops=self.operations)
        self.add_page(self.capture_page, "show_notes")
        self.add_page(self.search_page, "show_search")
        self.add_page(self.setup_page, "show_setup")
        self._fill_capture_menu()
        self.capture_page.setupRequested.connect(self.show_meeting_setup)
        self.bus.storeFailed.connect(self._store_failed)
        self.bus.refused.connect(self._refused)
        self.bus.status.connect(lambda line: self.statusBar().showMessage(line, 15000))
        self.bus.saved.connect(self._saved)
        self.bus.consultationChanged.connect(self._update_title)
        self.bus.showNoteRequested.connect(lambda _id: self.show_page(self.capture_page))
        self.setAcceptDrops(True)
        self.setMinimumSize(480, 320)  # fits a 1366x768 screen at 200 %
        self._update_title()
        geometry = settings.get("window_geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
            screen = QGuiApplication.primaryScreen()
            if screen is not None:  # a laptop screen: use all of it from the first start
                area = screen.availableGeometry()
                if area.width() < 1500 or area.height() < 900:
                    self.setGeometry(area)
                    self.setWindowState(Qt.WindowState.WindowMaximized)
        self._install_extensions()
        if store.meetings():
            self.show_page(self.capture_page)
        else:
            self.show_meeting_setup()
        if carry is not None and carry.projector is not None:
            self._adopt_projector(carry.projector)

    # ================================================================== extension API
    def _install_extensions(self) -> None:
        """The features that add commands and state to the window, each a typed object."""
        self.exports: export_dialogs.ExportCommands = export_dialogs.install(self)
        self.sync: sync_dialogs.SyncCommands = sync_dialogs.install(self)
        self.summary_page: summary.SummaryPage = summary.install(self)
        self.note_mover: move_notes.NoteMover = move_notes.install(self)

    def add_page(self, widget: QWidget, action_id: str) -> int:
        """Add a page (tab) shown by the declared View command ``action_id``; its index."""
        action = self.actions.bind(action_id, lambda: self.show_page(widget))
        return self.pages.addTab(widget, action.text().replace("&", ""))

    def add_lazy_page(self, action_id: str, factory: Callable[[], QWidget]) -> LazyPage:
        """Like ``add_page``, but ``factory()`` builds the page the first time it is shown.

        Use it for pages that import heavy modules or read much when built: the window
        then starts as fast without them. ``holder.page()`` builds it on demand.
        """
        holder = LazyPage(factory, self)
        self.add_page(holder, action_id)
        return holder

    def show_page(self, widget: QWidget) -> None:
        """Switch to a page (a lazy page's holder, or the page it built)."""
        if self.pages.indexOf(widget) < 0:
            for index in range(self.pages.count()):
                holder = self.pages.widget(index)
                if isinstance(holder, LazyPage) and holder.is_built and holder.page() is widget:
                    widget = holder
        self.pages.setCurrentWidget(widget)
        widget.setFocus()

    # ================================================================== menus
    def _build_menus(self) -> None:
        """The menus and commands declared in ``ui/actions.py``; the shell's own bound here."""
        self.actions = WindowActions(self, self.menuBar())
        menus = self.actions.menus
        self.file_menu, self.edit_menu = menus["file"], menus["edit"]
        self.capture_menu, self.view_menu = menus["capture"], menus["view"]
        self.settings_menu, self.help_menu = menus["settings"], menus["help"]
        bind = self.actions.bind
        bind("new_consultation", self.ask_new)
        bind("open", self.ask_open)
        self.recent_menu = self.actions.submenu("open_recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        bind("quit", self.close).setMenuRole(QAction.MenuRole.QuitRole)
        self.undo_action = self.actions.adopt(
            "undo", self.undo_stack.createUndoAction(self, self.tr("&Undo")), keep_text=True
        )
        self.redo_action = self.actions.adopt(
            "redo", self.undo_stack.createRedoAction(self, self.tr("&Redo")), keep_text=True
        )
        self.projector_action = bind("projector", self.toggle_projector)
        bind("projector_larger", lambda: self.projector_text_size(1))
        bind("projector_smaller", lambda: self.projector_text_size(-1))
        bind("timer_toggle", lambda: self.timer.toggle())
        bind("timer_reset", lambda: self.timer.reset())
        bind("round_length", lambda: self.capture_page.timer_widget.ask_minutes())
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in (("da", "Dansk"), ("en", "English")):
            act = self.actions.submenu("language").addAction(name)
            act.setCheckable(True)
            act.setChecked(code == self.language)
            act.setData(code)
            group.addAction(act)
            act.triggered.connect(lambda _checked=False, c=code: self._choose_language(c))
            self.language_actions[code] = act
        bind("shortcuts", self._show_shortcuts)
        bind("about", self._show_about)

    def _fill_capture_menu(self) -> None:
        """The capture page makes its commands; they take their declared place and keys."""
        page = self.capture_page
        adopt = self.actions.adopt
        adopt("toggle_phase", page.toggle_phase_action)
        adopt("choose_meeting", page.choose_meeting_action)
        adopt("previous_group", page.previous_group_action)
        adopt("next_group", page.next_group_action)
        adopt("add_group", page.add_group_action)
        for number, action in enumerate(page.theme_actions, start=1):
            adopt(f"theme_{number}", action, keep_text=True)  # the page names its themes
        adopt("edit_note", page.edit_note_action)
        adopt("delete_note", page.delete_note_action)
        for action in page.capture_actions():
            if action is not None:
                action.triggered.connect(lambda _c=False: self.pages.setCurrentWidget(page))

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        current = str(self.store.path.resolve()) if self.store.path else ""
        files = [p for p in self.settings.recent_files() if p != current]
        for path in files:
            act = self.recent_menu.addAction(Path(path).name)
            act.setToolTip(path)
            act.setStatusTip(path)
            act.triggered.connect(lambda _c=False, p=path: self._open_recent(p))
        if not files:
            empty = self.recent_menu.addAction(self.tr("No other recent consultations"))
            empty.setEnabled(False)

    def _open_recent(self, path: str) -> None:
        if not Path(path).exists():
            self.settings.remove_recent_file(path)
            dialogs.show_error(self, self.tr("The file no longer exists:\n{0}").format(path))
            return
        self.openRequested.emit(path)

    # ================================================================== commands
    def ask_open(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # loaded when first needed (start-up)

        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Open consultation"), str(self._folder()), FILE_FILTER
        )
        if path:
            self.openRequested.emit(path)

    def ask_new(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("New consultation"),
            str(self._folder() / "consultation.sqlite"),
            FILE_FILTER,
        )
        if path:
            if not Path(path).suffix:
                path += ".sqlite"
            self.newRequested.emit(path)

    def _folder(self) -> Path:
        return self.store.path.parent if self.store.path else Path.home()

    def _choose_language(self, code: str) -> None:
        if code != self.language:
            self.languageRequested.emit(code)

    def show_meeting_setup(self) -> None:
        self.show_page(self.setup_page)
        self.setup_page.show_section(self.setup_page.meetings)

    def _show_shortcuts(self) -> None:
        from workshop_app.ui.help_dialog import show_shortcuts

        show_shortcuts(self)

    def _show_about(self) -> None:
        from workshop_app.ui.help_dialog import show_about

        show_about(self)

    def toggle_projector(self) -> None:
        """Open or close the projector view (F11)."""
        from workshop_app.ui.projector import ProjectorWindow

        if self.projector is None:
            percent = self.settings.get("projector_percent")
            self._adopt_projector(
                ProjectorWindow(self.store, self.bus, self.timer, self, percent=percent)  # type: ignore[arg-type]
            )
        assert self.projector is not None
        if self.projector.isVisible():
            self.projector.close()
        else:
            self.projector.show_on_best_screen()
            self.activateWindow()  # typing stays in the capture window
        self.projector_action.setChecked(self.projector.isVisible())

    def _adopt_projector(self, projector: ProjectorWindow) -> None:
        self.projector = projector
        projector.attach(self.store, self.bus, self)
        projector.follow(self.capture_page.meeting_id, self.capture_page.theme_id)
        projector.set_phase(self.capture_page.phase)
        projector.percentChanged.connect(lambda p: self.settings.set("projector_percent", p))
        self.projector_action.setChecked(projector.isVisible())

    def projector_text_size(self, step: int) -> None:
        """Projector text larger (1) or smaller (-1); remembered for the next projector."""
        from workshop_app.ui.projector import STEP_PERCENT, clamp_percent

        if self.projector is not None:
            self.projector.step_text_size(step)
        else:
            percent = self.settings.get("projector_percent")
            self.settings.set(
                "projector_percent", clamp_percent(int(percent) + step * STEP_PERCENT)  # type: ignore[call-overload]
            )

    def hand_over(self) -> Carried:
        """Give the round timer and an open projector to the window that replaces this one."""
        projector = self.projector if self.projector and self.projector.isVisible() else None
        self.projector = None
        self.timer.setParent(None)
        return Carried(self.timer, projector)

    # ================================================================== status
    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.file_label = QLabel(self)
        self.file_label.setObjectName("hint")
        self.saved_label = QLabel(self)
        self.saved_label.setObjectName("savedLabel")
        self.saved_label.setAccessibleName(self.tr("Save status"))
        bar.addWidget(self.file_label, 1)
        bar.addPermanentWidget(self.saved_label)
        style_only(bar, "QStatusBar QLabel", "QLabel#hint", "savedLabel")
        self.saved_label.setText(self.tr("All changes are saved"))

    def _saved(self, when: str) -> None:
        self._set_save_state("ok")
        self.saved_label.setText(self.tr("✓ Saved {0}").format(when))

    def _store_failed(self, message: str) -> None:
        self._set_save_state("error")
        self.saved_label.setText(self.tr("Not saved"))
        dialogs.show_store_error(self, message)

    def _refused(self, message: str) -> None:
        """Bad input, not a disk failure: say why; what was saved before stays saved."""
        dialogs.show_refusal(self, message)

    def _set_save_state(self, state: str) -> None:
        if self.saved_label.property("state") != state:  # restyling costs; only on a change
            self.saved_label.setProperty("state", state)
            self.saved_label.style().unpolish(self.saved_label)
            self.saved_label.style().polish(self.saved_label)

    def _update_title(self) -> None:
        name = self.store.path.name if self.store.path else ""
        title = self.store.consultation().title or name
        self.setWindowTitle(
            self.tr("{0} – Workshop app").format(title) if title else self.tr("Workshop app")
        )
        self.file_label.setText(str(self.store.path or ""))

    def _timer_length_changed(self, minutes: int) -> None:
        self.settings.timer_minutes = minutes

    def flush(self) -> None:
        """Let pages save what they keep for a moment (a half-typed field, the position)."""
        for index in range(self.pages.count()):
            flush = getattr(self.pages.widget(index), "flush", None)
            if callable(flush):
                flush()

    # ================================================================== window events
    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        files = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.bus.filesDropped.emit(files)

    def closeEvent(self, event) -> None:
        # Nothing to ask: every note is committed the moment it is entered.
        self.flush()
        self.settings.set("window_geometry", self.saveGeometry())
        if self.projector is not None:
            self.projector.close()
            self.projector.deleteLater()  # it has no Qt parent (see ui/projector.py)
            self.projector = None
        self.workers.wait()
        super().closeEvent(event)
