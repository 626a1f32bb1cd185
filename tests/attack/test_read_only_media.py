"""A consultation on a write-protected USB stick or share (defect 14 of issue 18).

The medium is a small tmpfs remounted read-only (root in a sandbox); elsewhere the test is
skipped and the ``mode=ro`` path is still covered by test_foreign_files.py.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from attack_helpers import mount_tmpfs, one_clean_line, remount, run_cli, unmount

READERS = {
    "info": ["info"],
    "note list": ["note", "list"],
    "export json": ["export", "json", "--out", "{out}/c.json"],
    "export md": ["export", "md", "--out", "{out}/c.md"],
    "privacy": ["privacy"],
    "session export": ["session", "export", "--out", "{out}/c.wsession"],
    "recurring": ["recurring"],
    "point list": ["point", "list"],
    "handout": ["handout", "--lang", "da,ar", "--out", "{out}/h.pdf"],
}


@pytest.fixture
def stick(tmp_path: Path, demo: Path):
    """A read-only medium holding a demo consultation (checkpointed, as after a clean exit)."""
    medium = tmp_path / "stick"
    if not mount_tmpfs(medium, "8m"):
        pytest.skip("cannot mount a tmpfs here (not root?)")
    conn = sqlite3.connect(demo)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    shutil.copyfile(demo, medium / "c.sqlite")
    remount(medium, "ro")
    yield medium / "c.sqlite"
    unmount(medium)


@pytest.mark.parametrize("name", sorted(READERS))
def test_read_only_commands_work_on_a_write_protected_medium(name, stick, tmp_path) -> None:
    """Promise: every command that only reads works on a consultation on a write-protected
    medium, and says in one line that it took no backup."""
    out = tmp_path / "out"
    out.mkdir()
    before = stick.read_bytes()
    args = [a.format(out=out) for a in READERS[name]]
    result = run_cli(*args, "--db", stick)
    assert result.returncode == 0, result
    notes = [line for line in result.stderr.splitlines() if "no backup taken" in line]
    assert len(notes) == 1 and "read" in notes[0], result.stderr
    assert stick.read_bytes() == before


def test_backup_of_a_file_on_a_write_protected_medium(stick) -> None:
    """Promise: ``backup create`` copies a consultation from a write-protected medium into the
    backup folder (a copy is worth having before the stick goes back in a drawer)."""
    result = run_cli("backup", "create", "--db", stick)
    assert result.returncode == 0, result
    assert Path(result.stdout.strip()).is_file()


def test_writing_on_a_write_protected_medium_is_refused_cleanly(stick) -> None:
    """Promise: a command that writes says in one line that the file or folder is read-only."""
    result = run_cli("note", "add", "--db", stick, "--venue", "Valby", "--theme", "Sundhed",
                     "--kind", "challenge", "--text", "kan ikke gemmes")
    one_clean_line(result)
    assert "read-only" in result.stderr


def test_unsaved_log_on_a_read_only_medium_is_not_ignored(tmp_path, demo) -> None:
    """Promise: a file whose write-ahead log still holds notes (the stick was pulled without
    a clean exit) is not read without them: one line says to copy it somewhere writable."""
    medium = tmp_path / "stick"
    if not mount_tmpfs(medium, "8m"):
        pytest.skip("cannot mount a tmpfs here (not root?)")
    try:
        db = medium / "c.sqlite"
        shutil.copyfile(demo, db)
        writer = sqlite3.connect(db)
        writer.execute("PRAGMA journal_mode=WAL")
        writer.execute("PRAGMA wal_autocheckpoint=0")
        writer.execute("UPDATE notes SET text = text || ' (rettet)'")
        writer.commit()
        # Keep the log: copy the files as they are while the writer still holds them.
        shutil.copyfile(db, tmp_path / "c.sqlite")
        shutil.copyfile(str(db) + "-wal", tmp_path / "c.sqlite-wal")
        writer.close()
        for name in ("c.sqlite", "c.sqlite-wal", "c.sqlite-shm"):
            (medium / name).unlink(missing_ok=True)
        shutil.copyfile(tmp_path / "c.sqlite", db)
        shutil.copyfile(tmp_path / "c.sqlite-wal", str(db) + "-wal")
        remount(medium, "ro")
        result = run_cli("info", "--db", db)
        one_clean_line(result)
        assert "write-ahead log" in result.stderr or "c.sqlite-wal" in result.stderr
    finally:
        unmount(medium)
