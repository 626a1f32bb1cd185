"""Limits and hostile conditions: oversized input, file modes, a full disk, a read-only file."""

from __future__ import annotations

import os
import sqlite3
import stat
import sys
from pathlib import Path

import pytest

from workshop_app.errors import DamagedFileError, StoreError
from workshop_app.store import Store, database


def export_json(db: Path) -> str:
    from workshop_app.export.json_export import export_json as render

    with Store.open(db) as store:
        return render(store)


@pytest.fixture
def one_note(db_path: Path, cli) -> Path:
    result = cli("note", "add", "--db", db_path, "--venue", "Nørrebro", "--theme", "Sundhed",
                 "--kind", "challenge", "--text", "Lange ventetider hos lægen")
    assert result.code == 0, result
    return db_path


def one_line_error(result) -> None:
    assert result.code == 1, result
    assert result.out == ""
    assert result.err.startswith("workshop-app: error: ") and result.err.count("\n") == 1
    assert "Traceback" not in result.err


# ---------------------------------------------------------------- oversized notes
@pytest.mark.parametrize("char", ["x", "æ", "🙂"])
def test_200000_character_note_is_refused_cleanly(one_note: Path, cli, char: str) -> None:
    # In-process: Linux refuses a single 200,000-byte argument to exec (MAX_ARG_STRLEN),
    # so the command line's own code path is driven directly.
    before = export_json(one_note)
    result = cli("note", "add", "--db", one_note, "--venue", "Ny venue", "--theme", "Nyt tema",
                 "--kind", "solution", "--text", char * 200_000)
    one_line_error(result)
    assert "5,000" in result.err or "5000" in result.err
    assert export_json(one_note) == before  # not even the new venue or theme


def test_note_length_boundary(one_note: Path, cli) -> None:
    ok = cli("note", "add", "--db", one_note, "--venue", "Nørrebro", "--theme", "Sundhed",
             "--kind", "solution", "--text", "ø" * 5000)
    assert ok.code == 0, ok
    before = export_json(one_note)
    refused = cli("note", "add", "--db", one_note, "--venue", "Nørrebro", "--theme", "Sundhed",
                  "--kind", "solution", "--text", "ø" * 5001)
    one_line_error(refused)
    note_id = ok.out.strip()
    one_line_error(cli("note", "edit", note_id, "--db", one_note, "--text", "y" * 200_000))
    assert export_json(one_note) == before


# ---------------------------------------------------------------- CSV caps
def test_csv_over_20_mb_is_refused(one_note: Path, tmp_path: Path, cli) -> None:
    from workshop_app.capture.csv_import import MAX_CSV_BYTES

    big = tmp_path / "big.csv"
    with open(big, "wb") as fh:
        fh.write(b"venue,date,theme,group,kind,text,topic\n")
        row = b"Valby,2026-04-10,Sundhed,,challenge,noget om sundhed,\n"
        fh.write(row * (MAX_CSV_BYTES // len(row) + 1))
    assert big.stat().st_size > MAX_CSV_BYTES
    before = export_json(one_note)
    result = cli("import-csv", big, "--db", one_note)
    one_line_error(result)
    assert "20 MB" in result.err
    assert export_json(one_note) == before


def test_csv_over_100000_rows_is_refused(one_note: Path, tmp_path: Path, cli) -> None:
    from workshop_app.capture.csv_import import MAX_CSV_ROWS

    many = tmp_path / "many.csv"
    lines = ["sted;dato;tema;type;tekst"]
    lines += [f"Valby;2026-04-10;Sundhed;løsning;forslag {i}" for i in range(MAX_CSV_ROWS + 1)]
    many.write_text("\n".join(lines) + "\n", encoding="utf-8")
    before = export_json(one_note)
    result = cli("import-csv", many, "--db", one_note)
    one_line_error(result)
    assert "100,000 rows" in result.err
    assert export_json(one_note) == before


def test_csv_with_an_oversized_note_names_the_row(one_note: Path, tmp_path: Path, cli) -> None:
    path = tmp_path / "long.csv"
    path.write_text(
        "venue,date,theme,kind,text\n"
        "Valby,2026-04-10,Sundhed,challenge,kort\n"
        f"Valby,2026-04-10,Sundhed,challenge,{'z' * 200_000}\n",
        encoding="utf-8",
    )
    before = export_json(one_note)
    result = cli("import-csv", path, "--db", one_note)
    one_line_error(result)
    assert "row 3" in result.err
    assert export_json(one_note) == before  # the good first row is not imported either


# ---------------------------------------------------------------- file modes
@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
def test_database_is_owner_only(db_path: Path, cli) -> None:
    old = os.umask(0o022)
    try:
        assert cli("note", "add", "--db", db_path, "--venue", "Valby", "--theme", "Sundhed",
                   "--kind", "challenge", "--text", "a").code == 0
        with Store.open(db_path):  # while open, the write-ahead log and index exist too
            for suffix in ("", "-wal", "-shm"):
                path = Path(str(db_path) + suffix)
                assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    finally:
        os.umask(old)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
def test_session_files_and_exports_are_owner_only(one_note: Path, tmp_path: Path, cli) -> None:
    from workshop_app.sync.session import export_session

    old = os.umask(0o022)
    try:
        with Store.open(one_note) as store:
            export_session(store, tmp_path / "laptop.wsession")
        assert cli("export", "md", "--db", one_note, "--out", tmp_path / "o.md").code == 0
    finally:
        os.umask(old)
    for name in ("laptop.wsession", "o.md"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o600, name


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
def test_existing_readable_file_is_tightened(one_note: Path) -> None:
    one_note.chmod(0o644)
    Store.open(one_note).close()
    assert stat.S_IMODE(one_note.stat().st_mode) == 0o600


# ---------------------------------------------------------------- disk full
def _fill_disk(store: Store) -> None:
    """From now on the file cannot grow: SQLite reports "database or disk is full"."""
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count={pages}")


def test_disk_full_keeps_what_was_saved(db_path: Path) -> None:
    from workshop_app.capture.notes import add_note_by_names

    saved = []
    with Store.open(db_path) as store:
        for i in range(3):
            saved.append(add_note_by_names(store, venue="Valby", theme="Sundhed",
                                           kind="challenge", text=f"gemt {i}"))
        _fill_disk(store)
        with pytest.raises(StoreError) as caught:
            for i in range(200):
                add_note_by_names(store, venue="Valby", theme="Sundhed", kind="solution",
                                  text=f"for meget {i} " + "tekst " * 500)
        message = str(caught.value)
        assert "disk is full" in message and "Nothing saved before is lost" in message
        assert "\n" not in message
        # The failed note is not half-written, and the store still reads.
        assert {n.id for n in store.notes()} >= set(saved)
    with Store.open(db_path) as store:
        ids = {n.id for n in store.notes()}
        assert set(saved) <= ids
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_disk_full_through_the_command_line(one_note: Path, tmp_path: Path, cli,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    real_enable = database.enable_writing

    def full_disk(db, path: Path) -> None:  # every writing connection, once the file is checked
        real_enable(db, path)
        pages = db.execute("PRAGMA page_count").fetchone()[0]
        db.execute(f"PRAGMA max_page_count={pages}")

    before = export_json(one_note)
    monkeypatch.setattr(database, "enable_writing", full_disk)
    csv = tmp_path / "notes.csv"
    csv.write_text("venue,date,theme,kind,text\n" + "".join(
        f"Valby,2026-04-10,Sundhed,challenge,{i} {'ord ' * 800}\n" for i in range(50)
    ), encoding="utf-8")
    result = cli("import-csv", csv, "--db", one_note)
    one_line_error(result)
    assert "disk is full" in result.err
    result = cli("note", "add", "--db", one_note, "--venue", "Valby", "--theme", "Sundhed",
                 "--kind", "challenge", "--text", "ord " * 1200)
    one_line_error(result)
    assert "disk is full" in result.err
    monkeypatch.setattr(database, "enable_writing", real_enable)
    assert export_json(one_note) == before  # all or nothing: no part of the import


# ---------------------------------------------------------------- read-only
def test_read_only_file_gives_a_clear_message(one_note: Path) -> None:
    # Tests run as root here, where chmod does not stop writes; a read-only connection is
    # what SQLite sees on a read-only medium or folder.
    before = export_json(one_note)
    store = Store(database.connect(one_note, readonly=True), one_note, "testdevice")
    try:
        meeting = store.meetings()[0]
        theme = store.themes()[0]
        with pytest.raises(StoreError, match="read-only"):
            store.add_note(meeting.id, theme.id, "challenge", "kan ikke gemmes")
        with pytest.raises(StoreError, match="read-only"), store.transaction():
            store.add_topic("Sprog")
    finally:
        store.close()
    assert export_json(one_note) == before


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0,
                    reason="root ignores folder permissions")
def test_read_only_folder_for_a_new_file(tmp_path: Path, cli) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        result = cli("note", "add", "--db", folder / "x.sqlite", "--venue", "V", "--theme", "T",
                     "--kind", "challenge", "--text", "a")
        one_line_error(result)
        assert "permission" in result.err
    finally:
        folder.chmod(0o700)


def test_incoming_schema_functions_are_not_trusted(one_note: Path) -> None:
    # A crafted file can carry a view that calls an application function with side effects.
    conn = sqlite3.connect(one_note)
    conn.execute("CREATE VIEW sneaky AS SELECT side_effect() AS boom")
    conn.commit()
    conn.close()
    # The open refuses a file with a view or trigger it did not make (issue 18, defect 2).
    with pytest.raises(DamagedFileError, match="not made by this app"):
        Store.open(one_note)
    # And every connection distrusts the schema, should such a file be read at all.
    calls = []
    db = database.connect_unchanged(one_note)
    try:
        db.conn.create_function("side_effect", 0, lambda: calls.append(1) or 1)
        with pytest.raises(sqlite3.OperationalError, match="unsafe use"):
            db.execute("SELECT * FROM sneaky").fetchall()
        assert calls == []
        # The same view runs when the schema is trusted: the pragma is what stops it.
        db.execute("PRAGMA trusted_schema=ON")
        db.execute("SELECT * FROM sneaky").fetchall()
        assert calls == [1]
    finally:
        db.close()


def test_damaged_schema_is_refused_at_open(one_note: Path, cli) -> None:
    conn = sqlite3.connect(one_note)
    conn.execute("ALTER TABLE notes RENAME COLUMN topic_id TO something_else")
    conn.commit()
    conn.close()
    result = cli("note", "list", "--db", one_note)
    one_line_error(result)
    assert "notes table lacks columns" in result.err


def test_unreadable_change_stamp_is_refused_at_open(one_note: Path, cli) -> None:
    conn = sqlite3.connect(one_note)
    conn.execute("UPDATE notes SET hlc = 'zzz-not-a-stamp'")
    conn.commit()
    conn.close()
    result = cli("info", "--db", one_note)
    one_line_error(result)
    assert "change stamp" in result.err


def test_text_that_is_not_utf8_is_shown_not_fatal(one_note: Path, cli) -> None:
    # Damage inside a text cell passes SQLite's integrity check; reading must not crash.
    conn = sqlite3.connect(one_note)
    conn.execute("UPDATE notes SET text = CAST(X'4c616e6765ff20766574' AS TEXT)")
    conn.commit()
    conn.close()
    result = cli("note", "list", "--db", one_note, "--json")
    assert result.code == 0, result
    assert "Lange\ufffd vet" in result.out or "Lange\\ufffd vet" in result.out


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
def test_crash_log_is_owner_only(one_note: Path, app_home: Path, cli,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from workshop_app.cli import core

    def bug(store):
        raise RuntimeError("a bug while showing 'Fatima, 23 45 67 89'")

    monkeypatch.setattr(core, "info_dict", bug)
    old = os.umask(0o022)
    try:
        result = cli("info", "--db", one_note)
    finally:
        os.umask(old)
    assert result.code == 1 and "internal error" in result.err and "Traceback" not in result.err
    log = app_home / "error.log"
    assert "Fatima" in log.read_text("utf-8")
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
