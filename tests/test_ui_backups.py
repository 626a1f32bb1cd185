"""File → Backups… (list, restore, reopen), the restore offer for a damaged file, and the
periodic backups taken off the UI thread."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from workshop_app.safety import backup
from workshop_app.store import Store
from workshop_app.ui.sync_dialogs.backups_dialog import BackupRole

WAIT = 30000  # ms; generous for a loaded machine, never a timing assertion
LATE_NOTE = "Skrevet efter backuppen: flere pladser i sprogskolen"




@pytest.fixture
def answer(monkeypatch):
    """Answer every QMessageBox by clicking the button with the given text (None: Cancel).

    Returns the list of (title, text, informative text) of the boxes shown."""
    shown: list[tuple[str, str, str]] = []
    choice = {"button": None}

    def exec_(box: QMessageBox) -> int:
        shown.append((box.windowTitle(), box.text(), box.informativeText()))
        for button in box.buttons():
            if choice["button"] is not None and button.text() == choice["button"]:
                button.click()
                return 0
        cancel = box.button(QMessageBox.StandardButton.Cancel)
        if cancel is not None:
            cancel.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)

    def set_choice(text: str | None) -> list[tuple[str, str, str]]:
        choice["button"] = text
        return shown

    return set_choice


def corrupt(db: Path) -> None:
    """Overwrite the middle of the file, as a pulled USB stick might leave it."""
    size = db.stat().st_size
    with open(db, "r+b") as fh:
        fh.seek(size // 2)
        fh.write(b"\xde\xad\xbe\xef" * 1024)
    for suffix in ("-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)


def add_late_note(store: Store) -> None:
    meeting = store.meetings()[0]
    store.add_note(meeting.id, store.themes()[0].id, "challenge", LATE_NOTE)


# ---------------------------------------------------------------- the dialog
def test_backups_dialog_lists_time_reason_notes_and_size(qtbot, window) -> None:
    store = window.store
    first = backup.snapshot(store.path, "manual", connection=store.db.conn)
    add_late_note(store)
    later = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=2)
    backup.snapshot(store.path, "periodic", connection=store.db.conn, now=later)
    window.sync.backups_action.trigger()
    dialog = window.sync.backups_dialog
    found = backup.list_backups(store.path)
    assert dialog.list.topLevelItemCount() == len(found) >= 2
    rows = [
        [dialog.list.topLevelItem(i).text(c) for c in range(4)]
        for i in range(dialog.list.topLevelItemCount())
    ]
    assert rows[0][0] == found[0].local_time  # newest first
    assert rows[0][1] == "While notes were being written"
    assert int(rows[0][2]) == store.count_notes()
    by_path = {
        dialog.list.topLevelItem(i).data(0, BackupRole).path: rows[i] for i in range(len(rows))
    }
    assert by_path[first][1] == "Made by hand"
    assert int(by_path[first][2]) == store.count_notes() - 1
    assert all(r[3] for r in rows)  # a size, e.g. "96.0 KB"
    assert dialog.restore_button.isEnabled()
    dialog.reject()


def test_restore_from_the_dialog_backs_up_first_and_asks_to_reopen(qtbot, window, answer) -> None:
    store = window.store
    good = backup.snapshot(store.path, "manual", connection=store.db.conn)
    add_late_note(store)
    count = store.count_notes()
    window.sync.backups_action.trigger()
    dialog = window.sync.backups_dialog
    row = next(
        i
        for i in range(dialog.list.topLevelItemCount())
        if dialog.list.topLevelItem(i).data(0, BackupRole).path == good
    )
    dialog.list.setCurrentItem(dialog.list.topLevelItem(row))

    shown = answer(None)  # first: Cancel changes nothing
    dialog.restore_button.click()
    assert shown and shown[-1][0] == "Restore backup"
    window.workers.wait()
    assert store.count_notes() == count

    answer("Restore")
    with qtbot.waitSignal(window.reopenRequested, timeout=WAIT):
        dialog.restore_button.click()
    assert "holds" in shown[-1][2] and str(count - 1) in shown[-1][2]
    # The file holds the backup now (the window's own connection sees it) ...
    assert store.count_notes() == count - 1
    assert not any(n.text == LATE_NOTE for n in store.notes())
    # ... and the state before the restore was kept: the restore can itself be undone.
    before = [b for b in backup.list_backups(store.path) if b.reason == "before-restore"]
    assert len(before) == 1 and backup.note_count(before[0]) == count
    assert window.undo_stack.count() == 0


def test_restore_reopens_the_consultation_in_the_app(qtbot, demo_db, answer) -> None:
    from workshop_app.ui.app import AppController
    from workshop_app.ui.i18n import Translators
    from workshop_app.ui.settings import Settings

    translators = Translators()
    translators.install("en")
    controller = AppController(Settings(), translators)
    assert controller.start(demo_db)
    first = controller.window
    good = backup.snapshot(demo_db, "manual", connection=controller.store.db.conn)
    add_late_note(controller.store)
    from workshop_app.ui.sync_dialogs import open_backups_dialog

    dialog = open_backups_dialog(first)
    row = next(
        i
        for i in range(dialog.list.topLevelItemCount())
        if dialog.list.topLevelItem(i).data(0, BackupRole).path == good
    )
    dialog.list.setCurrentItem(dialog.list.topLevelItem(row))
    answer("Restore")
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: controller.window is not first, timeout=WAIT)
    second = controller.window
    texts = [n.text for n in second.capture_page.note_model.notes()]
    assert texts and LATE_NOTE not in texts
    assert not any(n.text == LATE_NOTE for n in controller.store.notes())
    second.workers.wait()
    second.sync.periodic_backups.wait()
    second.close()
    controller.store.close()


# ---------------------------------------------------------------- a damaged file
def test_opening_a_damaged_file_offers_the_newest_good_backup(qtbot, demo_db, answer) -> None:
    from workshop_app.ui.app import AppController
    from workshop_app.ui.i18n import Translators
    from workshop_app.ui.settings import Settings

    with Store.open(demo_db) as store:
        for i in range(10):
            add_late_note(store)  # enough pages that the damage lands in the notes
        notes = store.count_notes()
    good = backup.snapshot(demo_db, "manual")
    corrupt(demo_db)
    damaged = demo_db.read_bytes()
    controller = AppController(Settings(), Translators())

    shown = answer(None)  # declined: the file is left exactly as it was
    assert controller.open_store(demo_db, create=False, parent=None) is None
    title, text, info = shown[-1]
    assert title == "The consultation is damaged"
    assert demo_db.name in text
    assert str(good) in info and backup.list_backups(demo_db)[0].local_time in info
    assert f"holds {notes} notes" in info
    assert demo_db.read_bytes() == damaged

    answer("Restore the backup")
    store = controller.open_store(demo_db, create=False, parent=None)
    assert store is not None
    try:
        assert store.count_notes() == notes
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        store.close()
    kept = list(backup.backup_dir(demo_db).glob("*" + backup.DAMAGED_SUFFIX))
    assert len(kept) == 1 and kept[0].read_bytes() == damaged


def test_a_newer_file_is_not_offered_a_backup(tmp_path) -> None:
    from workshop_app.errors import NewerVersionError
    from workshop_app.ui.sync_dialogs.recovery import offer_backup_restore

    path = tmp_path / "x.sqlite"
    assert offer_backup_restore(None, path, NewerVersionError("newer")) is None


# ---------------------------------------------------------------- periodic backups
def test_periodic_backups_while_notes_change(qtbot, window) -> None:
    periodic = window.sync.periodic_backups
    assert periodic.timer.isActive() and periodic.timer.interval() == 60_000
    periodic.min_interval_s = 0  # every tick may back up (the real interval is minutes)
    before = len(backup.list_backups(window.store.path))
    add_late_note(window.store)
    with qtbot.waitSignal(periodic.finished, timeout=WAIT) as done:
        assert periodic.tick()
    made, error = done.args
    assert error == "" and made is not None and Path(made).exists()
    newest = backup.list_backups(window.store.path)
    assert len(newest) == before + 1 and newest[0].reason == "periodic"
    assert backup.note_count(newest[0]) == window.store.count_notes()
    # Nothing changed since: the tick stops on the UI thread, no backup, no thread.
    assert not periodic.tick()
    add_late_note(window.store)
    with qtbot.waitSignal(periodic.finished, timeout=WAIT):
        assert periodic.tick()
    assert len(backup.list_backups(window.store.path)) == before + 2


def test_a_failed_periodic_backup_is_said_once_in_the_status_bar(
    qtbot, window, monkeypatch
) -> None:
    from workshop_app.errors import StoreError
    from workshop_app.ui.sync_dialogs import periodic_backup

    def full(*_args, **_kw):
        raise StoreError("cannot write a backup: the disk is full")

    monkeypatch.setattr(periodic_backup.backups, "maybe_backup", full)
    periodic = window.sync.periodic_backups
    add_late_note(window.store)
    with qtbot.waitSignal(periodic.finished, timeout=WAIT) as done:
        assert periodic.tick()
    assert done.args[1] == "cannot write a backup: the disk is full"
    assert "disk is full" in window.statusBar().currentMessage()
    window.statusBar().clearMessage()
    with qtbot.waitSignal(periodic.finished, timeout=WAIT):
        assert periodic.tick()  # tried again: the notes are still not backed up
    assert window.statusBar().currentMessage() == ""  # but not said again
