"""Session files: the snapshot and its manifest, and every kind of bad file refused cleanly."""

from __future__ import annotations

import json
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workshop_app.capture.notes import add_note_by_names
from workshop_app.errors import DamagedFileError, NewerVersionError, StoreError
from workshop_app.store import Store
from workshop_app.sync import EXTENSION, export_session, load_snapshot
from workshop_app.sync.schema import MERGED_TABLES, checksum, column_rules, counts

# Hypothesis's failure report touches mypy_extensions.TypedDict, whose DeprecationWarning the
# project-wide "warnings are errors" rule would turn into an INTERNALERROR hiding the failure.
pytestmark = pytest.mark.filterwarnings(
    "ignore:mypy_extensions.TypedDict is deprecated:DeprecationWarning"
)


def laptop(path: Path, device: str, venue: str = "Amager", notes: int = 3) -> Path:
    with Store.open(path, device=device) as store:
        for i in range(notes):
            add_note_by_names(
                store,
                venue=venue,
                theme="Beskæftigelse",
                group="Bord 1",
                kind="challenge",
                text=f"Bemærkning nummer {i} fra {venue}",
                date="2026-04-15",
            )
    return path


@pytest.fixture
def session(tmp_path: Path) -> Path:
    db = laptop(tmp_path / "laptop.sqlite", "lapA")
    out = tmp_path / f"laptop{EXTENSION}"
    with Store.open(db, device="lapA") as store:
        export_session(store, out)
    return out


def test_export_writes_a_private_snapshot_with_a_manifest(tmp_path: Path, session: Path) -> None:
    assert stat.S_IMODE(session.stat().st_mode) == 0o600
    assert not list(tmp_path.glob(".tmp-*")), "no temporary file is left behind"
    snapshot = load_snapshot(session)
    assert snapshot.kind == "session"
    manifest = snapshot.manifest
    assert manifest is not None
    assert manifest.device == "lapA"
    assert manifest.format_version == 1
    assert manifest.counts["notes"] == {"live": 3, "total": 3}
    assert manifest.checksum == checksum(snapshot.state)
    assert manifest.created_at.endswith("+00:00")
    # An ordinary rollback-journal SQLite file (no -wal needed to read it) …
    assert session.read_bytes()[18:20] == b"\x01\x01"
    # … without this laptop's own state or merge history.
    conn = sqlite3.connect(session)
    assert conn.execute("SELECT count(*) FROM local").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM history").fetchone()[0] == 0
    conn.close()


def test_export_is_a_snapshot_of_committed_data_only(tmp_path: Path) -> None:
    db = laptop(tmp_path / "a.sqlite", "lapA", notes=2)
    with Store.open(db) as store, Store.open(db) as other:
        # Another connection has a write in progress: the snapshot must not contain it.
        other.db.execute("BEGIN")
        other.db.execute("UPDATE notes SET text = 'halvt skrevet'")
        export_session(store, tmp_path / "a.wsession")
        other.db.conn.rollback()
    texts = {r[5] for r in load_snapshot(tmp_path / "a.wsession").state["notes"].values()}
    assert "halvt skrevet" not in texts and len(texts) == 2


def test_cli_session_export_and_info(cli, tmp_path: Path) -> None:
    db = laptop(tmp_path / "a.sqlite", "lapA")
    out = tmp_path / "a.wsession"
    result = cli("session", "export", "--db", db, "--out", out)
    assert result.code == 0, result.err
    assert "3 notes" in result.out
    info = cli("session", "info", out)
    assert info.code == 0, info.err
    data = json.loads(info.out)
    assert data["kind"] == "session" and data["verified"] is True
    assert data["manifest"]["counts"]["notes"]["live"] == 3
    assert cli("session", "export", "--db", tmp_path / "missing.sqlite", "--out", out).code == 1
    assert cli("session", "export", "--db", db, "--out", tmp_path / "no" / "x.wsession").code == 1


def test_a_plain_consultation_database_in_wal_mode_can_be_read(tmp_path: Path) -> None:
    db = laptop(tmp_path / "live.sqlite", "lapB", notes=2)
    with Store.open(db) as store:
        # Left open: the newest note is still in the -wal file only.
        store.db.execute("PRAGMA wal_autocheckpoint=0")
        add_note_by_names(
            store, venue="Amager", theme="Beskæftigelse", kind="solution", text="Kun i loggen endnu"
        )
        assert Path(str(db) + "-wal").stat().st_size > 0
        snapshot = load_snapshot(db)
    assert snapshot.kind == "consultation"
    assert snapshot.note_count() == 3


# ---------------------------------------------------------------- bad files
def _tamper(session: Path, dest: Path, *sql: str) -> Path:
    shutil.copyfile(session, dest)
    conn = sqlite3.connect(dest)
    conn.execute("PRAGMA ignore_check_constraints=ON")
    for statement in sql:
        conn.execute(statement)
    conn.commit()
    conn.close()
    return dest


def bad_files(session: Path, folder: Path) -> dict[str, tuple[Path, type[Exception], str]]:
    """Every kind of bad file: name -> (path, expected error, words in the message)."""
    folder.mkdir(exist_ok=True)
    files: dict[str, tuple[Path, type[Exception], str]] = {}

    text = folder / "notes.wsession"
    text.write_text("venue,date,theme\nAmager,2026-04-15,Beskæftigelse\n", encoding="utf-8")
    files["not sqlite"] = (text, DamagedFileError, "not an SQLite file")

    empty = folder / "empty.wsession"
    empty.write_bytes(b"")
    files["empty"] = (empty, DamagedFileError, "not an SQLite file")

    data = session.read_bytes()
    half = folder / "half.wsession"
    half.write_bytes(data[: len(data) // 2])
    files["truncated"] = (half, DamagedFileError, "truncated")

    header_only = folder / "header.wsession"
    header_only.write_bytes(data[:60])
    files["truncated header"] = (header_only, DamagedFileError, "truncated")

    foreign = folder / "foreign.sqlite"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE notes (id, text)")
    conn.commit()
    conn.close()
    files["foreign sqlite"] = (foreign, DamagedFileError, "not a workshop-app")

    files["newer schema"] = (
        _tamper(session, folder / "newer.wsession", "PRAGMA user_version=99"),
        NewerVersionError,
        "newer version",
    )
    files["newer session format"] = (
        _tamper(
            session,
            folder / "newer2.wsession",
            "UPDATE session_manifest SET value = '2' WHERE key = 'format_version'",
        ),
        NewerVersionError,
        "newer format",
    )
    files["edited note"] = (
        _tamper(
            session,
            folder / "edited.wsession",
            "UPDATE notes SET text = 'ændret bagefter' WHERE rowid = 1",
        ),
        DamagedFileError,
        "checksum",
    )
    files["removed note"] = (
        _tamper(session, folder / "removed.wsession", "DELETE FROM notes WHERE rowid = 1"),
        DamagedFileError,
        "checksum",
    )
    files["broken manifest"] = (
        _tamper(
            session,
            folder / "manifest.wsession",
            "UPDATE session_manifest SET value = '{' WHERE key = 'counts'",
        ),
        DamagedFileError,
        "manifest",
    )
    files["broken reference"] = (
        _tamper(
            session,
            folder / "reference.wsession",
            "PRAGMA foreign_keys=OFF",
            "UPDATE notes SET meeting_id = 'nowhere' WHERE rowid = 1",
        ),
        DamagedFileError,
        "integrity check",
    )
    # Plain consultation databases have no checksum: their values are checked one by one.
    files["bad kind"] = (
        _tamper(
            session,
            folder / "kind.sqlite",
            "DROP TABLE session_manifest",
            "UPDATE notes SET kind = 'gossip' WHERE rowid = 1",
        ),
        DamagedFileError,
        "integrity check",
    )
    files["bad stamp"] = (
        _tamper(
            session,
            folder / "stamp.sqlite",
            "DROP TABLE session_manifest",
            "UPDATE notes SET hlc = 'yesterday' WHERE rowid = 1",
        ),
        DamagedFileError,
        "bad value in notes.hlc",
    )
    files["overlong note"] = (
        _tamper(
            session,
            folder / "long.sqlite",
            "DROP TABLE session_manifest",
            "UPDATE notes SET text = printf('%.6000c', 'x') WHERE rowid = 1",
        ),
        DamagedFileError,
        "bad value in notes.text",
    )
    files["missing column"] = (
        _tamper(
            session,
            folder / "column.sqlite",
            "DROP TABLE session_manifest",
            "ALTER TABLE topics DROP COLUMN position",
        ),
        DamagedFileError,
        "unexpected layout",
    )
    files["view instead of table"] = (
        _tamper(
            session,
            folder / "view.sqlite",
            "DROP TABLE session_manifest",
            "DROP TABLE point_links",
            "CREATE VIEW point_links AS SELECT * FROM notes",
        ),
        DamagedFileError,
        "no point_links table",
    )

    corrupt = folder / "corrupt.wsession"
    shutil.copyfile(session, corrupt)
    conn = sqlite3.connect(corrupt)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'notes_meeting'"
    ).fetchone()[0]
    conn.close()
    raw = bytearray(corrupt.read_bytes())
    end = root * page_size
    raw[end - 200 : end - 8] = bytes(192)  # wipe the index entries' keys
    corrupt.write_bytes(bytes(raw))
    files["failed integrity check"] = (corrupt, DamagedFileError, "integrity check")

    files["missing"] = (folder / "nowhere.wsession", StoreError, "no such file")
    folder_path = folder / "a-folder.wsession"
    folder_path.mkdir()
    files["a folder"] = (folder_path, StoreError, "folder")
    return files


def test_every_kind_of_bad_file_is_refused_with_one_line(tmp_path: Path, session: Path) -> None:
    for kind, (path, error, words) in bad_files(session, tmp_path / "bad").items():
        with pytest.raises(error) as caught:
            load_snapshot(path)
        message = str(caught.value)
        assert words in message, (kind, message)
        assert "\n" not in message, kind
        assert path.name in message or kind == "missing" or kind == "a folder", (kind, message)


def test_the_incoming_file_is_never_written(tmp_path: Path, session: Path) -> None:
    before = session.read_bytes()
    mtime = session.stat().st_mtime_ns
    load_snapshot(session)
    assert session.read_bytes() == before
    assert session.stat().st_mtime_ns == mtime
    # SQLite never opened it in place: no journal, -wal or -shm file next to it.
    assert not list(tmp_path.glob("laptop.wsession-*"))


def test_checksum_and_counts_describe_the_rows(session: Path) -> None:
    snapshot = load_snapshot(session)
    state = {name: dict(rows) for name, rows in snapshot.state.items()}
    assert checksum(state) == snapshot.manifest.checksum
    key, row = next(iter(state["notes"].items()))
    state["notes"][key] = row[:5] + (row[5] + " ",) + row[6:]
    assert checksum(state) != snapshot.manifest.checksum
    assert counts(state)["notes"] == {"live": 3, "total": 3}


# ---------------------------------------------------------------- value rules
_values = st.one_of(
    st.none(),
    st.integers(-2, 3),
    st.booleans(),
    st.floats(allow_nan=True),
    st.sampled_from(
        [
            "",
            " ",
            "challenge",
            "solution",
            "2026-04-15",
            "2026-02-30",
            "Bord 1",
            "0000001745000000000-000001-lapA",
            "001745000000000-000001-lapA",
            "lapA",
            "a\nb",
            "x" * 201,
            "{}",
            "{",
            "9f86d081884c7d659a2feaa0c55ad015",
            "has space",
            "dev-ice",
        ]
    ),
    st.text(max_size=8),
)


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(MERGED_TABLES), st.data())
def test_the_fast_column_checks_agree_with_the_value_by_value_checks(table, data) -> None:
    for _index, column, rule in column_rules(table):
        values = data.draw(st.lists(_values, max_size=6), label=column)
        assert rule.all_good(values) == all(rule.good(v) for v in values), (column, values)


def test_a_session_file_opened_as_a_consultation_can_be_exported_again(
    tmp_path: Path, session: Path
) -> None:
    copy = tmp_path / "opened.sqlite"
    shutil.copyfile(session, copy)
    with Store.open(copy, device="lapA") as store:
        add_note_by_names(
            store,
            venue="Amager",
            theme="Beskæftigelse",
            kind="solution",
            text="Tilføjet bagefter",
            date="2026-04-15",
        )
        manifest = export_session(store, tmp_path / "again.wsession")
    assert manifest.counts["notes"]["live"] == 4
    assert load_snapshot(tmp_path / "again.wsession").note_count() == 4
    # The edited copy still carries the old manifest: merging it as it is would be refused.
    with pytest.raises(DamagedFileError, match="checksum"):
        load_snapshot(copy)


def test_a_file_holding_text_that_is_not_utf8_is_refused_on_export(tmp_path: Path, cli) -> None:
    db = laptop(tmp_path / "laptop.sqlite", "lapA")
    conn = sqlite3.connect(db)
    with conn:  # bytes no app writes: a damaged or hand-edited file
        conn.execute("UPDATE notes SET text = CAST(x'41ff42' AS TEXT) WHERE rowid = 1")
    conn.close()
    out = tmp_path / "out.wsession"
    result = cli("session", "export", "--db", db, "--out", out)
    assert result.code == 1
    assert result.err.startswith("workshop-app: error: cannot export laptop.sqlite: ")
    assert "UTF-8" in result.err and result.err.count("\n") == 1
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(("out", ".tmp"))) == []


def test_session_export_never_replaces_another_consultation(tmp_path: Path, session: Path,
                                                            cli) -> None:
    db = laptop(tmp_path / "laptop2.sqlite", "lapB", venue="Nørrebro", notes=2)
    coordinator = laptop(tmp_path / "opsamling.sqlite", "coord", venue="Tingbjerg")
    before = coordinator.read_bytes()
    result = cli("session", "export", "--db", db, "--out", coordinator)
    assert result.code == 1
    assert "opsamling.sqlite is a consultation database, not a session file" in result.err
    assert coordinator.read_bytes() == before
    # An older session file of the same name is simply replaced.
    assert cli("session", "export", "--db", db, "--out", session).code == 0
    assert load_snapshot(session).note_count() == 2
