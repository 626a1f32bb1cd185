"""Session files (``.wsession``): one laptop's consultation, ready to carry to the coordinator.

A session file is an ordinary SQLite consultation database, made as a consistent
snapshot with ``VACUUM INTO`` (never a raw copy of a live file), plus one extra
table, ``session_manifest`` (key TEXT PRIMARY KEY, value TEXT as JSON):

- ``format``: ``"workshop-app/session"``; ``format_version``: ``1``
- ``app_version``, ``schema_version``
- ``device``: the laptop's id; ``device_name``: its host name (shown to the coordinator)
- ``created_at``: UTC time of the export, ISO 8601
- ``counts``: live and total rows per table
- ``checksum``: ``sha256:…`` over the canonical content of every merged row
  (see ``schema.checksum``), so a truncated or edited file is refused.

This laptop's own state (the ``local`` table) and its merge history are left out.
"""

from __future__ import annotations

import datetime as dt
import json
import platform
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from workshop_app import __version__, files
from workshop_app.errors import DamagedFileError, UserError
from workshop_app.store import Store, database
from workshop_app.store.migrations import LATEST_VERSION
from workshop_app.sync import schema

FORMAT = "workshop-app/session"
FORMAT_VERSION = 1
EXTENSION = ".wsession"
MANIFEST_TABLE = "session_manifest"


@dataclass(frozen=True)
class SessionManifest:
    """What a session file says about itself."""

    format_version: int
    app_version: str
    schema_version: int
    device: str
    device_name: str
    created_at: str
    counts: dict[str, dict[str, int]]
    checksum: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "format_version": self.format_version,
            "app_version": self.app_version,
            "schema_version": self.schema_version,
            "device": self.device,
            "device_name": self.device_name,
            "created_at": self.created_at,
            "counts": self.counts,
            "checksum": self.checksum,
        }

    @property
    def notes(self) -> int:
        return self.counts.get("notes", {}).get("live", 0)


def export_session(store: Store, out: str | Path) -> SessionManifest:
    """Write ``store`` as a session file at ``out`` (atomic, owner-only: ``files.atomic_path``;
    a temporary file a killed export left in that folder is removed). Returns its manifest."""
    out = Path(out)
    if out.is_dir():
        raise UserError(f"{out} is a folder; give a file name, e.g. laptop1{EXTENSION}")
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(f"no such folder: {folder}")
    if store.path is not None and _same_file_or_sidecar(out, Path(store.path)):
        raise UserError(f"{out} is the consultation itself; give the session file another name")
    if _is_other_database(out):
        raise UserError(
            f"{out} is a consultation database, not a session file; give the session file "
            "another name (nothing was written)"
        )
    try:
        with files.atomic_path(out, suffix=EXTENSION) as tmp:
            try:
                store.db.execute("VACUUM INTO ?", [str(tmp)])  # into the empty temp file
            except sqlite3.DatabaseError as exc:
                raise UserError(f"cannot write {out}: {exc}") from None
            try:
                manifest = _finish_snapshot(tmp, store.device)
            except sqlite3.DatabaseError as exc:  # e.g. text that is not UTF-8 in a damaged file
                raise DamagedFileError(
                    f"cannot export {store.path.name if store.path else 'the consultation'}: "
                    f"{' '.join(str(exc).split())}"
                ) from None
    except OSError as exc:
        raise UserError(database.describe_os_error(exc, out)) from None
    return manifest


def _same_file_or_sidecar(out: Path, database_path: Path) -> bool:
    """Whether ``out`` is the database file itself or its -wal, -shm or -journal file."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        other = Path(str(database_path) + suffix)
        try:
            if out.resolve() == other.resolve() or (out.exists() and out.samefile(other)):
                return True
        except OSError:
            continue
    return False


def _is_other_database(out: Path) -> bool:
    """An existing SQLite file at ``out`` that is not a session file (replacing an older
    session file is fine; replacing someone's consultation is not)."""
    try:
        with open(out, "rb") as fh:
            if fh.read(len(database.SQLITE_HEADER)) != database.SQLITE_HEADER:
                return False
    except OSError:
        return False
    try:
        conn = sqlite3.connect(f"{out.resolve().as_uri()}?mode=ro", uri=True)
        try:
            found = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE name = ? AND type = 'table'", [MANIFEST_TABLE]
            ).fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return True  # an SQLite file we cannot even read: not ours to replace
    return found is None


def _finish_snapshot(path: Path, device: str) -> SessionManifest:
    """Strip the laptop-only tables from a fresh snapshot and stamp its manifest."""
    conn = sqlite3.connect(str(path))
    try:
        conn.execute("PRAGMA trusted_schema=OFF")
        with conn:
            conn.execute("DELETE FROM local")
            conn.execute("DELETE FROM history")
            # A session file opened as a consultation and exported again: a fresh manifest.
            conn.execute(f"DROP TABLE IF EXISTS {MANIFEST_TABLE}")
            state = schema.read_state(conn)
            manifest = SessionManifest(
                format_version=FORMAT_VERSION,
                app_version=__version__,
                schema_version=conn.execute("PRAGMA user_version").fetchone()[0],
                device=device,
                device_name=platform.node()[:64],
                created_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                counts=schema.counts(state),
                checksum=schema.checksum(state),
            )
            conn.execute(
                f"CREATE TABLE {MANIFEST_TABLE} (key TEXT PRIMARY KEY, value TEXT NOT NULL)"
            )
            conn.executemany(
                f"INSERT INTO {MANIFEST_TABLE} (key, value) VALUES (?, ?)",
                [(k, json.dumps(v, ensure_ascii=False)) for k, v in manifest.to_dict().items()],
            )
        conn.execute("VACUUM")  # drop the freed pages of the stripped tables
    finally:
        conn.close()
    return manifest


def read_manifest(conn: sqlite3.Connection, name: str) -> SessionManifest | None:
    """The manifest of an open file, None for a plain consultation database.

    Raises ``DamagedFileError`` for a manifest that is unreadable and
    ``NewerVersionError`` for a session format newer than this app reads.
    """
    from workshop_app.errors import DamagedFileError, NewerVersionError

    found = conn.execute(
        "SELECT type FROM sqlite_master WHERE name = ?", [MANIFEST_TABLE]
    ).fetchone()
    if found is None:
        return None
    if found[0] != "table":
        raise DamagedFileError(f"{name} has a damaged session manifest")
    try:
        raw = dict(conn.execute(f"SELECT key, value FROM {MANIFEST_TABLE}").fetchall())
        values = {k: json.loads(v) for k, v in raw.items()}
    except (sqlite3.DatabaseError, ValueError, TypeError):
        raise DamagedFileError(f"{name} has a damaged session manifest") from None
    if values.get("format") != FORMAT:
        raise DamagedFileError(f"{name} is not a workshop-app session file")
    version = values.get("format_version")
    if not isinstance(version, int) or version < 1:
        raise DamagedFileError(f"{name} has a damaged session manifest (format version)")
    if version > FORMAT_VERSION:
        raise NewerVersionError(
            f"{name} is a session file of a newer format (version {version}; this app reads "
            f"up to {FORMAT_VERSION}): update the app to merge it"
        )
    try:
        manifest = SessionManifest(
            format_version=version,
            app_version=str(values["app_version"]),
            schema_version=int(values["schema_version"]),
            device=str(values["device"]),
            device_name=str(values.get("device_name", ""))[:64],
            created_at=str(values["created_at"]),
            counts={
                str(t): {"live": int(c["live"]), "total": int(c["total"])}
                for t, c in dict(values["counts"]).items()
            },
            checksum=str(values["checksum"]),
        )
    except (KeyError, TypeError, ValueError):
        raise DamagedFileError(f"{name} has a damaged session manifest") from None
    if manifest.schema_version > LATEST_VERSION:
        raise NewerVersionError(
            f"{name} was written by a newer version of the app (schema "
            f"{manifest.schema_version}): update the app to merge it"
        )
    return manifest
