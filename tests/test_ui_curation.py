"""The Summary workspace's curation: leave-out checkbox, drafts banner and approve button,
the tally, the review panel, the document texts and the themes' order (all undoable)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from workshop_app import curate

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("This plugin does not support"),
]

WAIT = 30000  # ms; generous for a loaded machine, never a timing assertion


@pytest.fixture
def ws(qtbot, window):
    window.show_page(window.summary_page)
    page = window.summary_page.workspace
    assert page is not None and page.isVisible()
    qtbot.waitUntil(lambda: page.searches_done == 1, timeout=WAIT)
    return page


def _open_first_theme_with_notes(ws):
    for theme in ws.store.themes():
        if ws.store.count_notes(theme_id=theme.id):
            ws.sections.choose(f"theme:{theme.id}")
            return theme
    raise AssertionError("the demo has notes")


def test_leave_out_checkbox_excludes_with_a_reason_and_undo_brings_it_back(
    qtbot, ws, monkeypatch
) -> None:
    _open_first_theme_with_notes(ws)
    note = ws.notes.model.row_at(0).note
    ws.notes.select_ids([note.id])
    assert ws.notes.leave_out.isEnabled() and not ws.notes.leave_out.isChecked()
    before = ws.document.tally
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Gentaget ordret", True))
    ws.notes.leave_out.click()
    assert ws.store.curation.exclusions() == {note.id: "Gentaget ordret"}
    assert ws.document.tally.excluded == before.excluded + 1
    assert "left out" in ws.tally.text()
    ws.notes.select_ids([note.id])
    assert ws.notes.leave_out.isChecked()
    window = ws.window()
    window.undo_stack.undo()
    assert ws.store.curation.exclusions() == {}
    window.undo_stack.redo()
    assert note.id in ws.store.curation.exclusions()
    ws.notes.select_ids([note.id])
    ws.notes.leave_out.click()  # unchecking includes it again
    assert ws.store.curation.exclusions() == {}


def test_a_cancelled_reason_changes_nothing(qtbot, ws, monkeypatch) -> None:
    _open_first_theme_with_notes(ws)
    note = ws.notes.model.row_at(0).note
    ws.notes.select_ids([note.id])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))
    ws.notes.leave_out.click()
    assert ws.store.curation.exclusions() == {}
    assert not ws.notes.leave_out.isChecked()


def test_drafts_banner_and_approve_button(qtbot, ws) -> None:
    theme = _open_first_theme_with_notes(ws)
    note = ws.notes.model.row_at(0).note
    point = curate.add_point(
        ws.store, "Et udkast fra appen", theme_id=theme.id, note_ids=[note.id], draft=True
    )
    ws.reload()
    qtbot.waitUntil(lambda: not ws.banner.isHidden(), timeout=WAIT)
    assert "1 point is a draft" in ws.banner.text()
    ws.points.tree.setCurrentIndex(ws.points.index_of(point.id))
    assert ws.approve_button.isEnabled()
    ws.approve_button.click()
    assert curate.get_point(ws.store, point.id).draft is False
    assert ws.banner.isHidden()
    ws.window().undo_stack.undo()
    assert curate.get_point(ws.store, point.id).draft is True
    # editing the text approves it; undo makes it a draft again
    assert ws.actions.edit_text(point.id, "Koordinatorens egne ord")
    assert curate.get_point(ws.store, point.id).draft is False
    ws.window().undo_stack.undo()
    assert curate.get_point(ws.store, point.id).draft is True


def test_review_panel_lists_the_same_problems_as_check(qtbot, ws) -> None:
    from workshop_app.curate.review import review

    ws.tools.setCurrentWidget(ws.review)
    expected = review(ws.store)
    assert ws.review.list.count() == max(1, len(expected))
    kinds = {p.kind for p in ws.review.problems}
    assert kinds == {p.kind for p in expected}
    empty = (
        next(p for p in ws.review.problems if p.kind == "empty_section")
        if ("empty_section" in kinds)
        else None
    )
    if empty is not None:
        row = ws.review.problems.index(empty)
        ws.review.list.itemActivated.emit(ws.review.list.item(row))
        assert ws.section.key == empty.ref


def test_document_texts_are_edited_in_the_workspace_and_undoable(qtbot, ws) -> None:
    ws.tools.setCurrentWidget(ws.texts)
    field = ws.texts.fields["cross_cutting"]
    assert field.placeholderText() == "Tværgående forslag"
    field.setFocus()
    field.setText("Tværgående forslag, som fyldte meget")
    field.editingFinished.emit()
    assert ws.store.get_setting("summary.cross_cutting") == "Tværgående forslag, som fyldte meget"
    from workshop_app.export.document import build_summary

    assert build_summary(ws.store).labels.cross_cutting == "Tværgående forslag, som fyldte meget"
    ws.window().undo_stack.undo()
    assert ws.store.get_setting("summary.cross_cutting") is None
    assert field.text() == ""


def test_themes_are_put_in_order_in_the_workspace(qtbot, ws) -> None:
    themes = [t.id for t in ws.store.themes() if not t.venue]
    ws.sections.choose(f"theme:{themes[1]}")
    ws.sections.up_button.click()
    assert [t.id for t in ws.store.themes() if not t.venue][:2] == [themes[1], themes[0]]
    ws.window().undo_stack.undo()
    assert [t.id for t in ws.store.themes() if not t.venue] == themes
    # a drop: the moved theme goes before the one it is dropped on
    ws.sections.view.dropped.emit(f"theme:{themes[2]}", f"theme:{themes[0]}")
    assert [t.id for t in ws.store.themes() if not t.venue][:3] == [themes[2], themes[0], themes[1]]
    assert Qt.ItemFlag.ItemIsDragEnabled & ws.sections.model.item(1).flags()


def test_the_export_dialog_status_gives_the_tally(qtbot, window, monkeypatch, tmp_path) -> None:
    from test_ui_export_dialogs import choose_file, finish_save, open_summary

    dialog = open_summary(qtbot, window)
    dialog.set_format("md")
    out = tmp_path / "opsamling.md"
    choose_file(monkeypatch, out)
    dialog.save_button.click()
    finish_save(qtbot, window, dialog, out)
    notes = len(window.store.notes()) if hasattr(window, "store") else None
    status = dialog.status.text()
    assert status.startswith("Saved opsamling.md")
    assert " condensed into " in status and " as bullets, 0 left out" in status
    if notes is not None:
        assert f"{notes} notes: " in status
    dialog.reject()


def test_the_preposition_is_edited_in_setup(qtbot, window) -> None:
    window.show_page(window.setup_page)
    table = window.setup_page.meetings.table
    store = window.setup_page.meetings.store
    meetings = store.meetings()
    row = next(i for i, m in enumerate(meetings) if m.venue == "Tingbjerg")
    assert table.item(row, 4).text() == "i"  # "i Tingbjerg" by default
    table.item(row, 4).setText("på")
    qtbot.waitUntil(lambda: store.meeting(meetings[row].id).preposition == "på")
    qtbot.waitUntil(lambda: table.item(row, 4).text() == "på")


def test_review_marks_a_one_venue_theme_as_held_only_there(qtbot, ws) -> None:
    from workshop_app.capture.notes import add_note_by_names

    add_note_by_names(ws.store, venue="Amager", theme="Frikommuneforsøg i bydelen",
                      kind="solution", text="Lokale forsøg med færre regler")
    ws.tools.setCurrentWidget(ws.review)
    ws.reload()
    qtbot.waitUntil(lambda: any(p.kind == "one_venue" for p in ws.review.problems), timeout=WAIT)
    row = next(i for i, p in enumerate(ws.review.problems)
               if p.kind == "one_venue" and p.section == "Frikommuneforsøg i bydelen")
    ws.review.list.setCurrentRow(row)
    assert ws.review.only_at_button.isEnabled()
    ws.review.only_at_button.click()
    theme = ws.store.theme_by_name("Frikommuneforsøg i bydelen")
    assert theme.venue == "Amager"
    ws.window().undo_stack.undo()
    assert ws.store.theme_by_name("Frikommuneforsøg i bydelen").venue is None
