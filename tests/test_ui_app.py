"""Starting the app: language (Danish by default), opening files, damaged files, Ctrl+Q."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

CAPTURE_CONTEXTS = {
    "AppController",
    "CapturePage",
    "DetailsSection",
    "Dialogs",
    "GroupsSection",
    "Help",
    "MainWindow",
    "MeetingsSection",
    "Models",
    "NoteDelegate",
    "OrderedListEditor",
    "ProjectorWindow",
    "SearchPage",
    "SetupPage",
    "ThemeDialog",
    "ThemesSection",
    "TimerLabel",
    "TimerWidget",
    "TopicsSection",
    "Undo",
    "Workers",
}


@pytest.fixture
def translators(qapp):
    from workshop_app.ui.i18n import Translators

    t = Translators()
    yield t
    t.install("en")  # leave the application in the source language for other tests


@pytest.fixture
def controller(qapp, translators):
    from workshop_app.ui.app import AppController
    from workshop_app.ui.settings import Settings

    c = AppController(Settings(), translators)
    yield c
    if c.window is not None:
        c.window.close()
    if c.store is not None:
        c.store.close()


def test_danish_translation_is_complete_and_loads(translators):
    assert translators.install("da")
    assert QCoreApplication.translate("Actions", "&File") == "&Filer"
    assert QCoreApplication.translate("CapturePage", "Challenges") == "Udfordringer"
    assert QCoreApplication.translate("SearchPage", "%n note(s)", "", 1) == "1 note"
    assert QCoreApplication.translate("SearchPage", "%n note(s)", "", 12) == "12 noter"
    import xml.etree.ElementTree as ET

    from workshop_app import paths

    # Every string of the capture window (these contexts) has its Danish translation.
    tree = ET.parse(paths.resource_path("translations", "workshop_app_da.ts"))
    missing = [
        (context.findtext("name"), message.findtext("source"))
        for context in tree.getroot().iter("context")
        if context.findtext("name") in CAPTURE_CONTEXTS
        for message in context.iter("message")
        if message.find("translation").get("type") == "unfinished"
    ]
    assert missing == []
    assert {c.findtext("name") for c in tree.getroot().iter("context")} >= CAPTURE_CONTEXTS


def test_language_setting_defaults(monkeypatch):
    from workshop_app.ui import app
    from workshop_app.ui.settings import Settings

    settings = Settings()
    monkeypatch.setattr(app, "system_language", lambda: "en")
    assert app.choose_language(settings, None) == "en"  # first start follows the system
    assert settings.language == "en"
    settings.language = "da"
    assert app.choose_language(settings, None) == "da"  # then the saved choice
    assert app.choose_language(settings, "en") == "en"  # --lang wins for this run…
    assert settings.language == "da"  # …without changing the saved choice


def test_system_language_is_danish_unless_english(monkeypatch):
    from PySide6.QtCore import QLocale

    from workshop_app.ui import i18n

    for language, expected in (
        (QLocale.Language.Danish, "da"),
        (QLocale.Language.English, "en"),
        (QLocale.Language.German, "da"),
    ):
        monkeypatch.setattr(
            i18n.QLocale, "system", staticmethod(lambda lang=language: QLocale(lang))
        )
        assert i18n.system_language() == expected


def test_window_in_danish_and_switch_to_english(qtbot, controller, translators, demo_db):
    translators.install("da")
    assert controller.start(demo_db)
    window = controller.window
    qtbot.waitExposed(window)
    assert window.file_menu.title() == "&Filer"
    assert window.capture_page.phase_button.text() == "Udfordringer"
    assert window.setup_page.meetings.add_button.text() == "Tilføj møde"  # a Section subclass
    assert window.pages.tabText(0) == "Noter"
    window.capture_page.select_theme_number(3)
    theme_id = window.capture_page.theme_id
    window.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: controller.window is not window)
    english = controller.window
    assert english.file_menu.title() == "&File"
    assert english.capture_page.phase_button.text() == "Challenges"
    assert english.capture_page.theme_id == theme_id  # same place, same store
    assert english.language_actions["en"].isChecked()
    assert controller.settings.language == "en"
    qtbot.waitUntil(lambda: not window.isVisible())


def test_start_puts_cursor_in_note_field(qtbot, controller, demo_db):
    assert controller.start(demo_db)
    window = controller.window
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.capture_page.note_field)


def test_damaged_file_gives_a_clear_dialog(qtbot, controller, tmp_path, monkeypatch):
    bad = tmp_path / "broken.sqlite"
    bad.write_bytes(b"this is not a database at all" * 100)
    seen: list[tuple[str, str]] = []

    def fake_exec(box):
        seen.append((box.text(), box.informativeText()))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    assert controller.start(bad) is False  # the dialog was closed: Quit
    assert seen
    text, detail = seen[0]
    assert "broken.sqlite" in text
    assert "not a consultation database" in detail
    assert bad.read_bytes().startswith(b"this is not")  # untouched


def test_open_failure_handler_can_offer_another_file(
    qtbot, controller, tmp_path, demo_db, monkeypatch
):
    from workshop_app.ui import app

    bad = tmp_path / "broken.sqlite"
    bad.write_bytes(b"garbage" * 100)
    calls = []

    def restore(parent, path, error):
        calls.append((path, str(error)))
        return demo_db

    monkeypatch.setattr(app, "OPEN_FAILURE_HANDLERS", [restore])
    assert controller.start(bad)
    assert calls and calls[0][0] == bad
    assert controller.store.path == demo_db


def test_file_open_switches_consultation(qtbot, controller, demo_db, tmp_path, monkeypatch):
    assert controller.start(demo_db)
    first = controller.window
    other = tmp_path / "tingbjerg.sqlite"
    first.newRequested.emit(str(other))
    qtbot.waitUntil(lambda: controller.window is not first)
    assert controller.store.path == other
    assert other.exists()
    assert controller.window.pages.currentWidget() is controller.window.setup_page  # no meetings
    recent = controller.settings.recent_files()
    assert str(other.resolve()) == recent[0] and str(demo_db.resolve()) in recent
    # a damaged file chosen from File > Open keeps the current window and says why
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"x" * 500)
    seen = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: seen.append(box.informativeText()))
    current = controller.window
    current.openRequested.emit(str(bad))
    assert controller.window is current and seen


def test_run_gui_quits_with_ctrl_q_and_exit_code_0(qtbot, demo_db, monkeypatch, translators):
    from workshop_app.ui import app

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own
    windows = []

    tries = []

    def press_ctrl_q():
        # A shortcut reaches only the active window: on a busy machine the new window may not
        # be active yet after 300 ms, so wait for it (never longer than ~30 s, then give up
        # and quit, which fails the test below instead of hanging the suite).
        window = next(
            (w for w in QApplication.topLevelWidgets()
             if w.isVisible() and hasattr(w, "capture_page")),
            None,
        )
        tries.append(window)
        if window is None or not window.isActiveWindow():
            if len(tries) > 300:
                QApplication.quit()
                return
            if window is not None:
                window.activateWindow()
            QTimer.singleShot(100, press_ctrl_q)
            return
        windows.append(window.file_menu.title())
        qtbot.keyClick(
            window.capture_page.note_field, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier
        )

    QTimer.singleShot(300, press_ctrl_q)
    assert app.run_gui(demo_db, language="da") == 0
    assert windows == ["&Filer"]


def test_no_display_is_one_clear_line(cli_process, tmp_path):
    import os

    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = cli_process("--db", tmp_path / "c.sqlite", env=env, timeout=60)
    assert result.returncode == 1
    assert result.stderr.strip().startswith("workshop-app: error: no display")
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "c.sqlite").exists()  # nothing created


def test_workers_run_off_the_ui_thread_with_progress_and_one_error_dialog(
    qtbot, monkeypatch, demo_db
):
    import threading

    from PySide6.QtWidgets import QWidget

    from workshop_app.errors import UserError
    from workshop_app.store import Store
    from workshop_app.ui.workers import Workers

    parent = QWidget()
    qtbot.addWidget(parent)
    workers = Workers(parent)
    shown: list[str] = []
    monkeypatch.setattr(
        "workshop_app.ui.dialogs.show_error", lambda p, message, title=None: shown.append(message)
    )
    ui_thread = threading.get_ident()
    results: list[object] = []
    steps: list[int] = []

    def job(a, b, progress):
        assert threading.get_ident() != ui_thread
        for i in range(3):
            progress(i + 1, 3, "step")
        return a + b

    def on_done(value):
        assert threading.get_ident() == ui_thread
        results.append(value)

    workers.run(job, 2, 3, on_done=on_done, title="Adding", progress=True)
    qtbot.waitUntil(lambda: results == [5])
    assert workers.active == 0

    def refuse():
        raise UserError("the disk is full")

    workers.run(refuse, title="Refusing")
    qtbot.waitUntil(lambda: shown == ["the disk is full"])

    def count_notes(store):
        steps.append(1)
        return store.count_notes()

    with Store.open(demo_db) as window_store:
        # A second connection, not a second opening: Store.open would take an on-open backup.
        monkeypatch.setattr(Store, "open", lambda *a, **k: pytest.fail("Store.open in a worker"))
        workers.run_on_store(window_store, count_notes, on_done=results.append)
        qtbot.waitUntil(lambda: len(results) == 2)
    assert results[1] == 43 and steps == [1]


def test_gui_starts_in_a_subprocess_and_sigterm_quits_cleanly(demo_db, tmp_path):
    import os
    import signal
    import subprocess
    import time

    from workshop_app.store import Store

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "workshop_app", "--db", str(demo_db), "--lang", "da"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        # The capture view saves where it is shortly after it opens: the window is up.
        deadline = time.monotonic() + 60
        position = None
        while position is None and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.2)
            with Store.open(demo_db, create=False) as store:
                position = store.get_local("capture.position")
        assert position is not None, proc.stderr.read() if proc.poll() is not None else ""
        with Store.open(demo_db, create=False) as store:
            first = store.meetings()[0]
        assert position["meeting"] == first.id
        proc.send_signal(signal.SIGTERM)
        _out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert "Traceback" not in err
