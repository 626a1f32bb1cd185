"""The capture view, driven from the keyboard as a facilitator would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication

from workshop_app.domain.model import CHALLENGE, SOLUTION
from workshop_app.errors import StoreError
from workshop_app.store import Store


@pytest.fixture
def ui_store(demo_db):
    store = Store.open(demo_db)
    yield store
    store.close()


def make_window(qtbot, store):
    from workshop_app.ui.main_window import MainWindow
    from workshop_app.ui.settings import Settings

    window = MainWindow(store, Settings(), "en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.capture_page.focus_note_field()
    qtbot.waitUntil(lambda: window.capture_page.note_field.hasFocus())
    return window


@pytest.fixture
def window(qtbot, ui_store):
    w = make_window(qtbot, ui_store)
    yield w
    w.close()


def type_note(qtbot, page, text: str) -> None:
    if text.isascii():
        qtbot.keyClicks(page.note_field, text)
    else:  # QTest can only type ASCII; paste the rest like an input method would
        page.note_field.insertPlainText(text)
    qtbot.keyClick(page.note_field, Qt.Key.Key_Return)


def test_opens_in_capture_view_with_cursor_in_note_field(window):
    page = window.capture_page
    assert window.pages.currentWidget() is page
    assert QApplication.focusWidget() is page.note_field
    meeting = window.store.meetings()[0]
    assert page.meeting_id == meeting.id
    assert page.current_theme().name == "Unge og uddannelse"
    assert page.current_group_name() == "Bord 1"


def test_enter_saves_at_once_and_shows_it(qtbot, window, demo_db):
    page = window.capture_page
    before = page.note_model.rowCount()
    type_note(qtbot, page, "Busserne kører for sjældent om aftenen")
    # committed: a second connection sees it at once
    with Store.open(demo_db) as other:
        found = other.notes(search="Busserne kører")
    assert len(found) == 1
    note = found[0]
    assert (note.meeting_id, note.theme_id, note.group_id) == (
        page.meeting_id,
        page.theme_id,
        page.group_id,
    )
    assert note.kind == CHALLENGE
    assert page.note_model.rowCount() == before + 1
    assert page.note_model.note_at(before).text == "Busserne kører for sjældent om aftenen"
    assert page.note_field.toPlainText() == ""
    assert page.note_field.hasFocus()
    assert window.saved_label.text().startswith("✓ Saved")


def test_shift_enter_breaks_the_line_and_empty_enter_saves_nothing(qtbot, window):
    page = window.capture_page
    count = window.store.count_notes()
    qtbot.keyClick(page.note_field, Qt.Key.Key_Return)
    assert window.store.count_notes() == count
    page.note_field.insertPlainText("Første linje")
    qtbot.keyClick(page.note_field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(page.note_field, "anden linje")
    assert window.store.count_notes() == count
    assert page.note_field.toPlainText() == "Første linje\nanden linje"
    qtbot.keyClick(page.note_field, Qt.Key.Key_Return)
    assert window.store.count_notes() == count + 1
    assert window.store.notes(search="første linje")[0].text == "Første linje\nanden linje"


def test_phase_toggles_with_ctrl_t_and_is_visible(qtbot, window):
    page = window.capture_page
    assert page.banner.property("kind") == CHALLENGE
    assert page.phase_button.text() == "Challenges"
    qtbot.keyClick(page.note_field, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert page.phase == SOLUTION
    assert page.banner.property("kind") == SOLUTION
    assert page.phase_button.text() == "Solutions"
    assert page.note_field.hasFocus()
    type_note(qtbot, page, "Flere lektiecaféer på biblioteket")
    assert window.store.notes(search="lektiecaféer")[0].kind == SOLUTION
    qtbot.keyClick(page.note_field, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert page.phase == CHALLENGE


def test_keyboard_switches_theme_and_group(qtbot, window):
    page = window.capture_page
    themes = page.theme_model.themes()
    qtbot.keyClick(page.note_field, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert page.theme_id == themes[2].id
    assert page.note_field.hasFocus()
    qtbot.keyClick(page.note_field, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert page.theme_id == themes[0].id
    first_group = page.group_id
    qtbot.keyClick(page.note_field, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert page.group_id != first_group
    assert page.current_group_name() == "Bord 2"
    shown = {n.group_id for n in page.note_model.notes()}
    assert shown == {page.group_id}
    type_note(qtbot, page, "Note i bord to")
    assert window.store.notes(search="Note i bord to")[0].group == "Bord 2"
    qtbot.keyClick(page.note_field, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert page.group_id == first_group


def test_reopening_resumes_at_last_place(qtbot, ui_store):
    first = make_window(qtbot, ui_store)
    page = first.capture_page
    page.select_meeting(ui_store.meetings()[1].id)
    qtbot.keyClick(page.note_field, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.note_field, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    place = (page.meeting_id, page.theme_id, page.group_id, page.phase)
    first.close()
    second = make_window(qtbot, ui_store)
    again = second.capture_page
    assert (again.meeting_id, again.theme_id, again.group_id, again.phase) == place
    assert QApplication.focusWidget() is again.note_field
    second.close()


def test_edit_in_place_with_undo(qtbot, window):
    page = window.capture_page
    note = page.note_model.note_at(0)
    index = page.note_model.index(0, 0)
    page.note_list.setFocus()
    page.note_list.setCurrentIndex(index)
    qtbot.keyClick(page.note_list, Qt.Key.Key_F2)
    editor = page.note_list.indexWidget(index) or QApplication.focusWidget()
    from workshop_app.ui.widgets.note_edit import NoteEdit

    assert isinstance(editor, NoteEdit)
    assert editor.toPlainText() == note.text
    editor.selectAll()
    qtbot.keyClicks(editor, "Rettet tekst")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert window.store.note(note.id).text == "Rettet tekst"
    assert page.note_model.note_at(0).text == "Rettet tekst"
    window.undo_action.trigger()
    assert window.store.note(note.id).text == note.text
    assert page.note_model.note_at(0).text == note.text
    window.redo_action.trigger()
    assert window.store.note(note.id).text == "Rettet tekst"


def test_delete_with_undo_and_redo_from_keyboard(qtbot, window):
    page = window.capture_page
    note = page.note_model.note_at(0)
    rows = page.note_model.rowCount()
    page.note_list.setFocus()
    page.note_list.setCurrentIndex(page.note_model.index(0, 0))
    qtbot.keyClick(page.note_list, Qt.Key.Key_Delete)
    assert window.store.note(note.id) is None
    assert page.note_model.rowCount() == rows - 1
    assert page.note_field.hasFocus()
    qtbot.keyClick(page.note_field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.store.note(note.id) is not None
    assert page.note_model.rowCount() == rows
    assert page.note_model.note_at(0).id == note.id
    qtbot.keyClick(
        page.note_field,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.store.note(note.id) is None
    assert page.note_model.row_of(note.id) == -1


def test_undo_a_typed_note(qtbot, window):
    page = window.capture_page
    type_note(qtbot, page, "Skrevet ved en fejl")
    assert window.store.notes(search="ved en fejl")
    qtbot.keyClick(page.note_field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not window.store.notes(search="ved en fejl")
    assert all(n.text != "Skrevet ved en fejl" for n in page.note_model.notes())
    qtbot.keyClick(page.note_field, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert window.store.notes(search="ved en fejl")


def test_counts_follow_adds_and_deletes(qtbot, window):
    page = window.capture_page
    theme_count = page.theme_model.count(page.theme_id)
    tab = page.group_tabs.currentIndex()
    type_note(qtbot, page, "Endnu en note")
    assert page.theme_model.count(page.theme_id) == theme_count + 1
    group_count = window.store.count_notes(group_id=page.group_id)
    # the labels follow a moment later (once per burst of notes)
    qtbot.waitUntil(lambda: page.group_tabs.tabText(tab).endswith(f" {group_count}"))
    assert f"{group_count} in this group" in page.counts_label.text()
    page.note_list.setFocus()
    page.note_list.setCurrentIndex(page.note_model.index(0, 0))
    qtbot.keyClick(page.note_list, Qt.Key.Key_Delete)
    assert page.theme_model.count(page.theme_id) == theme_count
    qtbot.waitUntil(lambda: f"{group_count - 1} in this group" in page.counts_label.text())


def test_cross_cutting_topic_for_next_note_and_existing_note(qtbot, window):
    page = window.capture_page
    topic = window.store.topics()[0]
    page.topic_combo.setCurrentIndex(page.topic_combo.findData(topic.id))
    type_note(qtbot, page, "Med et tværgående emne")
    saved = window.store.notes(search="tværgående emne")[0]
    assert saved.topic_id == topic.id
    assert page.topic_combo.currentIndex() == 0  # the next note starts without a topic
    first = page.note_model.note_at(0)
    assert window.note_actions.set_topic(first, topic.id)
    assert window.store.note(first.id).topic == topic.name
    assert page.note_model.note_at(0).topic == topic.name
    window.undo_action.trigger()
    assert window.store.note(first.id).topic_id == first.topic_id


def test_new_group_from_capture(qtbot, window):
    page = window.capture_page
    assert page.create_group("Bord 9")
    assert page.current_group_name() == "Bord 9"
    assert page.note_model.rowCount() == 0
    type_note(qtbot, page, "Første note ved bord ni")
    assert window.store.notes(search="bord ni")[0].group == "Bord 9"


def test_store_error_keeps_the_text_and_shows_one_dialog(qtbot, window, monkeypatch):
    page = window.capture_page
    shown: list[str] = []
    monkeypatch.setattr(
        "workshop_app.ui.dialogs.show_store_error", lambda parent, message: shown.append(message)
    )

    def fail(*args, **kwargs):
        raise StoreError("the disk is full: cannot save")

    monkeypatch.setattr(window.store, "add_note", fail)
    type_note(qtbot, page, "Denne note kan ikke gemmes")
    assert shown == ["the disk is full: cannot save"]
    assert page.note_field.toPlainText() == "Denne note kan ikke gemmes"
    assert window.saved_label.text() == "Not saved"
    assert window.saved_label.property("state") == "error"


def test_search_filters_and_opens_a_note(qtbot, window):
    page = window.search_page
    qtbot.keyClick(
        window.capture_page.note_field, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier
    )
    assert window.pages.currentWidget() is page
    page.set_filters(text="praktik")
    texts = [n.text for n in page.model.notes()]
    assert texts and all("praktik" in t.lower() for t in texts)
    page.set_filters(text="praktik", venue="Amager")
    assert {n.venue for n in page.model.notes()} == {"Amager"}
    page.set_filters(kind=SOLUTION)
    assert page.model.notes() and {n.kind for n in page.model.notes()} == {SOLUTION}
    theme = window.store.theme_by_name("Beskæftigelse")
    page.set_filters(theme_id=theme.id, kind=CHALLENGE)
    assert {(n.theme, n.kind) for n in page.model.notes()} == {("Beskæftigelse", CHALLENGE)}
    assert "note" in page.summary.text()
    # typing in the search field searches (debounced)
    page.set_filters()
    qtbot.keyClicks(page.text, "mentorer")
    qtbot.waitUntil(lambda: page.model.rowCount() == len(window.store.notes(search="mentorer")))
    target = page.model.note_at(0)
    page.table.doubleClicked.emit(page.model.index(0, 1))
    assert window.pages.currentWidget() is window.capture_page
    capture = window.capture_page
    assert (capture.meeting_id, capture.theme_id, capture.group_id) == (
        target.meeting_id,
        target.theme_id,
        target.group_id,
    )
    assert capture.note_model.note_at(capture.note_list.currentIndex().row()).id == target.id


def test_dropped_files_reach_the_bus(qtbot, window, tmp_path):
    dropped: list[list[str]] = []
    window.bus.filesDropped.connect(dropped.append)
    path = tmp_path / "nørrebro.wks"
    path.write_text("x")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    assert dropped == [[str(path)]]


def test_ctrl_q_closes_without_asking(qtbot, window):
    assert window.isVisible()
    qtbot.keyClick(
        window.capture_page.note_field, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier
    )
    assert not window.isVisible()


def test_keyboard_controls_have_accessible_names_and_tab_order(qtbot, window):
    from PySide6.QtWidgets import QWidget

    page = window.capture_page
    unnamed = [
        w
        for w in page.findChildren(QWidget)
        if w.isVisible()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not w.accessibleName()
        and w.objectName() != "qt_scrollarea_viewport"
    ]
    assert unnamed == []
    # Tab from the note field reaches the topic box and Save, not the menus or the themes
    order = []
    widget = page.note_field
    for _ in range(4):
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) or not widget.isVisible():
            widget = widget.nextInFocusChain()
        order.append(widget)
    assert order[:2] == [page.topic_combo, page.save_button]


def test_search_reads_a_large_result_a_page_at_a_time(qtbot, tmp_path):
    """A search matching many notes shows the first page at once and the rest as the table
    scrolls; the count and the rows are those of the whole result."""
    from workshop_app.store import Store
    from workshop_app.ui.bus import Bus
    from workshop_app.ui.pages.search_page import SearchPage

    store = Store.open(tmp_path / "many.sqlite")
    meeting = store.add_meeting("Amager", "2026-04-08")
    theme = store.themes()[0]
    with store.transaction():
        for i in range(450):
            store.add_note(meeting.id, theme.id, "challenge", f"Bænke nr. {i} ved søen")
        store.add_note(meeting.id, theme.id, "solution", "Noget helt andet")
    page = SearchPage(store, Bus())
    qtbot.addWidget(page)
    page.show()
    page.set_filters(text="bænke")
    model = page.model
    assert model.total() == 450
    assert model.rowCount() < 450  # only a page read so far
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 450
    texts = [model.note_at(r).text for r in range(model.rowCount())]
    assert texts == [n.text for n in store.notes(search="bænke")]
    assert "450" in page.summary.text()
    store.close()


def test_rows_are_measured_at_the_viewport_width_with_and_without_a_scroll_bar(
    qtbot, window
):
    """The theme list's and the note list's rows are sized at the viewport's width, read
    without ``viewport()`` (see ``widgets.viewport``): the same figure in a tall window (no
    scroll bar) and in a short one (the bar takes its part)."""
    from workshop_app.ui.widgets.viewport import viewport_width

    view = window.capture_page.theme_list
    bars = set()
    for height in (900, 120, 60):
        view.setFixedHeight(height)
        QApplication.processEvents()
        bars.add(view.verticalScrollBar().isVisible())
        assert viewport_width(view) == view.viewport().width()
        index = view.model().index(0, 0)
        hint = view.itemDelegate().sizeHint(_option(view), index)
        assert hint.width() == view.viewport().width()
    assert bars == {True, False}  # both cases were met
    notes = window.capture_page.note_list
    assert notes.model().rowCount()
    for height in (900, 80):
        notes.setFixedHeight(height)
        QApplication.processEvents()
        assert viewport_width(notes) == notes.viewport().width()
        hint = notes.itemDelegate().sizeHint(_option(notes), notes.model().index(0, 0))
        assert hint.width() == notes.viewport().width() - 2


def _option(view):
    from PySide6.QtWidgets import QStyleOptionViewItem

    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    return option
