"""Damaged, foreign and tampered files given as ``--db`` (defects 2, 3 and 7 of issue 18).

Every command that opens a consultation file checks it the way ``backup restore`` checks a
backup (a regular SQLite file, this app's application id, a schema version it reads, exactly
its tables, no triggers or views, integrity) before it writes a byte; a refused file keeps
every byte and its mode, and no write-ahead log or other file appears next to it.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
from pathlib import Path

import pytest
from attack_helpers import file_state, one_clean_line, run_cli

#: Every command that takes ``--db`` (with harmless arguments); ``{db}`` etc. are filled in.
DB_COMMANDS: dict[str, list[str]] = {
    "demo": ["demo"],
    "event": ["event", "--title", "Borgermøde"],
    "note add": ["note", "add", "--venue", "Valby", "--theme", "Sundhed", "--kind",
                 "challenge", "--text", "Lange ventetider"],
    "note list": ["note", "list"],
    "note edit": ["note", "edit", "abc", "--text", "x"],
    "note delete": ["note", "delete", "abc"],
    "import-csv": ["import-csv", "{csv}"],
    "info": ["info"],
    "export json": ["export", "json", "--out", "{out}.json"],
    "export md": ["export", "md", "--out", "{out}.md"],
    "session export": ["session", "export", "--out", "{out}.wsession"],
    "merge": ["merge", "{session}"],
    "handout": ["handout", "--out", "{out}.pdf"],
    "backup create": ["backup", "create"],
    "privacy": ["privacy"],
    "recurring": ["recurring"],
    "point list": ["point", "list"],
    "point add": ["point", "add", "--theme", "Sundhed", "--text", "Et punkt"],
}

READ_ONLY = ("note list", "info", "export json", "export md", "session export", "handout",
             "privacy", "recurring", "point list")


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A valid CSV and a valid session file, so that only the ``--db`` file is wrong."""
    folder = tmp_path_factory.mktemp("inputs")
    csv = folder / "in.csv"
    csv.write_text("venue,date,theme,group,kind,text,topic\n"
                   "Valby,2026-04-08,Sundhed,,challenge,Lange ventetider,\n", encoding="utf-8")
    laptop = folder / "laptop.sqlite"
    assert run_cli("note", "add", "--db", laptop, "--venue", "Valby", "--theme", "Sundhed",
                   "--kind", "solution", "--text", "Flere hænder").returncode == 0
    session = folder / "laptop.wsession"
    assert run_cli("session", "export", "--db", laptop, "--out", session).returncode == 0
    return {"csv": csv, "session": session}


def argv(name: str, db: Path, inputs: dict[str, Path], out: Path) -> list[str]:
    fill = {"csv": str(inputs["csv"]), "session": str(inputs["session"]), "out": str(out)}
    return [a.format(**fill) for a in DB_COMMANDS[name]] + ["--db", str(db)]


def _siblings(db: Path) -> set[str]:
    return {p.name for p in db.parent.iterdir()}


def _assert_refused_unchanged(name: str, db: Path, inputs: dict[str, Path], words: str,
                              cli=None) -> None:
    """Run the command (in-process through ``cli`` when given, else as a subprocess) and check
    the refusal: one line naming ``words``, the file and its folder unchanged."""
    before = file_state(db)
    siblings = _siblings(db)
    args = argv(name, db, inputs, db.parent / "out")
    if cli is None:
        result = run_cli(*args)
    else:
        r = cli(*args)
        result = subprocess.CompletedProcess(args, r.code, r.out, r.err)
    one_clean_line(result)
    assert words in result.stderr, (name, result.stderr)
    assert file_state(db) == before, f"{name} changed the refused file"
    assert _siblings(db) == siblings, f"{name} left files next to the refused file"


def _foreign(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO recipes (name) VALUES ('æblekage')")
    conn.commit()
    conn.close()
    path.chmod(0o644)  # another program's file: its mode must survive too
    return path


@pytest.mark.parametrize("name", sorted(DB_COMMANDS))
def test_another_programs_database_is_refused_unchanged(name, tmp_path, inputs, cli) -> None:
    """Promise: another program's SQLite database is refused by every ``--db`` command with one
    line, and keeps every byte (not switched to WAL) and its mode (not made 600)."""
    db = _foreign(tmp_path / "recipes.sqlite")
    _assert_refused_unchanged(name, db, inputs, "not a consultation", cli)


@pytest.mark.parametrize("name", ["note add", "info", "merge"])
def test_another_programs_database_is_refused_by_a_process(name, tmp_path, inputs) -> None:
    """Promise: as above, for the installed command run as a process of its own."""
    db = _foreign(tmp_path / "recipes.sqlite")
    _assert_refused_unchanged(name, db, inputs, "not a consultation")


@pytest.mark.parametrize("name", sorted(DB_COMMANDS))
def test_newer_version_file_is_refused_unchanged(name, tmp_path, inputs, demo, cli) -> None:
    """Promise: a file written by a newer version of the app is refused by every command, and
    keeps every byte and its mode."""
    conn = sqlite3.connect(demo)
    conn.execute("PRAGMA user_version=99")
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    demo.chmod(0o640)
    _assert_refused_unchanged(name, demo, inputs, "newer version", cli)


TRIGGERS = {
    "delete on insert": "CREATE TRIGGER t AFTER INSERT ON notes BEGIN DELETE FROM notes; END",
    "rewrite on update": "CREATE TRIGGER t AFTER UPDATE ON notes BEGIN "
                         "UPDATE notes SET text = 'MANIPULERET'; END",
    "view": "CREATE VIEW v AS SELECT text FROM notes",
    "extra table": "CREATE TABLE spy (text TEXT)",
}


@pytest.mark.parametrize("plant", sorted(TRIGGERS))
@pytest.mark.parametrize("name", sorted(DB_COMMANDS))
def test_planted_trigger_or_view_is_refused(name, plant, tmp_path, inputs, demo, cli) -> None:
    """Promise: a consultation file with a trigger, view or table added by another program is
    refused before anything runs (no note hard-deleted or rewritten), file unchanged."""
    conn = sqlite3.connect(demo)
    conn.execute(TRIGGERS[plant])
    conn.commit()
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    _assert_refused_unchanged(name, demo, inputs, "not made by this app", cli)


def test_planted_trigger_never_runs(tmp_path, demo, inputs) -> None:
    """Promise: ``note add`` on a file with a delete-everything trigger does not print an id
    and does not delete a single note."""
    conn = sqlite3.connect(demo)
    count = conn.execute("SELECT count(*) FROM notes WHERE deleted = 0").fetchone()[0]
    conn.execute(TRIGGERS["delete on insert"])
    conn.commit()
    conn.close()
    result = run_cli(*argv("note add", demo, inputs, tmp_path / "out"))
    assert result.returncode == 1 and result.stdout == ""
    conn = sqlite3.connect(demo)
    assert conn.execute("SELECT count(*) FROM notes WHERE deleted = 0").fetchone()[0] == count
    conn.close()


@pytest.mark.parametrize("name", READ_ONLY)
@pytest.mark.parametrize("shape", ["zero bytes", "no tables"])
def test_read_only_commands_never_create_a_consultation(name, shape, tmp_path, inputs,
                                                        cli) -> None:
    """Promise: a read-only command given an empty file or a table-less SQLite file refuses it
    and does not turn it into a consultation (not a byte written)."""
    db = tmp_path / "empty.sqlite"
    if shape == "zero bytes":
        db.write_bytes(b"")
    else:
        conn = sqlite3.connect(db)
        conn.execute("PRAGMA user_version=0")
        conn.execute("CREATE TABLE t (x)")
        conn.execute("DROP TABLE t")
        conn.close()
    os.chmod(db, 0o600)
    _assert_refused_unchanged(name, db, inputs, "no consultation", cli)


@pytest.mark.parametrize("name", ["info", "note list", "export json", "privacy"])
def test_read_only_commands_on_a_missing_file_create_nothing(name, tmp_path, inputs,
                                                             cli) -> None:
    """Promise: a read-only command on a missing file says so and creates nothing."""
    db = tmp_path / "missing.sqlite"
    r = cli(*argv(name, db, inputs, tmp_path / "out"))
    assert r.code == 1 and r.err.count("\n") == 1 and "no such file" in r.err
    assert not db.exists() and sorted(p.name for p in tmp_path.iterdir()) == []


DAMAGE = {
    "page overwritten": lambda data: data[:8192] + b"\xa5" * 512 + data[8192 + 512:],
    "cut short": lambda data: data[: len(data) // 2],
    "header only": lambda data: data[:100],
}


@pytest.mark.parametrize("damage", sorted(DAMAGE))
@pytest.mark.parametrize("name", sorted(DB_COMMANDS))
def test_damaged_consultation_is_refused_unchanged(name, damage, tmp_path, inputs, demo,
                                                   cli) -> None:
    """Promise: a damaged consultation (a page overwritten, cut short) is refused by every
    command with one line, before anything is written, and keeps every byte."""
    demo.write_bytes(DAMAGE[damage](demo.read_bytes()))
    before = file_state(demo)
    args = argv(name, demo, inputs, tmp_path / "out")
    r = cli(*args)
    assert r.code == 1 and r.err.count("\n") == 1 and "Traceback" not in r.err, (name, r)
    assert "damaged" in r.err or "not a consultation" in r.err or "integrity" in r.err, r.err
    assert file_state(demo) == before
