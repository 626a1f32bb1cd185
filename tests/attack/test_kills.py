"""SIGKILL in the middle of a write (defect 6 of issue 18, and the all-or-nothing promises).

A killed process runs no clean-up, so what it leaves behind must be either harmless and
swept at the next start (temporary files) or whole (the consultation, an output file).
"""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest
from attack_helpers import SCALE, kill_after, kill_when, live_notes, run_cli


def _big(path: Path, notes: int = 20_000) -> Path:
    """A consultation with many long notes, so that a backup or export takes a while."""
    from workshop_app.store import Store

    with Store.open(path, device="big") as store:
        meeting = store.add_meeting("Valby", "2026-04-10")
        theme = store.themes()[0]
        with store.transaction():
            for i in range(notes):
                store.add_note(meeting.id, theme.id, "challenge",
                               f"Note {i}: " + "lange ventetider og for få hænder " * 25)
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


@pytest.fixture(scope="module")
def big_template(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    return _big(tmp_path_factory.mktemp("big") / "big.sqlite").read_bytes()


@pytest.fixture
def big(tmp_path: Path, big_template: bytes) -> Path:
    db = tmp_path / "big.sqlite"
    db.write_bytes(big_template)
    db.chmod(0o600)
    return db


def _integrity(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def _backup_folder(db: Path) -> Path:
    from workshop_app.safety.backup import backup_dir

    return backup_dir(db)


@pytest.mark.parametrize("kills", [3 * SCALE, pytest.param(26 * SCALE, marks=pytest.mark.slow)])
def test_killed_backups_leave_nothing_after_the_next_start(big, kills) -> None:
    """Promise: backups killed part-way leave no temporary copies once the app starts again:
    the next command sweeps them at once (no hour's wait), and the disk does not fill up."""
    folder = _backup_folder(big)
    killed = 0
    for _ in range(kills):  # killed the moment its temporary copy exists
        if kill_when(["backup", "create", "--db", big],
                     lambda: any(p.name.startswith(".") for p in folder.iterdir())) is None:
            killed += 1
    assert killed == kills
    result = run_cli("info", "--db", big)
    assert result.returncode == 0, result
    left = [p for p in folder.iterdir() if p.name.startswith(".")]
    assert left == [], f"{len(left)} temporary files after {killed} kills"
    assert _integrity(big) == "ok"


def test_a_live_backups_temporary_file_is_not_swept(tmp_path) -> None:
    """Promise: the sweep removes only files of processes that have ended (a backup running
    in the window at the same time keeps its temporary file)."""
    import os

    from workshop_app.store import database

    mine = tmp_path / f".tmp-{os.getpid()}-abcd1234-x.sqlite"
    dead = tmp_path / ".tmp-999999999-abcd1234-x.sqlite"
    for path in (mine, dead):
        path.write_bytes(b"copy")
    assert database.sweep_temp_files(tmp_path, ".tmp-", "") == [dead]
    assert mine.exists() and not dead.exists()


@pytest.mark.parametrize("trial", range(2 * SCALE))
def test_killed_import_is_all_or_nothing(tmp_path, demo, trial) -> None:
    """Promise: an import killed at any moment leaves the file sound with either none or all
    of the file's notes, and no temporary file once the next command ran."""
    csv = tmp_path / "many.csv"
    csv.write_text("venue,date,theme,kind,text\n" + "".join(
        f"Valby,2026-04-10,Tema {i % 300},challenge,Tekst nummer {i}\n" for i in range(8000)),
        encoding="utf-8")
    before = len(live_notes(demo))
    for db in (demo, tmp_path / "new.sqlite"):  # into a consultation, and into a new file
        kill_after(["import-csv", csv, "--db", db], random.Random(trial).uniform(0.4, 1.6))
        assert run_cli("backup", "list", "--db", db).returncode == 0
        if db.exists():
            assert _integrity(db) == "ok"
            count = len(live_notes(db))
            assert count in ((before, before + 8000) if db == demo else (8000,)), count
        leftovers = run_cli("note", "add", "--db", db, "--venue", "V", "--theme", "T",
                            "--kind", "challenge", "--text", "efter")
        assert leftovers.returncode == 0, leftovers
        assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


@pytest.mark.parametrize("trial", range(2 * SCALE))
def test_killed_export_keeps_the_old_file_whole(tmp_path, big, trial) -> None:
    """Promise: an export killed part-way leaves the previous export byte for byte (or the
    new one whole): never a half-written file."""
    out = tmp_path / "export.json"
    assert run_cli("export", "json", "--db", big, "--out", out).returncode == 0
    old = out.read_bytes()
    conn = sqlite3.connect(big)
    conn.execute("UPDATE notes SET text = text || '!' WHERE rowid % 7 = 0")
    conn.commit()
    conn.close()
    done = kill_after(["export", "json", "--db", big, "--out", out],
                      random.Random(trial).uniform(0.3, 1.5))
    whole_new = tmp_path / "whole.json"  # what the export writes when it is not killed
    assert run_cli("export", "json", "--db", big, "--out", whole_new).returncode == 0
    new = whole_new.read_bytes()
    data = out.read_bytes()
    if done is None:  # killed: before the rename the old file, after it the new one, whole
        assert data == old or data == new, "the killed export left a half-written file"
    else:
        assert done.returncode == 0 and data == new and data != old
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


@pytest.mark.parametrize("trial", range(2 * SCALE))
def test_killed_restore_is_all_or_nothing(tmp_path, big, trial) -> None:
    """Promise: a restore killed part-way leaves the consultation sound, in the state before
    or after the restore, never a mixture."""
    made = run_cli("backup", "create", "--db", big)
    assert made.returncode == 0, made
    before_backup = live_notes(big)
    conn = sqlite3.connect(big)
    conn.execute("UPDATE notes SET deleted = 1 WHERE rowid % 2 = 0")
    conn.commit()
    conn.close()
    after_change = live_notes(big)
    kill_after(["backup", "restore", made.stdout.strip(), "--db", big],
               random.Random(trial).uniform(0.3, 1.5))
    assert _integrity(big) == "ok"
    assert live_notes(big) in (before_backup, after_change)
