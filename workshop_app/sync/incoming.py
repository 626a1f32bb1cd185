"""Reading a file to merge: a session file or a plain consultation database, fully validated.

The file itself is never opened by SQLite: it is copied (with its ``-wal`` file,
if any) into a private temporary folder and the copy is read, with
``trusted_schema=OFF`` and ``query_only=ON``. Everything is checked before the
merge writes anything: the SQLite header and size (truncation), that it is one
of our files and not from a newer app, SQLite's integrity and foreign-key
checks, the table layout, every value of every row, every reference, and for
a session file the manifest's checksum and counts.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from workshop_app import files
from workshop_app.domain.limits import MAX_SESSION_BYTES
from workshop_app.errors import DamagedFileError, NewerVersionError, StoreError
from workshop_app.store import database
from workshop_app.store.connection import Connection
from workshop_app.store.migrations import LATEST_VERSION
from workshop_app.sync import schema
from workshop_app.sync.session import SessionManifest, read_manifest

#: A file to merge larger than this is refused before it is copied.
MAX_FILE_BYTES = MAX_SESSION_BYTES


@dataclass
class Snapshot:
    """The validated content of one file to merge."""

    path: Path
    kind: str  # "session" or "consultation"
    manifest: SessionManifest | None
    state: schema.State

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def device(self) -> str:
        return self.manifest.device if self.manifest else ""

    @property
    def device_name(self) -> str:
        return self.manifest.device_name if self.manifest else ""

    def max_stamp(self) -> str | None:
        """The latest change stamp in the file (to move the target's clock past it)."""
        stamps = [
            row[spec.index["hlc"]]
            for name, spec in schema.specs().items()
            for row in self.state[name].values()
        ]
        return max(stamps, default=None)

    def note_count(self) -> int:
        deleted_at = schema.specs()["notes"].index["deleted"]
        return sum(1 for row in self.state["notes"].values() if not row[deleted_at])


def load_snapshot(path: str | Path) -> Snapshot:
    """Validate a session file or consultation database and read all its rows.

    Raises ``StoreError`` (missing, unreadable), ``DamagedFileError`` (not SQLite,
    truncated, foreign, failed checks) or ``NewerVersionError``, each with one line.
    """
    path = Path(path)
    name = path.name or str(path)
    if not path.exists():
        raise StoreError(f"no such file: {path}")
    if path.is_dir():
        raise StoreError(f"{path} is a folder, not a session file")
    _check_header(path, name)
    with _private_copy(path) as copy:
        conn = _open_copy(copy, name)
        try:
            return _read_and_validate(conn, path, name)
        except sqlite3.DatabaseError as exc:
            raise DamagedFileError(f"{name} is damaged ({' '.join(str(exc).split())})") from None
        finally:
            conn.close()


def _check_header(path: Path, name: str) -> None:
    """Refuse a file that is not SQLite, or shorter than its header says (truncated)."""
    try:
        size = path.stat().st_size
        with open(path, "rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        raise StoreError(database.describe_os_error(exc, path)) from None
    if size > MAX_FILE_BYTES:
        raise DamagedFileError(f"{name} is too large to be a session file")
    if not header.startswith(database.SQLITE_HEADER):
        raise DamagedFileError(
            f"{name} is not a session file or consultation database (not an SQLite file)"
        )
    if len(header) < 100:
        raise DamagedFileError(f"{name} is truncated (the file ends inside its header)")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise DamagedFileError(f"{name} is damaged (bad page size in its header)")
    change_counter = header[24:28]
    pages = int.from_bytes(header[28:32], "big")
    # The page count is only valid when the "version-valid-for" number matches.
    if header[92:96] == change_counter and pages and size < pages * page_size:
        raise DamagedFileError(
            f"{name} is truncated ({size:,} of {pages * page_size:,} bytes): copy it again"
        )
    if size % page_size:
        raise DamagedFileError(f"{name} is truncated (not a whole number of pages): copy it again")


@contextmanager
def _private_copy(path: Path) -> Iterator[Path]:
    """Copy the file (and its write-ahead log) into an owner-only temporary folder, removed
    afterwards (and, after a kill, at the next start: ``files.sweep_private_temp_dirs``)."""
    with files.private_temp_dir(files.MERGE_PREFIX) as folder:
        copy = folder / "incoming.sqlite"
        try:
            files.copy_private(path, copy)
            wal = Path(str(path) + "-wal")
            if wal.is_file():
                files.copy_private(wal, Path(str(copy) + "-wal"))
        except OSError as exc:
            raise StoreError(f"cannot read {path}: {exc.strerror or exc}") from None
        yield copy


def _open_copy(copy: Path, name: str) -> sqlite3.Connection:
    try:
        conn = sqlite3.connect(str(copy))
        conn.execute("PRAGMA trusted_schema=OFF")
        conn.execute("PRAGMA foreign_keys=ON")
        return conn
    except sqlite3.DatabaseError as exc:
        raise DamagedFileError(f"{name} is damaged or not a consultation ({exc})") from None


def _read_and_validate(conn: sqlite3.Connection, path: Path, name: str) -> Snapshot:
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    kinds = dict(conn.execute("SELECT name, type FROM sqlite_master").fetchall())
    if app_id != database.APPLICATION_ID or not kinds:
        raise DamagedFileError(
            f"{name} is an SQLite file but not a workshop-app session or consultation"
        )
    if version > LATEST_VERSION:
        raise NewerVersionError(
            f"{name} was written by a newer version of the app (schema {version}; this "
            f"version reads up to {LATEST_VERSION}): update the app to merge it"
        )
    manifest = read_manifest(conn, name)
    _check_integrity(conn, name)
    if version < LATEST_VERSION:
        # An older app's file: its checksum covers the tables and columns it had, so check
        # it as it is, then bring our private copy up to date.
        if manifest is not None and version >= 1:
            _check_layout(conn, kinds, name, version)
            _check_checksum(schema.read_state(conn, version), manifest, name, version)
        database.migrate(Connection(conn), None)
        kinds = dict(conn.execute("SELECT name, type FROM sqlite_master").fetchall())
    _check_layout(conn, kinds, name)
    conn.execute("PRAGMA query_only=ON")
    state = schema.read_state(conn)
    _check_rows(state, name)
    _check_references(state, name)
    if manifest is not None and version >= LATEST_VERSION:
        _check_checksum(state, manifest, name)
    return Snapshot(path, "session" if manifest else "consultation", manifest, state)


def _check_checksum(
    state: schema.State, manifest: SessionManifest, name: str, version: int | None = None
) -> None:
    if schema.checksum(state, version) != manifest.checksum:
        raise DamagedFileError(
            f"{name} failed its checksum: the file was changed or damaged after export "
            "(if it was opened and edited in the app, export a new session file from it)"
        )
    tables = schema.specs() if version is None else schema.specs_at(version)
    if schema.counts(state, version) != {t: manifest.counts.get(t) for t in tables}:
        raise DamagedFileError(f"{name} failed its checksum (row counts differ)")


def _check_integrity(conn: sqlite3.Connection, name: str) -> None:
    rows = conn.execute("PRAGMA integrity_check").fetchall()
    if rows != [("ok",)]:
        first = " ".join(str(rows[0][0]).replace("*** in database main ***", "").split())
        first = first[:100] + ("…" if len(first) > 100 else "")
        raise DamagedFileError(f"{name} failed the integrity check ({first})")
    if conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
        raise DamagedFileError(f"{name} failed the integrity check (broken references)")


def _check_layout(
    conn: sqlite3.Connection, kinds: dict[str, str], name: str, version: int | None = None
) -> None:
    """Every merged table must be a plain table with exactly the current columns (or those
    of schema ``version``)."""
    tables = schema.specs() if version is None else schema.specs_at(version)
    for table, spec in tables.items():
        if kinds.get(table) != "table":
            raise DamagedFileError(f"{name} is not a workshop-app consultation (no {table} table)")
        sql = conn.execute(
            "SELECT sql FROM sqlite_master WHERE name = ? AND type = 'table'", [table]
        ).fetchone()[0]
        if not sql.lstrip().upper().startswith("CREATE TABLE"):
            raise DamagedFileError(f"{name} has an unexpected layout (table {table})")
        columns = tuple(r[1] for r in conn.execute(f'PRAGMA table_info("{table}")'))
        if sorted(columns) != sorted(spec.columns):
            raise DamagedFileError(f"{name} has an unexpected layout (columns of {table})")


def _check_rows(state: schema.State, name: str) -> None:
    """Every value of every row must be one the app itself could have written."""
    for table, rows in state.items():
        bad = schema.first_bad_value(table, rows)
        if bad is not None:
            key, column = bad
            raise DamagedFileError(f"{name} has a bad value in {table}.{column} (row {key[:40]!r})")


def _check_references(state: schema.State, name: str) -> None:
    """Every reference must point to a row in the same file (a session is self-contained)."""
    for table, spec in schema.specs().items():
        for index, parent in spec.refs.items():
            known = state[parent]
            for key, row in state[table].items():
                ref = row[index]
                if ref is not None and ref not in known:
                    raise DamagedFileError(
                        f"{name} has a broken reference: {table}.{spec.columns[index]} of "
                        f"row {key[:40]!r}"
                    )
