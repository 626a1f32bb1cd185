"""The Summary workspace: writing points, linking notes, evidence, ordering, recurring, export."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QLineEdit

from workshop_app import curate
from workshop_app.export.document import build_summary
from workshop_app.ui.summary.models import DetailRole, IdRole, RowRole, note_mime, point_mime
from workshop_app.ui.widgets.note_edit import NoteEdit

WAIT = 30000  # ms; generous for a loaded machine, never a timing assertion




@pytest.fixture
def ws(qtbot, window):
    window.show_page(window.summary_page)
    page = window.summary_page.workspace
    assert page is not None and page.isVisible()
    qtbot.waitUntil(lambda: page.searches_done == 1, timeout=WAIT)
    return page


def open_theme(ws, name: str):
    theme = ws.store.theme_by_name(name)
    ws.sections.choose(f"theme:{theme.id}")
    assert ws.section.id == theme.id
    return theme


def point_detail(ws, point_id: str) -> str:
    return ws.points.index_of(point_id).data(DetailRole)


def write_point(qtbot, ws, text: str, kind_index: int = 0) -> str:
    """Type a point into the composer and press Enter, as a user does; returns its id."""
    before = {p.id for p in curate.list_points(ws.store)}
    ws.points.kind_choice.setCurrentIndex(kind_index)
    ws.points.editor.setFocus()
    qtbot.keyClicks(ws.points.editor, text)
    qtbot.keyClick(ws.points.editor, Qt.Key.Key_Return)
    (new,) = {p.id for p in curate.list_points(ws.store)} - before
    return new


def test_page_is_in_the_window(window):
    titles = [window.pages.tabText(i) for i in range(window.pages.count())]
    assert "Summary" in titles
    action = next(a for a in window.view_menu.actions() if a.text() == "Su&mmary")
    assert action.shortcut().toString() == "Ctrl+R"
    action.trigger()
    assert window.pages.currentWidget() is window.summary_page


def test_page_is_built_only_when_first_shown(window):
    assert window.summary_page.workspace is None  # startup does not pay for it
    window.show_page(window.summary_page)
    assert window.summary_page.workspace is not None


def test_sections_list_topics_first_then_themes(ws):
    keys = [
        ws.sections.model.index(r, 0).data(IdRole)
        for r in range(ws.sections.model.rowCount())
        if ws.sections.model.index(r, 0).data(RowRole) == "section"
    ]
    topics = [f"topic:{t.id}" for t in ws.store.topics()]
    themes = [f"theme:{t.id}" for t in ws.store.themes()]
    assert keys == topics + themes


def test_write_a_point_and_link_selected_notes(qtbot, ws):
    theme = open_theme(ws, "Beskæftigelse")
    point_id = write_point(qtbot, ws, "Breve fra jobcentret skal skrives i et klart sprog", 0)
    point = curate.get_point(ws.store, point_id)
    assert point.theme_id == theme.id and point.kind == "challenge" and not point.note_ids
    assert ws.points.editor.toPlainText() == ""  # the composer is ready for the next one
    assert "No notes linked yet" in point_detail(ws, point_id)
    ws.window().undo_stack.undo()  # Ctrl+Z takes the new point away …
    assert not curate.list_points(ws.store, theme_id=theme.id)
    ws.window().undo_stack.redo()  # … and redo brings back the same point
    assert [p.id for p in curate.list_points(ws.store, theme_id=theme.id)] == [point_id]

    notes = ws.store.notes(theme_id=theme.id)
    picked = [n for n in notes if n.venue == "Nørrebro"][:1] + [
        n for n in notes if n.venue == "Amager"
    ][:1]
    ws.points.tree.setCurrentIndex(ws.points.index_of(point_id))
    ws.notes.select_ids([n.id for n in picked])
    assert ws.notes.link_button.isEnabled()
    ws.notes.link_button.click()

    assert set(curate.get_point(ws.store, point_id).note_ids) == {n.id for n in picked}
    detail = point_detail(ws, point_id)
    evidence = curate.evidence(ws.store, point_id)
    assert detail.startswith("2 notes · 2 of 3 meetings · ")
    for n in picked:
        assert f"{n.venue} ({n.group})" in detail
    assert evidence.notes == 2 and set(evidence.venues) == {"Nørrebro", "Amager"}
    # the linked notes are marked in the notes list, with the selected point's accent
    from workshop_app.ui.summary.models import FocusRole, LinkedRole

    rows = [ws.notes.model.index(r, 0) for r in range(ws.notes.model.rowCount())]
    marked = {i.data(IdRole) for i in rows if i.data(LinkedRole) and i.data(FocusRole)}
    assert marked == {n.id for n in picked}
    # "Hide linked" leaves only what is still to be condensed
    ws.notes.hide_linked.setChecked(True)
    assert not set(ws.notes.visible_ids()) & {n.id for n in picked}
    assert len(ws.notes.visible_ids()) == len(notes) - 2


def test_dropping_notes_on_a_point_links_them(qtbot, ws):
    theme = open_theme(ws, "Unge og uddannelse")
    point_id = write_point(qtbot, ws, "Unge mangler praktikpladser og gode voksne", 0)
    notes = ws.store.notes(theme_id=theme.id)
    dropped = [notes[0].id, notes[2].id]
    handled = ws.points.tree.drop_mime(note_mime(dropped), ws.points.index_of(point_id))
    assert handled
    assert set(curate.get_point(ws.store, point_id).note_ids) == set(dropped)
    assert point_detail(ws, point_id).startswith("2 notes")
    # the linked notes are listed under the point
    index = ws.points.index_of(point_id)
    children = {ws.points.model.index(r, 0, index).data(IdRole) for r in range(3)} - {None}
    assert children == set(dropped)
    # dropping the same notes again adds nothing
    ws.points.tree.drop_mime(note_mime(dropped), ws.points.index_of(point_id))
    assert len(curate.get_point(ws.store, point_id).note_ids) == 2
    # notes dropped below the points start a drafted point linked to them
    ws.points.tree.drop_mime(note_mime([notes[1].id]), ws.points.model.index(99, 0))
    assert ws.points.draft_note_ids() == [notes[1].id]
    assert ws.points.editor.toPlainText() == notes[1].text


def test_new_point_from_selection_drafts_and_links(qtbot, ws):
    theme = open_theme(ws, "Fritidsliv og foreningsdeltagelse")
    notes = ws.store.notes(theme_id=theme.id)
    chosen = [n for n in notes if n.kind == "challenge"][:2]
    assert len(chosen) == 2
    ws.notes.select_ids([n.id for n in chosen])
    ws.notes.draft_button.click()
    draft = ws.points.editor.toPlainText()
    assert draft in {" ".join(n.text.split()) for n in chosen}
    assert ws.points.kind_choice.currentData() == "challenge"
    assert ws.points.draft_label.isVisibleTo(ws) and "2 notes" in ws.points.draft_label.text()
    qtbot.keyClick(ws.points.editor, Qt.Key.Key_End)
    qtbot.keyClicks(ws.points.editor, " (samlet)")
    qtbot.keyClick(ws.points.editor, Qt.Key.Key_Return)
    (point,) = curate.list_points(ws.store, theme_id=theme.id)
    assert point.text == draft + " (samlet)"
    assert set(point.note_ids) == {n.id for n in chosen} and point.kind == "challenge"
    assert not ws.points.draft_label.isVisibleTo(ws)


def test_edit_in_place_unlink_delete_and_undo(qtbot, window, ws):
    theme = open_theme(ws, "Beskæftigelse")
    notes = ws.store.notes(theme_id=theme.id)
    point = curate.add_point(
        ws.store,
        "Første udkast",
        theme_id=theme.id,
        kind="solution",
        note_ids=[notes[0].id, notes[1].id],
    )
    other = curate.add_point(ws.store, "Et andet punkt", theme_id=theme.id, kind="solution")
    ws.reload()
    qtbot.waitUntil(lambda: ws.points.index_of(point.id).isValid(), timeout=WAIT)

    # F2 edits in place; Enter keeps
    index = ws.points.index_of(point.id)
    ws.points.tree.setFocus()
    ws.points.tree.setCurrentIndex(index)
    qtbot.keyClick(ws.points.tree, Qt.Key.Key_F2)
    editor = ws.points.tree.findChild(NoteEdit, "pointEditor")
    assert editor is not None and editor.toPlainText() == "Første udkast"
    editor.setPlainText("Praktik skal føre til fast job")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: curate.get_point(ws.store, point.id).text == "Praktik skal føre til fast job",
        timeout=WAIT,
    )

    # unlink a note listed under the point (Delete on it)
    ws.points.set_point_expanded(point.id)
    child = ws.points.model.index(0, 0, ws.points.index_of(point.id))
    assert child.data(RowRole) == "link"
    unlinked = child.data(IdRole)
    ws.points.tree.setCurrentIndex(child)
    ws.points.unlink_button.click()
    assert unlinked not in curate.get_point(ws.store, point.id).note_ids
    assert point_detail(ws, point.id).startswith("1 note ·")
    window.undo_stack.undo()
    assert unlinked in curate.get_point(ws.store, point.id).note_ids

    # delete, then undo brings the point back with its links and its place
    ws.points.tree.setCurrentIndex(ws.points.index_of(point.id))
    ws.points.delete_button.click()
    assert [p.text for p in curate.list_points(ws.store, theme_id=theme.id)] == ["Et andet punkt"]
    window.undo_stack.undo()
    back = curate.list_points(ws.store, theme_id=theme.id)
    assert [p.text for p in back] == ["Praktik skal føre til fast job", "Et andet punkt"]
    assert set(back[0].note_ids) == {notes[0].id, notes[1].id}
    assert [p.id for p in back] == [point.id, other.id]  # the same point, in its place
    # undoing the edit still works on the point that came back
    window.undo_stack.undo()
    assert curate.list_points(ws.store, theme_id=theme.id)[0].text == "Første udkast"
    window.undo_stack.redo()
    window.undo_stack.redo()  # delete again
    assert [p.text for p in curate.list_points(ws.store, theme_id=theme.id)] == ["Et andet punkt"]


def test_reorder_points_by_keys_and_by_drag(qtbot, window, ws):
    theme = open_theme(ws, "Ældre og sundhed")
    a = curate.add_point(ws.store, "A", theme_id=theme.id, kind="solution")
    b = curate.add_point(ws.store, "B", theme_id=theme.id, kind="solution")
    c = curate.add_point(ws.store, "C", theme_id=theme.id, kind="solution")
    ws.reload()
    qtbot.waitUntil(lambda: len(ws.points.ordered_ids()) == 3, timeout=WAIT)

    def order():
        return [p.text for p in curate.list_points(ws.store, theme_id=theme.id)]

    ws.points.tree.setFocus()
    ws.points.tree.setCurrentIndex(ws.points.index_of(a.id))
    assert not ws.points.up_button.isEnabled() and ws.points.down_button.isEnabled()
    qtbot.keyClick(ws.points.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert order() == ["B", "A", "C"]
    assert ws.points.current_point_id() == a.id  # the moved point stays selected
    ws.points.down_button.click()
    assert order() == ["B", "C", "A"]
    assert ws.points.ordered_ids() == [b.id, c.id, a.id]

    # drag A onto the upper half of B: A goes before B
    ws.points.tree.drop_mime(point_mime(a.id), ws.points.index_of(b.id), after=False)
    assert order() == ["A", "B", "C"]
    window.undo_stack.undo()
    assert order() == ["B", "C", "A"]

    # dropped on the point of the other kind, it takes that kind
    d = curate.add_point(ws.store, "D", theme_id=theme.id, kind="challenge")
    ws.reload()
    qtbot.waitUntil(lambda: len(ws.points.ordered_ids()) == 4, timeout=WAIT)
    ws.points.tree.drop_mime(point_mime(c.id), ws.points.index_of(d.id), after=True)
    assert curate.get_point(ws.store, c.id).kind == "challenge"
    assert ws.points.ordered_ids() == [d.id, c.id, b.id, a.id]
    window.undo_stack.undo()
    assert curate.get_point(ws.store, c.id).kind == "solution"


def test_reorder_and_rename_topics(qtbot, window, ws, monkeypatch):
    topics = ws.store.topics()
    assert len(topics) >= 2
    ws.sections.choose(f"topic:{topics[0].id}")
    assert not ws.sections.up_button.isEnabled()
    ws.sections.view.setFocus()
    qtbot.keyClick(ws.sections.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [t.id for t in ws.store.topics()][:2] == [topics[1].id, topics[0].id]
    qtbot.waitUntil(lambda: ws.sections.topic_ids()[:2] == [topics[1].id, topics[0].id])
    assert ws.sections.current_key() == f"topic:{topics[0].id}"
    ws.sections.up_button.click()
    assert [t.id for t in ws.store.topics()] == [t.id for t in topics]
    window.undo_stack.undo()
    assert [t.id for t in ws.store.topics()][:2] == [topics[1].id, topics[0].id]

    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda *a, **k: ("Faste voksne og mentorer", True))
    )
    ws.sections.rename_button.click()
    assert any(t.name == "Faste voksne og mentorer" for t in ws.store.topics())
    qtbot.waitUntil(lambda: ws.heading.text() == "Faste voksne og mentorer", timeout=WAIT)


def test_recurring_panel_promote_and_export(qtbot, window, ws):
    from workshop_app.analysis.recurring import recurring_in_store

    expected = recurring_in_store(ws.store)
    assert expected  # the demo has ideas raised at several meetings
    assert [g.note_ids for g in ws.recurring.groups()] == [g.note_ids for g in expected]
    labels = [ws.recurring.model.item(r).text() for r in range(ws.recurring.model.rowCount())]
    assert labels == [g.label for g in expected]
    detail = ws.recurring.model.item(0).data(DetailRole)
    assert f"{expected[0].meetings} meetings" in detail and ", ".join(expected[0].venues) in detail

    # promote a group whose notes mostly carry no topic: it becomes a new cross-cutting topic
    known = {t.id for t in ws.store.topics()}

    def most_with_one_topic(group) -> int:
        topics = [ws.store.note(n).topic_id for n in group.note_ids]
        return max((topics.count(t) for t in topics if t), default=0)

    row = next(r for r, g in enumerate(expected) if 2 * most_with_one_topic(g) < len(g.note_ids))
    group = expected[row]
    ws.recurring.select_group(row)
    ws.recurring.promote_button.click()
    new_topics = [t for t in ws.store.topics() if t.id not in known]
    assert [t.name for t in new_topics] == [group.label]
    topic = new_topics[0]
    (point,) = curate.list_points(ws.store, topic_id=topic.id)
    assert set(point.note_ids) == set(group.note_ids)
    assert ws.section.key == f"topic:{topic.id}" and ws.heading.text() == group.label
    assert f"topic:{topic.id}" in [
        ws.sections.model.index(r, 0).data(IdRole) for r in range(ws.sections.model.rowCount())
    ]
    assert ws.points.current_point_id() == point.id
    assert "in summary" in (ws.recurring.model.item(row).data(0x0100 + 8) or "")
    assert point_detail(ws, point.id).startswith(f"Draft · {len(group.notes)} notes · all 3 meetings")

    # the exported summary uses the curated point with its evidence, not the raw notes
    doc = build_summary(ws.store)
    section = next(s for s in doc.topics if s.key == f"topic:{topic.id}")
    assert [p.text for p in section.points] == [point.text]
    assert section.points[0].curated and section.points[0].draft
    assert section.points[0].evidence == "udkast; rejst på alle tre møder"

    # promoting again changes nothing; undo removes the point and the new topic
    ws.recurring.select_group(row)
    ws.recurring.promote_button.click()
    assert len(curate.list_points(ws.store, topic_id=topic.id)) == 1
    window.undo_stack.undo()
    assert topic.id not in {t.id for t in ws.store.topics()}
    assert not any(set(p.note_ids) == set(group.note_ids) for p in curate.list_points(ws.store))


def test_recurring_marks_stale_and_finds_again(qtbot, window, ws):
    theme = open_theme(ws, "Beskæftigelse")
    meeting = ws.store.meetings()[0]
    window.note_actions.add(meeting.id, theme.id, "solution", "Flere praktikpladser i kommunen")
    assert "changed" in ws.recurring.status.text()
    # the notes list follows the new note
    qtbot.waitUntil(lambda: ws.notes.model.rowCount() == len(ws.store.notes(theme_id=theme.id)))
    ws.recurring.refresh_button.click()
    qtbot.waitUntil(lambda: ws.searches_done == 2, timeout=WAIT)
    assert "came up at more than one meeting" in ws.recurring.status.text()


def test_filters_and_all_themes(ws):
    theme = open_theme(ws, "Beskæftigelse")
    notes = ws.store.notes(theme_id=theme.id)
    ws.notes.kind_filter.setCurrentIndex(ws.notes.kind_filter.findData("solution"))
    assert set(ws.notes.visible_ids()) == {n.id for n in notes if n.kind == "solution"}
    ws.notes.venue_filter.setCurrentIndex(ws.notes.venue_filter.findData("Amager"))
    assert set(ws.notes.visible_ids()) == {
        n.id for n in notes if n.kind == "solution" and n.venue == "Amager"
    }
    ws.notes.kind_filter.setCurrentIndex(0)
    ws.notes.venue_filter.setCurrentIndex(0)
    ws.notes.all_themes.setChecked(True)
    assert len(ws.notes.visible_ids()) == len(ws.store.notes())
    ws.notes.search.setText("praktik")
    assert ws.notes.visible_ids() and all(
        "praktik" in ws.store.note(i).text.lower() for i in ws.notes.visible_ids()
    )


def test_keyboard_access_and_fit_on_a_laptop_screen(window, ws):
    # every control is named for a screen reader: a text, an accessible name or a label
    for button in ws.findChildren(QAbstractButton):
        if isinstance(button.parent(), QLineEdit):  # the filter field's own clear button
            continue
        assert button.text() or button.accessibleName(), button
    for widget in (
        ws.findChildren(QAbstractItemView) + ws.findChildren(QComboBox) + ws.findChildren(QLineEdit)
    ):
        if not widget.isVisibleTo(ws) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue  # hidden headers, combo box popups
        assert widget.accessibleName(), widget
    assert ws.points.editor.accessibleName()
    # the whole page holds at 1366x768
    assert window.minimumSizeHint().width() <= 1366
    assert ws.minimumSizeHint().width() <= 1366 - 20
    assert ws.minimumSizeHint().height() <= 768 - 120
    # the page takes focus on its section list
    window.show_page(window.summary_page)
    assert ws.focusProxy() is ws.sections.view
    assert window.summary_page.focusProxy() is ws


def test_keys_link_draft_and_promote(qtbot, ws):
    theme = open_theme(ws, "Byudvikling og tryghed")
    point = curate.add_point(
        ws.store, "Mørke stier gør folk utrygge", theme_id=theme.id, kind="challenge"
    )
    ws.reload()
    qtbot.waitUntil(lambda: ws.points.index_of(point.id).isValid(), timeout=WAIT)
    ws.points.tree.setCurrentIndex(ws.points.index_of(point.id))
    notes = ws.store.notes(theme_id=theme.id)
    ws.notes.view.setFocus()
    ws.notes.select_ids([notes[0].id])
    qtbot.keyClick(ws.notes.view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert curate.get_point(ws.store, point.id).note_ids == (notes[0].id,)

    # Delete on the point deletes it; Ctrl+Z (the window's undo) brings it back, linked
    ws.points.tree.setFocus()
    ws.points.tree.setCurrentIndex(ws.points.index_of(point.id))
    qtbot.keyClick(ws.points.tree, Qt.Key.Key_Delete)
    assert not curate.list_points(ws.store, theme_id=theme.id)
    qtbot.keyClick(ws.points.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    (back,) = curate.list_points(ws.store, theme_id=theme.id)
    assert back.text == point.text and back.note_ids == (notes[0].id,)

    ws.notes.view.setFocus()
    ws.notes.select_ids([notes[1].id])
    qtbot.keyClick(
        ws.notes.view,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert ws.points.draft_note_ids() == [notes[1].id]
    assert ws.points.editor.hasFocus()  # ready to rewrite the draft
    qtbot.keyClick(ws.points.editor, Qt.Key.Key_Escape)  # Esc drops the draft
    assert ws.points.editor.toPlainText() == "" and not ws.points.draft_note_ids()

    topics = len(ws.store.topics())
    ws.recurring.view.setFocus()
    ws.recurring.select_group(0)
    qtbot.keyClick(
        ws.recurring.view,
        Qt.Key.Key_P,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert ws.section.kind == "topic"
    assert len(ws.store.topics()) >= topics and ws.points.current_point_id()


def test_draft_is_the_most_central_note_and_the_majority_kind():
    from types import SimpleNamespace

    from workshop_app.ui.summary.drafting import draft_point

    notes = [
        SimpleNamespace(id="1", kind="solution", text="Lektiecafé på biblioteket om aftenen"),
        SimpleNamespace(id="2", kind="solution", text="Flere lektiecaféer  med frivillige"),
        SimpleNamespace(
            id="3", kind="challenge", text="Lektiecaféer på biblioteket mangler frivillige"
        ),
    ]
    text, kind = draft_point(notes)
    assert text == "Lektiecaféer på biblioteket mangler frivillige"  # shares most with the rest
    assert kind == "solution"
    assert draft_point(list(reversed(notes))) == (text, kind)  # the order does not matter
    assert draft_point(notes[:1] + notes[2:])[1] is None  # an even split: no kind
    assert draft_point([]) == ("", None)
