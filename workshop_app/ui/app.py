"""Starting the window: the application, its language, the consultation file.

``run_gui`` is what ``workshop-app`` (without a command) calls. Problems with the
file (damaged, from a newer version, not writable) become a dialog that offers
another file; they never surface as a traceback.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from workshop_app import paths
from workshop_app.errors import DamagedFileError, NewerVersionError, StoreError, UserError
from workshop_app.safety.backup import open_policy
from workshop_app.store import Store
from workshop_app.ui import dialogs, gc_guard
from workshop_app.ui.first_paint import AfterFirstPaint
from workshop_app.ui.i18n import Translators, system_language, translate_error
from workshop_app.ui.main_window import FILE_FILTER, Carried, MainWindow
from workshop_app.ui.settings import Settings
from workshop_app.ui.single_window import FileClaim, HeldElsewhere, key_of
from workshop_app.ui.sync_dialogs.recovery import offer_backup_restore
from workshop_app.ui.theme import STYLE_SHEET, application_palette
from workshop_app.ui.workers import Workers

# Called when a consultation file cannot be opened, before the generic dialog:
# ``handler(parent, path, error) -> Path | None``. Return a path to open instead
# (e.g. a restored backup) or None to pass. The backups feature registers here.
OPEN_FAILURE_HANDLERS: list[Callable[[QWidget | None, Path, StoreError], Path | None]] = [
    offer_backup_restore
]


def create_application(
    argv: list[str] | None = None, *, style_sheet: bool = True, window_icon: bool = True
) -> QApplication:
    """The QApplication with the app's name, style and icon (reused if one exists).

    ``style_sheet=False`` leaves the application's style sheet to ``apply_style_sheet``, and
    ``window_icon=False`` the icon to ``apply_window_icon``: ``run_gui`` sets both right
    after the window's first paint (see ``theme.style_only``; the SVG icon loads Qt's SVG
    icon engine, and touching QIcon creates its enum types: ~2 ms).
    """
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(paths.APP_NAME)
    app.setOrganizationName(paths.APP_AUTHOR)
    app.setApplicationDisplayName("Workshop app")
    app.setStyle("Fusion")
    app.setPalette(application_palette(app.style().standardPalette()))
    if style_sheet:
        apply_style_sheet(app)
    gc_guard.install(app)  # Python's cycle collector on this thread only (see ui.gc_guard)
    if window_icon:
        apply_window_icon(app)
    return app  # type: ignore[return-value]


def apply_window_icon(app: QApplication) -> None:
    """The app's icon on every window (title bar, task bar, dialogs)."""
    if app.windowIcon().isNull():
        icon = paths.resource_path("icons", "workshop-app.svg")
        if icon.exists():
            from PySide6.QtGui import QIcon  # after the first paint (see create_application)

            app.setWindowIcon(QIcon(str(icon)))


def apply_style_sheet(app: QApplication) -> None:
    """The application-wide ``theme.STYLE_SHEET`` (once; dialogs and the other pages)."""
    if app.styleSheet() != STYLE_SHEET:
        app.setStyleSheet(STYLE_SHEET)


class AppController(QObject):
    """Owns the open store and the main window; rebuilds the window on Open or language."""

    def __init__(self, settings: Settings, translators: Translators) -> None:
        super().__init__()
        self.settings = settings
        self.translators = translators
        self.store: Store | None = None
        self.window: MainWindow | None = None
        # Every open of the window's files: automatic backups, the on-open one after the
        # first paint (the window's composition root; see store.policy).
        self.policy = open_policy(on_error=_warn, defer=self.defer_open_backup)
        # On-open backups (see ``defer_open_backup``): jobs not yet started, and the worker
        # that runs them one after another (no dialog: the facilitator is not kept waiting).
        self._pending_backups: list[Callable[[], None]] = []
        self._backup_workers = Workers(self, threads=1)
        self.open_backups_started = 0  # how many batches went to the worker (status, tests)
        # One window per file (``ui.single_window``): the file this window holds, the claim
        # of the file just opened (taken over by ``_show``), and whether the file was handed
        # to a window that already had it open.
        self.claim: FileClaim | None = None
        self._opened_claim: FileClaim | None = None
        self.handed_over = False

    # ------------------------------------------------------------------ opening
    def start(self, db_path: Path) -> bool:
        """Open the first consultation (asking for another if it fails) and show the window."""
        store = self.open_store(db_path, create=True, parent=None, offer_other=True)
        if store is None:
            return False
        self._show(store)
        return True

    def open_store(
        self, path: Path, *, create: bool, parent: QWidget | None, offer_other: bool = False
    ) -> Store | None:
        """Open ``path``; on failure explain it in a dialog (and offer another file)."""
        path = Path(path)
        while True:
            claim = self._claim(path, parent)
            if claim is None:
                return None
            try:
                store = Store.open(path, create=create, policy=self.policy)
            except StoreError as exc:
                self._drop(claim)
                replacement = self._handle_failure(parent, path, exc)
                if replacement is not None:
                    path = replacement
                    continue
                if not offer_other:
                    return None
                choice = self._ask_other_file(path, exc)
                if choice is None:
                    return None
                path, create = choice
                continue
            except UserError as exc:
                self._drop(claim)
                dialogs.show_error(parent, str(exc))
                return None
            self._opened_claim = claim
            self.settings.add_recent_file(path)
            return store

    # ------------------------------------------------------------------ one window per file
    def _claim(self, path: Path, parent: QWidget | None) -> FileClaim | None:
        """This window's claim on ``path``; None when another window holds it (that window
        is asked to come forward, and this one says so)."""
        if self.claim is not None and key_of(self.claim.path) == key_of(path):
            return self.claim
        try:
            # At start-up the server that answers "come forward" listens after the first
            # paint (``_after_first_paint``); the lock refuses a second window from now on.
            return FileClaim.acquire(path, listen=self.window is not None)
        except HeldElsewhere as exc:
            if parent is None:  # at start-up: the other window is what the user wanted
                print(f"workshop-app: {exc}", file=sys.stderr)
                self.handed_over = exc.brought_forward
                if exc.brought_forward:
                    return None
            dialogs.show_error(parent, str(exc))
            return None

    def _drop(self, claim: FileClaim) -> None:
        if claim is not self.claim:
            claim.release()

    def _hold(self) -> None:
        """The window now shows the file just opened: hold it, give up the previous one."""
        claim, self._opened_claim = self._opened_claim, None
        if claim is None or claim is self.claim:
            return
        if self.claim is not None:
            self.claim.release()
        self.claim = claim
        claim.activationRequested.connect(self._bring_forward)

    def _bring_forward(self) -> None:
        window = self.window
        if window is None:
            return
        if window.isMinimized():
            window.showNormal()
        if QGuiApplication.platformName() != "offscreen":  # offscreen cannot raise
            window.raise_()
        window.activateWindow()

    def release_claim(self) -> None:
        """Give up the file (the app is quitting)."""
        if self.claim is not None:
            self.claim.release()
            self.claim = None

    def _handle_failure(self, parent: QWidget | None, path: Path, exc: StoreError) -> Path | None:
        apply_style_sheet(QApplication.instance())  # type: ignore[arg-type]  # dialogs first
        apply_window_icon(QApplication.instance())  # type: ignore[arg-type]
        for handler in OPEN_FAILURE_HANDLERS:
            replacement = handler(parent, path, exc)
            if replacement is not None:
                return replacement
        if parent is not None:
            from PySide6.QtWidgets import QMessageBox  # loaded when first needed (start-up)

            box = QMessageBox(parent)
            box.setIcon(QMessageBox.Icon.Critical)
            box.setWindowTitle(self.tr("Cannot open the consultation"))
            box.setText(self.tr("“{0}” cannot be opened.").format(path.name))
            box.setInformativeText(self._describe(exc))
            box.exec()
        return None

    def _describe(self, exc: StoreError) -> str:
        """The reason in the UI language, with the store's own line as the detail."""
        if isinstance(exc, NewerVersionError):
            reason = self.tr("It was saved by a newer version of the app. Update the app "
                             "on this laptop to open it.")
        elif isinstance(exc, DamagedFileError):
            reason = self.tr("The file is damaged, or it is not a consultation file.")
        else:
            reason = self.tr("The file cannot be read or written here.")
        return f"{reason}\n\n{translate_error(str(exc))}"

    def _ask_other_file(self, path: Path, exc: StoreError) -> tuple[Path, bool] | None:
        """At startup: explain, then Open another / New / Quit."""
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        box = QMessageBox()
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(self.tr("Cannot open the consultation"))
        box.setText(self.tr("“{0}” cannot be opened.").format(path.name))
        box.setInformativeText(self._describe(exc))
        open_button = box.addButton(self.tr("Open another…"), QMessageBox.ButtonRole.AcceptRole)
        new_button = box.addButton(self.tr("New consultation…"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(self.tr("Quit"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        clicked = box.clickedButton()
        folder = str(path.parent if path.parent.is_dir() else Path.home())
        if clicked is open_button:
            name, _f = QFileDialog.getOpenFileName(
                None, self.tr("Open consultation"), folder, FILE_FILTER
            )
            return (Path(name), False) if name else None
        if clicked is new_button:
            name, _f = QFileDialog.getSaveFileName(
                None,
                self.tr("New consultation"),
                str(Path(folder) / "consultation.sqlite"),
                FILE_FILTER,
            )
            return (Path(name), True) if name else None
        return None

    # ------------------------------------------------------------------ window
    def _show(
        self, store: Store, previous: MainWindow | None = None, carry: Carried | None = None
    ) -> MainWindow:
        if previous is not None:
            previous.flush()  # the new window resumes where this one is (drafts too)
        window = MainWindow(store, self.settings, self.translators.language, carry=carry)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.openRequested.connect(lambda p: self.switch_file(Path(p), create=False))
        window.newRequested.connect(lambda p: self.switch_file(Path(p), create=True))
        window.languageRequested.connect(self.switch_language)
        window.reopenRequested.connect(self.reopen)
        old_store = self.store
        self.store, self.window = store, window
        self._hold()
        if previous is not None:
            window.setGeometry(previous.geometry())
            if previous.isMaximized():
                window.showMaximized()
            else:
                window.show()
            previous.close()
        else:
            window.show()
        AfterFirstPaint(window, lambda: self._after_first_paint(store))
        if old_store is not None and old_store is not store:
            old_store.close()
        # The window takes the keyboard, and the cursor waits in the note field (or the first
        # setup field): a facilitator can start typing without touching the mouse.
        if QGuiApplication.platformName() != "offscreen":  # offscreen cannot raise
            window.raise_()
        window.activateWindow()
        QTimer.singleShot(0, lambda: window.pages.currentWidget().setFocus())
        return window

    # ------------------------------------------------------------------ on-open backups
    def defer_open_backup(self, job: Callable[[], None]) -> None:
        """Take an on-open backup after the window's first paint, off the UI thread.

        The copy of a 10,000-note file takes a noticeable part of the start-up, and the
        facilitator need not wait for it: it runs on a worker thread with its own
        connection once the window is on screen, and before the app exits at the latest.
        """
        self._pending_backups.append(job)

    def _after_first_paint(self, store: Store) -> None:
        """The full integrity check (writes wait for it; a failure is shown in a dialog),
        then the on-open backups, which wait for its verdict (see store.full_check); the
        file claim starts answering other windows."""
        store.start_full_check()
        apply_style_sheet(QApplication.instance())  # type: ignore[arg-type]
        apply_window_icon(QApplication.instance())  # type: ignore[arg-type]
        if self.claim is not None:
            self.claim.listen()
        self._backup_workers.run(store.wait_full_check, dialog=False)
        self._start_backups()

    def _start_backups(self) -> None:
        jobs, self._pending_backups = self._pending_backups, []
        if jobs:
            self._backup_workers.run(_run_jobs, jobs, dialog=False)
            self.open_backups_started += 1

    def finish_backups(self) -> None:
        """Wait for running on-open backups and take those not started yet (before exit)."""
        self._backup_workers.wait(-1)
        jobs, self._pending_backups = self._pending_backups, []
        _run_jobs(jobs)

    def switch_file(self, path: Path, *, create: bool) -> None:
        if (
            self.store is not None
            and self.store.path
            and path.resolve() == self.store.path.resolve()
        ):
            return
        if create and path.exists():
            dialogs.show_error(
                self.window, self.tr("{0} already exists. Use Open to open it.").format(path)
            )
            return
        store = self.open_store(path, create=create, parent=self.window)
        if store is not None:
            self._show(store, self.window)

    def reopen(self) -> None:
        """Open the current file again in a fresh window (after a backup was restored)."""
        if self.store is None or self.store.path is None or self.window is None:
            return
        page = self.window.pages.currentIndex()
        store = self.open_store(self.store.path, create=False, parent=self.window)
        if store is not None:
            self._show(store, self.window).pages.setCurrentIndex(page)

    def switch_language(self, language: str) -> None:
        """Save the choice, load the translation and rebuild the window in it."""
        self.settings.language = language
        self.translators.install(language)
        if self.store is not None and self.window is not None:
            page = self.window.pages.currentIndex()
            # The projector stays on the wall and the round timer keeps running.
            carry = self.window.hand_over()
            window = self._show(self.store, self.window, carry)
            window.pages.setCurrentIndex(page)


def _warn(message: str) -> None:
    print(f"workshop-app: warning: {message}", file=sys.stderr)


def _run_jobs(jobs: list[Callable[[], None]]) -> None:
    for job in jobs:
        try:
            job()  # reports the usual failures itself (see safety.backup.open_policy)
        except Exception as exc:  # noqa: BLE001 -- a bug must not end the app with a traceback
            print(f"workshop-app: warning: no backup taken on open: {exc}", file=sys.stderr)


def choose_language(settings: Settings, requested: str | None) -> str:
    """``--lang`` wins (for this run); then the saved choice; then the system's language."""
    if requested in ("da", "en"):
        return requested
    saved = settings.language
    if saved:
        return saved
    first = system_language()
    settings.language = first
    return first


def _install_excepthook() -> None:
    """A bug in a slot: log it, tell the user briefly, keep running (no traceback shown)."""

    def hook(kind, value, tb) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        dialogs.report_exception(QApplication.activeWindow(), value.with_traceback(tb))

    sys.excepthook = hook


def check_display() -> None:
    """On Linux without a desktop session Qt would abort; say so in one line instead."""
    env = os.environ
    if (
        sys.platform.startswith("linux")
        and QApplication.instance() is None
        and not any(env.get(k) for k in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))
    ):
        raise UserError(
            "no display to open the window on: start it from a desktop session, "
            "or use a command (workshop-app --help)"
        )


def _quit_on_signals(controller: AppController) -> QTimer:
    """SIGTERM (logout, shutdown) and Ctrl+C close the window like Ctrl+Q: exit code 0.

    Python runs signal handlers only when it holds control, so a slow timer wakes it.
    """
    def close(*_args: object) -> None:
        if controller.window is not None:
            controller.window.close()  # saves the position, closes the projector
        QApplication.quit()

    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, close)
    wake = QTimer()
    wake.timeout.connect(lambda: None)
    wake.start(250)
    return wake


def run_gui(db_path: Path | None, language: str | None = None) -> int:
    """Open the window on ``db_path`` (default: the user's consultation); returns the exit code."""
    check_display()
    app = create_application(style_sheet=False, window_icon=False)
    settings = Settings()
    translators = Translators()
    translators.install(choose_language(settings, language))
    _install_excepthook()
    controller = AppController(settings, translators)
    try:
        if not controller.start(Path(db_path) if db_path else paths.default_db_path()):
            return 0 if controller.handed_over else 1
        wake = _quit_on_signals(controller)
        code = app.exec()
        wake.stop()
    finally:
        controller.finish_backups()
        controller.release_claim()
    if controller.store is not None:
        controller.store.close()
    return code
