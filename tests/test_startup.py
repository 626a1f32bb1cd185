"""Starting the window fast without skipping anything: the quick check that runs while the
window's modules load, and the on-open backup taken after the first paint (the full check
after the first paint: tests/test_startup_full_check.py)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from workshop_app.errors import DamagedFileError, NewerVersionError
from workshop_app.safety import backup
from workshop_app.store import Store, database
from workshop_app.store.policy import OpenPolicy

#: How the window opens its file: the quick check now, the full check after the first paint
#: (a precheck's verdict is a quick check's, so only such an open uses it).
QUICK = OpenPolicy(defer_full_check=True)


def fill(path: Path, notes: int = 60) -> None:
    with Store.open(path) as store:
        meeting = store.add_meeting("Amager", "2026-04-08")
        theme = store.themes()[0]
        for i in range(notes):
            store.add_note(meeting.id, theme.id, "challenge",
                           f"Note {i}: lang vej til biblioteket " + "og tilbage " * 40)


def corrupt(db: Path) -> None:
    size = db.stat().st_size
    with open(db, "r+b") as fh:
        fh.seek(size // 2)
        fh.write(b"\xde\xad\xbe\xef" * 1024)
    for suffix in ("-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)


@pytest.fixture
def verdicts(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Whether each open used a precheck's verdict (True) or checked inline (False)."""
    seen: list[bool] = []
    original = database._passed_precheck

    def spy(path: Path) -> bool:
        seen.append(original(path))
        return seen[-1]

    monkeypatch.setattr(database, "_passed_precheck", spy)
    return seen


# ---------------------------------------------------------------- the precheck
def test_a_sound_file_opens_on_the_prechecks_verdict(db_path: Path, verdicts) -> None:
    fill(db_path)
    database.start_precheck(db_path)
    with Store.open(db_path, policy=QUICK) as store:
        assert store.count_notes() == 60
    assert verdicts[-1] is True
    assert database._prechecks == {}
    with Store.open(db_path, policy=QUICK) as store:  # used once: the next open checks
        assert store.count_notes() == 60
    assert verdicts[-1] is False


def test_a_file_written_after_the_precheck_is_checked_again(db_path: Path, verdicts) -> None:
    fill(db_path)
    database.start_precheck(db_path)
    database.finish_precheck(db_path)
    conn = sqlite3.connect(db_path)  # another program writes in between
    conn.execute("UPDATE notes SET text = 'ændret' WHERE rowid = 1")
    conn.commit()
    conn.close()
    with Store.open(db_path, policy=QUICK) as store:
        assert "ændret" in {n.text for n in store.notes()}
    assert verdicts[-1] is False


def test_a_damaged_file_is_refused_as_before(db_path: Path, tmp_path: Path, verdicts) -> None:
    fill(db_path, 200)
    corrupt(db_path)
    twin = tmp_path / db_path.name
    twin.write_bytes(db_path.read_bytes())
    with pytest.raises(DamagedFileError) as inline:
        Store.open(twin, policy=QUICK)
    database.start_precheck(db_path)
    with pytest.raises(DamagedFileError) as prechecked:
        Store.open(db_path, policy=QUICK)
    assert verdicts[-1] is False
    assert str(prechecked.value) == str(inline.value)


def test_a_file_of_another_schema_version_is_not_prechecked(db_path: Path, verdicts) -> None:
    fill(db_path)
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version={database.LATEST_VERSION + 1}")  # a newer app's file
    conn.close()
    database.start_precheck(db_path)
    database.finish_precheck(db_path)
    assert database._prechecks[db_path.resolve()][1] == {}  # no verdict
    with pytest.raises(NewerVersionError):
        Store.open(db_path)
    database._prechecks.clear()


def test_no_precheck_for_a_missing_file(tmp_path: Path) -> None:
    database.start_precheck(tmp_path / "none.sqlite")
    assert database._prechecks == {}


# ---------------------------------------------------------------- the on-open backup, later
def test_a_deferred_open_backup_is_taken_by_the_job(db_path: Path) -> None:
    fill(db_path)
    jobs: list = []
    Store.open(db_path, policy=backup.open_policy(defer=jobs.append)).close()
    assert backup.list_backups(db_path) == []  # not during the open
    assert len(jobs) == 1
    jobs[0]()
    made = backup.list_backups(db_path)
    assert [b.reason for b in made] == ["open"]
    assert backup.note_count(made[0]) == 60
    jobs[0]()  # the same state again: no second copy
    assert len(backup.list_backups(db_path)) == 1
    # without deferral: during the open, as before
    Store.open(db_path, policy=backup.open_policy()).close()
    assert len(backup.list_backups(db_path)) == 1  # unchanged state: none needed


def test_a_failed_deferred_backup_is_reported(db_path: Path, monkeypatch) -> None:
    fill(db_path)
    said: list[str] = []
    jobs: list = []

    def full(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup, "snapshot", full)
    Store.open(db_path, policy=backup.open_policy(on_error=said.append,
                                                  defer=jobs.append)).close()
    jobs[0]()
    assert len(said) == 1 and said[0].startswith("no backup taken on open:")


def test_the_window_takes_the_open_backup_after_its_first_paint(
    qtbot, qapp, db_path: Path, app_controller
):
    fill(db_path)
    with app_controller() as controller:
        assert controller.start(db_path)  # the window's own policy: backups, deferred
        assert backup.list_backups(db_path) == []  # the window came first
        qtbot.waitUntil(lambda: controller.open_backups_started > 0, timeout=10_000)
        controller.finish_backups()
        assert [b.reason for b in backup.list_backups(db_path)] == ["open"]


def test_a_window_closed_before_its_paint_still_leaves_the_backup(
    qapp, db_path: Path, app_controller
):
    fill(db_path)
    with app_controller() as controller:
        assert controller.start(db_path)
        controller.window.close()  # no event processed: never painted
        controller.finish_backups()  # what run_gui does before it returns
        assert [b.reason for b in backup.list_backups(db_path)] == ["open"]


# ---------------------------------------------------------------- PySide6's feature scan
def test_the_faster_feature_scan_answers_as_pyside6s_own() -> None:
    import sys

    import workshop_app.ui
    import workshop_app.ui.main_window  # noqa: F401 -- and some modules that use PySide6

    fast = sys.modules["shibokensupport.feature"]._mod_uses_pyside
    assert fast._workshop_fast
    modules = [m for m in list(sys.modules.values())
               if str(getattr(m, "__file__", "")).endswith(".py")]
    answers = {m.__name__: fast(m) for m in modules}
    assert answers == {m.__name__: fast.original(m) for m in modules}
    assert answers["workshop_app.ui.main_window"] is True
    assert answers["workshop_app.store.store"] is False
