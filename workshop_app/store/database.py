"""Opening a consultation file safely: format checks, pragmas, integrity, migrations."""

from __future__ import annotations

import contextlib
import errno
import functools
import os
import shutil
import sqlite3
import stat
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from workshop_app.errors import DamagedFileError, NewerVersionError, StoreError
from workshop_app.store.connection import Connection
from workshop_app.store.migrations import LATEST_VERSION, MIGRATIONS

#: PRAGMA application_id of a consultation file ("WKAP"): tells ours from other SQLite files.
APPLICATION_ID = 0x574B4150
SQLITE_HEADER = b"SQLite format 3\x00"

def check_regular_file(path: Path, what: str = "consultation file") -> os.stat_result:
    """The file's status, or one line refusing a folder, a pipe, a device or a socket.

    Checked with ``os.stat`` before anything opens the file: opening a FIFO for reading
    blocks until someone writes to it, so a command given one would hang for ever.
    """
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise StoreError(f"no such file: {path}") from None
    except OSError as exc:
        raise StoreError(describe_os_error(exc, path)) from None
    if stat.S_ISDIR(st.st_mode):
        raise StoreError(f"{path} is a folder, not a {what}")
    if not stat.S_ISREG(st.st_mode):
        raise StoreError(f"{path} is not a regular file (a pipe, device or socket), not a {what}")
    return st


def read_input_file(path: Path, what: str, max_bytes: int) -> bytes:
    """The bytes of an input file (a CSV), refusing what is not a regular file without
    blocking: opened non-blocking and checked on the open descriptor, so a FIFO swapped in
    after a check cannot make the read hang. Refuses a file over ``max_bytes``."""
    check_regular_file(path, what)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise StoreError(f"cannot read {path}: {exc.strerror or exc}") from None
    with os.fdopen(fd, "rb") as fh:
        st = os.fstat(fh.fileno())
        if not stat.S_ISREG(st.st_mode):
            raise StoreError(f"{path} is not a regular file (a pipe, device or socket), "
                             f"not a {what}")
        if st.st_size > max_bytes:
            raise StoreError(f"the {what} is {st.st_size / 1e6:.1f} MB; the limit is "
                             f"{max_bytes // 2**20} MB")
        try:
            data = fh.read(max_bytes + 1)
        except OSError as exc:
            raise StoreError(f"cannot read {path}: {exc.strerror or exc}") from None
    if len(data) > max_bytes:
        raise StoreError(f"the {what} is over {max_bytes // 2**20} MB; that is the limit")
    return data


# ---------------------------------------------------------------- temporary files
# A temporary file next to a consultation (a new file being built, a restored copy) is named
# ``.<name>.<pid>-<random>.tmp``, mode 600. The process removes it when it ends normally;
# one killed leaves it behind, and the next open of that consultation removes it as soon as
# the process named in it is gone (no waiting period: a dead process writes no more).


def temp_sibling(path: Path) -> Path:
    """A new, empty, owner-only temporary file in ``path``'s folder (see above)."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}-{os.urandom(4).hex()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    return tmp


def remove_with_journal(path: Path) -> None:
    """Remove a temporary database and whatever SQLite kept next to it."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            Path(str(path) + suffix).unlink()


def journal_files(path: Path) -> set[str]:
    """Which of the file's write-ahead log and index exist now."""
    return {suffix for suffix in ("-wal", "-shm") if os.path.lexists(str(path) + suffix)}


def remove_new_journal_files(path: Path, before: set[str]) -> None:
    """After a refused read: remove an empty log (and its index) that the refused read made;
    never one that existed before or holds anything."""
    wal = Path(str(path) + "-wal")
    if "-wal" not in before:
        with contextlib.suppress(OSError):
            if wal.stat().st_size == 0:
                wal.unlink()
    if "-shm" not in before and not wal.exists():
        with contextlib.suppress(OSError):
            Path(str(path) + "-shm").unlink()


def pid_alive(pid: int) -> bool:
    """Whether a process with this id runs (on this machine)."""
    if pid <= 0:
        return False
    if pid == os.getpid():
        return True
    if os.name == "nt":  # os.kill(pid, 0) would terminate it on Windows
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # type: ignore[attr-defined]
        if not handle:
            return False
        ctypes.windll.kernel32.CloseHandle(handle)  # type: ignore[attr-defined]
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's process: alive
        return True
    return True


def sweep_temp_files(folder: Path, prefix: str, suffix: str = ".tmp") -> list[Path]:
    """Remove the temporary files ``<prefix><pid>-<random><suffix>`` in ``folder`` whose
    process has ended (a kill, a power cut). Returns the removed paths."""
    removed = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        name = entry.name
        if not (name.startswith(prefix) and name.endswith(suffix)):
            continue
        pid_text = name[len(prefix):].split("-", 1)[0]
        if not pid_text.isdigit() or pid_alive(int(pid_text)):
            continue
        remove_with_journal(Path(entry.path))
        removed.append(Path(entry.path))
    return removed


def sweep_temp_siblings(path: Path) -> list[Path]:
    """Remove the temporary files of dead processes next to ``path`` (see above)."""
    return sweep_temp_files(path.parent, f".{path.name}.")


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
    if disk_is_full(exc, path):
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


def connect(path: Path, *, readonly: bool = False) -> Connection:
    """A connection with the app's pragmas: WAL, synchronous=FULL, foreign keys, untrusted schema.

    Only for a file that is already known to be a consultation (``Store.open`` checks first,
    with :func:`connect_unchanged`, and then calls :func:`enable_writing`).
    """
    db = connect_unchanged(path, readonly=readonly)
    if not readonly:
        try:
            enable_writing(db, path)
        except BaseException:
            db.close()
            raise
    return db


def connect_unchanged(path: Path, *, readonly: bool = False) -> Connection:
    """A connection that has not written a byte yet: no journal mode switched, nothing created
    (the checks of a file run on it, so a refused file stays exactly as it was)."""
    try:
        if readonly:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=10)
        else:
            conn = sqlite3.connect(str(path), timeout=10)
        return _prepare(conn, path)
    except sqlite3.DatabaseError as exc:
        raise as_store_error(exc, path) from None


def connect_readonly(path: Path) -> tuple[Connection, bool]:
    """A read-only connection (``mode=ro``) that works on a write-protected file or medium;
    returns it and whether the file could be written at all.

    In a folder this process cannot write (a locked USB stick, a read-only share) SQLite
    cannot make the shared-memory index of the write-ahead log, so the file is opened
    ``immutable``: safe only when the log holds nothing, which is checked first. A log with
    content there would be ignored by an immutable open (its notes silently missing), so such
    a file is refused with what to do instead.
    """
    folder_writable = os.access(path.parent, os.W_OK | os.X_OK)
    writable = folder_writable and os.access(path, os.W_OK)
    uri = f"{path.resolve().as_uri()}?mode=ro"
    if not folder_writable:
        wal = Path(str(path) + "-wal")
        shm = Path(str(path) + "-shm")
        if wal.exists() and wal.stat().st_size > 0:
            if not shm.exists():
                raise StoreError(
                    f"{path.name} has saved changes in {wal.name} that cannot be read from a "
                    "read-only folder: copy both files to a writable folder and open the copy"
                )
        else:
            uri += "&immutable=1"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=10)
        return _prepare(conn, path), writable
    except sqlite3.DatabaseError as exc:
        raise as_store_error(exc, path) from None


def _prepare(conn: sqlite3.Connection, path: Path) -> Connection:
    # A damaged file can hold bytes that are not UTF-8 inside a text cell (the integrity
    # check does not look at cell contents): show them as U+FFFD instead of failing.
    conn.text_factory = _decode_text
    try:
        # Never run functions named inside a file's schema (views, triggers) from a file we did
        # not write ourselves.
        conn.execute("PRAGMA trusted_schema=OFF")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA busy_timeout=10000")
        db = Connection(conn)
    except sqlite3.DatabaseError:
        conn.close()
        raise
    except UnicodeDecodeError:  # SQLite's message quoted garbage from a damaged schema
        conn.close()
        raise DamagedFileError(f"{path.name} is damaged or not a consultation database") from None
    return db


def enable_writing(db: Connection, path: Path) -> None:
    """Write-ahead logging and synchronous=FULL, once the file has passed its checks."""
    try:
        mode = db.execute("PRAGMA journal_mode=WAL").fetchone()[0]
        if mode.lower() != "wal":
            raise StoreError(f"cannot switch {path.name} to write-ahead logging")
        db.execute("PRAGMA synchronous=FULL")
    except sqlite3.DatabaseError as exc:
        raise as_store_error(exc, path) from None


def _decode_text(data: bytes) -> str:
    return data.decode("utf-8", "replace")


#: Free bytes below which a failed write is put down to a full disk.
FULL_DISK_MARGIN = 1024 * 1024


def disk_is_full(exc: BaseException, path: Path | None) -> bool:
    """Whether a failed write was a full disk, however it surfaced.

    SQLite reports running out of space as SQLITE_FULL ("database or disk is full") when a
    write to the file fails, but as a disk I/O error (SQLITE_IOERR_*) when the write-ahead
    log, its index or a sync hits the limit first: which one depends on how full the disk
    is. An I/O error on a folder with (almost) no free space left is a full disk too.
    """
    if isinstance(exc, OSError):
        return exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc)
    if name == "SQLITE_FULL" or "disk is full" in text:
        return True
    if (name.startswith("SQLITE_IOERR") or "disk I/O error" in text) and path is not None:
        return free_bytes(path) < FULL_DISK_MARGIN
    return False


def free_bytes(path: Path) -> int:
    """Free bytes for this user on the file system holding ``path`` (large when unknown)."""
    folder = Path(path)
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    try:
        return shutil.disk_usage(folder if folder.is_dir() else folder.parent).free
    except OSError:
        return 1 << 62


def one_line(message: object) -> str:
    """A message (an error, a row of SQLite's report) on one line, at most 200 characters
    (SQLite's span lines)."""
    return " ".join(str(message).split())[:200]


def as_store_error(exc: sqlite3.DatabaseError, path: Path) -> StoreError:
    """The refusal for an SQLite error on ``path``: damaged, read-only, full disk, …"""
    text = one_line(exc)  # however SQLite worded it
    if any(w in text for w in ("not a database", "malformed", "corrupt", "unsupported file format")):
        return DamagedFileError(f"{path.name} is damaged or not a consultation database ({text})")
    if "readonly" in text or "read-only" in text:
        return StoreError(f"no permission to write {path} (read-only folder or file?)")
    if disk_is_full(exc, path):
        return StoreError(f"the disk is full: cannot write {path}")
    if "unable to open" in text:
        return StoreError(f"cannot open {path} (missing folder or no permission)")
    return StoreError(f"cannot use {path.name}: {text}")


def inspect(db: Connection, path: Path) -> tuple[int, int, bool]:
    """(application_id, user_version, has_tables) of an open file, or DamagedFileError."""
    try:
        app_id = db.execute("PRAGMA application_id").fetchone()[0]
        version = db.execute("PRAGMA user_version").fetchone()[0]
        has_tables = bool(
            db.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0]
        )
    except sqlite3.DatabaseError as exc:
        raise as_store_error(exc, path) from None
    return app_id, version, has_tables


def check_kind_and_version(app_id: int, version: int, has_tables: bool, path: Path) -> None:
    """Refuse other SQLite files and files from a newer app."""
    if (has_tables or app_id) and app_id != APPLICATION_ID:
        raise DamagedFileError(f"{path.name} is an SQLite file but not a consultation database")
    if version > LATEST_VERSION:
        raise NewerVersionError(
            f"{path.name} was written by a newer version of the app (schema {version}; "
            f"this version reads up to {LATEST_VERSION}): update the app to open it"
        )


def check_file(db: Connection, path: Path, *, allow_empty: bool, full: bool = True) -> int:
    """Check an open file the way a backup is checked before a restore; return its version.

    An SQLite file of this app (application id), a schema version this app reads, exactly
    the tables and columns of that version, its indexes, no triggers or views, and sound
    (integrity and foreign keys). An empty file (no tables, no schema version: a new or a
    zero-byte file) passes only with ``allow_empty`` (a command that writes turns it into a
    consultation; one that only reads refuses it). Nothing is written.

    ``full=False``: SQLite's ``quick_check`` instead of the integrity and reference checks
    (a few times faster: it skips comparing the indexes with their tables); the caller then
    owes the full check (``store.full_check``, :func:`check_integrity`) before anything
    is written.
    """
    app_id, version, has_tables = inspect(db, path)
    if not has_tables and version == 0 and app_id in (0, APPLICATION_ID):
        check_layout(db.conn, 0, path)  # no views either
        if not allow_empty:
            raise DamagedFileError(f"{path.name} holds no consultation (an empty SQLite file)")
        return 0
    check_kind_and_version(app_id, version, has_tables, path)
    check_schema(db, path)
    check_layout(db.conn, version, path, session_ok=True)
    if full:
        check_integrity(db, path)
    else:
        check_quick(db, path)
    return version


def opens_unchanged(db: Connection, path: Path) -> bool:
    """Whether opening this (checked) file for writing writes nothing to it: it is at the
    current schema version (no migration) and in write-ahead-log mode already (switching
    the mode rewrites its header). Only such a file may wait for its full check."""
    try:
        if user_version(db, path) != LATEST_VERSION:
            return False
        return db.execute("PRAGMA journal_mode").fetchone()[0].lower() == "wal"
    except sqlite3.DatabaseError as exc:
        raise as_store_error(exc, path) from None


Layout = frozenset[tuple[str, str, tuple[str, ...]]]


def schema_of(conn: sqlite3.Connection) -> Layout:
    """(type, name, columns) of every table, index, trigger and view in a file."""
    items = set()
    for kind, name in conn.execute(
        "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
    ).fetchall():
        columns: tuple[str, ...] = ()
        if kind == "table":
            columns = tuple(r[1] for r in conn.execute(f'PRAGMA table_info("{name}")'))
        items.add((kind, name, columns))
    return frozenset(items)


@functools.lru_cache(maxsize=8)
def expected_schema(version: int) -> Layout:
    """What the migrations up to ``version`` create (see :func:`schema_of`).

    Read from ``store/schema_layouts.py``, which ``tools/schema_layouts.py`` generates from
    the migrations (a test fails when it is stale). A version the module does not hold (a
    migration added, the module not yet regenerated) is built by replaying the migrations.
    """
    from workshop_app.store.schema_layouts import LAYOUTS

    if version in LAYOUTS:
        return frozenset(LAYOUTS[version])
    return build_layout(version)


def build_layout(version: int) -> Layout:
    """Replay the migrations up to ``version`` on an empty in-memory database and return its
    layout: the source of ``store/schema_layouts.py`` (~7 ms, and sqlite-utils imported)."""
    db = Connection(sqlite3.connect(":memory:"))
    try:
        for number, _name, apply in MIGRATIONS:
            if number <= version:
                with db.atomic():
                    apply(db.utils)
        return schema_of(db.conn)
    finally:
        db.close()


@functools.lru_cache(maxsize=8)
def expected_tables(version: int) -> dict[str, frozenset[str]]:
    """Table name -> column names that the migrations up to ``version`` create."""
    return {name: frozenset(columns)
            for kind, name, columns in expected_schema(version) if kind == "table"}


#: The table a session file adds to a consultation's (see ``sync.session``): a session file
#: can be opened as a consultation, but is not a backup.
SESSION_TABLE = ("table", "session_manifest", ("key", "value"))


def check_layout(conn: sqlite3.Connection, version: int, path: Path, *,
                 session_ok: bool = False) -> None:
    """Exactly the tables and columns of ``version``, its indexes (extra ones are harmless),
    and no triggers or views: code that another program planted would run on every write
    (a trigger that deletes every new note, one that rewrites them). ``session_ok``: a
    session file's manifest table is allowed too."""
    try:
        actual = schema_of(conn)
    except sqlite3.DatabaseError as exc:
        raise as_store_error(exc, path) from None
    if session_ok and SESSION_TABLE in actual:
        actual = actual - {SESSION_TABLE}
    planted = sorted(name for kind, name, _cols in actual if kind in ("trigger", "view"))
    if planted:
        raise DamagedFileError(
            f"{path.name} holds a trigger or view not made by this app ({planted[0]}); "
            "another program changed it, so it is not used"
        )
    names = {name for kind, name, _cols in actual if kind == "table"}
    if "session_manifest" in names:
        raise DamagedFileError(
            f"{path.name} is a session file, not a consultation database: merge it instead "
            f"(workshop-app merge {path.name} --db …)"
        )
    expected = expected_schema(version)
    tables = {item for item in actual if item[0] == "table"}
    wanted = {item for item in expected if item[0] == "table"}
    extra = sorted(name for name in names if name not in {n for _k, n, _c in wanted})
    if extra:
        raise DamagedFileError(
            f"{path.name} has a table not made by this app ({extra[0]}); another program "
            "changed it, so it is not used"
        )
    if tables != wanted:
        raise DamagedFileError(f"{path.name} does not have the tables of a consultation database")
    if not {item for item in expected if item[0] == "index"} <= actual:
        raise DamagedFileError(f"{path.name} lacks indexes of a consultation database")


def check_integrity(db: Connection, path: Path) -> None:
    """Run SQLite's integrity check and the foreign-key check; refuse a damaged file."""
    refusal = integrity_refusal(db.conn, path)
    if refusal is not None:
        raise DamagedFileError(refusal)


def integrity_refusal(conn: sqlite3.Connection, path: Path) -> str | None:
    """The refusal of a file that fails SQLite's integrity or foreign-key check, or None.

    The full check: it reads every page and compares every index with its table (~20 ms on
    10,000 notes, ~130 ms on 50,000). ``store.full_check`` runs it on a thread of its own.
    """
    try:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
        fk = conn.execute("PRAGMA foreign_key_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return str(as_store_error(exc, path))
    if rows != [("ok",)]:
        first = one_line(rows[0][0])
        return f"{path.name} failed the integrity check ({first})"
    if fk:
        return f"{path.name} failed the integrity check (broken references)"
    return None


def check_quick(db: Connection, path: Path) -> None:
    """SQLite's ``quick_check``: every page and record well formed (a few times faster than
    the integrity check; it does not compare the indexes with their tables). Refuses a file
    that fails it with the integrity check's words.

    Skipped only when :func:`start_precheck` already ran it on this file and found it sound,
    and the file has not been written since.
    """
    if _passed_precheck(path):
        return
    try:
        rows = db.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        raise as_store_error(exc, path) from None
    if rows != [("ok",)]:
        first = one_line(rows[0][0])
        raise DamagedFileError(f"{path.name} failed the integrity check ({first})")


# ---------------------------------------------------------------- checking ahead
# The window opens a current file with SQLite's quick check (the full integrity check follows
# after its first paint, with every write held until it passes: ``store.full_check``). The
# quick check reads the whole file too (~5 ms on 10,000 notes, ~25 ms on 50,000), and SQLite
# does that work without holding Python's lock, so the window starts it on a worker thread
# (``start_precheck``) before it imports its own modules, and the open (``check_quick``) only
# collects the verdict. Nothing is weaker than checking inline: the same PRAGMA runs on the
# same file before anything reads it, and the verdict counts only if the file was not written
# during or since the check (else the open checks again). A precheck that finds anything
# wrong only makes the open check inline, so a damaged file is refused exactly as before,
# with the same message. The worker's connection is closed before the open starts
# (``finish_precheck``): the open reads the file's header with a plain file handle, and
# closing one would drop SQLite's locks of any open connection.

_prechecks: dict[Path, tuple[threading.Thread, dict[str, Any]]] = {}


def start_precheck(path: Path) -> None:
    """Run the open's quick check of an existing, current-version consultation file on a
    worker thread; the next ``Store.open`` of it that runs a quick check uses the verdict."""
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
        if conn.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
            return
        expected_schema(version)  # for check_schema and check_layout (cached)
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


def check_schema(db: Connection, path: Path) -> None:
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
        raise as_store_error(exc, path) from None


def migrate(
    db: Connection,
    path: Path | None,
    before_migration: Callable[[Path, str], None] | None = None,
    fresh: Callable[[], None] | None = None,
) -> int:
    """Bring the schema up to date; returns how many migrations this call applied.

    All pending migrations run in one write transaction taken up front (``BEGIN
    IMMEDIATE``): another process migrating the same file at the same moment waits for it
    and then finds nothing left to do, instead of failing on "table already exists". The
    version is read again once the lock is held. ``fresh`` runs inside the same transaction
    when this call created the schema (the default themes: seeded once, not once per
    process). ``before_migration(path, reason)`` runs first when an existing consultation is
    about to change (the backup); it must raise to stop the migration.
    """
    version = user_version(db, path)
    if not [m for m in MIGRATIONS if m[0] > version]:
        return 0
    if version > 0 and path is not None and before_migration is not None:
        before_migration(path, f"before-migration-{version + 1}")
    where = path or Path(":memory:")
    try:
        db.execute("BEGIN IMMEDIATE")
    except sqlite3.DatabaseError as exc:
        raise as_store_error(exc, where) from None
    try:
        version = user_version(db, path)
        pending = [m for m in MIGRATIONS if m[0] > version]
        utils = _utils(db)  # the migrations run on sqlite-utils (imported now)
        for number, _name, apply in pending:
            with db.atomic():  # a savepoint inside the transaction
                apply(utils)
                db.execute(f"PRAGMA application_id={APPLICATION_ID}")
                db.execute(f"PRAGMA user_version={number}")
        if version == 0 and fresh is not None:
            fresh()
        db.execute("COMMIT")
    except sqlite3.DatabaseError as exc:
        db.rollback()
        raise as_store_error(exc, where) from None
    except BaseException:
        db.rollback()
        raise
    return len(pending)


def _utils(db: Connection) -> Any:
    """sqlite-utils on ``db`` (a sqlite-utils database passed in as it is)."""
    return db.utils if isinstance(db, Connection) else db


def user_version(db: Connection, path: Path | None) -> int:
    try:
        return db.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise as_store_error(exc, path or Path(":memory:")) from None


def create_new(path: Path, build: Callable[[Connection], None]) -> bool:
    """Make a new consultation file at ``path`` that appears whole or not at all.

    The schema and ``build`` (the default themes; a command's first writes) go into a
    private temporary file next to ``path``, which is then hard-linked to ``path``: the link
    fails if ``path`` exists, so a file another process created meanwhile is never replaced,
    and nobody ever sees a half-made file. Returns True when this call made ``path``; False
    when it exists (made by someone else: open it and do the work there). On a file system
    without hard links (FAT on a USB stick) an empty file is claimed instead and False
    returned: the open then migrates it under SQLite's write lock (see :func:`migrate`).
    """
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        sweep_temp_siblings(path)
        tmp = temp_sibling(path)
    except OSError as exc:
        raise StoreError(describe_os_error(exc, path)) from None
    try:
        db = connect(tmp)
        try:
            migrate(db, None, fresh=lambda: build(db))
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.DatabaseError as exc:
            raise as_store_error(exc, path) from None
        finally:
            db.close()
        try:
            with open(tmp, "rb+") as fh:
                os.fsync(fh.fileno())
            os.link(tmp, path)
        except FileExistsError:
            return False
        except OSError as exc:
            if exc.errno in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.ENOSYS,
                             errno.EMLINK, errno.EXDEV):
                create_private_file(path)
                return False
            raise StoreError(describe_os_error(exc, path)) from None
        fsync_folder(folder)
        return True
    finally:
        remove_with_journal(tmp)


def fsync_folder(folder: Path) -> None:
    """Make a rename or link in ``folder`` durable (best effort; not on Windows)."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
