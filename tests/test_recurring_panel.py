"""The recurring panel's "Why together?": the explanation of a pair of notes in the GUI."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QPlainTextEdit

from workshop_app.analysis.recurring import THRESHOLD, find_recurring
from workshop_app.ui.summary.recurring_panel import RecurringPanel

sys.path.insert(0, str(Path(__file__).parent / "data"))
import recurring_sets as sets


def _panel(qtbot) -> RecurringPanel:
    notes, _ = sets.notes_of(sets.TUNING["seedlike"])
    panel = RecurringPanel()
    qtbot.addWidget(panel)
    panel.set_notes(notes)
    panel.set_groups(find_recurring(notes), {})
    panel.show()
    return panel


def _note_index(panel: RecurringPanel, note_id: str):
    for row in range(panel.model.rowCount()):
        group = panel.model.item(row)
        for child in range(group.rowCount()):
            if group.child(child).data(Qt.ItemDataRole.UserRole + 1) == note_id:
                return panel.model.indexFromItem(group.child(child))
    raise AssertionError(note_id)


def _explanation(panel: RecurringPanel) -> str:
    assert panel.explain_dialog is not None and panel.explain_dialog.isVisible()
    return panel.explain_dialog.findChild(QPlainTextEdit).toPlainText()


def test_two_selected_notes_are_explained(qtbot):
    panel = _panel(qtbot)
    mentor = next(g for g in panel.groups() if any("mentor" in n.text for n in g.notes))
    first, second = mentor.notes[0].id, mentor.notes[1].id
    assert not panel.explain_button.isEnabled()  # a group row: nothing to explain yet
    select = panel.view.selectionModel()
    select.setCurrentIndex(
        _note_index(panel, first), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    select.select(_note_index(panel, second), QItemSelectionModel.SelectionFlag.Select)
    assert panel.explain_pair_ids() == (first, second)
    assert panel.explain_button.isEnabled()
    panel.explain_button.click()
    text = _explanation(panel)
    assert text.startswith("Grouped")
    assert f"(grouped from {THRESHOLD:.2f})" in text
    assert "concept: mentor" in text
    assert mentor.notes[0].text in text and mentor.notes[1].text in text


def test_one_note_is_explained_against_its_group_centre(qtbot):
    panel = _panel(qtbot)
    group = panel.groups()[0]
    other = next(n.id for n in group.notes if n.id != group.representative)
    panel.view.setCurrentIndex(_note_index(panel, other))
    assert panel.explain_pair_ids() == (group.representative, other)
    panel.explain_button.click()
    assert _explanation(panel).startswith("Grouped")


def test_notes_of_different_groups_say_not_grouped(qtbot):
    panel = _panel(qtbot)
    a, b = panel.groups()[0].notes[0].id, panel.groups()[1].notes[0].id
    select = panel.view.selectionModel()
    select.setCurrentIndex(_note_index(panel, a), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    select.select(_note_index(panel, b), QItemSelectionModel.SelectionFlag.Select)
    panel.explain_button.click()
    text = _explanation(panel)
    assert text.startswith("Not grouped.")
    assert "Score " in text


def test_nothing_to_explain_without_notes(qtbot):
    panel = RecurringPanel()
    qtbot.addWidget(panel)
    assert panel.explain_pair_ids() is None and not panel.explain_button.isEnabled()
    panel.explain_selected()  # no dialog, no error
    assert panel.explain_dialog is None
