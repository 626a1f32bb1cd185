"""The merge rules, as pure functions over rows (no database here).

1. **Last writer wins, row by row.** Every row carries the change stamp of its
   current version (``hlc``); of two versions of a row the one with the later
   stamp wins. Stamps end with the writing device, so two laptops never tie. A
   tombstone (``deleted = 1``) is a version like any other: a delete beats older
   edits, and an older file can never bring a deleted row back.
2. **Identical stamps** only happen when a merge itself rewrote a row (rule 3).
   Then the tombstone wins, then the version pointing at the smaller ids (the
   canonical ones), then the larger canonical JSON: a total order, so the
   result does not depend on the order files are merged in.
3. **One theme per name.** Rows that every laptop creates independently are
   unified: themes and topics by (case-folded) name, meetings by venue and
   date, groups by meeting, theme and name. The row with the smallest id among
   the live ones is kept; the others become tombstones and every reference to
   them is repointed. These rewrites keep the row's stamp (they are not a new
   edit), which is what rule 2 is for.

Settings are merged key by key with rule 1, except the consultation's identity
(``consultation.id``): of two ids the one made first wins, so a consultation keeps the id it
was created with, whatever the order of merging.

Notes move between meetings, themes and groups (``note move``): a move is an edit of the
note's row like any other, so the later move wins.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from workshop_app.domain.model import CONSULTATION_ID_KEY
from workshop_app.sync.schema import SETTINGS, State, TableSpec, specs

Row = tuple[Any, ...]


def _norm(value: Any) -> str:
    return " ".join(str(value).split()).casefold()


def preferred(spec: TableSpec, a: Row, b: Row) -> Row:
    """The winning version of two versions of the same row (commutative, associative)."""
    if a == b:
        return a
    hlc = spec.index["hlc"]
    if a[hlc] != b[hlc]:
        if spec.name == SETTINGS and a[0] == CONSULTATION_ID_KEY:
            return a if a[hlc] < b[hlc] else b  # the identity made first
        return a if a[hlc] > b[hlc] else b
    deleted = spec.index["deleted"]
    if a[deleted] != b[deleted]:
        return a if a[deleted] else b
    for index in spec.refs:
        ra, rb = a[index] or "", b[index] or ""
        if ra != rb:
            return a if ra < rb else b
    return a if _canonical(a) > _canonical(b) else b


def _canonical(row: Row) -> str:
    return json.dumps(list(row), ensure_ascii=False, separators=(",", ":"))


@dataclass
class Fold:
    """The running result of merging versions into a state."""

    state: State
    #: (table, key) -> versions that lost along the way (different stamp than the winner)
    losers: dict[tuple[str, str], list[Row]] = field(default_factory=lambda: defaultdict(list))

    def add(self, incoming: State) -> None:
        """Merge every row of ``incoming`` into the state, last writer wins."""
        for name, spec in specs().items():
            rows = self.state.setdefault(name, {})
            hlc = spec.index["hlc"]
            for key, row in incoming.get(name, {}).items():
                local = rows.get(key)
                if local is None:
                    rows[key] = row
                    continue
                if local == row:
                    continue
                winner = preferred(spec, local, row)
                loser = row if winner is local else local
                rows[key] = winner
                if loser[hlc] != winner[hlc]:
                    self.losers[(name, key)].append(loser)


@dataclass
class Unified:
    """What rule 3 did: old id -> kept id per table, and how many live rows it folded."""

    aliases: dict[str, dict[str, str]] = field(default_factory=dict)
    folded: dict[str, int] = field(default_factory=dict)

    def resolve(self, table: str, ref: str | None) -> str | None:
        if ref is None:
            return None
        return self.aliases.get(table, {}).get(ref, ref)


#: How rows that every laptop creates on its own are recognised as the same thing.
_IDENTITY: dict[str, Callable[[TableSpec, Row], tuple[Any, ...]]] = {
    "themes": lambda s, r: (_norm(r[s.index["name"]]),),
    "topics": lambda s, r: (_norm(r[s.index["name"]]),),
    "meetings": lambda s, r: (_norm(r[s.index["venue"]]), r[s.index["date"]]),
    "groups": lambda s, r: (
        r[s.index["meeting_id"]],
        r[s.index["theme_id"]],
        _norm(r[s.index["name"]]),
    ),
}


def unify(state: State) -> Unified:
    """Apply rule 3 to ``state`` in place: repoint references, tombstone duplicates."""
    result = Unified()
    for name, spec in specs().items():
        if name == SETTINGS:
            continue
        rows = state.get(name, {})
        if spec.refs:
            _repoint(spec, rows, result)
        if name == "notes":
            _follow_groups(spec, rows, specs()["groups"], state.get("groups", {}))
        identity = _IDENTITY.get(name)
        if identity is None:
            continue
        deleted = spec.index["deleted"]
        members: dict[tuple[Any, ...], list[str]] = defaultdict(list)
        keep: dict[tuple[Any, ...], str] = {}
        for key, row in rows.items():
            ident = identity(spec, row)
            members[ident].append(key)
            if not row[deleted] and (ident not in keep or key < keep[ident]):
                keep[ident] = key
        aliases: dict[str, str] = {}
        folded = 0
        for ident, keys in members.items():
            kept = keep.get(ident)
            if kept is None or len(keys) == 1:
                continue
            for key in keys:
                if key == kept:
                    continue
                aliases[key] = kept
                row = rows[key]
                if not row[deleted]:
                    rows[key] = row[:deleted] + (1,) + row[deleted + 1 :]
                    folded += 1
        result.aliases[name] = aliases
        result.folded[name] = folded
    return result


def _repoint(spec: TableSpec, rows: dict[str, Row], unified: Unified) -> None:
    changes = [
        (index, unified.aliases.get(parent, {}))
        for index, parent in spec.refs.items()
        if unified.aliases.get(parent)
    ]
    if not changes:
        return
    for key, row in rows.items():
        new = None
        for index, aliases in changes:
            ref = row[index]
            target = aliases.get(ref) if ref is not None else None
            if target is not None and target != ref:
                new = list(row) if new is None else new
                new[index] = target
        if new is not None:
            rows[key] = tuple(new)


def _follow_groups(
    spec: TableSpec, notes: dict[str, Row], group_spec: TableSpec, groups: dict[str, Row]
) -> None:
    """A note stays in its group's meeting and theme.

    A note moved to a group (``note move``) gets the group's meeting and theme in the same
    write, so a note and its group can only disagree after a theme was renamed on one laptop
    while another unified it under its old name; then the note goes where its group went.
    """
    group_at, meeting_at, theme_at = (spec.index[c] for c in ("group_id", "meeting_id", "theme_id"))
    g_meeting, g_theme = group_spec.index["meeting_id"], group_spec.index["theme_id"]
    for key, row in notes.items():
        group = groups.get(row[group_at]) if row[group_at] is not None else None
        if group is None:
            continue
        if (row[meeting_at], row[theme_at]) != (group[g_meeting], group[g_theme]):
            new = list(row)
            new[meeting_at], new[theme_at] = group[g_meeting], group[g_theme]
            notes[key] = tuple(new)


def content(spec: TableSpec, row: Row, unified: Unified | None = None) -> tuple[Any, ...]:
    """What a user sees of a row (no stamps or devices), references resolved."""
    values = []
    for index in spec.content_indexes:
        value = row[index]
        parent = spec.refs.get(index)
        if parent and unified is not None:
            value = unified.resolve(parent, value)
        values.append(value)
    return tuple(values)
