"""The projector view follows capture; the round timer counts down on a fake clock."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from workshop_app.domain.model import CHALLENGE, SOLUTION
from workshop_app.store import Store


@pytest.fixture
def window(qtbot, demo_db):
    from workshop_app.ui.main_window import MainWindow
    from workshop_app.ui.settings import Settings

    store = Store.open(demo_db)
    w = MainWindow(store, Settings(), "en")
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    w.capture_page.focus_note_field()
    qtbot.waitUntil(w.capture_page.note_field.hasFocus)
    yield w
    w.close()
    store.close()


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_projector_follows_capture(qtbot, window):
    page = window.capture_page
    qtbot.keyClick(page.note_field, Qt.Key.Key_F11)
    projector = window.projector
    assert projector is not None and projector.isVisible()
    assert window.projector_action.isChecked()
    theme = page.current_theme()
    assert projector.theme_title.text() == theme.name
    expected = window.store.notes(meeting_id=page.meeting_id, theme_id=page.theme_id)
    shown = projector.notes_shown(CHALLENGE) + projector.notes_shown(SOLUTION)
    assert {n.id for n in shown} == {n.id for n in expected}  # all groups of the theme
    # typing a note shows it on the projector at once, in its column
    qtbot.keyClicks(page.note_field, "Flere gadelamper ved skolen")
    qtbot.keyClick(page.note_field, Qt.Key.Key_Return)
    assert projector.notes_shown(CHALLENGE)[-1].text == "Flere gadelamper ved skolen"
    qtbot.keyClick(page.note_field, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.note_field, "Lys pa stierne")
    qtbot.keyClick(page.note_field, Qt.Key.Key_Return)
    assert projector.notes_shown(SOLUTION)[-1].text == "Lys pa stierne"
    assert projector.phase == SOLUTION
    # switching theme from the keyboard moves the projector along
    qtbot.keyClick(page.note_field, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert projector.theme_title.text() == page.current_theme().name
    assert all(n.theme_id == page.theme_id for n in projector.notes_shown(CHALLENGE))
    # deleting a note takes it off the projector; undo brings it back
    note = page.note_model.note_at(0)
    window.note_actions.delete([note])
    ids = {n.id for n in projector.notes_shown(note.kind)}
    assert note.id not in ids
    window.undo_action.trigger()
    assert note.id in {n.id for n in projector.notes_shown(note.kind)}
    # the capture window keeps the keyboard; F11 again closes the projector
    assert not projector.isActiveWindow() or window.isActiveWindow()
    window.projector_action.trigger()
    assert not projector.isVisible()


def test_projector_uses_large_type(qtbot, window):
    window.toggle_projector()
    projector = window.projector
    projector.resize(1280, 720)
    assert projector.theme_title.font().pointSizeF() >= 2 * window.font().pointSizeF()
    window.toggle_projector()


def test_round_timer_counts_down_and_signals_the_end(qtbot, monkeypatch):
    from workshop_app.ui.widgets.timer import RoundTimer, TimerWidget

    beeps: list[bool] = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: beeps.append(True)))
    clock = FakeClock()
    timer = RoundTimer(2, clock=clock)
    widget = TimerWidget(timer)
    qtbot.addWidget(widget)
    finished: list[bool] = []
    timer.finished.connect(lambda: finished.append(True))
    assert widget.label.text() == "02:00"
    qtbot.mouseClick(widget.toggle_button, Qt.MouseButton.LeftButton)
    assert timer.running
    clock.now += 30.2
    timer.tick()
    assert widget.label.text() == "01:30"
    timer.pause()
    clock.now += 500  # paused: time does not run
    timer.tick()
    assert timer.remaining() == 90
    timer.start()
    clock.now += 89.5
    timer.tick()
    assert widget.label.text() == "00:01"
    assert not finished
    clock.now += 1
    timer.tick()
    assert widget.label.text() == "00:00"
    assert finished == [True] and beeps == [True]
    assert not timer.running
    assert widget.label.flashing
    assert widget.label.property("state") in ("flash", "ended")
    timer.tick()
    assert finished == [True]  # only once
    qtbot.waitUntil(lambda: not widget.label.flashing, timeout=5000)
    assert widget.label.property("state") == "ended"
    timer.reset()
    assert widget.label.text() == "02:00"


def test_round_length_is_configurable_and_remembered(qtbot, window):
    from workshop_app.ui.settings import Settings

    window.timer.set_minutes(7)
    assert window.capture_page.timer_widget.label.text() == "07:00"
    assert window.capture_page.timer_widget.length_button.text() == "7 min"
    assert Settings().timer_minutes == 7


def test_timer_is_shown_in_capture_and_projector(qtbot, window):
    clock = FakeClock()
    window.timer._clock = clock  # the shared timer, on a fake clock
    window.toggle_projector()
    window.timer.start()
    clock.now += 61
    window.timer.tick()
    assert window.capture_page.timer_widget.label.text() == "18:59"
    assert window.projector.timer_label.text() == "18:59"
    window.timer.reset()
    window.toggle_projector()


def test_projector_keeps_the_newest_notes(qtbot, window, monkeypatch):
    from workshop_app.ui import projector as projector_module

    monkeypatch.setattr(projector_module, "MAX_ROWS", 3)
    page = window.capture_page
    window.toggle_projector()
    projector = window.projector
    for i in range(5):
        qtbot.keyClicks(page.note_field, f"Note nummer {i}")
        qtbot.keyClick(page.note_field, Qt.Key.Key_Return)
    shown = [n.text for n in projector.notes_shown(page.phase)]
    assert shown == ["Note nummer 2", "Note nummer 3", "Note nummer 4"]
    # deleting a shown note brings the next older one back
    last = page.note_model.note_at(page.note_model.rowCount() - 1)
    window.note_actions.delete([last])
    shown = [n.text for n in projector.notes_shown(page.phase)]
    assert shown == ["Note nummer 1", "Note nummer 2", "Note nummer 3"]
    window.toggle_projector()


def test_projector_says_how_many_earlier_notes_scrolled_off(qtbot, window, monkeypatch):
    from workshop_app.ui import projector as projector_module

    monkeypatch.setattr(projector_module, "MAX_ROWS", 3)
    page = window.capture_page
    window.toggle_projector()
    projector = window.projector
    kind = page.phase
    before = len(window.store.notes(meeting_id=page.meeting_id, theme_id=page.theme_id, kind=kind))
    for i in range(5):
        qtbot.keyClicks(page.note_field, f"Note om cykelstier {i}")
        qtbot.keyClick(page.note_field, Qt.Key.Key_Return)
    earlier = before + 5 - 3
    assert projector.earlier(kind) == earlier
    label = projector.earlier_labels[kind]
    assert label.isVisible() and label.text() == f"+{earlier} earlier"
    window.note_actions.delete([page.note_model.note_at(page.note_model.rowCount() - 1)])
    assert projector.earlier(kind) == earlier - 1
    assert label.text() == f"+{earlier - 1} earlier"
    window.toggle_projector()


def test_projector_text_size_is_set_with_keys_and_remembered(qtbot, window):
    from workshop_app.ui.settings import Settings

    window.toggle_projector()
    projector = window.projector
    title_size = projector.theme_title.font().pointSizeF()
    assert projector.percent == 100
    window.projector_text_size(1)
    window.projector_text_size(1)
    assert projector.percent == 120
    assert projector.theme_title.font().pointSizeF() == pytest.approx(title_size * 1.2)
    projector.step_text_size(-1)
    assert projector.percent == 110
    assert Settings().get("projector_percent") in (110, "110")  # remembered
    window.toggle_projector()
    window.projector = None  # a new projector starts at the remembered size
    window.toggle_projector()
    assert window.projector is not projector and window.projector.percent == 110
    window.projector.step_text_size(0)
    assert window.projector.percent == 100
    window.toggle_projector()


def test_earlier_count_stays_right_when_a_note_changes_kind(qtbot, window, monkeypatch):
    from workshop_app.ui import projector as projector_module

    monkeypatch.setattr(projector_module, "MAX_ROWS", 2)
    page = window.capture_page
    window.toggle_projector()
    projector = window.projector
    for i in range(4):
        qtbot.keyClicks(page.note_field, f"Udfordring {i}")
        qtbot.keyClick(page.note_field, Qt.Key.Key_Return)
    notes = window.store.notes(meeting_id=page.meeting_id, theme_id=page.theme_id)
    counts = {k: sum(n.kind == k for n in notes) for k in (CHALLENGE, SOLUTION)}
    last = page.note_model.note_at(page.note_model.rowCount() - 1)
    other = SOLUTION if last.kind == CHALLENGE else CHALLENGE
    window.note_actions.set_kind(last, other)
    counts[last.kind] -= 1
    counts[other] += 1
    for kind in (CHALLENGE, SOLUTION):
        assert projector.earlier(kind) == max(0, counts[kind] - 2)
        assert len(projector.notes_shown(kind)) == min(2, counts[kind])
    window.toggle_projector()
