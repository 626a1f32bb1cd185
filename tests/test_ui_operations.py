"""The window's one write path (ui/operations.py): refusals apart from disk failures, undo
pushed once, the change announced once; setup edits undoable like notes."""

from __future__ import annotations

import errno
import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from workshop_app.domain.validation import MAX_NOTE_CHARS
from workshop_app.store import Store

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("This plugin does not support"),
]


@pytest.fixture
def ui_store(demo_db):
    store = Store.open(demo_db)
    yield store
    store.close()


@pytest.fixture
def window(qtbot, ui_store):
    from workshop_app.ui.main_window import MainWindow
    from workshop_app.ui.settings import Settings

    w = MainWindow(ui_store, Settings(), "en")
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()


@pytest.fixture
def dialogs_shown(monkeypatch):
    """Which dialog the window showed: ("refusal"|"store", message)."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        "workshop_app.ui.dialogs.show_error",
        lambda parent, message, title=None: shown.append(("refusal", message)),
    )
    monkeypatch.setattr(
        "workshop_app.ui.dialogs.show_store_error",
        lambda parent, message: shown.append(("store", message)),
    )
    return shown


def count_signals(bus) -> dict[str, int]:
    counts = {name: 0 for name in ("saved", "noteAdded", "consultationChanged", "refused")}
    for name in counts:
        getattr(bus, name).connect(lambda *_a, n=name: counts.__setitem__(n, counts[n] + 1))
    return counts


def test_a_too_long_note_is_a_refusal_not_a_disk_failure(qtbot, window, dialogs_shown):
    page = window.capture_page
    before = window.store.count_notes()
    text = "Lang note om ventetid i jobcentret. " * (MAX_NOTE_CHARS // 30)
    page.note_field.setPlainText(text)
    qtbot.keyClick(page.note_field, Qt.Key.Key_Return)
    assert len(dialogs_shown) == 1
    kind, message = dialogs_shown[0]
    assert kind == "refusal"
    assert "limit" in message and "disk" not in message
    assert window.saved_label.text() != "Not saved"
    assert window.saved_label.property("state") != "error"
    assert page.note_field.toPlainText() == text  # kept for correcting
    assert window.store.count_notes() == before
    assert window.undo_stack.count() == 0


@pytest.mark.parametrize(
    "failure",
    [
        sqlite3.OperationalError("disk I/O error"),
        OSError(errno.ENOSPC, "No space left on device", "/media/usb/opsamling.sqlite"),
    ],
)
def test_database_and_disk_errors_are_shown_as_cannot_save(
    qtbot, window, dialogs_shown, monkeypatch, failure
):
    page = window.capture_page

    def fail(*_args, **_kwargs):
        raise failure

    monkeypatch.setattr(window.store, "add_note", fail)
    page.note_field.setPlainText("Der mangler lys på stien ved skolen")
    qtbot.keyClick(page.note_field, Qt.Key.Key_Return)
    assert [kind for kind, _m in dialogs_shown] == ["store"]
    assert dialogs_shown[0][1]  # one line, never empty
    if isinstance(failure, OSError):
        assert "disk is full" in dialogs_shown[0][1]
    assert window.saved_label.text() == "Not saved"
    assert page.note_field.toPlainText() == "Der mangler lys på stien ved skolen"
    assert window.undo_stack.count() == 0


def test_a_saved_note_announces_once_and_pushes_one_undo(qtbot, window):
    page = window.capture_page
    counts = count_signals(window.bus)
    qtbot.keyClicks(page.note_field, "Flere bænke i parken")
    qtbot.keyClick(page.note_field, Qt.Key.Key_Return)
    assert counts == {"saved": 1, "noteAdded": 1, "consultationChanged": 0, "refused": 0}
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    assert window.store.count_notes(theme_id=page.theme_id, group_id=page.group_id) == len(
        page.note_model.notes()
    )


def test_setup_rename_reorder_and_details_are_undoable(qtbot, window):
    store, stack = window.store, window.undo_stack
    setup = window.setup_page
    window.show_page(setup)
    themes = store.themes()
    setup.themes.rename(themes[0].id, "Unge og uddannelse")
    assert store.themes()[0].name == "Unge og uddannelse"
    assert window.capture_page.theme_model.themes()[0].name == "Unge og uddannelse"
    stack.undo()
    assert store.themes()[0].name == themes[0].name
    assert window.capture_page.theme_model.themes()[0].name == themes[0].name
    stack.redo()
    assert store.themes()[0].name == "Unge og uddannelse"
    order = [t.id for t in store.themes()]
    setup.themes.reorder([order[1], order[0], *order[2:]])
    assert [t.id for t in store.themes()][:2] == [order[1], order[0]]
    stack.undo()
    assert [t.id for t in store.themes()] == order
    details = setup.details
    before = store.consultation().hearing_email
    details.edits["hearing_email"].setText("dialog@kk.dk")
    details.edits["hearing_email"].editingFinished.emit()
    assert store.consultation().hearing_email == "dialog@kk.dk"
    stack.undo()
    assert store.consultation().hearing_email == before
    qtbot.waitUntil(lambda: details.edits["hearing_email"].text() == before)


def test_setup_removal_undo_brings_back_notes_and_groups(qtbot, window, monkeypatch):
    store, stack = window.store, window.undo_stack
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.show_page(window.setup_page)
    meeting = store.meetings()[0]
    notes = store.count_notes(meeting_id=meeting.id)
    groups = len(store.groups(meeting_id=meeting.id))
    assert notes and groups
    section = window.setup_page.meetings
    section.table.selectRow(0)
    section.remove_current()
    assert store.meeting(meeting.id) is None
    assert store.count_notes(meeting_id=meeting.id) == 0
    stack.undo()
    assert store.meeting(meeting.id) is not None
    assert store.count_notes(meeting_id=meeting.id) == notes
    assert len(store.groups(meeting_id=meeting.id)) == groups
    assert any(m.id == meeting.id for m in window.capture_page.meetings)
    stack.redo()
    assert store.meeting(meeting.id) is None
    # an added topic: undo removes it, redo brings the same one back
    window.setup_page.topics.add_topic("Lange åbningstider")
    topic = store.topic_by_name("Lange åbningstider")
    stack.undo()
    assert store.topic_by_name("Lange åbningstider") is None
    stack.redo()
    assert store.topic_by_name("Lange åbningstider").id == topic.id


def test_a_refused_setup_change_pushes_nothing(qtbot, window, dialogs_shown):
    window.show_page(window.setup_page)
    section = window.setup_page.themes
    assert not section.add_theme("   ")
    assert dialogs_shown and dialogs_shown[0][0] == "refusal"
    assert window.undo_stack.count() == 0


def test_a_group_added_while_taking_notes_can_be_undone(qtbot, window, dialogs_shown):
    page = window.capture_page
    assert page.create_group("Bord 9")
    group = window.store.find_group(page.meeting_id, page.theme_id, "Bord 9")
    assert page.group_id == group.id
    assert not page.create_group("Bord 9")  # a duplicate is a refusal, not a disk failure
    assert [kind for kind, _m in dialogs_shown] == ["refusal"]
    window.undo_stack.undo()
    assert window.store.find_group(page.meeting_id, page.theme_id, "Bord 9") is None
    assert group.id not in page._group_ids
