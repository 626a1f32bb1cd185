"""Opening a consultation file safely: format checks, pragmas, integrity, migrations."""

from __future__ import annotations

import errno
import functools
import os
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlite_utils

from workshop_app.errors import DamagedFileError, NewerVersionError, StoreError
from workshop_app.store.migrations import LATEST_VERSION, MIGRATIONS

#: PRAGMA application_id of a consultation file ("WKAP"): tells ours from other SQLite files.
APPLICATION_ID = 0x574B4150
SQLITE_HEADER = b"SQLite format 3\x00"

#: Called with (path, reason) before a migration touches an existing file. The
#: backup module registers itself here; the store does not depend on it.
before_migration_hooks: list[Callable[[Path, str], None]] = []

#: Called with the open ``Store`` after a file has been opened and checked (automatic backups).
after_open_hooks: list[Callable[[Any], None]] = []

#: Called with a refused file's path; each may return a hint for the error message
#: (the backup module names the newest good backup).
damaged_file_hints: list[Callable[[Path], str | None]] = []


def create_private_file(path: Path) -> None:
    """Create an empty file readable and writable by its owner only (mode 600)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return
    except OSError as exc:
        raise StoreError(describe_os_error(exc, path)) from None
    os.close(fd)


def describe_os_error(exc: OSError, path: Path) -> str:
    """One line for the usual file-system failures."""
    if exc.errno == errno.ENOSPC:
        return f"the disk is full: cannot write {path}"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"no permission to write {path} (read-only folder or file?)"
    if exc.errno == errno.ENOENT:
        return f"no such file or folder: {path}"
    return f"cannot use {path}: {exc.strerror or exc}"


#: Consultation files this process has open through a Store (resolved path -> count).
#: Closing any file descriptor of a file drops every POSIX lock this process holds on it,
#: including the SQLite connection's; another process could then checkpoint and delete the
#: write-ahead log under our feet. So a file we already hold open is not sniffed again.
_open_paths: dict[str, int] = {}
_open_paths_lock = threading.Lock()


def hold_open(path: Path) -> None:
    """Record that a Store holds *path* open (see ``_open_paths``)."""
    key = str(Path(path).resolve())
    with _open_paths_lock:
        _open_paths[key] = _open_paths.get(key, 0) + 1


def release(path: Path) -> None:
    """Undo one ``hold_open``."""
    key = str(Path(path).resolve())
    with _open_paths_lock:
        count = _open_paths.get(key, 0) - 1
        if count > 0:
            _open_paths[key] = count
        else:
            _open_paths.pop(key, None)


def sniff_sqlite(path: Path) -> None:
    """Refuse a non-empty file that does not start with the SQLite header."""
    with _open_paths_lock:
        if str(Path(path).resolve()) in _open_paths:
            return  # ours and open: reading it through a new descriptor would drop our locks
    try:
        with open(path, "rb") as fh:
            head = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise StoreError(describe_os_error(exc, path)) from None
    if head and head != SQLITE_HEADER:
        raise DamagedFileError(f"{path.name} is not a consultation database (not an SQLite file)")


def connect(path: Path, *, readonly: bool = False) -> sqlite_utils.Database:
    """A connection with the app's pragmas: WAL, synchronous=FULL, foreign keys, untrusted schema."""
    try:
        if readonly:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        else:
            conn = sqlite3.connect(str(path), timeout=10)
        # A damaged file can hold bytes that are not UTF-8 inside a text cell (the integrity
        # check does not look at cell contents): show them as U+FFFD instead of failing.
        conn.text_factory = _decode_text
        db = sqlite_utils.Database(conn, execute_plugins=False)
        # Never run functions named inside a file's schema (views, triggers) from a file we did
        # not write ourselves.
        db.execute("PRAGMA trusted_schema=OFF")
        db.execute("PRAGMA foreign_keys=ON")
        if not readonly:
            db.execute("PRAGMA busy_timeout=10000")
            mode = db.execute("PRAGMA journal_mode=WAL").fetchone()[0]
            if mode.lower() != "wal":
                raise StoreError(f"cannot switch {path.name} to write-ahead logging")
            db.execute("PRAGMA synchronous=FULL")
    except sqlite3.DatabaseError as exc:
        raise _as_store_error(exc, path) from None
    except UnicodeDecodeError:  # SQLite's message quoted garbage from a damaged schema
        raise DamagedFileError(f"{path.name} is damaged or not a consultation database") from None
    return db


def _decode_text(data: bytes) -> str:
    return data.decode("utf-8", "replace")


def _as_store_error(exc: sqlite3.DatabaseError, path: Path) -> StoreError:
    text = " ".join(str(exc).split())[:200]  # one line, however SQLite worded it
    if any(w in text for w in ("not a database", "malformed", "corrupt", "unsupported file format")):
        return DamagedFileError(f"{path.name} is damaged or not a consultation database ({text})")
    if "readonly" in text or "read-only" in text:
        return StoreError(f"no permission to write {path} (read-only folder or file?)")
    if "disk is full" in text or "database or disk is full" in text:
        return StoreError(f"the disk is full: cannot write {path}")
    if "unable to open" in text:
        return StoreError(f"cannot open {path} (missing folder or no permission)")
    return StoreError(f"cannot use {path.name}: {text}")


def explain_damage(path: Path, message: str) -> str:
    """A refusal message with the hints of ``damaged_file_hints`` (e.g. the newest backup)."""
    hints = []
    for hint in damaged_file_hints:
        try:
            text = hint(path)
        except Exception:  # noqa: BLE001 - a hint must never hide the real error
            text = None
        if text:
            hints.append(text)
    return "; ".join([message, *hints])


def inspect(db: sqlite_utils.Database, path: Path) -> tuple[int, int, bool]:
    """(application_id, user_version, has_tables) of an open file, or DamagedFileError."""
    try:
        app_id = db.execute("PRAGMA application_id").fetchone()[0]
        version = db.execute("PRAGMA user_version").fetchone()[0]
        has_tables = bool(
            db.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0]
        )
    except sqlite3.DatabaseError as exc:
        raise _as_store_error(exc, path) from None
    return app_id, version, has_tables


def check_kind_and_version(app_id: int, version: int, has_tables: bool, path: Path) -> None:
    """Refuse other SQLite files and files from a newer app."""
    if has_tables and app_id != APPLICATION_ID:
        raise DamagedFileError(f"{path.name} is an SQLite file but not a consultation database")
    if version > LATEST_VERSION:
        raise NewerVersionError(
            f"{path.name} was written by a newer version of the app (schema {version}; "
            f"this version reads up to {LATEST_VERSION}): update the app to open it"
        )


def check_integrity(db: sqlite_utils.Database, path: Path) -> None:
    """Run SQLite's integrity check; refuse a damaged file.

    Skipped only when :func:`start_precheck` already ran the same checks on this file and
    found it sound, and the file has not been written since.
    """
    if _passed_precheck(path):
        return
    try:
        rows = db.execute("PRAGMA integrity_check").fetchall()
        fk = db.execute("PRAGMA foreign_key_check").fetchall()
    except sqlite3.DatabaseError as exc:
        raise _as_store_error(exc, path) from None
    if rows != [("ok",)]:
        first = " ".join(str(rows[0][0]).split())[:200]  # SQLite's report spans lines
        raise DamagedFileError(f"{path.name} failed the integrity check ({first})")
    if fk:
        raise DamagedFileError(f"{path.name} failed the integrity check (broken references)")


# ---------------------------------------------------------------- checking ahead
# The integrity check reads the whole file: ~35 ms on 10,000 notes, most of the time it takes
# to open one. SQLite does that work without holding Python's lock, so the window starts it
# on a worker thread (``start_precheck``) before it imports its own modules, and the open
# (``check_integrity``) only collects the verdict. Nothing is weaker than checking inline:
# the same PRAGMAs run on the same file before anything reads it, and the verdict counts
# only if the file was not written during or since the check (else the open checks again).
# A precheck that finds anything wrong only makes the open check inline, so a damaged file
# is refused exactly as before, with the same message. The worker's connection is closed
# before the open starts (``finish_precheck``): the open reads the file's header with a
# plain file handle, and closing one would drop SQLite's locks of any open connection.

_prechecks: dict[Path, tuple[threading.Thread, dict[str, Any]]] = {}


def start_precheck(path: Path) -> None:
    """Run the open's integrity and reference checks of an existing, current-version
    consultation file on a worker thread; the next ``Store.open`` of it uses the verdict."""
    try:
        resolved = Path(path).resolve()
        if not resolved.is_file() or resolved in _prechecks:
            return
    except OSError:
        return
    result: dict[str, Any] = {}
    thread = threading.Thread(target=_precheck, args=(resolved, result), name="precheck",
                              daemon=True)
    _prechecks[resolved] = (thread, result)
    thread.start()


def finish_precheck(path: Path) -> None:
    """Wait for a precheck of ``path`` (if one runs): its connection is then closed."""
    try:
        entry = _prechecks.get(Path(path).resolve())
    except OSError:
        return
    if entry is not None:
        entry[0].join()


def _fingerprint(path: Path) -> tuple[tuple[int, int, int] | None, ...]:
    """Identity, size and modification time of the file and of its write-ahead log when
    that holds anything (an empty log comes and goes as connections open and close)."""
    marks = []
    for name in (path, path.with_name(path.name + "-wal")):
        try:
            st = os.stat(name)
        except FileNotFoundError:
            marks.append(None)
        else:
            marks.append((st.st_ino, st.st_size, st.st_mtime_ns) if st.st_size else None)
    return tuple(marks)


def _precheck(path: Path, result: dict[str, Any]) -> None:
    conn = None
    try:
        with open(path, "rb") as fh:  # no connection to this file is open yet
            if fh.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                return
        conn = sqlite3.connect(str(path), timeout=10)
        conn.execute("PRAGMA trusted_schema=OFF")
        if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            return
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version != LATEST_VERSION:  # a migration comes first: the open checks inline
            return
        before = _fingerprint(path)
        if conn.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
            return
        if conn.execute("PRAGMA foreign_key_check").fetchall():
            return
        expected_tables(version)  # for check_schema (cached)
        if _fingerprint(path) != before:  # written while being checked
            return
        conn.close()  # may fold the log into the file (same content): fingerprint after
        conn = None
        result["fingerprint"] = _fingerprint(path)
    except Exception:  # noqa: BLE001 -- any doubt: the open checks inline and reports it
        return
    finally:
        if conn is not None:
            conn.close()


def _passed_precheck(path: Path) -> bool:
    try:
        resolved = Path(path).resolve()
    except OSError:
        return False
    entry = _prechecks.pop(resolved, None)
    if entry is None:
        return False
    thread, result = entry
    thread.join()
    return "fingerprint" in result and result["fingerprint"] == _fingerprint(resolved)


@functools.lru_cache(maxsize=8)
def expected_tables(version: int) -> dict[str, frozenset[str]]:
    """Table name -> column names that the migrations up to ``version`` create."""
    db = sqlite_utils.Database(memory=True, execute_plugins=False)
    try:
        for number, _name, apply in MIGRATIONS:
            if number <= version:
                with db.atomic():
                    apply(db)
        return {
            name: frozenset(r[1] for r in db.execute(f'PRAGMA table_info("{name}")'))
            for (name,) in db.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            ).fetchall()
        }
    finally:
        db.close()


def check_schema(db: sqlite_utils.Database, path: Path) -> None:
    """Refuse a file whose tables lack what its schema version promises (a damaged schema
    passes the integrity check, and would fail later, at the first query)."""
    try:
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if version < 1:
            return
        for table, columns in expected_tables(version).items():
            found = {r[1] for r in db.execute(f'PRAGMA table_info("{table}")')}
            if not columns <= found:
                raise DamagedFileError(
                    f"{path.name} is damaged (the {table} table lacks columns it should have)"
                )
    except sqlite3.DatabaseError as exc:
        raise _as_store_error(exc, path) from None


def migrate(db: sqlite_utils.Database, path: Path | None) -> int:
    """Bring the schema up to date, one numbered migration per transaction."""
    version = db.execute("PRAGMA user_version").fetchone()[0]
    pending = [m for m in MIGRATIONS if m[0] > version]
    if pending and version > 0 and path is not None:
        for hook in before_migration_hooks:
            hook(path, f"before-migration-{pending[0][0]}")
    for number, _name, apply in pending:
        try:
            with db.atomic():
                apply(db)
                db.execute(f"PRAGMA application_id={APPLICATION_ID}")
                db.execute(f"PRAGMA user_version={number}")
        except sqlite3.DatabaseError as exc:
            raise _as_store_error(exc, path or Path(":memory:")) from None
    return len(pending)
