"""The main window: a thin shell of menus, a page stack and the wiring between them.

Adding to it (for teammates)
----------------------------
* A menu item in File: ``window.add_file_action(text, slot, shortcut=None)`` (placed above
  Quit). Other menus: ``window.add_action(window.view_menu, text, slot, shortcut)``.
  The menus are ``file_menu``, ``edit_menu``, ``capture_menu``, ``view_menu``,
  ``settings_menu`` and ``help_menu``.
* A page (e.g. the Summary workspace): ``window.add_page(widget, title, shortcut=None)``;
  it gets a tab and a View-menu item. ``window.show_page(widget)`` switches to it.
  A page that is costly to build (heavy imports, many reads) should use
  ``window.add_lazy_page(title, factory, shortcut)``: it is built when first shown.
* Dropped files arrive as ``window.bus.filesDropped(list[str])``.
* A page with text that is saved when the field is left can define ``flush()``; it is
  called when the window closes.
* Long work goes through ``window.workers.run(...)`` (see ``ui/workers.py``).
* To install such additions whenever a window is built (also after a language switch
  or File → Open), add your module to ``WINDOW_EXTENSIONS``: it must define
  ``install(window: MainWindow) -> None``. Keep heavy imports (reportlab, docx,
  analysis) inside your slots so startup stays fast.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence, QUndoStack
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMenu, QTabWidget, QWidget

from workshop_app.store import Store
from workshop_app.ui import dialogs
from workshop_app.ui.bus import Bus
from workshop_app.ui.pages.capture_page import CapturePage
from workshop_app.ui.pages.search_page import SearchPage
from workshop_app.ui.pages.setup_page import SetupPage
from workshop_app.ui.settings import Settings
from workshop_app.ui.undo import NoteActions
from workshop_app.ui.widgets.lazy_page import LazyPage
from workshop_app.ui.widgets.timer import RoundTimer
from workshop_app.ui.workers import Workers

if TYPE_CHECKING:  # imported when first used: startup stays short
    from workshop_app.ui.projector import ProjectorWindow

# Modules with ``install(window)``, run for every new main window (see module docstring).
WINDOW_EXTENSIONS: tuple[str, ...] = (
    "workshop_app.ui.export_dialogs",
    "workshop_app.ui.sync_dialogs",
    "workshop_app.ui.summary",
    "workshop_app.ui.move_notes",
)

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
        self, store: Store, settings: Settings, language: str = "da", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.settings, self.language = store, settings, language
        self.bus = Bus(self)
        self.undo_stack = QUndoStack(self)
        self.note_actions = NoteActions(store, self.bus, self.undo_stack, self)
        self.timer = RoundTimer(settings.timer_minutes, parent=self)
        self.timer.lengthChanged.connect(self._timer_length_changed)
        self.workers = Workers(self)
        self.projector: ProjectorWindow | None = None
        self.pages = QTabWidget(self)
        self.pages.setDocumentMode(True)
        self.pages.setAccessibleName(self.tr("Pages"))
        self.pages.tabBar().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.pages.tabBar().setObjectName("pageTabs")
        self.pages.tabBar().setDrawBase(False)
        self.setCentralWidget(self.pages)
        self._build_menus()
        self._build_status_bar()
        self.capture_page = CapturePage(store, self.bus, self.note_actions, self.timer, self)
        self.search_page = SearchPage(store, self.bus, self)
        self.setup_page = SetupPage(store, self.bus, self)
        self.add_page(self.capture_page, self.tr("&Notes"), "Ctrl+E")
        self.add_page(self.search_page, self.tr("&Search"), QKeySequence.StandardKey.Find)
        self.add_page(self.setup_page, self.tr("Set&up"), "Ctrl+,")
        self._fill_capture_menu()
        self.capture_page.setupRequested.connect(self.show_meeting_setup)
        self.bus.storeFailed.connect(self._store_failed)
        self.bus.saved.connect(self._saved)
        self.bus.consultationChanged.connect(self._update_title)
        self.bus.showNoteRequested.connect(lambda _id: self.show_page(self.capture_page))
        self.setAcceptDrops(True)
        self.setMinimumSize(760, 480)
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
        for module in WINDOW_EXTENSIONS:
            importlib.import_module(module).install(self)
        if store.meetings():
            self.show_page(self.capture_page)
        else:
            self.show_meeting_setup()

    # ================================================================== extension API
    def add_action(
        self,
        menu: QMenu,
        text: str,
        slot: Callable[..., object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        *,
        before: QAction | None = None,
    ) -> QAction:
        """A menu item with an optional shortcut (active in the whole window)."""
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        if before is not None:
            menu.insertAction(before, action)
        else:
            menu.addAction(action)
        return action

    def add_file_action(
        self, text: str, slot: Callable[..., object], shortcut: QKeySequence | str | None = None
    ) -> QAction:
        """A File-menu item, placed with the other file commands above Quit."""
        return self.add_action(
            self.file_menu, text, slot, shortcut, before=self._file_extensions_end
        )

    def add_page(
        self,
        widget: QWidget,
        title: str,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> int:
        """Add a page (tab) and a View-menu item that shows it; returns its index."""
        index = self.pages.addTab(widget, title.replace("&", ""))
        self.add_action(
            self.view_menu,
            title,
            lambda: self.show_page(widget),
            shortcut,
            before=self._view_pages_end,
        )
        return index

    def add_lazy_page(
        self,
        title: str,
        factory: Callable[[], QWidget],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> LazyPage:
        """Like ``add_page``, but ``factory()`` builds the page the first time it is shown.

        Use it for pages that import heavy modules or read much when built: the window
        then starts as fast without them. ``holder.page()`` builds it on demand.
        """
        holder = LazyPage(factory, self)
        self.add_page(holder, title, shortcut)
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
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.capture_menu = bar.addMenu(self.tr("&Capture"))
        self.view_menu = bar.addMenu(self.tr("&View"))
        self.settings_menu = bar.addMenu(self.tr("S&ettings"))
        self.help_menu = bar.addMenu(self.tr("&Help"))

        f = self.file_menu
        self.add_action(
            f, self.tr("&New consultation…"), self.ask_new, QKeySequence.StandardKey.New
        )
        self.add_action(f, self.tr("&Open…"), self.ask_open, QKeySequence.StandardKey.Open)
        self.recent_menu = f.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        f.addSeparator()
        self._file_extensions_end = f.addSeparator()
        quit_action = self.add_action(f, self.tr("&Quit"), self.close, "Ctrl+Q")
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        e = self.edit_menu
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        e.addAction(undo)
        e.addAction(redo)
        self.undo_action, self.redo_action = undo, redo

        v = self.view_menu
        self._view_pages_end = v.addSeparator()
        self.projector_action = self.add_action(
            v, self.tr("&Projector view"), self.toggle_projector, "F11"
        )
        self.projector_action.setCheckable(True)
        v.addSeparator()
        self.add_action(v, self.tr("Start/pause round &timer"), lambda: self.timer.toggle(), "F9")
        self.add_action(v, self.tr("R&eset round timer"), lambda: self.timer.reset(), "Shift+F9")

        s = self.settings_menu
        self.add_action(
            s, self.tr("Round &length…"), lambda: self.capture_page.timer_widget.ask_minutes()
        )
        languages = s.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in (("da", "Dansk"), ("en", "English")):
            act = languages.addAction(name)
            act.setCheckable(True)
            act.setChecked(code == self.language)
            act.setData(code)
            group.addAction(act)
            act.triggered.connect(lambda _checked=False, c=code: self._choose_language(c))
            self.language_actions[code] = act

        h = self.help_menu
        self.add_action(
            h,
            self.tr("&Keyboard shortcuts"),
            self._show_shortcuts,
            QKeySequence.StandardKey.HelpContents,
        )
        self.add_action(h, self.tr("&About"), self._show_about)

    def _fill_capture_menu(self) -> None:
        page = self.capture_page
        for action in page.capture_actions():
            if action is None:
                self.capture_menu.addSeparator()
            else:
                self.capture_menu.addAction(action)
                action.triggered.connect(lambda _c=False: self.pages.setCurrentWidget(page))
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(page.edit_note_action)
        self.edit_menu.addAction(page.delete_note_action)

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
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Open consultation"), str(self._folder()), FILE_FILTER
        )
        if path:
            self.openRequested.emit(path)

    def ask_new(self) -> None:
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
            self.projector = ProjectorWindow(self.store, self.bus, self.timer, self)
            self.projector.follow(self.capture_page.meeting_id, self.capture_page.theme_id)
            self.projector.set_phase(self.capture_page.phase)
            self.projector.destroyed.connect(lambda *_: None)
        if self.projector.isVisible():
            self.projector.close()
        else:
            self.projector.show_on_best_screen()
            self.activateWindow()  # typing stays in the capture window
        self.projector_action.setChecked(self.projector.isVisible())

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
        self.saved_label.setText(self.tr("All changes are saved"))

    def _saved(self, when: str) -> None:
        self._set_save_state("ok")
        self.saved_label.setText(self.tr("✓ Saved {0}").format(when))

    def _store_failed(self, message: str) -> None:
        self._set_save_state("error")
        self.saved_label.setText(self.tr("Not saved"))
        dialogs.show_store_error(self, message)

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
        self.workers.wait()
        super().closeEvent(event)
