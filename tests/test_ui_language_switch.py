"""A language switch in the middle of a round: the projector stays on the wall, the round
timer keeps running, and the half-typed note stays in the field at its group."""

from __future__ import annotations

import pytest

from workshop_app.store import Store

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("This plugin does not support"),
]


@pytest.fixture
def controller(qapp, db_path):
    from workshop_app.ui.app import AppController
    from workshop_app.ui.i18n import Translators
    from workshop_app.ui.settings import Settings

    with Store.open(db_path) as store:
        meeting = store.add_meeting("Amager", "2026-04-22")
        theme = store.themes()[1]
        for name in ("Bord 1", "Bord 2", "Bord 3"):
            store.add_group(meeting.id, theme.id, name)
    translators = Translators()
    translators.install("en")
    c = AppController(Settings(), translators)
    assert c.start(db_path)
    yield c
    if c.window is not None:
        c.window.close()
    if c.store is not None:
        c.store.close()
    translators.install("en")


def test_language_switch_keeps_projector_timer_and_draft(qtbot, controller):
    window = controller.window
    qtbot.waitExposed(window)
    page = window.capture_page
    page.select_theme(controller.store.themes()[1].id)
    group = page._group_ids[2]
    page.select_group(group)
    page.note_field.insertPlainText("Flere voksne i klubben om aftenen")
    window.toggle_projector()
    projector = window.projector
    assert projector.isVisible()
    timer = window.timer
    timer.start()
    qtbot.wait(1100)
    left = timer.remaining()
    assert left < timer.minutes * 60

    window.language_actions["da"].trigger()
    qtbot.waitUntil(lambda: controller.window is not window)
    danish = controller.window
    qtbot.waitUntil(lambda: not window.isVisible())
    # the same projector, still open, now in Danish and following the new window
    assert danish.projector is projector and projector.isVisible()
    assert danish.projector_action.isChecked()
    assert projector.columns["challenge"][0].text() == "Udfordringer"
    # the same timer, still running, not reset
    assert danish.timer is timer and timer.running
    assert timer.remaining() <= left
    assert danish.capture_page.timer_widget.timer is timer
    # the draft is back in the field at its group
    fresh = danish.capture_page
    assert fresh.group_id == group
    assert fresh.note_field.toPlainText() == "Flere voksne i klubben om aftenen"
    # the projector shows what the new window saves
    from PySide6.QtCore import Qt

    qtbot.keyClick(fresh.note_field, Qt.Key.Key_Return)
    assert [n.text for n in projector.notes_shown(fresh.phase)] == [
        "Flere voksne i klubben om aftenen"
    ]
    danish.close()  # Ctrl+Q closes the projector with the window
    controller.window = None
    assert not projector.isVisible()
