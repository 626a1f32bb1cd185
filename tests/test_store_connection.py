"""The store's thin connection (store/connection.py) and the generated schema layouts
(store/schema_layouts.py): opening a file imports no sqlite-utils and replays no migration."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from workshop_app.store import Store, database
from workshop_app.store.connection import Connection

ROOT = Path(__file__).resolve().parent.parent
TOOL = ROOT / "tools" / "schema_layouts.py"


# ---------------------------------------------------------------- the generated layouts
def test_the_schema_layouts_match_the_migrations() -> None:
    done = subprocess.run([sys.executable, str(TOOL), "--check"], capture_output=True,
                          text=True, cwd=ROOT, check=False)
    assert done.returncode == 0, done.stderr


def test_the_tool_notices_a_stale_module(tmp_path: Path) -> None:
    target = tmp_path / "schema_layouts.py"
    tool = [sys.executable, str(TOOL), "--target", str(target)]
    def run(*args: str) -> int:
        return subprocess.run([*tool, *args], capture_output=True, cwd=ROOT,
                              check=False).returncode

    assert run("--check") == 1
    assert run() == 0
    assert run("--check") == 0
    target.write_text(target.read_text().replace('"preposition",', ""))
    stale = subprocess.run([*tool, "--check"], capture_output=True, text=True, cwd=ROOT,
                           check=False)
    assert stale.returncode == 1 and "stale" in stale.stderr


def test_every_version_reads_its_layout_from_the_constant() -> None:
    from workshop_app.store.schema_layouts import LAYOUTS

    assert sorted(LAYOUTS) == list(range(database.LATEST_VERSION + 1))
    for version in LAYOUTS:
        assert database.expected_schema(version) == database.build_layout(version)


def test_a_version_missing_from_the_constant_is_built_from_the_migrations(monkeypatch) -> None:
    from workshop_app.store import schema_layouts

    latest = database.LATEST_VERSION
    monkeypatch.setattr(schema_layouts, "LAYOUTS", {0: ()})
    database.expected_schema.cache_clear()
    try:
        assert ("table", "notes", ()) not in database.expected_schema(latest)
        assert "notes" in database.expected_tables.__wrapped__(latest)
    finally:
        database.expected_schema.cache_clear()


# ---------------------------------------------------------------- no sqlite-utils on open
def test_opening_and_reading_a_file_imports_no_sqlite_utils(db_path: Path) -> None:
    with Store.open(db_path) as store:
        store.add_meeting("Amager", "2026-04-08")
    code = (
        "import sys\n"
        "from workshop_app.store import Store\n"
        "from workshop_app.store.policy import OpenPolicy\n"
        f"path = {str(db_path)!r}\n"
        "with Store.open(path, readonly=True) as store:\n"
        "    assert store.meetings()\n"
        "with Store.open(path, policy=OpenPolicy(defer_full_check=True)) as store:\n"
        "    store.start_full_check()\n"
        "    store.add_meeting('Valby', '2026-05-01')\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in\n"
        "             ('sqlite_utils', 'click', 'dateutil', 'pluggy')))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=ROOT, check=True)
    assert done.stdout.strip() == "[]"


# ---------------------------------------------------------------- the connection's rules
@pytest.fixture
def db() -> Connection:
    conn = Connection(sqlite3.connect(":memory:"))
    conn.execute("CREATE TABLE t (x INTEGER PRIMARY KEY, y TEXT NOT NULL)")
    yield conn
    conn.close()


def test_a_write_outside_a_transaction_is_committed_at_once(db: Connection) -> None:
    db.execute("INSERT INTO t (x, y) VALUES (1, 'a')")
    assert not db.conn.in_transaction
    db.execute("BEGIN IMMEDIATE")  # a transaction the caller controls is left open
    db.execute("INSERT INTO t (x, y) VALUES (2, 'b')")
    assert db.conn.in_transaction
    db.rollback()
    assert db.execute("SELECT x FROM t").fetchall() == [(1,)]


def test_a_failed_write_leaves_no_transaction_open(db: Connection) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO t (x, y) VALUES (1, NULL)")
    assert not db.conn.in_transaction


def test_atomic_blocks_nest_as_savepoints(db: Connection) -> None:
    with db.atomic():
        db.execute("INSERT INTO t (x, y) VALUES (1, 'a')")
        with pytest.raises(RuntimeError), db.atomic():
            db.execute("INSERT INTO t (x, y) VALUES (2, 'b')")
            raise RuntimeError
        db.execute("INSERT INTO t (x, y) VALUES (3, 'c')")
    assert not db.conn.in_transaction
    assert db.execute("SELECT x FROM t ORDER BY x").fetchall() == [(1,), (3,)]
    with pytest.raises(RuntimeError), db.atomic():
        db.execute("INSERT INTO t (x, y) VALUES (4, 'd')")
        raise RuntimeError
    assert db.execute("SELECT count(*) FROM t").fetchone()[0] == 2


def test_sqlite_utils_works_on_the_same_connection(db: Connection) -> None:
    db.execute("INSERT INTO t (x, y) VALUES (1, 'a')")
    assert db.utils.table_names() == ["t"]
    assert db.utils["t"].count == 1
