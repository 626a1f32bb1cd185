"""Summary points: the curated bullets of the opsamling, each linked to the notes it condenses.

A summary point belongs to one theme or to one cross-cutting topic, has a kind
(``challenge``, ``solution`` or ``None``) and a position within its section. Its
links to notes are rows of their own (``point_links``). Points and links are
stored like notes: UUID, device, change stamp and tombstones, so they merge
between laptops under the same rules, and a delete reaches the other laptops.

This module is the service API for the CLI and the GUI's Summary workspace; it
imports no Qt. Every function validates first and raises ``UserError`` with one
line, changing nothing, when the input is bad. Writes commit at once.

Typical use::

    point = add_point(store, "Flere mentorer til unge", theme_id=theme.id,
                      kind="solution", note_ids=[n1, n2])
    link_notes(store, point.id, [n3])
    evidence(store, point.id).venues      # ("Amager", "Nørrebro")
    topic, point = promote_group(store, recurring_in_store(store)[0])
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from workshop_app.analysis.recurring import RecurringGroup
from workshop_app.domain import validation as v
from workshop_app.domain.limits import MAX_POINT_CHARS
from workshop_app.domain.model import Note, Topic
from workshop_app.errors import UserError
from workshop_app.store import Store

#: Name of the topic a promoted group goes to when its label is empty.
FALLBACK_TOPIC = "Tværgående forslag"


class _Keep:
    """Marker for "leave this field as it is" (``None`` is a valid kind)."""

    def __repr__(self) -> str:
        return "KEEP"


KEEP: Any = _Keep()


@dataclass(frozen=True)
class SummaryPoint:
    """One curated point, with the ids of the live notes it is linked to."""

    id: str
    text: str
    kind: str | None
    theme_id: str | None
    topic_id: str | None
    position: float
    note_ids: tuple[str, ...]
    section: str = ""  # the theme's or topic's name, for display

    @property
    def section_key(self) -> tuple[str, str]:
        """``("topic", id)`` or ``("theme", id)``: the section the point is listed in."""
        return ("topic", self.topic_id) if self.topic_id else ("theme", self.theme_id or "")

    def to_dict(self) -> dict[str, Any]:
        """Plain data for JSON (``point list --json``)."""
        return {
            "id": self.id,
            "text": self.text,
            "kind": self.kind,
            "theme_id": self.theme_id,
            "topic_id": self.topic_id,
            "section": self.section,
            "position": self.position,
            "notes": list(self.note_ids),
        }


@dataclass(frozen=True)
class Evidence:
    """What backs a point: how many notes, from which venues, meetings and groups."""

    notes: int
    venues: tuple[str, ...]
    meetings: int  # distinct meetings among the linked notes
    total_meetings: int  # meetings in the consultation
    groups: tuple[str, ...]  # "Nørrebro / Beskæftigelse / Bord 3", sorted
    themes: tuple[str, ...]

    @property
    def all_meetings(self) -> bool:
        """True when the linked notes come from every meeting (of two or more)."""
        return self.total_meetings > 1 and self.meetings >= self.total_meetings

    def to_dict(self) -> dict[str, Any]:
        """Plain data for JSON."""
        return {
            "notes": self.notes,
            "venues": list(self.venues),
            "meetings": self.meetings,
            "total_meetings": self.total_meetings,
            "groups": list(self.groups),
            "themes": list(self.themes),
        }


# ------------------------------------------------------------------------------ checks
def check_point_text(text: str) -> str:
    """A point's text: not empty, at most ``MAX_POINT_CHARS``. Returns it stripped."""
    text = (text or "").strip()
    if not text or not v.has_visible_text(text):
        raise UserError("the summary point's text is empty")
    if len(text) > MAX_POINT_CHARS:
        raise UserError(
            f"the summary point is {len(text):,} characters long; the limit is {MAX_POINT_CHARS:,}"
        )
    return text


def parse_point_kind(kind: str | None) -> str | None:
    """``challenge``/``solution`` (or udfordring/løsning); ``None``, "" or "none" for neither."""
    if kind is None or kind.strip().casefold() in ("", "none", "ingen"):
        return None
    try:
        return v.parse_kind(kind)
    except UserError:
        raise UserError(
            f"unknown kind {kind!r}: use challenge, solution or none (udfordring/løsning/ingen)"
        ) from None


def _section(
    store: Store, theme_id: str | None, topic_id: str | None
) -> tuple[str | None, str | None]:
    if bool(theme_id) == bool(topic_id):
        raise UserError("a summary point belongs to exactly one theme or one cross-cutting topic")
    if theme_id:
        store._require("themes", theme_id)
        return theme_id, None
    store._require("topics", topic_id)  # type: ignore[arg-type]
    return None, topic_id


def _live_note_ids(store: Store, note_ids: Iterable[str]) -> list[str]:
    """The ids, checked to be live notes, duplicates removed, order kept."""
    found: dict[str, None] = {}
    for note_id in note_ids:
        if store.note(note_id) is None:
            raise UserError(f"no such note: {note_id}")
        found[note_id] = None
    return list(found)


# ------------------------------------------------------------------------------ reading
_POINT_SELECT = """
    SELECT p.id, p.text, p.kind, p.theme_id, p.topic_id, p.position,
           coalesce(tp.name, th.name, '') AS section
    FROM summary_points p
    LEFT JOIN topics tp ON tp.id = p.topic_id
    LEFT JOIN themes th ON th.id = p.theme_id
    WHERE p.deleted = 0
"""


def _links(store: Store, point_ids: Sequence[str] | None = None) -> dict[str, tuple[str, ...]]:
    """Live linked note ids per point (each note once), in the notes' creation order."""
    sql = (
        "SELECT l.point_id, l.note_id FROM point_links l JOIN notes n ON n.id = l.note_id "
        "WHERE l.deleted = 0 AND n.deleted = 0"
    )
    params: list[str] = []
    if point_ids is not None:
        sql += f" AND l.point_id IN ({', '.join('?' for _ in point_ids)})"
        params = list(point_ids)
    links: dict[str, dict[str, None]] = {}
    for point_id, note_id in store.db.execute(sql + " ORDER BY n.created, n.id", params):
        links.setdefault(point_id, {})[note_id] = None  # two laptops may link the same pair
    return {k: tuple(v) for k, v in links.items()}


def list_points(
    store: Store, *, theme_id: str | None = None, topic_id: str | None = None
) -> list[SummaryPoint]:
    """Live points in display order: topics' points first (topic order), then themes'.

    With ``theme_id`` or ``topic_id`` only that section's points, by position.
    """
    sql = _POINT_SELECT
    params: list[str] = []
    if theme_id:
        sql += " AND p.theme_id = ? AND p.topic_id IS NULL"
        params.append(theme_id)
    if topic_id:
        sql += " AND p.topic_id = ?"
        params.append(topic_id)
    rows = store.db.execute(sql + " ORDER BY p.position, p.created, p.id", params).fetchall()
    links = _links(store)
    result = [
        SummaryPoint(r[0], r[1], r[2], r[3], r[4], r[5], links.get(r[0], ()), r[6]) for r in rows
    ]
    order = {("topic", t.id): i for i, t in enumerate(store.topics())}
    offset = len(order)
    order.update({("theme", t.id): offset + i for i, t in enumerate(store.themes())})
    # Points of a deleted theme or topic sort last (the document leaves them out).
    return sorted(result, key=lambda p: (order.get(p.section_key, len(order)), p.position, p.id))


def get_point(store: Store, point_id: str) -> SummaryPoint:
    """One live point; ``UserError`` when there is none with this id."""
    row = store.db.execute(_POINT_SELECT + " AND p.id = ?", [point_id]).fetchone()
    if row is None:
        raise UserError(f"no such summary point: {point_id}")
    links = _links(store, [point_id])
    return SummaryPoint(
        row[0], row[1], row[2], row[3], row[4], row[5], links.get(row[0], ()), row[6]
    )


def find_point_id(store: Store, prefix: str) -> str:
    """The id of the one live point whose id starts with ``prefix`` (as the CLI accepts)."""
    return store.id_by_prefix("summary_points", prefix, "summary point")


def linked_notes(store: Store, point_id: str) -> list[Note]:
    """The live notes a point is linked to, in creation order."""
    point = get_point(store, point_id)
    notes = [store.note(note_id) for note_id in point.note_ids]
    return [n for n in notes if n is not None]


# ------------------------------------------------------------------------------ writing
def add_point(
    store: Store,
    text: str,
    *,
    theme_id: str | None = None,
    topic_id: str | None = None,
    kind: str | None = None,
    note_ids: Iterable[str] = (),
) -> SummaryPoint:
    """Add a point at the end of its theme's or topic's list, linked to ``note_ids``."""
    text = check_point_text(text)
    kind = parse_point_kind(kind)
    with store.transaction():
        theme_id, topic_id = _section(store, theme_id, topic_id)
        notes = _live_note_ids(store, note_ids)
        column, value = ("topic_id", topic_id) if topic_id else ("theme_id", theme_id)
        where = f"{column} = ?" + ("" if topic_id else " AND topic_id IS NULL")
        position = store._next_position("summary_points", where, [value])
        point_id = store._insert(
            "summary_points",
            {
                "theme_id": theme_id,
                "topic_id": topic_id,
                "kind": kind,
                "text": text,
                "position": position,
            },
        )
        for note_id in notes:
            store._insert("point_links", {"point_id": point_id, "note_id": note_id})
    return get_point(store, point_id)


def edit_point(
    store: Store, point_id: str, *, text: str | None = None, kind: Any = KEEP
) -> SummaryPoint:
    """Change a point's text and/or kind (``kind=None`` clears it; leave it out to keep it)."""
    values: dict[str, Any] = {}
    if text is not None:
        values["text"] = check_point_text(text)
    if kind is not KEEP:
        values["kind"] = parse_point_kind(kind)
    get_point(store, point_id)
    if values:
        store._update("summary_points", point_id, values)
    return get_point(store, point_id)


def move_point(
    store: Store, point_id: str, *, theme_id: str | None = None, topic_id: str | None = None
) -> SummaryPoint:
    """Move a point to the end of another theme's or topic's list (its links stay)."""
    get_point(store, point_id)
    with store.transaction():
        theme_id, topic_id = _section(store, theme_id, topic_id)
        column, value = ("topic_id", topic_id) if topic_id else ("theme_id", theme_id)
        where = f"{column} = ?" + ("" if topic_id else " AND topic_id IS NULL")
        position = store._next_position("summary_points", where, [value])
        store._update(
            "summary_points",
            point_id,
            {"theme_id": theme_id, "topic_id": topic_id, "position": position},
        )
    return get_point(store, point_id)


def delete_point(store: Store, point_id: str) -> tuple[str, ...]:
    """Delete a point and its links (tombstones, so the delete merges to other laptops).

    Returns the ids of the links it deleted, for ``restore_point`` (undo).
    """
    get_point(store, point_id)
    with store.transaction():
        links = tuple(
            link_id
            for (link_id,) in store.db.execute(
                "SELECT id FROM point_links WHERE point_id = ? AND deleted = 0 ORDER BY id",
                [point_id],
            ).fetchall()
        )
        for link_id in links:
            store._tombstone("point_links", link_id)
        store._tombstone("summary_points", point_id)
    return links


def restore_point(store: Store, point_id: str, link_ids: Iterable[str] = ()) -> SummaryPoint:
    """Undo ``delete_point``: the same point (same id and place) with the given links."""
    row = store.db.execute("SELECT deleted FROM summary_points WHERE id = ?", [point_id]).fetchone()
    if row is None:
        raise UserError(f"no such summary point: {point_id}")
    with store.transaction():
        if row[0]:
            store._restore("summary_points", point_id)
        for link_id in link_ids:
            link = store.db.execute(
                "SELECT deleted FROM point_links WHERE id = ? AND point_id = ?",
                [link_id, point_id],
            ).fetchone()
            if link is None:
                raise UserError(f"no such link of this point: {link_id}")
            if link[0]:
                store._restore("point_links", link_id)
    return get_point(store, point_id)


def reorder_points(store: Store, point_ids: Sequence[str]) -> None:
    """Give the points of one section this order (positions 1, 2, 3, …).

    The ids must all belong to the same theme or topic; points of that section not
    named keep their relative order after the named ones.
    """
    if not point_ids:
        return
    if len(set(point_ids)) != len(point_ids):
        raise UserError("a summary point is named twice in the new order")
    points = [get_point(store, pid) for pid in point_ids]
    keys = {p.section_key for p in points}
    if len(keys) != 1:
        raise UserError("only points of the same theme or topic can be put in order together")
    first = points[0]
    rest = [
        p.id
        for p in list_points(
            store, theme_id=None if first.topic_id else first.theme_id, topic_id=first.topic_id
        )
        if p.id not in point_ids
    ]
    ids = [*point_ids, *rest]
    with store.transaction():
        for position, pid in enumerate(ids, start=1):
            current = get_point(store, pid)
            if current.position != float(position):
                store._update("summary_points", pid, {"position": float(position)})


def link_notes(store: Store, point_id: str, note_ids: Iterable[str]) -> int:
    """Link notes to a point; returns how many links are new (already linked ones are kept)."""
    point = get_point(store, point_id)
    notes = _live_note_ids(store, note_ids)
    added = 0
    with store.transaction():
        for note_id in notes:
            if note_id in point.note_ids:
                continue
            store._insert("point_links", {"point_id": point_id, "note_id": note_id})
            added += 1
    return added


def unlink_notes(store: Store, point_id: str, note_ids: Iterable[str]) -> int:
    """Remove links between a point and notes; returns how many notes were unlinked."""
    get_point(store, point_id)
    removed = 0
    with store.transaction():
        for note_id in dict.fromkeys(note_ids):
            rows = store.db.execute(
                "SELECT id FROM point_links WHERE point_id = ? AND note_id = ? AND deleted = 0 "
                "ORDER BY id",
                [point_id, note_id],
            ).fetchall()
            for (link_id,) in rows:  # after a merge the same pair may have two link rows
                store._tombstone("point_links", link_id)
            removed += bool(rows)
    return removed


# ------------------------------------------------------------------------------ evidence
def evidence(store: Store, point_id: str) -> Evidence:
    """How many live notes back the point, from which venues, meetings, groups and themes."""
    notes = linked_notes(store, point_id)
    return _evidence_of(store, notes)


def _evidence_of(store: Store, notes: Sequence[Note]) -> Evidence:
    groups = sorted({" / ".join(x for x in (n.venue, n.theme, n.group) if x) for n in notes})
    return Evidence(
        notes=len(notes),
        venues=tuple(sorted({n.venue for n in notes})),
        meetings=len({n.meeting_id for n in notes}),
        total_meetings=len(store.meetings()),
        groups=tuple(groups),
        themes=tuple(sorted({n.theme for n in notes})),
    )


# ------------------------------------------------------------------------------ promoting
def promote_group(
    store: Store, group: RecurringGroup, *, text: str | None = None, topic_name: str | None = None
) -> tuple[Topic, SummaryPoint]:
    """Turn a recurring group into a cross-cutting topic with a drafted point.

    The topic: ``topic_name`` if given; else the cross-cutting topic that most of the
    group's notes already carry (at least half of them); else one named after the
    group's label, reused when a topic with that name exists. The drafted point's
    text is the group's most representative note (or ``text``), its kind the notes'
    majority kind, and it is linked to every note of the group that still exists.
    Promoting the same group twice returns the point made the first time instead of
    a copy. The notes themselves are not moved: they stay under their themes.
    """
    notes = [n for n in (store.note(g.id) for g in group.notes) if n is not None]
    if not notes:
        raise UserError("none of the group's notes exist any more")
    live = [n.id for n in notes]
    if text is None:
        representative = store.note(group.representative) or notes[0]
        text = representative.text
    text = check_point_text(text)
    topic: Topic | None = None
    if topic_name:
        name = v.check_name(topic_name, "topic")
    else:
        name = v.check_name(group.label or FALLBACK_TOPIC, "topic")
        carried: dict[str, int] = {}
        for n in notes:
            if n.topic_id:
                carried[n.topic_id] = carried.get(n.topic_id, 0) + 1
        if carried:
            topic_id, count = min(carried.items(), key=lambda kv: (-kv[1], kv[0]))
            if 2 * count >= len(notes):
                topic = next((t for t in store.topics() if t.id == topic_id), None)
    with store.transaction():
        if topic is None:
            topic = store.topic_by_name(name) or store.add_topic(name)
        for existing in list_points(store, topic_id=topic.id):
            if set(existing.note_ids) == set(live):
                return topic, existing
        point = add_point(store, text, topic_id=topic.id, kind=group.kind, note_ids=live)
    return topic, point
