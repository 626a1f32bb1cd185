"""The shape of the merged tables, read from the migrations, and row-level checks.

Rows travel through the merge as plain tuples in a fixed column order (the
order of the current schema), so that comparing two versions of a row is a
tuple comparison and a session's checksum does not depend on how SQLite laid
the file out.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import math
import re
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from workshop_app.domain.model import KINDS
from workshop_app.domain.validation import MAX_NAME_CHARS, MAX_NOTE_CHARS
from workshop_app.store import database
from workshop_app.store.migrations import SYNCED_TABLES

#: Merged key by key rather than row by row; the primary key is ``key``.
SETTINGS = "settings"
#: Every table a merge reads, parents before children, settings last.
MERGED_TABLES: tuple[str, ...] = (*SYNCED_TABLES, SETTINGS)

#: Columns that say who wrote a version and when; the rest is the row's content.
BOOKKEEPING = frozenset({"device", "origin_device", "hlc", "created"})

_STAMP = re.compile(r"^\d{15}-\d{6}-[^-\s]{1,64}$")
_ID = re.compile(r"^[0-9A-Za-z_.:]{1,64}$")
_DEVICE = re.compile(r"^[^-\s]{1,64}$")
_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})?$")
MAX_POINT_CHARS = 20_000
MAX_SETTING_CHARS = 1_000_000


@dataclass(frozen=True)
class TableSpec:
    """One merged table: its columns in order and the tables its columns point to."""

    name: str
    columns: tuple[str, ...]
    #: column index -> parent table, for columns that reference another merged table
    refs: dict[int, str]

    @functools.cached_property
    def index(self) -> dict[str, int]:
        return {c: i for i, c in enumerate(self.columns)}

    @property
    def key_column(self) -> str:
        return "key" if self.name == SETTINGS else "id"

    @functools.cached_property
    def content_indexes(self) -> tuple[int, ...]:
        """Columns that make up what a user sees (not who wrote it or when)."""
        return tuple(i for i, c in enumerate(self.columns) if c not in BOOKKEEPING)

    def select_sql(self) -> str:
        cols = ", ".join(f'"{c}"' for c in self.columns)
        return f'SELECT {cols} FROM "{self.name}" ORDER BY "{self.key_column}"'

    def as_dict(self, row: tuple[Any, ...]) -> dict[str, Any]:
        return dict(zip(self.columns, row, strict=True))


@functools.cache
def specs() -> dict[str, TableSpec]:
    """The merged tables as the current migrations define them (computed once, in memory)."""
    db = sqlite_utils.Database(memory=True, execute_plugins=False)
    try:
        database.migrate(db, None)
        result = {}
        for table in MERGED_TABLES:
            columns = tuple(r[1] for r in db.execute(f'PRAGMA table_info("{table}")'))
            refs_by_name = {
                r[3]: r[2] for r in db.execute(f'PRAGMA foreign_key_list("{table}")')
            }
            refs = {columns.index(col): parent for col, parent in refs_by_name.items()}
            result[table] = TableSpec(table, columns, refs)
        return result
    finally:
        db.close()


Rows = dict[str, tuple[Any, ...]]
State = dict[str, Rows]


def read_state(conn: sqlite3.Connection | sqlite_utils.Database) -> State:
    """Every row (live and tombstoned) of every merged table, keyed by id (settings: key)."""
    state: State = {}
    for name, spec in specs().items():
        rows = conn.execute(spec.select_sql()).fetchall()
        state[name] = {row[0]: tuple(row) for row in rows}
    return state


def checksum(state: State) -> str:
    """SHA-256 over the canonical content of the merged rows: every table, row and column.

    Rows are hashed in key order as compact JSON lists in schema column order, so the value
    depends on the data only, never on the file's page layout.
    """
    digest = hashlib.sha256()
    for name, spec in specs().items():
        digest.update(f"{name}:{','.join(spec.columns)}\n".encode())
        rows = state.get(name, {})
        for key in sorted(rows):
            digest.update(_canonical(rows[key]).encode("utf-8"))
            digest.update(b"\n")
    return "sha256:" + digest.hexdigest()


def _canonical(row: Iterable[Any]) -> str:
    return json.dumps(list(row), ensure_ascii=False, separators=(",", ":"))


def counts(state: State) -> dict[str, dict[str, int]]:
    """Rows per table: ``{"notes": {"live": 980, "total": 1000}, …}``."""
    result = {}
    for name, rows in state.items():
        deleted_at = specs()[name].index["deleted"]
        live = sum(1 for row in rows.values() if not row[deleted_at])
        result[name] = {"live": live, "total": len(rows)}
    return result


# ---------------------------------------------------------------- row checks
Check = Callable[[Any], bool]


def _text(limit: int, *, empty: bool = False) -> Check:
    return lambda v: isinstance(v, str) and (empty or bool(v.strip())) and len(v) <= limit


def _optional(check: Check) -> Check:
    return lambda v: v is None or check(v)


def _number(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


def _date(v: Any) -> bool:
    if not isinstance(v, str) or not _DATE.match(v):
        return False
    if not v:
        return True
    try:
        dt.date.fromisoformat(v)
    except ValueError:
        return False
    return True


def _json(v: Any) -> bool:
    if not isinstance(v, str) or len(v) > MAX_SETTING_CHARS:
        return False
    try:
        json.loads(v)
    except ValueError:
        return False
    return True


def _ref(v: Any) -> bool:
    return isinstance(v, str) and bool(_ID.match(v))


_COMMON: dict[str, Check] = {
    "id": _ref,
    "device": lambda v: isinstance(v, str) and bool(_DEVICE.match(v)),
    "origin_device": lambda v: isinstance(v, str) and bool(_DEVICE.match(v)),
    "hlc": lambda v: isinstance(v, str) and bool(_STAMP.match(v)),
    "created": lambda v: isinstance(v, str) and bool(_STAMP.match(v)),
    "deleted": lambda v: v in (0, 1) and not isinstance(v, float),
    "position": _number,
}
_KIND: Check = lambda v: v in KINDS
_NAME = _text(MAX_NAME_CHARS)

_BY_TABLE: dict[str, dict[str, Check]] = {
    "themes": {"name": _NAME, "venue": _optional(_NAME)},
    "meetings": {
        "venue": _NAME,
        "date": _date,
        "participants": _optional(
            lambda v: isinstance(v, int) and not isinstance(v, bool) and 0 <= v <= 100_000
        ),
    },
    "topics": {"name": _NAME},
    "groups": {"meeting_id": _ref, "theme_id": _ref, "name": _NAME},
    "notes": {
        "meeting_id": _ref,
        "theme_id": _ref,
        "group_id": _optional(_ref),
        "topic_id": _optional(_ref),
        "kind": _KIND,
        "text": _text(MAX_NOTE_CHARS, empty=True),
    },
    "summary_points": {
        "theme_id": _optional(_ref),
        "topic_id": _optional(_ref),
        "kind": _optional(_KIND),
        "text": _text(MAX_POINT_CHARS, empty=True),
    },
    "point_links": {"point_id": _ref, "note_id": _ref},
    "settings": {"key": _text(MAX_NAME_CHARS), "value": _json},
}


def row_checks(table: str) -> list[tuple[int, str, Check]]:
    """(column index, column name, check) for every column of a table that has a rule."""
    spec = specs()[table]
    rules = {**_COMMON, **_BY_TABLE.get(table, {})}
    if table == SETTINGS:
        rules.pop("id", None)
    return [(i, c, rules[c]) for i, c in enumerate(spec.columns) if c in rules]
