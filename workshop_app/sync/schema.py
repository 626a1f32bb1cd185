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
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from workshop_app.domain.limits import (
    MAX_NAME_CHARS,
    MAX_NOTE_CHARS,
    MAX_POINT_CHARS,
    MAX_SETTING_CHARS,
)
from workshop_app.domain.model import KINDS, PREPOSITIONS
from workshop_app.store import database
from workshop_app.store.connection import sqlite_utils_module
from workshop_app.store.migrations import LATEST_VERSION, SYNCED_TABLES

if TYPE_CHECKING:
    import sqlite_utils

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


def specs() -> dict[str, TableSpec]:
    """The merged tables as the current migrations define them (computed once, in memory)."""
    return specs_at(LATEST_VERSION)


@functools.cache
def specs_at(version: int) -> dict[str, TableSpec]:
    """The merged tables as schema ``version`` had them: a session file written by an older
    app is checked against its own schema (its checksum covers the columns it had)."""
    # sqlite-utils through the store's import, which keeps numpy and pandas out of it
    db = sqlite_utils_module().Database(memory=True, execute_plugins=False)
    try:
        for number, _name, apply in database.MIGRATIONS:
            if number <= version:
                with db.atomic():
                    apply(db)
        result = {}
        present = set(db.table_names())
        for table in MERGED_TABLES:
            if table not in present:
                continue
            columns = tuple(r[1] for r in db.execute(f'PRAGMA table_info("{table}")'))
            refs_by_name = {r[3]: r[2] for r in db.execute(f'PRAGMA foreign_key_list("{table}")')}
            refs = {columns.index(col): parent for col, parent in refs_by_name.items()}
            result[table] = TableSpec(table, columns, refs)
        return result
    finally:
        db.close()


Rows = dict[str, tuple[Any, ...]]
State = dict[str, Rows]


def read_state(
    conn: sqlite3.Connection | sqlite_utils.Database, version: int | None = None
) -> State:
    """Every row (live and tombstoned) of every merged table, keyed by id (settings: key);
    with ``version``, as that (older) schema had them."""
    state: State = {}
    for name, spec in (specs() if version is None else specs_at(version)).items():
        rows = conn.execute(spec.select_sql()).fetchall()
        state[name] = {row[0]: tuple(row) for row in rows}
    return state


def checksum(state: State, version: int | None = None) -> str:
    """SHA-256 over the canonical content of the merged rows: every table, row and column.

    Each table is hashed as one compact JSON list of its rows in key order, each row a list in
    schema column order, so the value depends on the data only, never on the file's layout.
    """
    digest = hashlib.sha256()
    for name, spec in (specs() if version is None else specs_at(version)).items():
        digest.update(f"{name}:{','.join(spec.columns)}\n".encode())
        rows = state.get(name, {})
        ordered = [rows[key] for key in sorted(rows)]
        # One call per table: the C encoder writes "[[row],[row],…]" in one go.
        digest.update(json.dumps(ordered, ensure_ascii=False, separators=(",", ":")).encode())
        digest.update(b"\n")
    return "sha256:" + digest.hexdigest()


def counts(state: State, version: int | None = None) -> dict[str, dict[str, int]]:
    """Rows per table: ``{"notes": {"live": 980, "total": 1000}, …}``."""
    result = {}
    tables = specs() if version is None else specs_at(version)
    for name, rows in state.items():
        deleted_at = tables[name].index["deleted"]
        live = sum(1 for row in rows.values() if not row[deleted_at])
        result[name] = {"live": live, "total": len(rows)}
    return result


# ---------------------------------------------------------------- value checks
Check = Callable[[Any], bool]
#: Checks a whole column at once (fast path); False means "look value by value".
BulkCheck = Callable[[list[Any]], bool]


@dataclass(frozen=True)
class Rule:
    """What a column may hold: one value at a time, and (faster) a whole column."""

    one: Check
    bulk: BulkCheck | None = None
    optional: bool = False

    def all_good(self, values: list[Any]) -> bool:
        if self.optional:
            values = [v for v in values if v is not None]
        if not values:
            return True
        if self.bulk is not None:
            return self.bulk(values)
        return all(map(self.one, values))

    def good(self, value: Any) -> bool:
        return (self.optional and value is None) or self.one(value)


def _only(types: set[type], values: list[Any]) -> bool:
    return set(map(type, values)) <= types


def _pattern(regex: re.Pattern[str]) -> Rule:
    inner = regex.pattern.removeprefix("^").removesuffix("$")
    joined = re.compile(f"(?:{inner})(?:\n(?:{inner}))*")  # no pattern matches a newline

    def bulk(values: list[Any]) -> bool:
        if not _only({str}, values):
            return False
        text = "\n".join(values)
        # A value holding a newline itself would pass as two; the count rules that out.
        return text.count("\n") == len(values) - 1 and joined.fullmatch(text) is not None

    return Rule(lambda v: isinstance(v, str) and regex.fullmatch(v) is not None, bulk)


def _text(limit: int, *, empty: bool = False) -> Rule:
    def one(v: Any) -> bool:
        return isinstance(v, str) and (empty or bool(v.strip())) and len(v) <= limit

    def bulk(values: list[Any]) -> bool:
        return (
            _only({str}, values)
            and max(map(len, values)) <= limit
            and (empty or all(map(str.strip, values)))
        )

    return Rule(one, bulk)


def _optional(rule: Rule) -> Rule:
    return Rule(rule.one, rule.bulk, optional=True)


def _number(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


def _date(v: Any) -> bool:
    if not isinstance(v, str) or not _DATE.fullmatch(v):
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


_REF = _pattern(_ID)
_DEVICE_RULE = _pattern(_DEVICE)
_STAMP_RULE = _pattern(_STAMP)
_KIND = Rule(lambda v: v in KINDS, lambda vs: _only({str}, vs) and set(vs) <= set(KINDS))
_NAME = _text(MAX_NAME_CHARS)

_COMMON: dict[str, Rule] = {
    "id": _REF,
    "device": _DEVICE_RULE,
    "origin_device": _DEVICE_RULE,
    "hlc": _STAMP_RULE,
    "created": _STAMP_RULE,
    "deleted": Rule(
        lambda v: type(v) is int and v in (0, 1), lambda vs: _only({int}, vs) and set(vs) <= {0, 1}
    ),
    "position": Rule(_number, lambda vs: _only({int, float}, vs) and all(map(math.isfinite, vs))),
}

_BY_TABLE: dict[str, dict[str, Rule]] = {
    "themes": {"name": _NAME, "venue": _optional(_NAME)},
    "meetings": {
        "venue": _NAME,
        "date": Rule(_date, lambda vs: all(map(_date, set(vs))) if _only({str}, vs) else False),
        "participants": _optional(Rule(lambda v: type(v) is int and 0 <= v <= 100_000)),
        "preposition": _optional(Rule(lambda v: v in PREPOSITIONS)),
    },
    "topics": {"name": _NAME},
    "groups": {"meeting_id": _REF, "theme_id": _REF, "name": _NAME},
    "notes": {
        "meeting_id": _REF,
        "theme_id": _REF,
        "group_id": _optional(_REF),
        "topic_id": _optional(_REF),
        "kind": _KIND,
        "text": _text(MAX_NOTE_CHARS, empty=True),
    },
    "summary_points": {
        "theme_id": _optional(_REF),
        "topic_id": _optional(_REF),
        "kind": _optional(_KIND),
        "text": _text(MAX_POINT_CHARS, empty=True),
        "draft": Rule(lambda v: type(v) is int and v in (0, 1)),
    },
    "point_links": {"point_id": _REF, "note_id": _REF},
    "note_exclusions": {"note_id": _REF, "reason": _text(MAX_NOTE_CHARS, empty=True)},
    "settings": {"key": _text(MAX_NAME_CHARS), "value": Rule(_json)},
}


def column_rules(table: str) -> list[tuple[int, str, Rule]]:
    """(column index, column name, rule) for every column of a table that has a rule."""
    spec = specs()[table]
    rules = {**_COMMON, **_BY_TABLE.get(table, {})}
    if table == SETTINGS:
        rules.pop("id", None)
    return [(i, c, rules[c]) for i, c in enumerate(spec.columns) if c in rules]


def first_bad_value(table: str, rows: Rows) -> tuple[str, str] | None:
    """(row key, column) of the first value the app could not have written, or None."""
    if not rows:
        return None
    keys = list(rows)
    for index, column, rule in column_rules(table):
        values = [row[index] for row in rows.values()]
        if rule.all_good(values):
            continue
        for key, value in zip(keys, values, strict=True):
            if not rule.good(value):
                return str(key), column
    return None
