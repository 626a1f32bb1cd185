"""File → Export session…, File → Merge sessions… (preview, apply, bad files, drop), provenance,
and the personal-data marker in the capture view."""

from __future__ import annotations

import platform
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QHelpEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMessageBox,
    QStyleOptionViewItem,
    QToolTip,
)

from workshop_app.domain.model import Meeting
from workshop_app.export.json_export import export_json
from workshop_app.store import Store
from workshop_app.sync import export_session, load_snapshot, merge_files, plan_merge
from workshop_app.ui.sync_dialogs import session_merger

WAIT = 30000  # ms; generous for a loaded 2-core machine, never a timing assertion




def laptop_session(tmp_path: Path, source: Path, name: str, edit) -> Path:
    """Another laptop: a copy of ``source`` merged into its own file, changed by ``edit``,
    exported as a session file."""
    db = tmp_path / f"{name}.sqlite"
    merge_files(db, [source], device=name)
    with Store.open(db, device=name) as other:
        edit(other)
        out = tmp_path / f"{name}.wsession"
        export_session(other, out)
    return out


def wait_preview(qtbot, window):
    merger = session_merger(window)
    qtbot.waitUntil(lambda: merger.preview_dialog is not None, timeout=WAIT)
    return merger.preview_dialog


# ---------------------------------------------------------------- export session
def test_default_session_name() -> None:
    from workshop_app.ui.sync_dialogs.export_session import default_session_name

    meeting = Meeting(id="m", venue="Nørrebro Bibliotek", date="2026-04-08")
    assert (
        default_session_name(meeting, "laptop3") == "Nørrebro-Bibliotek-2026-04-08-laptop3.wsession"
    )
    no_date = Meeting(id="m", venue="Amager", date="")
    import datetime as dt

    name = default_session_name(no_date, "pc/1", today=dt.date(2026, 5, 1))
    assert name == "Amager-2026-05-01-pc-1.wsession"


def test_export_session_from_the_menu(qtbot, window, tmp_path, monkeypatch) -> None:
    suggested = {}

    def save_name(parent, title, path, filters):
        suggested["path"] = path
        return str(tmp_path / "laptop-a"), filters  # no extension typed: it is added

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    window.sync.export_session_action.trigger()
    window.workers.wait()
    out = tmp_path / "laptop-a.wsession"
    qtbot.waitUntil(
        lambda: "laptop-a.wsession" in window.statusBar().currentMessage(), timeout=WAIT
    )
    venue = window.capture_page.current_meeting().venue.split()[0]
    assert Path(suggested["path"]).name.startswith(venue)
    assert suggested["path"].endswith(".wsession")
    snapshot = load_snapshot(out)  # a valid session file: checksum, counts, manifest
    assert snapshot.kind == "session"
    assert snapshot.note_count() == window.store.count_notes()
    assert snapshot.device == window.store.device
    assert f"({snapshot.note_count()} notes)" in window.statusBar().currentMessage()


# ---------------------------------------------------------------- merge preview and apply
def test_merge_preview_matches_the_dry_run_and_applying_refreshes_the_pages(
    qtbot, window, tmp_path, monkeypatch
) -> None:
    store = window.store
    page = window.capture_page
    shown = page.note_model.notes()
    assert len(shown) >= 2
    edited, removed = shown[0], shown[1]

    def on_laptop_b(other: Store) -> None:
        meeting = other.add_meeting("Tingbjerg", "2026-04-15")
        theme = other.themes()[0]
        for text in ("Flere voksne i klubben om aftenen", "Lektiehjælp på biblioteket"):
            other.add_note(meeting.id, theme.id, "challenge", text)
        other.update_note(edited.id, text="Bedre skilte til jobcentret (rettet på laptop B)")
        other.delete_note(removed.id)

    session = laptop_session(tmp_path, store.path, "laptopb", on_laptop_b)
    # Meanwhile the coordinator edits the same note differently: a conflict.
    store.update_note(edited.id, text="Bedre skilte til jobcentret (rettet her)")
    before_notes = store.count_notes()
    expected = plan_merge(store, [session])  # the dry run, on the test's own connection
    assert store.count_notes() == before_notes

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(session)], ""))
    window.sync.merge_action.trigger()
    dialog = wait_preview(qtbot, window)
    shown_counts = dialog.venue_counts()
    for venue, counts in expected.venues.items():
        assert shown_counts[venue] == (counts.new, counts.updated, counts.deleted, counts.conflicts)
    total = expected.totals()
    assert shown_counts["Total"] == (total.new, total.updated, total.deleted, total.conflicts)
    assert shown_counts["Tingbjerg"][0] == 2
    assert total.deleted == 1 and len(expected.conflicts) == 1
    assert dialog.conflicts is not None and dialog.conflicts.topLevelItemCount() == 1
    conflict_row = dialog.conflicts.topLevelItem(0)
    assert "rettet" in conflict_row.text(2) and "rettet" in conflict_row.text(3)
    assert store.count_notes() == before_notes  # the preview wrote nothing
    assert dialog.merge_button.isEnabled()

    with qtbot.waitSignal(session_merger(window).merged, timeout=WAIT) as merged:
        dialog.merge_button.click()
    report = merged.args[0]
    assert report.totals() == total
    assert store.count_notes() == before_notes + 2 - 1
    # The capture page reloaded: the new meeting is offered, the deleted note is gone and
    # the edited note shows the text that won.
    venues = [page.meeting_combo.itemText(i) for i in range(page.meeting_combo.count())]
    assert any("Tingbjerg" in v for v in venues)
    ids = [n.id for n in page.note_model.notes()]
    assert removed.id not in ids
    winner = store.note(edited.id).text
    assert [n.text for n in page.note_model.notes() if n.id == edited.id] == [winner]
    assert "2 new" in window.statusBar().currentMessage()
    # The window's clock is past everything that came in: an edit here now wins.
    assert window.store.clock.tick() > max(load_snapshot(session).max_stamp(), "")


def test_merge_of_what_is_already_here_offers_nothing_to_do(qtbot, window, tmp_path) -> None:
    session = tmp_path / "self.wsession"
    export_session(window.store, session)
    session_merger(window).preview([str(session)])
    dialog = wait_preview(qtbot, window)
    assert not dialog.merge_button.isEnabled()
    assert "Nothing new" in dialog.status.text()
    assert dialog.venue_counts()["Total"] == (0, 0, 0, 0)
    dialog.reject()


@pytest.mark.parametrize("kind", ["not-sqlite", "truncated", "missing"])
def test_a_bad_file_is_one_line_and_changes_nothing(
    qtbot, window, tmp_path, monkeypatch, kind
) -> None:
    from workshop_app.ui import dialogs

    good = tmp_path / "good.wsession"
    export_session(window.store, good)
    bad = tmp_path / "bad.wsession"
    if kind == "not-sqlite":
        bad.write_text("dette er ikke en database\n" * 50, encoding="utf-8")
    elif kind == "truncated":
        bad.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    before = export_json(window.store)
    errors = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, text, title=None: errors.append(text))
    session_merger(window).preview([str(good), str(bad)])
    qtbot.waitUntil(lambda: bool(errors), timeout=WAIT)
    window.workers.wait()
    assert len(errors) == 1
    assert errors[0].startswith("Nothing was merged: ")
    assert "bad.wsession" in errors[0] and "\n" not in errors[0]
    assert session_merger(window).preview_dialog is None
    assert export_json(window.store) == before


def test_dropping_session_files_on_the_window_opens_the_preview(qtbot, window, tmp_path) -> None:
    def on_laptop_c(other: Store) -> None:
        meeting = other.add_meeting("Amager", "2026-04-22")
        other.add_note(meeting.id, other.themes()[0].id, "solution", "Åbne skolegårde om aftenen")

    session = laptop_session(tmp_path, window.store.path, "laptopc", on_laptop_c)
    csv = tmp_path / "noter.csv"
    csv.write_text("venue,text\n", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(session)), QUrl.fromLocalFile(str(csv))])
    where = QPointF(50, 50)
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(where, Qt.DropAction.CopyAction, mime, buttons, mods)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()  # the window takes files
    drop = QDropEvent(where, Qt.DropAction.CopyAction, mime, buttons, mods)
    QApplication.sendEvent(window, drop)
    dialog = wait_preview(qtbot, window)
    assert [s.path for s in dialog.report.sources] == [str(session)]  # the CSV is not merged
    assert dialog.venue_counts()["Amager"] == (1, 0, 0, 0)
    dialog.reject()
    window.workers.wait()
    assert window.store.find_meeting("Amager", "2026-04-22") is None  # cancelled: nothing written


# ---------------------------------------------------------------- provenance
def test_selecting_a_merged_note_shows_where_it_came_from(qtbot, window, tmp_path) -> None:
    page = window.capture_page
    own = page.note_model.notes()[0]

    def on_laptop_d(other: Store) -> None:
        meeting = other.find_meeting(*_place(window, own))
        other.add_note(
            meeting.id,
            own.theme_id,
            "challenge",
            "Fra laptop D: mere tolkning",
            group_id=own.group_id,
        )

    session = laptop_session(tmp_path, window.store.path, "laptopd", on_laptop_d)
    with qtbot.waitSignal(session_merger(window).merged, timeout=WAIT):
        session_merger(window).preview([str(session)])
        wait_preview(qtbot, window).accept()
    row = next(
        i for i, n in enumerate(page.note_model.notes()) if n.text.startswith("Fra laptop D")
    )
    page.note_list.setCurrentIndex(page.note_model.index(row, 0))
    message = window.statusBar().currentMessage()
    host = platform.node()[:64]  # the session file carries the exporting laptop's host name
    assert message.startswith(
        f"Written on laptop “{host}”" if host else "Written on laptop laptopd"
    )
    assert own.venue in message
    # Edit → Where is this note from? gives the whole story.
    window.sync.provenance.action.trigger()
    box = next(b for b in window.findChildren(QMessageBox) if b.isVisible())
    assert "Laptop id: laptopd" in box.text() and f"Meeting: {own.venue}" in box.text()
    box.close()
    window.show_page(window.search_page)  # another page: the line goes away
    assert window.statusBar().currentMessage() == ""
    window.show_page(page)
    page.note_list.setCurrentIndex(page.note_model.index(page.note_model.row_of(own.id), 0))
    assert window.statusBar().currentMessage().startswith("Written on this laptop")
    page.note_list.clearSelection()
    page.note_list.setCurrentIndex(page.note_model.index(-1, 0))
    assert window.statusBar().currentMessage() == ""


def _place(window, note) -> tuple[str, str]:
    meeting = window.store.meeting(note.meeting_id)
    return meeting.venue, meeting.date


# ---------------------------------------------------------------- personal-data marker
def test_a_saved_note_with_a_phone_number_is_marked(qtbot, window) -> None:
    page = window.capture_page
    page.note_field.setPlainText("Ring til Hanne på 12 34 56 78 om lektiecaféen")
    page.submit()  # saved at once: the marker never blocks
    assert page.note_field.toPlainText() == ""
    assert any("Hanne" in n.text for n in window.store.notes())
    row = next(i for i, n in enumerate(page.note_model.notes()) if "Hanne" in n.text)
    index = page.note_model.index(row, 0)
    delegate = page.note_list.itemDelegate()
    assert delegate.personal_data(index.data(Qt.ItemDataRole.DisplayRole)) == ("phone",)
    plain = next(n for n in page.note_model.notes() if "Hanne" not in n.text)
    assert delegate.personal_data(plain.text) == ()
    # The tooltip says what was found.
    page.note_list.scrollTo(index)
    rect = page.note_list.visualRect(index)
    viewport = page.note_list.viewport()
    event = QHelpEvent(QHelpEvent.Type.ToolTip, rect.center(), viewport.mapToGlobal(rect.center()))
    option = QStyleOptionViewItem()
    option.rect = rect
    assert delegate.helpEvent(event, page.note_list, option, index)
    assert QToolTip.text() == "Contains personal data: phone number"
    QToolTip.hideText()
    # The badge is drawn at the top right of the row, left of the margin.
    image = viewport.grab(rect).toImage()
    pad = max(4, page.note_list.fontMetrics().height() // 3)
    probe = image.pixelColor(image.width() - pad - 6, pad + 8)
    assert (probe.red(), probe.green(), probe.blue()) != (255, 255, 255)
    assert probe.red() > probe.blue() + 60  # amber


def test_the_projector_never_marks_personal_data(qtbot) -> None:
    from PySide6.QtWidgets import QListView

    from workshop_app.ui.widgets.note_delegate import NoteDelegate

    view = QListView()
    qtbot.addWidget(view)
    assert NoteDelegate(view, dark=True).personal_data("Ring på 12 34 56 78") == ()
    assert NoteDelegate(view).personal_data("skriv til anna@example.dk, 010203-1234") == (
        "email",
        "cpr",
    )
