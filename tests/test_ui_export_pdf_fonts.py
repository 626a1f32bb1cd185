"""File → Export summary… shows the same missing-character lines as `export pdf` prints."""

from __future__ import annotations

from test_ui_export_dialogs import open_summary


def test_summary_dialog_names_the_note_and_the_character(qtbot, window, ui_store):
    meeting = ui_store.meetings()[0]
    theme = ui_store.themes()[0]
    note_id = ui_store.add_note(meeting.id, theme.id, "solution", "Skilte på tamazight ⵣ")
    dialog = open_summary(qtbot, window)
    assert dialog.font_warning.isVisible()
    text = dialog.font_warning.text()
    assert len(text.splitlines()) == 1
    assert note_id in text and "U+2D63" in text
    dialog.set_format("md")  # Markdown keeps the character for the reader's own fonts
    assert not dialog.font_warning.isVisible()
    dialog.set_format("pdf")
    assert dialog.font_warning.isVisible()
    dialog.reject()


def test_no_warning_when_every_character_is_covered(qtbot, window):
    dialog = open_summary(qtbot, window)
    assert not dialog.font_warning.isVisible()
    dialog.reject()
