"""Automatic backups of a consultation file, and restoring one.

A backup is a consistent snapshot taken with SQLite's online backup API (never a
file copy of a live database), written to a temporary file, checked, and then
renamed into place, so a backup file is either whole or absent.

When:
    on open (unless the newest backup already holds exactly this state), before
    every schema migration, before every merge (the merge calls :func:`snapshot`),
    before a restore, and every few minutes while notes change
    (:class:`BackupScheduler` / :func:`maybe_backup`, called by the window on a timer).
Where:
    ``<data folder>/backups/<file stem>-<hash of the file's full path>/``, one
    folder per consultation file; folders mode 700, files mode 600.
How many:
    the newest 20, plus the newest of every day (local time).
Names:
    ``20261122T161624.123456Z_open_ab12.sqlite``: UTC time, reason, random tag.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import re
import shutil
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from workshop_app import files, paths
from workshop_app.domain.model import CONSULTATION_ID_KEY
from workshop_app.errors import DamagedFileError, StoreError, UserError
from workshop_app.store import database
from workshop_app.store.migrations import LATEST_VERSION, SYNCED_TABLES
from workshop_app.store.policy import OpenPolicy

if TYPE_CHECKING:
    from workshop_app.store import Store

#: How many of the newest backups are always kept (older ones: one per day).
KEEP_RECENT = 20
#: Least time between two periodic backups while notes change.
DEFAULT_INTERVAL_S = 300
#: Temporary files (of an older version, without a process id) older than this are leftovers.
STALE_TEMP_S = 3600
TEMP_PREFIX = ".tmp-"

SUFFIX = ".sqlite"
DAMAGED_SUFFIX = ".sqlite-damaged"
_NAME = re.compile(r"^(\d{8}T\d{6}\.\d{6}Z)_([a-z0-9-]+)_([0-9a-f]{4})\.sqlite$")
_TIME_FORMAT = "%Y%m%dT%H%M%S.%fZ"


@dataclass(frozen=True)
class Backup:
    """One backup file of a consultation."""

    path: Path
    created: dt.datetime  # UTC, from the file name
    reason: str
    size: int

    def __fspath__(self) -> str:
        return str(self.path)

    @property
    def local_time(self) -> str:
        """When it was taken, in local time, to the second."""
        return self.created.astimezone().strftime("%Y-%m-%d %H:%M:%S")


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did: where the state before the restore was kept."""

    restored_from: Path
    previous: Path | None  # a backup of the state before the restore (None: there was no file)
    previous_damaged: bool  # the previous file was damaged; ``previous`` is a raw copy


# ---------------------------------------------------------------- where
def backup_dir(db_path: str | Path, *, create: bool = True) -> Path:
    """The folder holding the backups of one consultation file."""
    resolved = Path(db_path).expanduser().resolve()
    digest = hashlib.sha256(str(resolved).encode("utf-8")).hexdigest()[:12]
    stem = _safe_stem(resolved.stem)[:40] or "consultation"
    root = paths.data_dir() / "backups"
    folder = root / f"{stem}-{digest}"
    if create:
        for item in (root, folder):
            try:
                item.mkdir(mode=0o700, exist_ok=True)
                if item.stat().st_mode & 0o077:
                    item.chmod(0o700)
            except OSError as exc:
                raise StoreError(database.describe_os_error(exc, item)) from None
    return folder


def _safe_stem(stem: str) -> str:
    """*stem* with each run of characters other than letters, digits, "_", "." and "-"
    made one "_" (the backup folder's name)."""
    return re.sub(r"[^\w.-]+", "_", stem)


def _reason_slug(reason: str) -> str:
    slug = re.sub(r"[^a-z0-9-]+", "-", reason.lower()).strip("-")
    return slug[:40] or "manual"


def _parse(path: Path) -> Backup | None:
    match = _NAME.match(path.name)
    if not match:
        return None
    try:
        # The same instant as strptime(_TIME_FORMAT) in UTC, without strptime's first-use cost
        # (building its locale's patterns, about 0.7 ms of every command that opens a file).
        created = dt.datetime.fromisoformat(match.group(1))
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    return Backup(path, created, match.group(2), size)


def list_backups(db_path: str | Path) -> list[Backup]:
    """The backups of a consultation file, newest first (the file itself is not opened)."""
    folder = backup_dir(db_path, create=False)
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    found = [b for b in map(_parse, entries) if b is not None]
    return sorted(found, key=lambda b: (b.created, b.path.name), reverse=True)


# ---------------------------------------------------------------- reading a backup
def _connect_readonly(path: Path) -> sqlite3.Connection:
    # immutable: a backup is never written again, so no locks and no -wal/-shm files.
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    conn = sqlite3.connect(uri, uri=True)
    conn.execute("PRAGMA trusted_schema=OFF")
    return conn


def _state(conn: sqlite3.Connection) -> str:
    """What distinguishes one saved state from another.

    Schema version, newest change stamp, and per table the row count, the number of
    tombstones and the sums of the stamps' wall-clock and counter parts. The newest stamp
    alone is not enough: a merge can bring in or update rows whose stamps are all older than
    the newest local change. A row's stamp only ever grows, so any change moves the sums.
    """
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    tables = (*SYNCED_TABLES, "settings")
    parts = [
        f"SELECT count(*), max(hlc), total(deleted), "
        f"sum(CAST(substr(hlc, 1, 15) AS INTEGER)), sum(CAST(substr(hlc, 17, 6) AS INTEGER)) "
        f"FROM {t}"
        for t in tables
    ]
    rows = conn.execute(" UNION ALL ".join(parts)).fetchall()
    stamp = max((r[1] for r in rows if r[1]), default="")
    counts = ",".join(f"{r[0]}/{int(r[2])}/{r[3] or 0}/{r[4] or 0}" for r in rows)
    return f"{version}:{stamp}:{counts}"


@lru_cache(maxsize=256)
def _backup_state(path: Path, size: int, mtime_ns: int) -> str | None:
    try:
        conn = _connect_readonly(path)
        try:
            return _state(conn)
        finally:
            conn.close()
    except sqlite3.Error:
        return None


def backup_state(backup: Backup | Path) -> str | None:
    """The saved state of a backup (see ``_state``), or None when it cannot be read."""
    path = Path(backup)
    try:
        st = path.stat()
    except OSError:
        return None
    return _backup_state(path, st.st_size, st.st_mtime_ns)


def note_count(backup: Backup | Path) -> int | None:
    """Live notes in a backup, or None when it cannot be read."""
    try:
        conn = _connect_readonly(Path(backup))
        try:
            return conn.execute("SELECT count(*) FROM notes WHERE deleted = 0").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return None


def check_backup(path: str | Path) -> int:
    """Validate a file before it is restored; return its schema version.

    A backup is an incoming file like any other and is not trusted: it must be
    an SQLite file with this app's application id, a schema version this app
    reads, exactly the tables and indexes that version has (no triggers, no
    views), and pass SQLite's integrity and foreign-key checks. Raises
    ``DamagedFileError`` (a ``UserError``) naming what is wrong.
    """
    path = Path(path)
    if not os.path.lexists(path):
        raise UserError(f"no such backup file: {path}")
    database.check_regular_file(path, "backup file")
    database.sniff_sqlite(path)
    if path.stat().st_size == 0:
        raise DamagedFileError(f"{path.name} is empty")
    try:
        conn = _connect_readonly(path)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if app_id != database.APPLICATION_ID:
                raise DamagedFileError(f"{path.name} is not a consultation database")
            if version > LATEST_VERSION:
                raise DamagedFileError(
                    f"{path.name} was written by a newer version of the app (schema {version})"
                )
            if version < 1:
                raise DamagedFileError(f"{path.name} holds no consultation")
            rows = conn.execute("PRAGMA integrity_check").fetchall()
            if rows != [("ok",)]:
                first = database.one_line(rows[0][0])
                raise DamagedFileError(f"{path.name} failed the integrity check ({first})")
            if conn.execute("PRAGMA foreign_key_check").fetchall():
                raise DamagedFileError(f"{path.name} failed the integrity check (broken references)")
            database.check_layout(conn, version, path)
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise DamagedFileError(
            f"{path.name} is damaged or not a consultation database ({database.one_line(exc)})"
        ) from None
    return version


def newest_good_backup(db_path: str | Path) -> Backup | None:
    """The newest backup of a consultation file that passes :func:`check_backup`."""
    for backup in list_backups(db_path):
        try:
            check_backup(backup.path)
        except UserError:
            continue
        return backup
    return None


# ---------------------------------------------------------------- taking a backup
def _write_error(exc: BaseException, where: Path) -> StoreError:
    if isinstance(exc, OSError):
        return StoreError("cannot write a backup: " + database.describe_os_error(exc, where))
    text = database.one_line(exc)
    if database.disk_is_full(exc, where):
        return StoreError(f"cannot write a backup: the disk is full ({where})")
    if "readonly" in text or "read-only" in text:
        return StoreError(f"cannot write a backup: {where} is read-only")
    return StoreError(f"cannot write a backup in {where}: {text}")


def _copy_database(source: sqlite3.Connection, target: Path) -> None:
    """Snapshot ``source`` into the (empty) file ``target`` and check the copy."""
    dst = sqlite3.connect(str(target))
    try:
        source.backup(dst)
        # A single self-contained file: no -wal next to it, readable with immutable=1.
        dst.execute("PRAGMA journal_mode=DELETE")
        check = dst.execute("PRAGMA quick_check").fetchall()
        if check != [("ok",)]:
            first = database.one_line(check[0][0])
            raise DamagedFileError(f"the copy failed SQLite's check ({first})")
    finally:
        dst.close()
    with open(target, "rb+") as fh:
        os.fsync(fh.fileno())


def _open_source(db_path: Path) -> sqlite3.Connection:
    """A connection to a consultation file, checked as ``Store.open`` checks one (a foreign,
    newer, tampered or damaged file is refused before it is copied). Read-only while it is
    checked, so that it also works from a write-protected medium."""
    database.check_regular_file(db_path)
    database.sniff_sqlite(db_path)
    before = database.journal_files(db_path)
    db, writable = database.connect_readonly(db_path)
    try:
        database.check_file(db, db_path, allow_empty=False)
    except BaseException:
        db.close()
        database.remove_new_journal_files(db_path, before)
        raise
    if writable:  # a normal connection once checked: closing it tidies up the log files
        db.close()
        db = database.connect_unchanged(db_path)
    return db.conn


def snapshot(
    db_path: str | Path,
    reason: str,
    *,
    connection: sqlite3.Connection | None = None,
    now: dt.datetime | None = None,
) -> Path:
    """Take a consistent backup of a consultation file now; return the backup's path.

    ``reason`` is a short word kept in the name (``open``, ``periodic``,
    ``before-merge``, ``before-migration-2``, ``before-restore``, ``manual``).
    Pass the store's own ``connection`` when the file is open in this process.
    Raises ``StoreError`` when the backup cannot be written (disk full,
    read-only folder) or ``DamagedFileError`` when the file is damaged.
    Old backups are rotated afterwards.
    """
    db_path = Path(db_path)
    folder = backup_dir(db_path)
    when = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    name = f"{when.strftime(_TIME_FORMAT)}_{_reason_slug(reason)}_{os.urandom(2).hex()}{SUFFIX}"
    final = folder / name
    own = connection is None
    sweep_temp_files(db_path)
    try:
        # The one atomic write (temp file, fsync, rename, fsync of the folder); the temp file
        # of a killed backup is removed by the next one.
        with files.atomic_path(final, suffix=SUFFIX) as tmp:
            source = _open_source(db_path) if own else connection
            try:
                _copy_database(source, tmp)  # type: ignore[arg-type]
            finally:
                if own:
                    source.close()  # type: ignore[union-attr]
    except UserError:
        raise
    except sqlite3.DatabaseError as exc:
        text = database.one_line(exc)
        if any(w in text for w in ("not a database", "malformed", "corrupt", "unsupported")):
            raise DamagedFileError(f"{db_path.name} is damaged ({text}); no backup taken") from None
        raise _write_error(exc, folder) from None
    except OSError as exc:
        raise _write_error(exc, folder) from None
    rotate(db_path)
    return final


def rotate(db_path: str | Path, keep_recent: int = KEEP_RECENT) -> list[Path]:
    """Delete old backups: keep the newest ``keep_recent`` and the newest of each day.

    Also removes temporary files left by a process killed mid-backup. Returns
    the deleted paths.
    """
    backups = list_backups(db_path)
    keep = {b.path for b in backups[:keep_recent]}
    days: set[dt.date] = set()
    for backup in backups:  # newest first: the first seen of a day is its newest
        day = backup.created.astimezone().date()
        if day not in days:
            days.add(day)
            keep.add(backup.path)
    removed = []
    for backup in backups:
        if backup.path not in keep:
            with contextlib.suppress(FileNotFoundError):
                backup.path.unlink()
                removed.append(backup.path)
    sweep_temp_files(db_path)
    return removed


def sweep_temp_files(db_path: str | Path) -> list[Path]:
    """Remove the temporary files that killed backups left in the backup folder: at once when
    the process that wrote one has ended, else (no process id in the name) after an hour."""
    folder = backup_dir(db_path, create=False)
    removed = database.sweep_temp_files(folder, TEMP_PREFIX, "")
    with contextlib.suppress(OSError):
        # os.scandir and a prefix test, as database.sweep_temp_files does: a glob pattern is
        # compiled into a regular expression first (0.4 ms of every command that opens a file).
        for item in [Path(e.path) for e in os.scandir(folder) if e.name.startswith(TEMP_PREFIX)]:
            if item.name[len(TEMP_PREFIX):].split("-", 1)[0].isdigit():
                continue  # ours, with a live process
            with contextlib.suppress(OSError):
                if time.time() - item.stat().st_mtime > STALE_TEMP_S:
                    item.unlink()
                    removed.append(item)
    return removed


def _has_data(conn: sqlite3.Connection) -> bool:
    """True when the file holds something typed by a person (themes alone are the defaults,
    and so is the consultation id every new file gets)."""
    row = conn.execute(
        "SELECT EXISTS(SELECT 1 FROM notes) OR EXISTS(SELECT 1 FROM meetings) "
        "OR EXISTS(SELECT 1 FROM settings WHERE key != ?) "
        "OR EXISTS(SELECT 1 FROM summary_points)",
        [CONSULTATION_ID_KEY],
    ).fetchone()
    return bool(row[0])


def store_state(store: Store) -> str:
    """The saved state of an open store, comparable with :func:`backup_state`."""
    return _state(store.db.conn)


def backup_if_changed(store: Store, reason: str, *, now: dt.datetime | None = None) -> Path | None:
    """Back up an open store unless the newest backup already holds this state or it is empty.
    A file opened on the quick check is backed up once it has passed the full check
    (``DamagedFileError`` when it failed: a damaged copy must not push good ones out)."""
    if store.path is None or store.db.conn.in_transaction:
        return None
    store.wait_full_check()
    return _backup_connection_if_changed(store.path, store.db.conn, reason, now)


def _backup_connection_if_changed(
    path: Path, conn: sqlite3.Connection, reason: str, now: dt.datetime | None = None
) -> Path | None:
    if not _has_data(conn):
        return None
    backups = list_backups(path)
    if backups and backup_state(backups[0]) == _state(conn):
        return None
    return snapshot(path, reason, connection=conn, now=now)


def backup_on_open(path: Path) -> Path | None:
    """The on-open backup of an already opened and checked file, on a connection of its own
    (so a worker thread can take it): the same backup the backup policy (``open_policy``) takes inside
    ``Store.open``. Returns the new backup, or None when none was needed."""
    conn = database.connect(Path(path)).conn
    try:
        return _backup_connection_if_changed(Path(path), conn, "open")
    finally:
        conn.close()


def before_merge(store: Store) -> Path | None:
    """The backup the merge takes before it writes (None for an empty or in-memory target).

    Raises ``StoreError`` when it cannot be written: the merge must then not run.
    """
    store.wait_full_check()  # the merge writes next: a damaged file is refused first
    if store.path is None or not _has_data(store.db.conn):
        return None
    return snapshot(store.path, "before-merge", connection=store.db.conn)


def maybe_backup(
    store: Store, min_interval_s: float = DEFAULT_INTERVAL_S, *, now: dt.datetime | None = None
) -> Path | None:
    """A periodic backup: taken when the newest is older than ``min_interval_s`` and the data
    changed since. Returns the new backup, or None when none was needed."""
    if store.path is None:
        return None
    now = now or dt.datetime.now(dt.UTC)
    backups = list_backups(store.path)
    if backups and (now - backups[0].created).total_seconds() < min_interval_s:
        return None
    return backup_if_changed(store, "periodic", now=now)


class BackupScheduler:
    """Periodic backups for the window: call :meth:`tick` from a timer (say every 30 s).

    A tick is cheap when nothing changed (one query, no file access). Errors do
    not escape: the window shows ``last_error`` when it is set.
    """

    def __init__(self, store: Store, min_interval_s: float = DEFAULT_INTERVAL_S) -> None:
        self.store = store
        self.min_interval_s = min_interval_s
        self.last_error: str | None = None
        self._last_state: str | None = None

    def tick(self, now: dt.datetime | None = None) -> Path | None:
        """Take a backup if one is due and the notes changed; return its path, or None."""
        try:
            state = store_state(self.store)
            if state == self._last_state:
                return None
            made = maybe_backup(self.store, self.min_interval_s, now=now)
            backups = list_backups(self.store.path) if self.store.path else []
            if backups and backup_state(backups[0]) == state:
                self._last_state = state
            self.last_error = None
            return made
        except (UserError, sqlite3.Error, OSError) as exc:
            self.last_error = str(exc)
            return None


# ---------------------------------------------------------------- restoring
def _healthy(db_path: Path) -> bool:
    """Whether the current file is a usable consultation (else it is copied raw, then replaced)."""
    try:
        database.sniff_sqlite(db_path)
        conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True, timeout=10)
        try:
            conn.execute("PRAGMA trusted_schema=OFF")
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            ok = conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            return ok and app_id == database.APPLICATION_ID
        finally:
            conn.close()
    except (sqlite3.Error, UserError, OSError):
        return False


def _keep_damaged(db_path: Path) -> Path:
    """Copy a damaged file (and its write-ahead log) byte for byte into the backup folder."""
    folder = backup_dir(db_path)
    when = dt.datetime.now(dt.UTC).strftime(_TIME_FORMAT)
    target = folder / f"{when}_damaged_{os.urandom(2).hex()}{DAMAGED_SUFFIX}"
    try:
        for suffix in ("", "-wal"):
            source = Path(str(db_path) + suffix)
            if source.exists():
                dest = Path(str(target) + suffix)
                fd = os.open(dest, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
                with os.fdopen(fd, "wb") as out, open(source, "rb") as src:
                    shutil.copyfileobj(src, out)
                    out.flush()
                    os.fsync(out.fileno())
    except OSError as exc:
        raise _write_error(exc, folder) from None
    return target


def restore_backup(
    backup: Backup | str | Path, db_path: str | Path, *, other_consultation: bool = False
) -> RestoreResult:
    """Replace a consultation file's contents with a backup, keeping the current state first.

    The backup is validated (:func:`check_backup`). A healthy current file is
    backed up (reason ``before-restore``) and then overwritten through SQLite's
    backup API in one transaction, so a window that has it open sees the
    restored data and nothing is half-written. A damaged current file is
    copied byte for byte into the backup folder and then replaced by renaming
    a complete copy over it. A backup of another consultation (``sync.identity``) is
    refused unless ``other_consultation``.
    """
    source = Path(backup)
    db_path = Path(db_path)
    check_backup(source)
    if not other_consultation:
        from workshop_app.sync.identity import check_same_consultation

        check_same_consultation(source, db_path)
    if db_path.exists() and source.resolve() == db_path.resolve():
        raise UserError("the backup and the database are the same file")
    if os.path.lexists(db_path):
        database.check_regular_file(db_path)  # a folder, a FIFO (reading one would hang)
    previous: Path | None = None
    damaged = False
    if db_path.exists() and db_path.stat().st_size > 0:
        if _healthy(db_path):
            previous = snapshot(db_path, "before-restore")
        else:
            previous, damaged = _keep_damaged(db_path), True
    src = _connect_readonly(source)
    try:
        if previous is not None and not damaged:
            _restore_in_place(src, db_path)
        else:
            _restore_by_rename(src, db_path)
    except sqlite3.Error as exc:
        text = database.one_line(exc)
        if "locked" in text or "busy" in text:
            raise StoreError(
                f"cannot restore: another program is writing to {db_path.name}; close it first"
            ) from None
        raise StoreError(f"cannot restore {db_path.name}: {text}") from None
    finally:
        src.close()
    return RestoreResult(source, previous, damaged)


def _restore_in_place(src: sqlite3.Connection, db_path: Path) -> None:
    live = sqlite3.connect(str(db_path), timeout=10)
    try:
        live.execute("PRAGMA trusted_schema=OFF")
        src.backup(live)  # one write transaction on the live file: all or nothing
        live.execute("PRAGMA journal_mode=WAL")
        if live.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
            raise StoreError(f"the restored {db_path.name} failed the integrity check")
    finally:
        live.close()


def _restore_by_rename(src: sqlite3.Connection, db_path: Path) -> None:
    try:
        with files.atomic_path(db_path) as tmp:
            _copy_database(src, tmp)
            # The old write-ahead log belongs to the damaged file (a raw copy is kept); left
            # in place, SQLite would replay it onto the restored file.
            for suffix in ("-wal", "-shm"):
                Path(str(db_path) + suffix).unlink(missing_ok=True)
    except OSError as exc:
        raise StoreError(database.describe_os_error(exc, db_path)) from None


# ---------------------------------------------------------------- hooks
def _before_migration(path: Path, reason: str) -> None:
    if path.exists():
        snapshot(path, reason)  # must succeed: a failed backup stops the migration


def damage_hint(path: Path) -> str | None:
    """The sentence added to a refusal: the newest good backup and how to restore it."""
    if not path.exists() and not list_backups(path):
        return None
    good = newest_good_backup(path)
    if good is None:
        return None
    return (
        f"newest good backup: {good.path} ({good.local_time}; restore with: "
        f"workshop-app backup restore {_quote(good.path)} --db {_quote(path)})"
    )


def _quote(path: Path) -> str:
    import shlex

    return shlex.quote(str(path))


def open_policy(
    on_error: Callable[[str], None] | None = None,
    defer: Callable[[Callable[[], None]], None] | None = None,
) -> OpenPolicy:
    """The open policy of a program that keeps automatic backups (built once at its start):
    opening a store backs it up, a migration is preceded by a backup, and a damaged file's
    refusal names the newest good backup.

    ``on_error`` hears about a failed on-open backup (which does not stop the open: the file
    itself is fine, and refusing it would help no one), and about a file opened read-only
    from a write-protected file or medium (no backup is taken of a file nothing can change).
    ``defer``: instead of taking the on-open backup inside ``Store.open``, hand ``defer`` a
    job that takes it on a connection of its own; the caller must run it soon, on any thread
    (the window runs it after its first paint on a worker thread, and before it exits). Such
    a program also leaves the full integrity check for later (``defer_full_check``: it calls
    ``store.start_full_check()`` after its first paint); the job waits for that verdict and
    takes no backup of a file that failed it.
    """

    def report(take: Callable[[], object]) -> None:
        try:
            take()
        except (UserError, sqlite3.Error, OSError) as exc:
            if on_error is not None:
                on_error(f"no backup taken on open: {exc}")

    def after_open(store: Store) -> None:
        if store.path is None:
            return
        with contextlib.suppress(OSError, UserError):
            sweep_temp_files(store.path)
        if not store.writable:
            if on_error is not None:
                on_error(f"{store.path.name} is on a write-protected file or medium: opened "
                         "for reading only, no backup taken")
            return
        if defer is not None:
            path, verdict = store.path, store.wait_full_check

            def take() -> None:
                verdict()  # no backup of a file before it passed the full check
                backup_on_open(path)

            defer(lambda: report(take))
            return
        report(lambda: backup_if_changed(store, "open"))

    return OpenPolicy(before_migration=_before_migration, after_open=after_open,
                      damage_hint=damage_hint, defer_full_check=defer is not None)


__all__ = [
    "Backup",
    "BackupScheduler",
    "RestoreResult",
    "backup_dir",
    "backup_on_open",
    "before_merge",
    "check_backup",
    "list_backups",
    "maybe_backup",
    "newest_good_backup",
    "note_count",
    "open_policy",
    "restore_backup",
    "rotate",
    "snapshot",
]
