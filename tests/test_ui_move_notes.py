"""Moving notes in the window: Move to… (dialog), dragging onto a group tab or a theme, undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, QMimeData, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QLabel

from workshop_app.ui.help_dialog import shortcuts
from workshop_app.ui.models import NOTE_IDS_MIME

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("This plugin does not support"),
]


def select_rows(page, rows: list[int]) -> list:
    selection = page.note_list.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(
            page.note_model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    return [page.note_model.note_at(r) for r in rows]


def place(store, note_id: str) -> tuple[str, str, str | None]:
    note = store.note(note_id)
    return note.meeting_id, note.theme_id, note.group_id


def drops_accepted(qtbot, window) -> None:
    """The drop targets arrive right after the window's first paint (``move_notes.install``)."""
    qtbot.waitUntil(lambda: window.note_mover.drop_target is not None)


def drop(widget, pos, note_ids: list[str]) -> QDropEvent:
    mime = QMimeData()
    mime.setData(NOTE_IDS_MIME, "\n".join(note_ids).encode("ascii"))
    where = QPointF(pos)
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(where, Qt.DropAction.CopyAction, mime, buttons, mods)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    move = QDragMoveEvent(where, Qt.DropAction.CopyAction, mime, buttons, mods)
    QApplication.sendEvent(widget, move)
    assert move.isAccepted()
    event = QDropEvent(where, Qt.DropAction.CopyAction, mime, buttons, mods)
    QApplication.sendEvent(widget, event)
    return event


def test_move_to_dialog_moves_several_notes_and_undo_puts_them_back(qtbot, window):
    store, page = window.store, window.capture_page
    assert page.note_model.rowCount() >= 2
    notes = select_rows(page, [0, 1])
    before = {n.id: place(store, n.id) for n in notes}
    other = next(t for t in store.themes() if t.id != page.theme_id and not t.venue)
    window.note_mover.action.trigger()
    dialog = window.note_mover.dialog
    assert dialog is not None and dialog.notes == notes
    assert any("2 selected notes" in label.text() for label in dialog.findChildren(QLabel))
    dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData(other.id))
    dialog.group_combo.setCurrentIndex(dialog.group_combo.findData(""))  # no group
    dialog.accept()
    for note in notes:
        assert place(store, note.id) == (note.meeting_id, other.id, None)
        assert note.id not in [n.id for n in page.note_model.notes()]  # the list reloaded
    assert window.undo_stack.undoText().startswith("Move 2 notes")
    window.undo_stack.undo()
    assert {n.id: place(store, n.id) for n in notes} == before
    assert {n.id for n in notes} <= {n.id for n in page.note_model.notes()}
    window.undo_stack.redo()
    assert all(place(store, n.id)[1:] == (other.id, None) for n in notes)


def test_dropping_notes_on_a_group_tab_moves_them_there(qtbot, window):
    store, page = window.store, window.capture_page
    drops_accepted(qtbot, window)
    if page.group_tabs.count() < 2:
        page.create_group("Bord 7")
    current = page.group_tabs.currentIndex()
    target_index = next(i for i in range(page.group_tabs.count()) if i != current)
    target_name = page.group_name_at_tab(target_index)
    note = select_rows(page, [0])[0]
    # A drag from the list carries the selected notes' ids.
    assert page.note_list.dragEnabled()
    dragged = page.note_model.mimeData(page.note_list.selectionModel().selectedIndexes())
    assert bytes(dragged.data(NOTE_IDS_MIME).data()).decode("ascii") == note.id
    pos = page.group_tabs.tabRect(target_index).center()
    event = drop(page.group_tabs, pos, [note.id])
    assert event.isAccepted() and event.dropAction() == Qt.DropAction.CopyAction
    moved = store.note(note.id)
    assert moved.group == target_name and moved.theme_id == note.theme_id
    window.undo_stack.undo()
    assert place(store, note.id) == (note.meeting_id, note.theme_id, note.group_id)


def test_dropping_notes_on_a_theme_keeps_their_group_name(qtbot, window):
    store, page = window.store, window.capture_page
    drops_accepted(qtbot, window)
    notes = select_rows(page, [0])
    note = notes[0]
    row = next(
        r for r in range(page.theme_model.rowCount())
        if page.theme_model.theme_at(r).id != note.theme_id
    )
    theme = page.theme_model.theme_at(row)
    pos = page.theme_list.visualRect(page.theme_model.index(row, 0)).center()
    drop(page.theme_list.viewport(), pos, [note.id])
    moved = store.note(note.id)
    assert (moved.theme_id, moved.group) == (theme.id, note.group)
    window.undo_stack.undo()
    assert store.note(note.id).theme_id == note.theme_id


def test_note_menu_move_to_opens_the_dialog_and_refusals_are_one_dialog(
    qtbot, window, monkeypatch
):
    from workshop_app.ui import dialogs

    shown = []
    monkeypatch.setattr(dialogs, "show_refusal", lambda parent, text: shown.append(text))
    page = window.capture_page
    note = page.note_model.note_at(0)
    page.moveRequested.emit([note])
    assert window.note_mover.dialog is not None
    assert window.note_mover.dialog.notes == [note]
    window.note_mover.dialog.reject()
    with qtbot.waitSignal(window.bus.refused, timeout=5000) as failed:
        assert window.note_mover.move([note], group="Bord 99") is None
    assert "no group 'Bord 99'" in failed.args[0]
    assert len(shown) == 1 and "\n" not in shown[0]
    assert window.store.note(note.id).group_id == note.group_id


def test_the_shortcut_is_free_and_listed_in_f1(window):
    keys = window.note_mover.action.shortcut().toString()
    assert keys == "Ctrl+Shift+G"
    assert any(k == keys for k, _text in shortcuts())
    others = [
        a for a in window.findChildren(type(window.note_mover.action))
        if a is not window.note_mover.action and a.shortcut().toString() == keys
    ]
    assert others == []


def test_drop_targets_wait_for_the_first_paint(qtbot, ui_store):
    """Before the window is painted nothing takes drops (no note can be dragged yet);
    right after its first paint the group tabs and the theme list do."""
    from workshop_app.ui.main_window import MainWindow
    from workshop_app.ui.settings import Settings

    w = MainWindow(ui_store, Settings(), "en")
    qtbot.addWidget(w)
    page = w.capture_page
    assert w.note_mover.drop_target is None and not page.group_tabs.acceptDrops()
    w.show()
    qtbot.waitExposed(w)
    drops_accepted(qtbot, w)
    assert page.group_tabs.acceptDrops() and page.theme_list.viewport().acceptDrops()
    assert page.note_list.dragEnabled()
    w.workers.wait()
    w.sync.periodic_backups.wait()
    w.close()
