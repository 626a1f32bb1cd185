"""Drafts: half-typed notes survive kill -9, Ctrl+Q, group switches and damaged files."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from workshop_app.capture.drafts import DraftStore, Place, drafts_file
from workshop_app.store import Store

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("This plugin does not support"),
]

ROOT = Path(__file__).resolve().parent.parent
HELPER = ROOT / "tests" / "helpers" / "gui_drafts.py"
ARABIC = "نحتاج إلى مواصلات أفضل في المساء"


@pytest.fixture
def two_groups(db_path: Path) -> Path:
    """One meeting, one theme, two groups: Bord 1 and Bord 2."""
    with Store.open(db_path) as store:
        meeting = store.add_meeting("Tingbjerg", "2026-04-15")
        theme = store.themes()[0]
        store.add_group(meeting.id, theme.id, "Bord 1")
        store.add_group(meeting.id, theme.id, "Bord 2")
    return db_path


def drafts_path(app_home: Path, db: Path) -> Path:
    return drafts_file(app_home / "drafts", db)


# ---------------------------------------------------------------------- the file
def test_drafts_file_round_trip_private_and_atomic(tmp_path, db_path):
    folder = tmp_path / "drafts"
    drafts = DraftStore.for_consultation(folder, db_path)
    here = Place("m1", "t1", "g1")
    assert drafts.put(here, ARABIC)
    assert drafts.put(Place("m1", "t1", ""), "Uden gruppe")
    drafts.save()
    path = drafts_file(folder, db_path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in folder.iterdir()] == [path.name]  # no temporary file left
    again = DraftStore.for_consultation(folder, db_path).load()
    assert again.get(here).text == ARABIC  # every character kept
    assert again.get(Place("m1", "t1", "")).text == "Uden gruppe"
    again.remove(here)
    again.remove(Place("m1", "t1", ""))
    again.save()
    assert not path.exists()  # no citizen's words left behind


@pytest.mark.parametrize(
    "content",
    [
        b"{not json",
        b'{"format": "workshop-app-drafts", "version": 1, "drafts": [{"x": 1}]}',
        b"\xff\xfe\x00",
        b'["a list"]',
    ],
)
def test_a_damaged_drafts_file_is_set_aside_with_one_line(tmp_path, db_path, content):
    folder = tmp_path / "drafts"
    folder.mkdir()
    path = drafts_file(folder, db_path)
    path.write_bytes(content)
    drafts = DraftStore.for_consultation(folder, db_path).load()
    assert drafts.drafts == {}
    assert "damaged" in drafts.problem and "\n" not in drafts.problem
    aside = [p for p in folder.iterdir() if ".damaged-" in p.name]
    assert len(aside) == 1 and aside[0].read_bytes() == content


# ---------------------------------------------------------------------- the window
def open_window(qtbot, store):
    from workshop_app.ui.main_window import MainWindow
    from workshop_app.ui.settings import Settings

    window = MainWindow(store, Settings(), "en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(20)  # the window's first events (status lines, an interrupted edit reopened)
    return window


def test_each_group_keeps_its_own_draft_and_a_saved_note_clears_it(qtbot, two_groups, app_home):
    store = Store.open(two_groups)
    window = open_window(qtbot, store)
    page = window.capture_page
    first, second = page._group_ids[:2]
    page.select_group(first)
    qtbot.keyClicks(page.note_field, "Mere lys ved stien")
    page.select_group(second)
    assert page.note_field.toPlainText() == ""  # the draft did not follow the switch
    page.note_field.insertPlainText(ARABIC)
    page.select_group(first)
    assert page.note_field.toPlainText() == "Mere lys ved stien"
    qtbot.keyClick(page.note_field, Qt.Key.Key_Return)
    saved = store.notes(group_id=first)
    assert [n.text for n in saved] == ["Mere lys ved stien"]  # saved in its own group
    assert store.notes(group_id=second) == []
    page.drafts.save(wait=True)  # the writer thread has written what Enter changed
    kept = DraftStore.for_consultation(app_home / "drafts", two_groups).load()
    assert kept.get(Place(page.meeting_id, page.theme_id, first)) is None
    assert kept.get(Place(page.meeting_id, page.theme_id, second)).text == ARABIC
    page.select_group(second)
    assert page.note_field.toPlainText() == ARABIC
    window.close()
    store.close()


def test_draft_reaches_disk_within_a_second_of_typing(qtbot, two_groups, app_home):
    from workshop_app.ui.drafts import DELAY_MS

    assert DELAY_MS < 1000
    store = Store.open(two_groups)
    window = open_window(qtbot, store)
    page = window.capture_page
    qtbot.keyClicks(page.note_field, "Busserne kører for sjældent")
    path = drafts_path(app_home, two_groups)
    qtbot.waitUntil(lambda: path.exists() and "sjældent" in path.read_text("utf-8"), timeout=1000)
    window.close()
    store.close()


def test_close_and_reopen_brings_the_draft_back_at_its_group(qtbot, two_groups):
    store = Store.open(two_groups)
    window = open_window(qtbot, store)
    page = window.capture_page
    second = page._group_ids[1]
    page.select_group(second)
    qtbot.keyClicks(page.note_field, "Ungdomsklubben lukker for tidligt")
    window.close()  # Ctrl+Q closes the window
    store.close()
    store = Store.open(two_groups)
    window = open_window(qtbot, store)
    page = window.capture_page
    assert page.group_id == second
    assert page.note_field.toPlainText() == "Ungdomsklubben lukker for tidligt"
    qtbot.waitUntil(lambda: "draft was restored" in window.statusBar().currentMessage())
    window.close()
    store.close()


def test_an_edit_in_place_is_kept_and_reopened(qtbot, two_groups, app_home):
    from workshop_app.ui.widgets.note_edit import NoteEdit

    def editor_of(page):
        return next(iter(page.note_list.viewport().findChildren(NoteEdit)), None)

    store = Store.open(two_groups)
    window = open_window(qtbot, store)
    page = window.capture_page
    qtbot.keyClicks(page.note_field, "Legepladsen er slidt")
    qtbot.keyClick(page.note_field, Qt.Key.Key_Return)
    note = store.notes()[0]
    page.edit_selected()
    editor = editor_of(page)
    assert editor is not None and editor.toPlainText() == note.text
    editor.setPlainText("Legepladsen er slidt og mangler skygge")
    page.drafts.save(wait=True)  # what the timer does within a second
    kept = DraftStore.for_consultation(app_home / "drafts", two_groups).load()
    assert kept.get(Place(note.meeting_id, note.theme_id, note.group_id or ""), note.id).text == (
        "Legepladsen er slidt og mangler skygge"
    )
    # another window starts while this one still edits (as after a crash: nothing closed)
    second_store = Store.open(two_groups)
    fresh = open_window(qtbot, second_store)
    qtbot.waitUntil(lambda: editor_of(fresh.capture_page) is not None)
    reopened = editor_of(fresh.capture_page)
    assert reopened.toPlainText() == "Legepladsen er slidt og mangler skygge"
    qtbot.keyClick(reopened, Qt.Key.Key_Return)
    assert second_store.note(note.id).text == "Legepladsen er slidt og mangler skygge"
    fresh.capture_page.drafts.save(wait=True)
    kept = DraftStore.for_consultation(app_home / "drafts", two_groups).load()
    assert kept.drafts == {}
    fresh.close()
    second_store.close()
    window.close()
    store.close()


def test_a_damaged_drafts_file_is_a_status_line_not_a_crash(qtbot, two_groups, app_home):
    path = drafts_path(app_home, two_groups)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('{"format": "workshop-app-drafts", "version": 1, "drafts": 7}')
    store = Store.open(two_groups)
    window = open_window(qtbot, store)
    qtbot.waitUntil(lambda: "damaged" in window.statusBar().currentMessage())
    assert window.capture_page.note_field.toPlainText() == ""
    window.close()
    store.close()


# ---------------------------------------------------------------------- the real process
def run_helper(db: Path, mode: str, **kwargs) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        [sys.executable, str(HELPER), str(db), mode],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=env,
        **kwargs,
    )


def check_window(db: Path) -> dict:
    proc = run_helper(db, "check")
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    return json.loads(out.strip().splitlines()[-1])


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")
def test_kill_9_one_second_after_typing_loses_no_draft(two_groups):
    proc = run_helper(two_groups, "type")
    try:
        line = proc.stdout.readline()
        assert line.startswith("typed "), proc.stderr.read()
        _first, second = line.split()[1:]
        time.sleep(1.0)  # the promise: on disk within a second of the last key
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
        proc.stdout.close()
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL
    shown = check_window(two_groups)
    assert shown["group"] == second  # at the group where it was typed
    assert shown["field"] == "Second table wants longer opening hours"
    assert "draft was restored" in shown["status"]
    with Store.open(two_groups) as store:
        assert store.count_notes() == 0  # a draft is not a note


def test_ctrl_q_keeps_the_draft_at_its_group(two_groups):
    proc = run_helper(two_groups, "quit")
    _out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    shown = check_window(two_groups)
    assert shown["field"] == "Second table wants longer opening hours"
    assert shown["group"] == shown["groups"][1]


# ---------------------------------------------------------------- the writer thread
def test_the_drafts_file_is_written_off_the_ui_thread(qtbot, two_groups, app_home, monkeypatch):
    import threading

    synced_on: list[str] = []
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        synced_on.append(threading.current_thread().name)
        real_fsync(fd)

    store = Store.open(two_groups)
    window = open_window(qtbot, store)
    page = window.capture_page
    qtbot.keyClicks(page.note_field, "Flere bænke ved søerne")
    monkeypatch.setattr(os, "fsync", fsync)
    page.drafts.save()  # the pause in typing
    page.drafts.save(wait=True)
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert synced_on and set(synced_on) == {"drafts-writer"}  # file and folder, both there
    assert "bænke" in drafts_path(app_home, two_groups).read_text("utf-8")
    window.close()
    store.close()


def test_a_failed_write_is_one_status_line_and_is_tried_again(qtbot, two_groups, app_home):
    store = Store.open(two_groups)
    window = open_window(qtbot, store)
    page = window.capture_page
    folder = drafts_path(app_home, two_groups).parent
    folder.mkdir(parents=True, exist_ok=True)
    blocker = folder.with_name("drafts.moved")
    folder.rename(blocker)
    folder.write_text("not a folder")  # the drafts folder cannot be written
    try:
        qtbot.keyClicks(page.note_field, "Åbent hus i klubben")
        page.drafts.save(wait=True)
        qtbot.waitUntil(lambda: "cannot be written" in window.statusBar().currentMessage())
    finally:
        folder.unlink()
        blocker.rename(folder)
    page.drafts.save(wait=True)  # nothing typed since: the failed write is made again
    assert "Åbent hus" in drafts_path(app_home, two_groups).read_text("utf-8")
    window.close()
    store.close()


def test_the_writer_keeps_only_the_newest_content_and_survives_errors(tmp_path):
    from workshop_app.capture.drafts import DraftWriter

    errors: list[Exception] = []
    written: list[Path] = []
    writer = DraftWriter(on_error=lambda _p, exc: errors.append(exc),
                         on_written=written.append)
    target = tmp_path / "d.json"
    for i in range(50):
        writer.submit(target, f'{{"n": {i}}}')
    assert writer.wait(timeout=10)
    assert json.loads(target.read_text()) == {"n": 49}
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    (tmp_path / "file").write_text("")
    writer.submit(tmp_path / "file" / "d.json", "x")  # tmp_path/file is no folder
    assert writer.wait(timeout=10)
    assert len(errors) == 1 and isinstance(errors[0], OSError)
    writer.submit(target, None)  # no drafts left: the file goes
    assert writer.wait(timeout=10)
    assert not target.exists()
    assert target in written
