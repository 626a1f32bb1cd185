"""The window's open: SQLite's quick check before the first paint, the full integrity check
after it, and every write held until the full check has passed (store.full_check).

The damaged files here pass the quick check and the open's cheap checks (kind, version,
tables, no triggers) but fail the full one: an index that no longer matches its table, and
a note whose theme does not exist. A damaged file must still be refused before anything is
written, with the message an open gives today."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from workshop_app.errors import DamagedFileError
from workshop_app.safety import backup
from workshop_app.store import Store, database, full_check
from workshop_app.store.policy import OpenPolicy

#: The window's way of opening (its backup policy defers; see ``backup.open_policy``).
QUICK = OpenPolicy(defer_full_check=True)


def fill(path: Path, notes: int = 40) -> None:
    with Store.open(path) as store:
        meeting = store.add_meeting("Amager", "2026-04-08")
        theme = store.themes()[0]
        for i in range(notes):
            store.add_note(meeting.id, theme.id, "challenge", f"Note {i}: lang vej til hallen")


def mismatched_index(path: Path) -> None:
    """The notes_theme index now claims to index another column: every row is missing
    from it. Only the full integrity check compares indexes with their tables."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA writable_schema=ON")
    conn.execute("UPDATE sqlite_master SET sql = 'CREATE INDEX notes_theme ON notes(meeting_id)'"
                 " WHERE name = 'notes_theme'")
    conn.commit()
    conn.close()


def broken_reference(path: Path) -> None:
    """A note whose theme does not exist (written with foreign keys off)."""
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO notes (id, meeting_id, theme_id, kind, text, device, "
                 "origin_device, hlc, created) SELECT 'orphan', meeting_id, 'no-such-theme', "
                 "kind, 'forældreløs', device, origin_device, hlc, created FROM notes LIMIT 1")
    conn.commit()
    conn.close()


def state_of(path: Path) -> tuple[bytes, bytes]:
    """The file and its write-ahead log, byte for byte."""
    wal = Path(str(path) + "-wal")
    return path.read_bytes(), wal.read_bytes() if wal.exists() else b""


@pytest.fixture
def damaged(db_path: Path, request) -> Path:
    fill(db_path)
    request.param(db_path)
    return db_path


def quick_check_passes(path: Path) -> bool:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
    finally:
        conn.close()


DAMAGES = pytest.mark.parametrize("damaged", [mismatched_index, broken_reference],
                                  indirect=True, ids=["index", "reference"])


# ---------------------------------------------------------------- a sound file
def test_a_sound_file_opens_on_the_quick_check_and_writes_after_the_full_one(db_path) -> None:
    fill(db_path)
    with Store.open(db_path, policy=QUICK) as store:
        assert store.full_check_state == full_check.PENDING
        assert store.count_notes() == 40  # reads do not wait
        store.start_full_check()
        store.start_full_check()  # once
        meeting, theme = store.meetings()[0], store.themes()[0]
        store.add_note(meeting.id, theme.id, "solution", "Flere busser")  # waits, then writes
        assert store.full_check_state == full_check.PASSED
    with Store.open(db_path) as store:
        assert store.count_notes() == 41  # durable when add_note returned


def test_a_write_nobody_started_the_check_for_runs_it_first(db_path) -> None:
    fill(db_path)
    with Store.open(db_path, policy=QUICK) as store:
        store.set_local("last_meeting", "x")
        assert store.full_check_state == full_check.PASSED
        assert store.get_local("last_meeting") == "x"


def test_plain_and_command_line_opens_check_fully_at_once(db_path) -> None:
    fill(db_path)
    with Store.open(db_path) as store:
        assert store.full_check_state == full_check.PASSED
    with Store.open(db_path, policy=backup.open_policy()) as store:  # no defer: the CLI's
        assert store.full_check_state == full_check.PASSED
    with Store.open(db_path, readonly=True, policy=QUICK) as store:  # read-only: always full
        assert store.full_check_state == full_check.PASSED


# ---------------------------------------------------------------- a damaged file
@DAMAGES
def test_a_file_failing_only_the_full_check_is_refused_at_the_first_write(damaged) -> None:
    assert quick_check_passes(damaged)
    with pytest.raises(DamagedFileError) as at_open:
        Store.open(damaged)  # checked fully at once: refused as before
    message = str(at_open.value)
    assert "failed the integrity check" in message
    before = state_of(damaged)
    with Store.open(damaged, policy=QUICK) as store:
        assert store.count_notes() >= 40  # reads work meanwhile
        store.start_full_check()
        meeting, theme = store.meetings()[0], store.themes()[0]
        with pytest.raises(DamagedFileError) as at_write:
            store.add_note(meeting.id, theme.id, "challenge", "må ikke gemmes")
        assert str(at_write.value) == message  # the same refusal as an open's
        assert store.full_check_state == full_check.FAILED
        for write in (lambda: store.set_local("k", 1),
                      lambda: store.add_meeting("Valby", "2026-05-01"),
                      lambda: store.transaction().__enter__()):
            with pytest.raises(DamagedFileError):
                write()
        assert store.count_notes() >= 40  # still readable
    assert state_of(damaged) == before  # nothing written


@pytest.mark.parametrize("damage", [mismatched_index, broken_reference], ids=["index", "reference"])
def test_the_refusal_names_the_newest_good_backup_as_an_opens_does(db_path, damage) -> None:
    fill(db_path)
    good = backup.snapshot(db_path, "manual")
    damage(db_path)
    policy = backup.open_policy(defer=lambda job: None)
    with pytest.raises(DamagedFileError) as at_open:
        Store.open(db_path, policy=backup.open_policy())
    assert str(good) in str(at_open.value)
    with Store.open(db_path, policy=policy) as store, \
            pytest.raises(DamagedFileError) as at_write:
        store.set_local("k", 1)
    assert str(at_write.value) == str(at_open.value)


@DAMAGES
def test_every_store_of_the_file_in_this_process_waits_for_the_verdict(damaged) -> None:
    """The window's pool threads open their own stores (merges, periodic backups)."""
    before = state_of(damaged)
    with Store.open(damaged, policy=QUICK) as store:
        worker = Store(database.connect(damaged), damaged, "testdevice")
        try:
            assert worker.full_check_state == full_check.PENDING
            with pytest.raises(DamagedFileError):
                worker.set_local("k", 1)
            with pytest.raises(DamagedFileError):
                backup.before_merge(worker)  # the merge is refused before it writes
            with pytest.raises(DamagedFileError):
                backup.maybe_backup(worker, 0)
        finally:
            worker.close()
        assert store.full_check_state == full_check.FAILED
    assert state_of(damaged) == before
    assert backup.list_backups(damaged) == []
    with pytest.raises(DamagedFileError):
        Store.open(damaged)  # refused: the failed verdict still holds
    assert full_check.held_by(damaged).state == full_check.FAILED
    for suffix in ("", "-wal", "-shm"):  # a sound file in its place (a restore)
        Path(str(damaged) + suffix).unlink(missing_ok=True)
    fill(damaged)  # an open that checks it fully replaces the verdict
    assert full_check.held_by(damaged) is None


@DAMAGES
def test_the_deferred_open_backup_waits_for_the_verdict(damaged) -> None:
    jobs: list = []
    warnings: list[str] = []
    policy = backup.open_policy(on_error=warnings.append, defer=jobs.append)
    with Store.open(damaged, policy=policy) as store:
        assert policy.defer_full_check
        assert store.full_check_state == full_check.PENDING
        assert len(jobs) == 1
        jobs[0]()  # runs the check itself when nobody started it
    assert backup.list_backups(damaged) == []
    assert len(warnings) == 1 and "no backup taken on open" in warnings[0]
    assert "failed the integrity check" in warnings[0]


def test_the_deferred_open_backup_of_a_sound_file_is_taken_after_the_check(db_path) -> None:
    fill(db_path)
    jobs: list = []
    with Store.open(db_path, policy=backup.open_policy(defer=jobs.append)) as store:
        store.start_full_check()
        worker = threading.Thread(target=jobs[0])
        worker.start()
        worker.join()
        assert store.full_check_state == full_check.PASSED
    assert [b.reason for b in backup.list_backups(db_path)] == ["open"]


@DAMAGES
def test_a_file_the_open_would_change_is_checked_fully_first(damaged) -> None:
    """Switching the journal mode writes the file's header: such a file waits for nothing."""
    conn = sqlite3.connect(damaged)
    conn.execute("PRAGMA journal_mode=DELETE")  # as a restored backup comes
    conn.close()
    before = damaged.read_bytes()
    with pytest.raises(DamagedFileError, match="failed the integrity check"):
        Store.open(damaged, policy=QUICK)
    assert damaged.read_bytes() == before


def test_a_file_needing_a_migration_is_checked_fully_first(db_path) -> None:
    fill(db_path)
    broken_reference(db_path)
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA user_version=1")  # a version-1 file: what migrations 2-3 add, gone
    conn.execute("DROP INDEX IF EXISTS notes_place")
    conn.execute("DROP INDEX IF EXISTS notes_hlc")
    conn.execute("ALTER TABLE summary_points DROP COLUMN draft")
    conn.execute("ALTER TABLE meetings DROP COLUMN preposition")
    conn.execute("DROP TABLE note_exclusions")
    conn.commit()
    conn.close()
    before = state_of(db_path)
    with pytest.raises(DamagedFileError, match="broken references"):
        Store.open(db_path, policy=QUICK)
    assert state_of(db_path) == before


@DAMAGES
def test_the_command_line_refuses_it_at_once(damaged, cli) -> None:
    result = cli("info", "--db", damaged)
    assert result.code == 1 and "failed the integrity check" in result.err


# ---------------------------------------------------------------- the window
@DAMAGES
def test_the_window_opens_it_and_reports_the_damage_after_the_first_paint(
    qtbot, damaged, monkeypatch, app_controller
) -> None:
    from workshop_app.ui import dialogs

    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, text, *a: shown.append(text))
    before = state_of(damaged)
    with app_controller() as controller:
        assert controller.start(damaged)
        store = controller.store
        qtbot.waitUntil(lambda: store.full_check_state == full_check.FAILED, timeout=10_000)
        qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
        assert "failed the integrity check" in shown[0]
        with pytest.raises(DamagedFileError):
            store.add_meeting("Valby", "2026-05-01")
        controller.finish_backups()
    assert backup.list_backups(damaged) == []
    assert state_of(damaged)[0] == before[0]


def test_the_window_starts_the_full_check_of_a_sound_file(
    qtbot, db_path, app_controller
) -> None:
    fill(db_path)
    with app_controller() as controller:
        assert controller.start(db_path)
        store = controller.store
        qtbot.waitUntil(lambda: store.full_check_state == full_check.PASSED, timeout=10_000)
        controller.finish_backups()
        assert [b.reason for b in backup.list_backups(db_path)] == ["open"]
