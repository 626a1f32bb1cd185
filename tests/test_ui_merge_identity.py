"""The merge preview names another consultation and asks, and lists every detail it changes."""

from __future__ import annotations

import platform
from pathlib import Path

import pytest

from workshop_app.export.json_export import export_json
from workshop_app.store import Store
from workshop_app.sync import export_session, merge_files
from workshop_app.ui.sync_dialogs import session_merger

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("This plugin does not support"),
]

WAIT = 30000  # ms; generous for a loaded machine, never a timing assertion
HOST = platform.node()[:64]  # the laptop's name in a session file: this machine's, in tests


def wait_preview(qtbot, window):
    merger = session_merger(window)
    qtbot.waitUntil(lambda: merger.preview_dialog is not None, timeout=WAIT)
    return merger.preview_dialog


def other_consultation(tmp_path: Path) -> Path:
    db = tmp_path / "budget.sqlite"
    with Store.open(db, device="budgetlap") as store:
        store.update_consultation(title="Budget 2027", hearing_url="https://example.org/budget")
        meeting = store.add_meeting("Valby", "2026-05-02")
        store.add_note(meeting.id, store.themes()[0].id, "challenge", "Biblioteket lukker tidligt")
    out = tmp_path / "budget.wsession"
    with Store.open(db, device="budgetlap") as store:
        export_session(store, out)
    return out


def test_another_consultation_is_named_and_merge_waits_for_a_yes(qtbot, window, tmp_path):
    title = window.store.consultation().title
    session = other_consultation(tmp_path)
    before = export_json(window.store)
    session_merger(window).preview([str(session)])
    dialog = wait_preview(qtbot, window)
    assert dialog.other_question is not None
    assert title in dialog.other_question.text()
    assert "Budget 2027" in dialog.other_question.accessibleDescription()
    assert not dialog.merge_button.isEnabled()  # no merge before the question is answered
    lines = dialog.detail_lines()
    assert f"title: {title} → Budget 2027 (from laptop {HOST} (budgetla))" in lines
    assert any(line.startswith("hearing URL: ") and "https://example.org/budget" in line
               for line in lines)
    assert dialog.details is not None and "Budget 2027" in dialog.details.text()
    dialog.other_question.setChecked(True)
    assert dialog.merge_button.isEnabled()
    with qtbot.waitSignal(session_merger(window).merged, timeout=WAIT) as merged:
        dialog.merge_button.click()
    assert merged.args[0].other_consultations[0].title == "Budget 2027"
    assert export_json(window.store) != before
    assert window.store.find_meeting("Valby", "2026-05-02") is not None


def test_cancelling_the_question_writes_nothing(qtbot, window, tmp_path):
    session = other_consultation(tmp_path)
    before = export_json(window.store)
    session_merger(window).preview([str(session)])
    dialog = wait_preview(qtbot, window)
    dialog.reject()
    window.workers.wait()
    assert export_json(window.store) == before
    assert window.store.consultation().title != "Budget 2027"


def test_same_consultation_lists_the_changed_hearing_url_without_asking(qtbot, window, tmp_path):
    lap = tmp_path / "lap.sqlite"
    merge_files(lap, [window.store.path], device="lap9")
    old_url = window.store.consultation().hearing_url
    with Store.open(lap, device="lap9") as store:
        store.update_consultation(hearing_url="https://blivhoert.kk.dk/ny-hoering")
        export_session(store, tmp_path / "lap.wsession")
    session_merger(window).preview([str(tmp_path / "lap.wsession")])
    dialog = wait_preview(qtbot, window)
    assert dialog.other_question is None and dialog.merge_button.isEnabled()
    expected = (
        f"hearing URL: {old_url or '(none)'} → https://blivhoert.kk.dk/ny-hoering "
        f"(from laptop {HOST} (lap9))"
    )
    assert dialog.detail_lines() == [expected]
    dialog.reject()
