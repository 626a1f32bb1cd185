"""The setup page: consultation details, meetings, themes, groups, cross-cutting topics."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox

from workshop_app.domain.dates import danish_date
from workshop_app.domain.model import DEFAULT_THEMES
from workshop_app.store import Store


@pytest.fixture
def empty_store(db_path):
    store = Store.open(db_path)
    yield store
    store.close()


@pytest.fixture
def demo_store(demo_db):
    store = Store.open(demo_db)
    yield store
    store.close()


def open_window(qtbot, store):
    from workshop_app.ui.main_window import MainWindow
    from workshop_app.ui.settings import Settings

    window = MainWindow(store, Settings(), "en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def errors(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(
        "workshop_app.ui.dialogs.show_error",
        lambda parent, message, title=None: shown.append(message),
    )
    return shown


def answer(monkeypatch, button):
    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_new_consultation_starts_in_setup_and_meetings_lead_to_capture(qtbot, empty_store):
    window = open_window(qtbot, empty_store)
    setup = window.setup_page
    assert window.pages.currentWidget() is setup
    assert setup.stack.currentIndex() == 1  # the Meetings section
    assert window.capture_page.stack.currentWidget() is window.capture_page.empty
    meetings = setup.meetings
    meetings.venue.setCurrentText("Nørrebro")
    qtbot.keyClicks(meetings.date, "2026-04-08")
    meetings.participants.setValue(58)
    qtbot.mouseClick(meetings.add_button, Qt.MouseButton.LeftButton)
    meetings.venue.setCurrentText("Valby Kulturhus")  # a typed venue
    meetings.date.clear()  # no date yet
    meetings.participants.setValue(0)
    qtbot.mouseClick(meetings.add_button, Qt.MouseButton.LeftButton)
    stored = empty_store.meetings()
    assert {(m.venue, m.date, m.participants) for m in stored} == {
        ("Nørrebro", "2026-04-08", 58),
        ("Valby Kulturhus", "", None),
    }
    assert meetings.table.rowCount() == 2
    # the capture view now has a meeting and the seven themes
    capture = window.capture_page
    assert capture.stack.currentIndex() == 1
    assert [t.name for t in capture.theme_model.themes()] == list(DEFAULT_THEMES)
    window.close()


def test_edit_meeting_cells_and_refuse_a_bad_date(qtbot, demo_store, errors):
    window = open_window(qtbot, demo_store)
    window.show_page(window.setup_page)
    table = window.setup_page.meetings.table
    meeting = demo_store.meetings()[0]
    table.item(0, 2).setText("61")
    qtbot.waitUntil(lambda: table.item(0, 2).text() == "61")
    assert demo_store.meeting(meeting.id).participants == 61
    table.item(0, 1).setText("8. april")
    assert errors and "bad date" in errors[0]
    assert demo_store.meeting(meeting.id).date == meeting.date
    qtbot.waitUntil(lambda: table.item(0, 1).text() == danish_date(meeting.date))
    table.item(0, 1).setText("9.4.2026")  # typed the Danish way
    qtbot.waitUntil(lambda: demo_store.meeting(meeting.id).date == "2026-04-09")
    qtbot.waitUntil(lambda: table.item(0, 1).text() == "09.04.2026")
    window.close()


def test_remove_meeting_asks_when_it_has_notes(qtbot, demo_store, monkeypatch):
    window = open_window(qtbot, demo_store)
    window.show_page(window.setup_page)
    section = window.setup_page.meetings
    section.table.selectRow(0)
    asked = answer(monkeypatch, QMessageBox.StandardButton.No)
    section.remove_current()
    assert asked and "notes" in asked[0]
    assert len(demo_store.meetings()) == 3
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    section.remove_current()
    assert len(demo_store.meetings()) == 2
    window.close()


def test_consultation_details_save_field_by_field(qtbot, empty_store):
    window = open_window(qtbot, empty_store)
    details = window.setup_page.details
    window.setup_page.show_section(details)
    edit = details.edits["title"]
    edit.setFocus()
    edit.setText("Dialogmøder om byens parker")
    edit.editingFinished.emit()
    assert empty_store.consultation().title == "Dialogmøder om byens parker"
    assert "Dialogmøder om byens parker" in window.windowTitle()
    url = details.edits["hearing_url"]
    url.setText("blivhoert.kk.dk")
    url.editingFinished.emit()
    assert empty_store.consultation().hearing_url == ""
    assert "http" in details.message.text()
    url.setText("https://blivhoert.kk.dk/")
    url.editingFinished.emit()
    assert empty_store.consultation().hearing_url == "https://blivhoert.kk.dk/"
    assert details.message.text() == ""
    window.close()


def test_themes_rename_reorder_add_and_remove(qtbot, demo_store, monkeypatch, errors):
    window = open_window(qtbot, demo_store)
    window.show_page(window.setup_page)
    section = window.setup_page.themes
    window.setup_page.show_section(section)
    editor = section.editor
    first = demo_store.themes()[0]
    # rename in place: F2, type, Enter
    window.activateWindow()
    editor.list.setFocus()
    qtbot.waitUntil(editor.list.hasFocus)
    editor.list.setCurrentRow(0)
    qtbot.keyClick(editor.list, Qt.Key.Key_F2)
    line = editor.list.findChild(QLineEdit)
    assert line is not None
    line.selectAll()
    qtbot.keyClicks(line, "Unge og job")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: demo_store.themes()[0].name == "Unge og job")
    # the capture view follows the rename
    assert window.capture_page.theme_model.themes()[0].name == "Unge og job"
    # reorder: move the first theme down
    editor.list.setCurrentRow(0)
    qtbot.mouseClick(editor.down_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: demo_store.themes()[1].id == first.id)
    assert editor.current_id() == first.id
    assert window.capture_page.theme_model.themes()[1].id == first.id
    # a duplicate name is refused with one line
    assert not section.add_theme("Beskæftigelse")
    assert errors and "already exists" in errors[-1]
    # add a venue-only theme: shown only at that venue's meetings
    assert section.add_theme("Lokale forsøg", venue="Tingbjerg")
    theme = demo_store.theme_by_name("Lokale forsøg")
    assert theme.venue == "Tingbjerg"
    capture = window.capture_page
    for meeting in demo_store.meetings():
        capture.select_meeting(meeting.id)
        names = [t.name for t in capture.theme_model.themes()]
        assert ("Lokale forsøg" in names) == (meeting.venue == "Tingbjerg")
    # remove an unused theme without a question
    asked = answer(monkeypatch, QMessageBox.StandardButton.No)
    section.ask_remove(theme.id)
    assert asked == []
    assert demo_store.theme_by_name("Lokale forsøg") is None
    # a theme with notes asks first; "No" keeps it
    used = demo_store.theme_by_name("Beskæftigelse")
    section.ask_remove(used.id)
    assert asked and "notes" in asked[0]
    assert demo_store.theme_by_name("Beskæftigelse") is not None
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    section.ask_remove(used.id)
    assert demo_store.theme_by_name("Beskæftigelse") is None
    assert demo_store.count_notes(theme_id=used.id) == 0
    window.close()


def test_theme_dialog_returns_name_and_venue(qtbot):
    from workshop_app.ui.pages.theme_dialog import ThemeDialog

    dialog = ThemeDialog(["Amager", "Nørrebro"])
    qtbot.addWidget(dialog)
    dialog.name.setText("  Frikommuneforsøg ")
    assert dialog.values() == ("Frikommuneforsøg", None)
    dialog.venue.setCurrentIndex(1)
    assert dialog.values() == ("Frikommuneforsøg", "Amager")
    dialog.venue.setEditText("Sundby")
    assert dialog.values() == ("Frikommuneforsøg", "Sundby")


def test_groups_per_meeting_and_theme(qtbot, demo_store, monkeypatch):
    window = open_window(qtbot, demo_store)
    window.show_page(window.setup_page)
    section = window.setup_page.groups
    window.setup_page.show_section(section)
    meeting = demo_store.meetings()[0]
    theme = demo_store.themes()[2]
    section.meeting.setCurrentIndex(section.meeting.findData(meeting.id))
    section.theme.setCurrentIndex(section.theme.findData(theme.id))
    before = [g.name for g in demo_store.groups(meeting.id, theme.id)]
    assert section.editor.names() == before
    assert section.add_group("Bord 12")
    assert "Bord 12" in section.editor.names()
    group = demo_store.find_group(meeting.id, theme.id, "Bord 12")
    section.rename(group.id, "Bord tolv")
    assert demo_store.find_group(meeting.id, theme.id, "Bord tolv")
    section.ask_remove(group.id)  # no notes: no question
    assert demo_store.find_group(meeting.id, theme.id, "Bord tolv") is None
    window.close()


def test_cross_cutting_topics(qtbot, demo_store, monkeypatch):
    window = open_window(qtbot, demo_store)
    window.show_page(window.setup_page)
    section = window.setup_page.topics
    assert section.add_topic("Bedre information på flere sprog")
    assert demo_store.topic_by_name("Bedre information på flere sprog")
    topics = demo_store.topics()
    section.editor.select(topics[-1].id)
    section.editor.move_current(-1)
    qtbot.waitUntil(lambda: demo_store.topics()[-2].id == topics[-1].id)
    # the capture view offers the new topic for the next note
    combo = window.capture_page.topic_combo
    assert combo.findText("Bedre information på flere sprog") > 0
    used = demo_store.topics()[0]
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    count = demo_store.count_notes(topic_id=used.id)
    section.ask_remove(used.id)
    assert asked and str(count) in asked[0]
    assert demo_store.topic_by_name(used.name) is None
    window.close()


def test_setup_controls_have_accessible_names(qtbot, demo_store):
    from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

    window = open_window(qtbot, demo_store)
    window.show_page(window.setup_page)
    unnamed = []
    for _title, section in window.setup_page.sections:
        window.setup_page.show_section(section)
        for w in section.findChildren(QWidget):
            if (
                w.isVisible()
                and w.focusPolicy() & Qt.FocusPolicy.TabFocus
                and not isinstance(w, QAbstractButton | QLabel)  # buttons say their text
                and not w.accessibleName()
                and not (w.parentWidget() and w.parentWidget().accessibleName())
                and w.objectName() != "qt_scrollarea_viewport"
            ):
                unnamed.append((type(w).__name__, w.objectName()))
    assert unnamed == []
    window.close()


@pytest.mark.parametrize("typed", ["2026-04-15", "15-04-2026", "15.4.2026", "15. april 2026"])
def test_a_meeting_date_typed_key_by_key_is_stored_and_shown_the_danish_way(
    qtbot, empty_store, typed
):
    window = open_window(qtbot, empty_store)
    meetings = window.setup_page.meetings
    window.setup_page.show_section(meetings)
    meetings.venue.setCurrentText("Tingbjerg")
    meetings.date.setFocus()
    qtbot.keyClicks(meetings.date, typed)
    assert meetings.date.text() == typed  # every key kept while typing
    qtbot.keyClick(meetings.date, Qt.Key.Key_Return)
    assert meetings.date.text() == "15.04.2026"
    qtbot.mouseClick(meetings.add_button, Qt.MouseButton.LeftButton)
    assert [m.date for m in empty_store.meetings()] == ["2026-04-15"]
    assert meetings.table.item(0, 1).text() == "15.04.2026"
    window.close()


def test_a_wrong_date_is_refused_kept_as_typed_and_never_today(qtbot, empty_store, errors):
    window = open_window(qtbot, empty_store)
    meetings = window.setup_page.meetings
    window.setup_page.show_section(meetings)
    meetings.venue.setCurrentText("Amager")
    qtbot.keyClicks(meetings.date, "31.2.2026")
    qtbot.mouseClick(meetings.add_button, Qt.MouseButton.LeftButton)
    assert empty_store.meetings() == []
    assert errors and "no such day" in errors[-1]
    assert meetings.date.text() == "31.2.2026"


def test_hearing_period_typed_the_danish_way(qtbot, empty_store):
    window = open_window(qtbot, empty_store)
    details = window.setup_page.details
    window.setup_page.show_section(details)
    start, end = details.edits["hearing_from"], details.edits["hearing_to"]
    start.setFocus()
    qtbot.keyClicks(start, "1.4.2026")
    qtbot.keyClick(start, Qt.Key.Key_Return)
    assert empty_store.consultation().hearing_from == "2026-04-01"
    assert start.text() == "01.04.2026"
    end.setFocus()
    qtbot.keyClicks(end, "2026-03-01")  # before the start: refused in one line, kept
    qtbot.keyClick(end, Qt.Key.Key_Return)
    assert empty_store.consultation().hearing_to == ""
    assert "after it ends" in details.message.text()
    end.selectAll()
    qtbot.keyClicks(end, "30-04-2026")
    qtbot.keyClick(end, Qt.Key.Key_Return)
    assert empty_store.consultation().hearing_to == "2026-04-30"
    assert end.text() == "30.04.2026"
    assert details.message.text() == ""
    window.close()
