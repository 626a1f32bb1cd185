"""The consultation store: every read and write of a consultation file goes through here.

Writes commit at once (WAL, synchronous=FULL), so nothing typed waits for a
Save button. Each write stamps the row with this device and a new change stamp;
deletes leave tombstones so that merges can tell "deleted" from "never seen".
"""

from __future__ import annotations

import functools
import json
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Self

from workshop_app import paths
from workshop_app.domain import validation as v
from workshop_app.domain.clock import HybridClock, parse_stamp
from workshop_app.domain.limits import MAX_PARTICIPANTS, MAX_TITLE_CHARS
from workshop_app.domain.model import (
    CONSULTATION_ID_KEY,
    DEFAULT_THEMES,
    Consultation,
    Group,
    Meeting,
    Note,
    Theme,
    Topic,
)
from workshop_app.errors import DamagedFileError, StoreError, UserError
from workshop_app.store import database, full_check
from workshop_app.store.connection import Connection
from workshop_app.store.migrations import SYNCED_TABLES
from workshop_app.store.policy import PLAIN, OpenPolicy

if TYPE_CHECKING:
    from workshop_app.store.curation import Curation

CONSULTATION_KEYS = ("title", "hearing_url", "hearing_email", "hearing_from", "hearing_to")

_NOTE_SELECT = """
    SELECT n.id, n.meeting_id, n.theme_id, n.group_id, n.kind, n.text, n.topic_id,
           n.origin_device, n.created,
           m.venue AS venue, m.date AS date, t.name AS theme,
           coalesce(g.name, '') AS "group", coalesce(p.name, '') AS topic
    FROM notes n
    JOIN meetings m ON m.id = n.meeting_id
    JOIN themes t ON t.id = n.theme_id
    LEFT JOIN groups g ON g.id = n.group_id
    LEFT JOIN topics p ON p.id = n.topic_id AND p.deleted = 0
"""


def new_id() -> str:
    """A random UUID, as 32 hex digits."""
    import uuid  # at the first new row: uuid imports platform (~2 ms of the window's start)

    return uuid.uuid4().hex


class Store:
    """One open consultation file."""

    def __init__(self, db: Connection, path: Path | None, device: str) -> None:
        self.db = db
        self.path = path
        self.device = device
        self._held = False  # set by open(): this store counts in database.hold_open
        #: The full integrity check this store's writes wait for (a file opened on the quick
        #: check, see ``store.full_check``); None once passed or when checked fully on open.
        self._full_check = full_check.held_by(path) if path is not None else None
        #: Opened for reading only (``Store.open(readonly=True)``); ``writable``: whether the
        #: file could be written at all (False on a write-protected file or medium).
        self.readonly = False
        self.writable = True
        latest = self._latest_stamp()
        try:
            if latest:
                parse_stamp(latest)
        except ValueError:
            where = path.name if path else "the database"
            raise DamagedFileError(f"{where} is damaged (a change stamp is unreadable)") from None
        self.clock = HybridClock(device, latest)

    # ------------------------------------------------------------------ opening
    @classmethod
    def open(
        cls,
        path: str | Path,
        *,
        create: bool = True,
        device: str | None = None,
        seed_themes: bool = True,
        readonly: bool = False,
        policy: OpenPolicy = PLAIN,
    ) -> Store:
        """Open (or create) a consultation file, refusing damaged or foreign files cleanly.

        The file is checked (a regular file, this app's SQLite file, a version it reads,
        exactly its tables, no triggers or views, integrity) before a byte of it is written;
        a refused file keeps every byte and its mode. A missing file is created whole or not
        at all (see ``database.create_new``). ``readonly`` (for commands that only read)
        never creates or converts a file, opens it ``mode=ro`` and works on a write-protected
        file or medium. ``policy`` adds the program's steps (backups; see ``store.policy``).
        A leading ``~`` is the home folder (never a new folder named "~" in the current one).
        """
        path = Path(path).expanduser()
        policy = policy or PLAIN
        try:
            store = cls._open(path, create=create and not readonly, device=device,
                              seed_themes=seed_themes, readonly=readonly, policy=policy)
        except DamagedFileError as exc:
            raise DamagedFileError(policy.explain_damage(path, str(exc))) from None
        except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:  # damage the checks missed
            message = f"{path.name} is damaged ({database.one_line(exc)})"
            raise DamagedFileError(policy.explain_damage(path, message)) from None
        if policy.after_open is not None:
            try:
                policy.after_open(store)
            except BaseException:
                store.close()
                raise
        return store

    @classmethod
    def create(
        cls,
        path: str | Path,
        *,
        device: str | None = None,
        seed_themes: bool = True,
        fill: Callable[[Store], object] | None = None,
    ) -> bool:
        """Create a new consultation file with the default themes and ``fill``'s writes, whole
        or not at all. Returns False when the file exists (then nothing was done: open it and
        write there); a ``fill`` that raises leaves no file behind."""
        path = Path(path).expanduser()
        device = device or paths.device_id()

        def build(db: Connection) -> None:
            store = cls(db, path, device)
            store._full_check = None  # a new file, built here: no verdict on an older one
            with store.transaction():
                if seed_themes:
                    store.seed_defaults()
                if fill is not None:
                    fill(store)

        return database.create_new(path, build)

    @classmethod
    def _open(
        cls, path: Path, *, create: bool, device: str | None, seed_themes: bool,
        readonly: bool, policy: OpenPolicy,
    ) -> Store:
        if create and not os.path.lexists(path):
            cls.create(path, device=device, seed_themes=seed_themes)
        database.check_regular_file(path)
        database.finish_precheck(path)
        database.sniff_sqlite(path)
        device = device or paths.device_id()
        if readonly:
            return cls._open_readonly(path, device)
        if not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)):
            raise StoreError(
                f"cannot save to {path}: the file or folder is read-only (a write-protected "
                "medium?); commands that only read it still work"
            )
        db = database.connect_unchanged(path)
        database.hold_open(path)
        registered: full_check.FullCheck | None = None
        try:
            later = policy.defer_full_check
            seen = database.check_file(db, path, allow_empty=create, full=not later)
            if later and seen and not database.opens_unchanged(db, path):
                database.check_integrity(db, path)  # it is written below: checked fully first
                later = False
            if later and seen:
                # Sound on the quick check, and opening it writes nothing: the full check
                # comes later (start_full_check) and every write waits for its verdict.
                registered = full_check.FullCheck(
                    path, lambda message: policy.explain_damage(path, message))
                full_check.register(registered)
            else:
                full_check.forget(path)
            # Only now, with the file known to be ours, is anything written.
            database.enable_writing(db, path)
            _tighten_permissions(path)
            holder: list[Store] = []

            def seed() -> None:
                holder.append(cls(db, path, device))
                if seed_themes:
                    holder[0].seed_defaults()

            database.migrate(db, path, policy.before_migration, fresh=seed)
            if database.user_version(db, path) != seen and seen == 0:
                # Another process turned the empty file into a consultation meanwhile.
                database.check_layout(db.conn, database.user_version(db, path), path,
                                      session_ok=True)
            store = holder[0] if holder else cls(db, path, device)
            store._held = True
        except BaseException:
            db.close()
            database.release(path)
            if registered is not None:
                full_check.drop(registered)  # this open failed: its check holds nothing
            raise
        return store

    @classmethod
    def _open_readonly(cls, path: Path, device: str) -> Store:
        before = database.journal_files(path)
        db, writable = database.connect_readonly(path)
        held = False
        try:
            version = database.check_file(db, path, allow_empty=False)
            full_check.forget(path)  # checked fully now: an older verdict no longer holds
            if version < database.LATEST_VERSION:
                # An older file is upgraded in memory only: this command must not change it.
                memory = sqlite3.connect(":memory:")
                db.conn.backup(memory)
                db.close()
                db = Connection(memory)
                database.migrate(db, None)
            elif writable:
                # Checked: from here a normal connection (the command only reads through it;
                # query_only would refuse a session export's VACUUM INTO), so that closing
                # it tidies up the log files as any close of the file does.
                db.close()
                db = database.connect_unchanged(path)
                database.hold_open(path)
                held = True
            store = cls(db, path, device)
        except BaseException:
            db.close()
            if held:
                database.release(path)
            # A refused file: the read-only connection may have made an empty log and index
            # next to it (SQLite does for a file in WAL mode); leave none behind.
            database.remove_new_journal_files(path, before)
            raise
        store.readonly = True
        store.writable = writable
        store._held = held
        return store

    @classmethod
    def memory(cls, device: str = "test") -> Store:
        """An in-memory store, for tests."""
        db = Connection(sqlite3.connect(":memory:"))
        db.execute("PRAGMA foreign_keys=ON")
        database.migrate(db, None)
        store = cls(db, None, device)
        store.seed_defaults()
        return store

    # ------------------------------------------------------------------ the full check
    def start_full_check(self) -> None:
        """Start the full integrity check of a file opened on the quick check (the window
        calls this after its first paint), on a thread of its own. Writes wait for its
        verdict; nothing to do for a file that was checked fully when it was opened."""
        check = self._full_check
        if check is not None:
            check.start()

    def wait_full_check(self) -> None:
        """Wait for the full check's verdict (running it now if nobody started it); raises
        ``DamagedFileError``, with the refusal an open would have given, when the file failed
        it. Returns at once for a file checked fully on open. Safe on any thread."""
        check = self._full_check
        if check is not None:
            check.wait()
            self._full_check = None  # passed: later writes need not ask

    @property
    def full_check_state(self) -> str:
        """``"passed"`` (or checked fully on open), ``"pending"`` or ``"failed"``."""
        check = self._full_check
        return full_check.PASSED if check is None else check.state

    def close(self) -> None:
        self.db.close()
        if self._held and self.path is not None:
            self._held = False
            database.release(self.path)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def seed_defaults(self) -> None:
        """A new consultation starts with its identity and the seven workshop themes."""
        with self.transaction():
            self.set_setting(CONSULTATION_ID_KEY, new_id())
            for name in DEFAULT_THEMES:
                self.add_theme(name)

    # ------------------------------------------------------------------ plumbing
    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Group several writes into one commit (nested calls join the outer one)."""
        outer = not self.db.conn.in_transaction
        if outer and self._full_check is not None:
            self.wait_full_check()  # nothing is written to a file before it passed
        try:
            if outer:
                # Take the write lock up front: another process writing meanwhile then makes this
                # one wait (busy_timeout) instead of failing when its first read turns into a write.
                self.db.execute("BEGIN IMMEDIATE")
            with self.db.atomic():
                yield
            if outer:
                self.db.execute("COMMIT")
        except sqlite3.DatabaseError as exc:
            if outer:
                self.db.rollback()
            raise _write_error(exc, self.path) from None
        except BaseException:
            if outer:
                self.db.rollback()
            raise

    def _latest_stamp(self) -> str | None:
        parts = [f"SELECT max(hlc) AS s FROM {t}" for t in (*SYNCED_TABLES, "settings")]
        row = self.db.execute(f"SELECT max(s) FROM ({' UNION ALL '.join(parts)})")
        return row.fetchone()[0]

    def _write(self, sql: str, params: Iterable[Any]) -> None:
        if self._full_check is not None:
            self.wait_full_check()  # nothing is written to a file before it passed
        try:
            self.db.execute(sql, list(params))
        except sqlite3.DatabaseError as exc:
            raise _write_error(exc, self.path) from None

    def _insert(self, table: str, values: dict[str, Any]) -> str:
        stamp = self.clock.tick()
        row = {
            "id": values.pop("id", None) or new_id(),
            **values,
            "device": self.device,
            "origin_device": self.device,
            "hlc": stamp,
            "created": stamp,
            "deleted": 0,
        }
        cols = ", ".join(f'"{c}"' for c in row)
        marks = ", ".join("?" for _ in row)
        self._write(f"INSERT INTO {table} ({cols}) VALUES ({marks})", row.values())
        return row["id"]

    def _update(self, table: str, row_id: str, values: dict[str, Any]) -> None:
        self._require(table, row_id)
        values = {**values, "device": self.device, "hlc": self.clock.tick()}
        sets = ", ".join(f'"{c}" = ?' for c in values)
        self._write(f"UPDATE {table} SET {sets} WHERE id = ?", [*values.values(), row_id])

    def id_by_prefix(self, table: str, prefix: str, what: str) -> str:
        """The id of the one live row of *table* whose id starts with *prefix* (ids are
        lowercase hex; a unique prefix is enough, as the CLI accepts). *what* names the row
        in the error ("note", "summary point")."""
        prefix = prefix.strip().lower()
        if not prefix or not all(c in "0123456789abcdef" for c in prefix):
            raise UserError(f"no {what} with id {prefix!r}")
        matches = [
            r[0]
            for r in self.db.execute(
                f"SELECT id FROM {table} WHERE deleted = 0 AND substr(id, 1, ?) = ? "
                "ORDER BY id LIMIT 2",
                [len(prefix), prefix],
            )
        ]
        if len(matches) != 1:
            raise UserError(
                f"no {what} with id {prefix!r}" if not matches else f"the id {prefix!r} is ambiguous"
            )
        return matches[0]

    def _require(self, table: str, row_id: str) -> None:
        found = self.db.execute(f"SELECT 1 FROM {table} WHERE id = ? AND deleted = 0", [row_id])
        if found.fetchone() is None:
            raise UserError(f"no such {table[:-1].replace('_', ' ')}: {row_id}")

    def _tombstone(self, table: str, row_id: str) -> None:
        self._update(table, row_id, {"deleted": 1})

    def _restore(self, table: str, row_id: str) -> None:
        self._write(
            f"UPDATE {table} SET deleted = 0, device = ?, hlc = ? WHERE id = ?",
            [self.device, self.clock.tick(), row_id],
        )

    def _next_position(self, table: str, where: str = "1", params: Iterable[Any] = ()) -> float:
        row = self.db.execute(
            f"SELECT max(position) FROM {table} WHERE deleted = 0 AND {where}", list(params)
        ).fetchone()
        return float(row[0] if row[0] is not None else 0) + 1.0

    # ------------------------------------------------------------------ settings
    def get_setting(self, key: str, default: Any = None) -> Any:
        row = self.db.execute(
            "SELECT value FROM settings WHERE key = ? AND deleted = 0", [key]
        ).fetchone()
        return json.loads(row[0]) if row else default

    def set_setting(self, key: str, value: Any) -> None:
        """Store a merged setting (consultation details, document texts)."""
        self._write(
            "INSERT INTO settings (key, value, device, hlc, deleted) VALUES (?, ?, ?, ?, 0) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value, device = excluded.device, "
            "hlc = excluded.hlc, deleted = 0",
            [key, json.dumps(value, ensure_ascii=False), self.device, self.clock.tick()],
        )

    def delete_setting(self, key: str) -> bool:
        """Forget a setting (a tombstone, so the reset merges); True when it was set."""
        row = self.db.execute(
            "SELECT 1 FROM settings WHERE key = ? AND deleted = 0", [key]
        ).fetchone()
        if row is None:
            return False
        self._write(
            "UPDATE settings SET deleted = 1, device = ?, hlc = ? WHERE key = ?",
            [self.device, self.clock.tick(), key],
        )
        return True

    # ------------------------------------------------------------------ repositories
    @functools.cached_property
    def curation(self) -> Curation:
        """Summary points, links, excluded notes and document texts (``store.curation``)."""
        from workshop_app.store.curation import Curation  # the window's start needs none

        return Curation(self)

    # Row primitives for the repositories of this package (store/curation.py): stamped,
    # tombstoned writes of a synchronised table.
    def insert_row(self, table: str, values: dict[str, Any]) -> str:
        """Insert a new row of a synchronised table, stamped by this device; returns its id."""
        return self._insert(table, dict(values))

    def update_row(
        self, table: str, row_id: str, values: dict[str, Any], *, require_live: bool = True
    ) -> None:
        """Change columns of a row (a new version that merges); refuses a missing row."""
        if require_live:
            self._update(table, row_id, values)
        else:
            values = {**values, "device": self.device, "hlc": self.clock.tick()}
            sets = ", ".join(f'"{c}" = ?' for c in values)
            self._write(f"UPDATE {table} SET {sets} WHERE id = ?", [*values.values(), row_id])

    def tombstone_row(self, table: str, row_id: str) -> None:
        self._tombstone(table, row_id)

    def restore_row(self, table: str, row_id: str) -> None:
        self._restore(table, row_id)

    def require(self, table: str, row_id: str) -> None:
        """``UserError`` unless *table* has a live row with this id."""
        self._require(table, row_id)

    def next_position(self, table: str, where: str = "1", params: Iterable[Any] = ()) -> float:
        """One more than the largest position of the live rows matching *where*."""
        return self._next_position(table, where, params)

    def get_local(self, key: str, default: Any = None) -> Any:
        row = self.db.execute("SELECT value FROM local WHERE key = ?", [key]).fetchone()
        return json.loads(row[0]) if row else default

    def set_local(self, key: str, value: Any) -> None:
        """This laptop's own state (never merged)."""
        self._write(
            "INSERT INTO local (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [key, json.dumps(value, ensure_ascii=False)],
        )

    # ------------------------------------------------------------------ consultation
    def consultation(self) -> Consultation:
        return Consultation(
            **{k: self.get_setting(f"consultation.{k}", "") for k in CONSULTATION_KEYS}
        )

    def update_consultation(self, **fields: str | None) -> Consultation:
        """Set some of the consultation's details, validated together; returns the result."""
        current = self.consultation()
        merged = {k: getattr(current, k) for k in CONSULTATION_KEYS}
        changes: dict[str, str] = {}
        for key, value in fields.items():
            if key not in CONSULTATION_KEYS:
                raise ValueError(key)
            if value is None:
                continue
            value = value.strip()
            if value:
                if key == "title":
                    if len(value) > MAX_TITLE_CHARS:
                        raise UserError(
                            f"the title is longer than {MAX_TITLE_CHARS} characters")
                    value = v.check_name(value, "title")
                elif key == "hearing_url":
                    value = v.check_url(value)
                elif key == "hearing_email":
                    value = v.check_email(value)
                else:
                    value = v.parse_date(value, key.replace("_", " "))
            changes[key] = value
        merged.update(changes)
        v.check_period(merged["hearing_from"], merged["hearing_to"])
        with self.transaction():
            for key, value in changes.items():
                self.set_setting(f"consultation.{key}", value)
        return Consultation(**merged)

    # ------------------------------------------------------------------ themes
    def themes(self, include_deleted: bool = False) -> list[Theme]:
        """Themes in display order: the shared ones first, then venue-only ones."""
        where = "" if include_deleted else "WHERE deleted = 0"
        rows = self.db.execute(
            f"SELECT id, name, position, venue FROM themes {where} "
            "ORDER BY venue IS NOT NULL, position, name, id"
        )
        return [Theme(r[0], r[1], r[2], r[3]) for r in rows]

    def theme_by_name(self, name: str) -> Theme | None:
        key = v.name_key(name)
        for theme in self.themes():
            if v.name_key(theme.name) == key:
                return theme
        return None

    def add_theme(self, name: str, venue: str | None = None) -> Theme:
        name = v.check_name(name, "theme")
        if self.theme_by_name(name):
            raise UserError(f"a theme named {name!r} already exists")
        venue = v.check_name(venue, "venue") if venue else None
        position = self._next_position("themes")
        theme_id = self._insert("themes", {"name": name, "position": position, "venue": venue})
        return Theme(theme_id, name, position, venue)

    def add_themes(self, names: Sequence[str]) -> list[Theme]:
        """Add shared themes at the end, in this order, in one commit (an import's new themes:
        one look at the existing names, not one per theme)."""
        taken = {v.name_key(t.name) for t in self.themes(include_deleted=False)}
        position = self._next_position("themes")
        made = []
        with self.transaction():
            for raw in names:
                name = v.check_name(raw, "theme")
                if v.name_key(name) in taken:
                    raise UserError(f"a theme named {name!r} already exists")
                taken.add(v.name_key(name))
                theme_id = self._insert("themes", {"name": name, "position": position,
                                                   "venue": None})
                made.append(Theme(theme_id, name, position, None))
                position += 1.0
        return made

    def rename_theme(self, theme_id: str, name: str) -> None:
        name = v.check_name(name, "theme")
        other = self.theme_by_name(name)
        if other and other.id != theme_id:
            raise UserError(f"a theme named {name!r} already exists")
        self._update("themes", theme_id, {"name": name})

    def set_theme_venue(self, theme_id: str, venue: str | None) -> None:
        self._update("themes", theme_id, {"venue": v.check_name(venue, "venue") if venue else None})

    def reorder_themes(self, theme_ids: list[str]) -> None:
        """Give the themes this order (positions 1, 2, 3, …)."""
        self._reorder("themes", theme_ids)

    def _reorder(self, table: str, ids: list[str]) -> None:
        with self.transaction():
            for position, row_id in enumerate(ids, start=1):
                current = self.db.execute(
                    f"SELECT position FROM {table} WHERE id = ?", [row_id]
                ).fetchone()
                if current is None:
                    raise UserError(f"no such {table[:-1]}: {row_id}")
                if current[0] != position:
                    self._update(table, row_id, {"position": float(position)})

    def delete_theme(self, theme_id: str) -> None:
        """Tombstone a theme with its groups and notes (the GUI asks first when it has notes)."""
        with self.transaction():
            for (note_id,) in self.db.execute(
                "SELECT id FROM notes WHERE theme_id = ? AND deleted = 0", [theme_id]
            ).fetchall():
                self._tombstone("notes", note_id)
            for (group_id,) in self.db.execute(
                "SELECT id FROM groups WHERE theme_id = ? AND deleted = 0", [theme_id]
            ).fetchall():
                self._tombstone("groups", group_id)
            self._tombstone("themes", theme_id)

    # ------------------------------------------------------------------ meetings
    def meetings(self) -> list[Meeting]:
        rows = self.db.execute(
            "SELECT id, venue, date, participants, origin_device, preposition FROM meetings "
            "WHERE deleted = 0 ORDER BY date, venue, id"
        )
        return [Meeting(*r) for r in rows]

    def meeting(self, meeting_id: str) -> Meeting | None:
        return next((m for m in self.meetings() if m.id == meeting_id), None)

    def find_meeting(self, venue: str, date: str | None = None) -> Meeting | None:
        """The meeting at this venue (on this date, when given)."""
        key = v.name_key(venue)
        found = [
            m
            for m in self.meetings()
            if v.name_key(m.venue) == key and (date is None or m.date == date)
        ]
        return found[0] if found else None

    def add_meeting(
        self,
        venue: str,
        date: str = "",
        participants: int | None = None,
        preposition: str | None = None,
    ) -> Meeting:
        venue = v.check_name(venue, "venue")
        date = v.parse_date(date) if date else ""
        participants = _check_participants(participants)
        preposition = _check_preposition(preposition)
        meeting_id = self._insert(
            "meetings",
            {"venue": venue, "date": date, "participants": participants,
             "preposition": preposition},
        )
        return Meeting(meeting_id, venue, date, participants, self.device, preposition)

    def update_meeting(
        self,
        meeting_id: str,
        *,
        venue: str | None = None,
        date: str | None = None,
        participants: int | None | str = "keep",
        preposition: str | None = None,
    ) -> None:
        """Change a meeting; ``preposition`` "på"/"i" (or "" for the venue's default)."""
        values: dict[str, Any] = {}
        if preposition is not None:
            values["preposition"] = _check_preposition(preposition)
        if venue is not None:
            values["venue"] = v.check_name(venue, "venue")
        if date is not None:
            values["date"] = v.parse_date(date) if date else ""
        if participants != "keep":
            values["participants"] = _check_participants(participants)  # type: ignore[arg-type]
        if values:
            self._update("meetings", meeting_id, values)

    def delete_meeting(self, meeting_id: str) -> None:
        with self.transaction():
            for table in ("notes", "groups"):
                for (row_id,) in self.db.execute(
                    f"SELECT id FROM {table} WHERE meeting_id = ? AND deleted = 0", [meeting_id]
                ).fetchall():
                    self._tombstone(table, row_id)
            self._tombstone("meetings", meeting_id)

    # ------------------------------------------------------------------ groups
    def groups(self, meeting_id: str | None = None, theme_id: str | None = None) -> list[Group]:
        sql = "SELECT id, meeting_id, theme_id, name, position FROM groups WHERE deleted = 0"
        params: list[str] = []
        if meeting_id:
            sql += " AND meeting_id = ?"
            params.append(meeting_id)
        if theme_id:
            sql += " AND theme_id = ?"
            params.append(theme_id)
        rows = self.db.execute(sql + " ORDER BY position, name, id", params)
        return [Group(*r) for r in rows]

    def find_group(self, meeting_id: str, theme_id: str, name: str) -> Group | None:
        key = v.name_key(name)
        for group in self.groups(meeting_id, theme_id):
            if v.name_key(group.name) == key:
                return group
        return None

    def add_group(self, meeting_id: str, theme_id: str, name: str) -> Group:
        name = v.check_name(name, "group")
        if self.find_group(meeting_id, theme_id, name):
            raise UserError(f"a group named {name!r} already exists here")
        position = self._next_position(
            "groups", "meeting_id = ? AND theme_id = ?", [meeting_id, theme_id]
        )
        group_id = self._insert(
            "groups",
            {"meeting_id": meeting_id, "theme_id": theme_id, "name": name, "position": position},
        )
        return Group(group_id, meeting_id, theme_id, name, position)

    def add_groups(self, wanted: Sequence[tuple[str, str, str]]) -> list[Group]:
        """Add groups given as (meeting id, theme id, name), each at the end of its meeting's
        theme, in one commit (linear: one look at the existing groups)."""
        taken = set()
        last: dict[tuple[str, str], float] = {}
        for group in self.groups():
            taken.add((group.meeting_id, group.theme_id, v.name_key(group.name)))
            place = (group.meeting_id, group.theme_id)
            last[place] = max(last.get(place, 0.0), group.position)
        made = []
        with self.transaction():
            for meeting_id, theme_id, raw in wanted:
                name = v.check_name(raw, "group")
                if (meeting_id, theme_id, v.name_key(name)) in taken:
                    raise UserError(f"a group named {name!r} already exists here")
                taken.add((meeting_id, theme_id, v.name_key(name)))
                position = last.get((meeting_id, theme_id), 0.0) + 1.0
                last[(meeting_id, theme_id)] = position
                group_id = self._insert("groups", {"meeting_id": meeting_id, "theme_id": theme_id,
                                                   "name": name, "position": position})
                made.append(Group(group_id, meeting_id, theme_id, name, position))
        return made

    def rename_group(self, group_id: str, name: str) -> None:
        self._update("groups", group_id, {"name": v.check_name(name, "group")})

    def delete_group(self, group_id: str) -> None:
        with self.transaction():
            for (note_id,) in self.db.execute(
                "SELECT id FROM notes WHERE group_id = ? AND deleted = 0", [group_id]
            ).fetchall():
                self._tombstone("notes", note_id)
            self._tombstone("groups", group_id)

    # ------------------------------------------------------------------ topics
    def topics(self) -> list[Topic]:
        rows = self.db.execute(
            "SELECT id, name, position FROM topics WHERE deleted = 0 ORDER BY position, name, id"
        )
        return [Topic(*r) for r in rows]

    def topic_by_name(self, name: str) -> Topic | None:
        key = v.name_key(name)
        return next((t for t in self.topics() if v.name_key(t.name) == key), None)

    def add_topic(self, name: str) -> Topic:
        name = v.check_name(name, "topic")
        if self.topic_by_name(name):
            raise UserError(f"a cross-cutting topic named {name!r} already exists")
        position = self._next_position("topics")
        topic_id = self._insert("topics", {"name": name, "position": position})
        return Topic(topic_id, name, position)

    def add_topics(self, names: Sequence[str]) -> list[Topic]:
        """Add cross-cutting topics at the end, in this order, in one commit (linear)."""
        taken = {v.name_key(t.name) for t in self.topics()}
        position = self._next_position("topics")
        made = []
        with self.transaction():
            for raw in names:
                name = v.check_name(raw, "topic")
                if v.name_key(name) in taken:
                    raise UserError(f"a cross-cutting topic named {name!r} already exists")
                taken.add(v.name_key(name))
                topic_id = self._insert("topics", {"name": name, "position": position})
                made.append(Topic(topic_id, name, position))
                position += 1.0
        return made

    def rename_topic(self, topic_id: str, name: str) -> None:
        name = v.check_name(name, "topic")
        other = self.topic_by_name(name)
        if other and other.id != topic_id:
            raise UserError(f"a cross-cutting topic named {name!r} already exists")
        self._update("topics", topic_id, {"name": name})

    def reorder_topics(self, topic_ids: list[str]) -> None:
        self._reorder("topics", topic_ids)

    def delete_topic(self, topic_id: str) -> None:
        """Tombstone a topic; its notes stay, under their themes."""
        with self.transaction():
            for (note_id,) in self.db.execute(
                "SELECT id FROM notes WHERE topic_id = ? AND deleted = 0", [topic_id]
            ).fetchall():
                self._update("notes", note_id, {"topic_id": None})
            self._tombstone("topics", topic_id)

    # ------------------------------------------------------------------ notes
    def add_note(
        self,
        meeting_id: str,
        theme_id: str,
        kind: str,
        text: str,
        group_id: str | None = None,
        topic_id: str | None = None,
    ) -> str:
        """Store one note and commit it at once. Returns its id."""
        kind = v.parse_kind(kind)
        text = v.check_note_text(text)
        return self._insert(
            "notes",
            {
                "meeting_id": meeting_id,
                "theme_id": theme_id,
                "group_id": group_id,
                "kind": kind,
                "text": text,
                "topic_id": topic_id,
            },
        )

    def note(self, note_id: str) -> Note | None:
        rows = self.db.execute(_NOTE_SELECT + " WHERE n.id = ? AND n.deleted = 0", [note_id])
        row = rows.fetchone()
        return Note(*row) if row else None

    def notes(
        self,
        *,
        meeting_id: str | None = None,
        theme_id: str | None = None,
        group_id: str | None = None,
        kind: str | None = None,
        venue: str | None = None,
        search: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[Note]:
        """Live notes in a stable order (theme order, then creation), optionally filtered;
        ``limit``/``offset``: one page of them (the search page reads 50,000 in pages)."""
        if limit is not None and not theme_id:
            return self._notes_page_by_theme(meeting_id, group_id, kind, venue, search,
                                             limit, offset)
        where, params = _note_filters(meeting_id, theme_id, group_id, kind, venue, search)
        sql = _NOTE_SELECT + where + " ORDER BY t.venue IS NOT NULL, t.position, n.created, n.id"
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += [limit, offset]
        return [Note(*r) for r in self.db.execute(sql, params)]

    def _notes_page_by_theme(
        self, meeting_id: str | None, group_id: str | None, kind: str | None,
        venue: str | None, search: str | None, limit: int, offset: int,
    ) -> list[Note]:
        """One page of ``notes()``, in the same order, read theme by theme: the themes before
        the page are only counted, and each theme on the page is sorted alone. (One query
        sorted every match to return 200: 43 ms of a 50,000-note search matching them all.)
        Themes that share a place in the order are read together, as one query orders them."""
        ordered = self.db.execute(
            "SELECT id, venue IS NOT NULL, position FROM themes ORDER BY 2, 3").fetchall()
        runs: list[list[str]] = []
        previous: tuple[Any, Any] | None = None
        for theme, key_venue, key_position in ordered:
            if (key_venue, key_position) != previous:
                runs.append([])
                previous = (key_venue, key_position)
            runs[-1].append(theme)
        base, base_params = _note_filters(meeting_id, None, group_id, kind, venue, search)
        page: list[Note] = []
        for themes in runs:
            if len(page) >= limit:
                break
            where = base + f" AND n.theme_id IN ({', '.join('?' * len(themes))})"
            params = [*base_params, *themes]
            if offset:
                count = self.db.execute("SELECT count(*) FROM notes n" + where,
                                        params).fetchone()[0]
                if count <= offset:
                    offset -= count
                    continue
            rows = self.db.execute(
                _NOTE_SELECT + where + " ORDER BY n.created, n.id LIMIT ? OFFSET ?",
                [*params, limit - len(page), offset])
            page += [Note(*r) for r in rows]
            offset = 0
        return page

    def count_matching_notes(
        self,
        *,
        meeting_id: str | None = None,
        theme_id: str | None = None,
        group_id: str | None = None,
        kind: str | None = None,
        venue: str | None = None,
        search: str | None = None,
    ) -> int:
        """How many live notes ``notes()`` returns with the same filters."""
        where, params = _note_filters(meeting_id, theme_id, group_id, kind, venue, search)
        return self.db.execute("SELECT count(*) FROM notes n" + where, params).fetchone()[0]

    def update_note(
        self,
        note_id: str,
        *,
        text: str | None = None,
        kind: str | None = None,
        topic_id: str | None | bool = False,
    ) -> None:
        """Edit a note. ``topic_id=None`` clears its topic; leaving it out keeps it."""
        values: dict[str, Any] = {}
        if text is not None:
            values["text"] = v.check_note_text(text)
        if kind is not None:
            values["kind"] = v.parse_kind(kind)
        if topic_id is not False:
            values["topic_id"] = topic_id
        if values:
            self._update("notes", note_id, values)

    def move_note(
        self, note_id: str, meeting_id: str, theme_id: str, group_id: str | None
    ) -> None:
        """Put a note under another meeting, theme and group (a change like any other: a new
        stamp, so the later move wins in a merge; its origin laptop and creation stay). The
        group must belong to that meeting and theme."""
        self._require("meetings", meeting_id)
        self._require("themes", theme_id)
        if group_id is not None:
            group = self.db.execute(
                "SELECT meeting_id, theme_id FROM groups WHERE id = ? AND deleted = 0", [group_id]
            ).fetchone()
            if group is None or tuple(group) != (meeting_id, theme_id):
                raise UserError("the group does not belong to that meeting and theme")
        self._update(
            "notes", note_id, {"meeting_id": meeting_id, "theme_id": theme_id, "group_id": group_id}
        )

    def delete_note(self, note_id: str) -> None:
        """Tombstone a note (it can be restored, and the delete merges to other laptops)."""
        self._tombstone("notes", note_id)

    def restore_note(self, note_id: str) -> None:
        self._restore("notes", note_id)

    def restore_rows(self, table: str, row_ids: Iterable[str]) -> None:
        """Bring removed meetings, themes, groups, topics or notes back (the window's undo
        of a removal); one commit."""
        if table not in ("meetings", "themes", "groups", "topics", "notes"):
            raise ValueError(f"cannot restore rows of {table}")
        with self.transaction():
            for row_id in row_ids:
                self._restore(table, row_id)

    def count_notes(self, **filters: str | None) -> int:
        sql = "SELECT count(*) FROM notes WHERE deleted = 0"
        params = []
        for key, value in filters.items():
            if value:
                sql += f" AND {key} = ?"
                params.append(value)
        return self.db.execute(sql, params).fetchone()[0]

    def note_counts_by_kind(self) -> dict[str, int]:
        """Live notes per kind (``challenge``, ``solution``)."""
        rows = self.db.execute(
            "SELECT kind, count(*) FROM notes WHERE deleted = 0 GROUP BY kind"
        ).fetchall()
        return {kind: count for kind, count in rows}

    def point_texts(self) -> list[tuple[str, str, list[str]]]:
        """(id, text, linked note ids sorted) of every live summary point, in document
        order: what a scan of the published words (personal data) needs, in one query."""
        rows = self.db.execute(
            "SELECT p.id, p.text, group_concat(l.note_id) FROM summary_points p "
            "LEFT JOIN point_links l ON l.point_id = p.id AND l.deleted = 0 "
            "WHERE p.deleted = 0 GROUP BY p.id ORDER BY p.position, p.created, p.id"
        ).fetchall()
        return [(pid, text, sorted(links.split(",")) if links else []) for pid, text, links in rows]

    def note_counts(self, meeting_id: str | None = None) -> dict[tuple[str, str | None], int]:
        """Live note counts keyed by (theme_id, group_id)."""
        sql = "SELECT theme_id, group_id, count(*) FROM notes WHERE deleted = 0"
        params = []
        if meeting_id:
            sql += " AND meeting_id = ?"
            params.append(meeting_id)
        rows = self.db.execute(sql + " GROUP BY theme_id, group_id", params)
        return {(r[0], r[1]): r[2] for r in rows}

    def data_version(self) -> int:
        """A number that moves when another connection (another process, a worker thread)
        commits to the file, and not for this store's own commits: a window compares it to
        know whether what it keeps from earlier reads may be stale (``PRAGMA data_version``,
        microseconds)."""
        return self.db.execute("PRAGMA data_version").fetchone()[0]


def _note_filters(
    meeting_id: str | None, theme_id: str | None, group_id: str | None, kind: str | None,
    venue: str | None, search: str | None,
) -> tuple[str, list[Any]]:
    """The WHERE clause of ``Store.notes`` and ``Store.count_matching_notes``."""
    sql = " WHERE n.deleted = 0"
    params: list[Any] = []
    for column, value in (
        ("n.meeting_id", meeting_id),
        ("n.theme_id", theme_id),
        ("n.group_id", group_id),
        ("n.kind", kind),
    ):
        if value:
            sql += f" AND {column} = ?"
            params.append(value)
    if venue:
        # Compared as find_meeting compares venues (COLLATE NOCASE folds only A-Z: "ØRESTAD"
        # found the meeting "Ørestad" for adding a note, but listed none of its notes).
        sql += " AND n.meeting_id IN (SELECT id FROM meetings WHERE name_key(venue) = ?)"
        params.append(v.name_key(venue))
    if search:
        # Literal matching (no LIKE wildcards from user input), in lower case. SQLite's own
        # lower() folds only A-Z, so a search with other letters ("ønsker" for a note that
        # says "ØNSKER", "åbne" for "Åbne") goes through Python's str.lower, the
        # ``folded_instr`` function every store connection has (store/connection.py); an
        # ASCII run of the search narrows the rows first, at SQLite's speed.
        needle = search.lower()
        if needle.isascii():
            sql += " AND instr(lower(n.text), ?) > 0"
            params.append(needle)
        else:
            run = _longest_ascii_run(needle)
            if len(run) >= 2:
                sql += " AND instr(lower(n.text), ?) > 0"
                params.append(run)
            sql += " AND folded_instr(CAST(n.text AS BLOB), ?)"
            params.append(needle)
    return sql, params


def _longest_ascii_run(text: str) -> str:
    """The longest run of ASCII characters in ``text`` (the part SQLite can fold itself)."""
    best = current = ""
    for char in text:
        current = current + char if char.isascii() else ""
        if len(current) > len(best):
            best = current
    return best


def _check_participants(value: int | str | None) -> int | None:
    if value is None or value == "":
        return None
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise UserError(f"bad number of participants {value!r}") from None
    if not 0 <= number <= MAX_PARTICIPANTS:
        raise UserError(f"bad number of participants {number}")
    return number


def _check_preposition(value: str | None) -> str | None:
    """"på" or "i" (any case, "paa" for keyboards without å); "" or None: the default."""
    from workshop_app.domain.model import PREPOSITIONS

    if value is None or not value.strip():
        return None
    word = value.strip().casefold().replace("paa", "på")
    if word not in PREPOSITIONS:
        raise UserError(f"unknown preposition {value!r}: use på or i")
    return word


def _tighten_permissions(path: Path) -> None:
    """Citizens' words: keep existing files owner-only too (best effort, POSIX)."""
    try:
        if path.stat().st_mode & 0o077:
            path.chmod(0o600)
    except OSError:
        pass


def _write_error(exc: sqlite3.DatabaseError, path: Path | None) -> StoreError:
    text = str(exc)
    where = path or "the database"
    if database.disk_is_full(exc, path):
        return StoreError(f"the disk is full: cannot save to {where}. Nothing saved before is lost")
    if "readonly" in text or "read-only" in text:
        return StoreError(f"cannot save to {where}: the file or folder is read-only")
    if "locked" in text or "busy" in text:
        return StoreError(f"cannot save to {where}: another program is using the file")
    if "FOREIGN KEY" in text:
        return UserError("refers to a meeting, theme, group or topic that does not exist")
    return StoreError(f"cannot save to {where}: {text}")
