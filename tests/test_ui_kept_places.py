"""Switching theme or group shows kept rows; what may be stale is read again.

The capture page keeps the rows of places shown before (and builds the place each
Ctrl+number leads to right after the first paint). These tests change notes every way a
note can change while its place is not shown, then go back and compare the list with
the store.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from workshop_app.domain.model import Note
from workshop_app.store import Store
from workshop_app.ui.models import NoteListModel


def shown_texts(page) -> list[str]:
    return [n.text for n in page.note_model.notes()]


def stored_texts(page) -> list[str]:
    notes = page.store.notes(
        meeting_id=page.meeting_id, theme_id=page.theme_id, group_id=page.group_id
    )
    return [n.text for n in notes if n.group_id == page.group_id]


def ctrl(qtbot, page, number: int) -> None:
    qtbot.keyClick(
        page.note_field, Qt.Key(Qt.Key.Key_0.value + number), Qt.KeyboardModifier.ControlModifier
    )


def type_note(qtbot, page, text: str) -> None:
    qtbot.keyClicks(page.note_field, text)
    qtbot.keyClick(page.note_field, Qt.Key.Key_Return)


def test_places_for_ctrl_numbers_are_built_after_the_first_paint(qtbot, window):
    page = window.capture_page
    first_groups = []
    for theme in page.theme_model.themes():
        ids, _names = page._group_tabs_of(theme.id)
        first_groups.append((page.meeting_id, theme.id, ids[0]))
    qtbot.waitUntil(lambda: all(page.note_model.is_kept(k) or k == page.note_model.key
                                for k in first_groups))
    for number in range(1, len(first_groups) + 1):
        ctrl(qtbot, page, number)
        assert page.note_model.key == first_groups[number - 1]
        assert shown_texts(page) == stored_texts(page)


def test_a_note_typed_here_is_there_when_coming_back(qtbot, window):
    page = window.capture_page
    type_note(qtbot, page, "Flere lys i parken")
    ctrl(qtbot, page, 2)
    ctrl(qtbot, page, 1)
    assert shown_texts(page)[-1] == "Flere lys i parken"
    assert shown_texts(page) == stored_texts(page)


def test_undo_while_elsewhere_is_seen_when_coming_back(qtbot, window):
    page = window.capture_page
    type_note(qtbot, page, "Skrevet ved en fejl")
    ctrl(qtbot, page, 2)
    window.undo_action.trigger()  # removes the note from theme 1 while theme 2 is shown
    ctrl(qtbot, page, 1)
    assert "Skrevet ved en fejl" not in shown_texts(page)
    assert shown_texts(page) == stored_texts(page)
    ctrl(qtbot, page, 2)
    window.redo_action.trigger()  # and back again
    ctrl(qtbot, page, 1)
    assert shown_texts(page)[-1] == "Skrevet ved en fejl"
    assert shown_texts(page) == stored_texts(page)


def test_an_edit_while_elsewhere_is_seen_when_coming_back(qtbot, window):
    page = window.capture_page
    note = page.note_model.note_at(0)
    ctrl(qtbot, page, 3)
    assert window.note_actions.edit(note, "Rettet mens et andet tema var fremme")
    ctrl(qtbot, page, 1)
    assert shown_texts(page)[0] == "Rettet mens et andet tema var fremme"
    assert shown_texts(page) == stored_texts(page)


def test_a_delete_while_elsewhere_is_seen_when_coming_back(qtbot, window):
    page = window.capture_page
    note = page.note_model.note_at(0)
    ctrl(qtbot, page, 2)
    assert window.note_actions.delete([note])
    ctrl(qtbot, page, 1)
    assert note.id not in [n.id for n in page.note_model.notes()]
    assert shown_texts(page) == stored_texts(page)


def test_a_note_moved_here_while_elsewhere_is_seen_when_coming_back(qtbot, window):
    page = window.capture_page
    theme_id, group_name = page.theme_id, page.current_group_name()
    ctrl(qtbot, page, 2)
    moving = page.note_model.note_at(0)
    ctrl(qtbot, page, 1)
    ctrl(qtbot, page, 2)
    assert window.note_mover.move([moving], theme_id=theme_id, group=group_name)
    ctrl(qtbot, page, 1)
    assert moving.id in [n.id for n in page.note_model.notes()]
    assert shown_texts(page) == stored_texts(page)


def test_a_note_written_by_another_process_is_seen_on_the_next_switch(qtbot, window):
    page = window.capture_page
    meeting, theme, group = page.meeting_id, page.theme_id, page.group_id
    ctrl(qtbot, page, 2)
    ctrl(qtbot, page, 1)
    ctrl(qtbot, page, 2)  # theme 1's rows are kept now
    # another connection to the same file (the CLI's `note add`, another laptop's merge)
    with Store.open(page.store.path) as other:
        other.add_note(meeting, theme, "challenge", "Skrevet fra kommandolinjen", group_id=group)
    ctrl(qtbot, page, 1)
    assert shown_texts(page)[-1] == "Skrevet fra kommandolinjen"
    assert shown_texts(page) == stored_texts(page)


def test_a_new_group_and_its_notes_after_a_reload(qtbot, window):
    page = window.capture_page
    ctrl(qtbot, page, 2)
    ctrl(qtbot, page, 1)
    assert page.create_group("Bord 9")
    type_note(qtbot, page, "Noget fra bord 9")
    ctrl(qtbot, page, 2)
    ctrl(qtbot, page, 1)
    assert "Bord 9" in [page.group_name_at_tab(i) for i in range(page.group_tabs.count())]
    page.select_group(next(g for g in page._group_ids if page._group_names.get(g) == "Bord 9"))
    assert shown_texts(page) == ["Noget fra bord 9"]


def _note(number: int, group: str) -> Note:
    return Note(f"n{group}{number}", "m", "t", group, "challenge", f"Note {number}",
                created=f"{number:06d}")


def test_the_model_keeps_at_most_its_rows_and_forgets_what_it_is_told(qapp):
    model = NoteListModel(keep_places=10)
    loads: list[str] = []

    def loader(group: str, count: int):
        def load() -> list[Note]:
            loads.append(group)
            return [_note(i, group) for i in range(count)]
        return load

    model.show(("m", "t", "a"), loader("a", 4))
    model.show(("m", "t", "b"), loader("b", 4))
    model.show(("m", "t", "a"), loader("a", 4))  # kept: not read again
    assert loads == ["a", "b"]
    assert [n.id for n in model.notes()] == [f"na{i}" for i in range(4)]
    model.show(("m", "t", "c"), loader("c", 4))  # 12 rows > 10: the least recent (b) goes
    assert not model.is_kept(("m", "t", "b")) and model.is_kept(("m", "t", "a"))
    assert model.kept_rows() == 8
    model.forget(("m", "t", "a"))
    model.show(("m", "t", "a"), loader("a", 4))
    assert loads == ["a", "b", "c", "a"]
    model.forget_note(_note(0, "c"))  # a note of c changed while a is shown
    assert not model.is_kept(("m", "t", "c"))
    model.forget_all()
    model.show(("m", "t", "a"), loader("a", 5))  # even the shown place is read again
    assert loads[-1] == "a" and model.rowCount() == 5
