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
from workshop_app.store.curation import PointRow

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
    draft: bool = False  # drafted by the app, not yet edited or approved by the coordinator

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
            "draft": self.draft,
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
        store.require("themes", theme_id)
        return theme_id, None
    store.require("topics", topic_id)  # type: ignore[arg-type]
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
def _point(row: PointRow, links: dict[str, tuple[str, ...]]) -> SummaryPoint:
    return SummaryPoint(
        row.id,
        row.text,
        row.kind,
        row.theme_id,
        row.topic_id,
        row.position,
        links.get(row.id, ()),
        row.section,
        row.draft,
    )


def list_points(
    store: Store, *, theme_id: str | None = None, topic_id: str | None = None
) -> list[SummaryPoint]:
    """Live points in display order: topics' points first (topic order), then themes'.

    With ``theme_id`` or ``topic_id`` only that section's points, by position.
    """
    rows = store.curation.points(theme_id=theme_id, topic_id=topic_id)
    links = store.curation.live_links()
    result = [_point(r, links) for r in rows]
    order = {("topic", t.id): i for i, t in enumerate(store.topics())}
    offset = len(order)
    order.update({("theme", t.id): offset + i for i, t in enumerate(store.themes())})
    # Points of a deleted theme or topic sort last (the document leaves them out).
    return sorted(result, key=lambda p: (order.get(p.section_key, len(order)), p.position, p.id))


def get_point(store: Store, point_id: str) -> SummaryPoint:
    """One live point; ``UserError`` when there is none with this id."""
    rows = store.curation.points(point_id=point_id)
    if not rows:
        raise UserError(f"no such summary point: {point_id}")
    return _point(rows[0], store.curation.live_links([point_id]))


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
    draft: bool = False,
) -> SummaryPoint:
    """Add a point at the end of its theme's or topic's list, linked to ``note_ids``.

    ``draft=True`` marks a point the app drafted: it stays a draft until the coordinator
    edits its text or approves it, and a ``--final`` export refuses it.
    """
    text = check_point_text(text)
    kind = parse_point_kind(kind)
    curation = store.curation
    with store.transaction():
        theme_id, topic_id = _section(store, theme_id, topic_id)
        notes = _live_note_ids(store, note_ids)
        point_id = curation.insert_point(
            text=text,
            kind=kind,
            theme_id=theme_id,
            topic_id=topic_id,
            position=curation.next_point_position(theme_id, topic_id),
            draft=draft,
        )
        for note_id in notes:
            curation.insert_link(point_id, note_id)
    return get_point(store, point_id)


def edit_point(
    store: Store, point_id: str, *, text: str | None = None, kind: Any = KEEP, draft: Any = KEEP
) -> SummaryPoint:
    """Change a point's text and/or kind (``kind=None`` clears it; leave it out to keep it).

    A new text is the coordinator's own words: a drafted point stops being a draft
    (unless ``draft`` says otherwise, as the undo of such an edit does).
    """
    values: dict[str, Any] = {}
    if text is not None:
        values["text"] = check_point_text(text)
    if kind is not KEEP:
        values["kind"] = parse_point_kind(kind)
    point = get_point(store, point_id)
    if text is not None and point.draft:
        values["draft"] = False
    if draft is not KEEP:
        values["draft"] = bool(draft)
    if values:
        store.curation.update_point(point_id, values)
    return get_point(store, point_id)


def approve_point(store: Store, point_id: str) -> bool:
    """Mark a drafted point as the coordinator's; True when it was a draft."""
    point = get_point(store, point_id)
    if not point.draft:
        return False
    store.curation.update_point(point_id, {"draft": False})
    return True


def set_draft(store: Store, point_id: str, draft: bool) -> None:
    """Mark a point as a draft again, or not (undo of an approval)."""
    get_point(store, point_id)
    store.curation.update_point(point_id, {"draft": draft})


def move_point(
    store: Store, point_id: str, *, theme_id: str | None = None, topic_id: str | None = None
) -> SummaryPoint:
    """Move a point to the end of another theme's or topic's list (its links stay)."""
    get_point(store, point_id)
    with store.transaction():
        theme_id, topic_id = _section(store, theme_id, topic_id)
        store.curation.update_point(
            point_id,
            {
                "theme_id": theme_id,
                "topic_id": topic_id,
                "position": store.curation.next_point_position(theme_id, topic_id),
            },
        )
    return get_point(store, point_id)


def delete_point(store: Store, point_id: str) -> tuple[str, ...]:
    """Delete a point and its links (tombstones, so the delete merges to other laptops).

    Returns the ids of the links it deleted, for ``restore_point`` (undo).
    """
    get_point(store, point_id)
    return store.curation.delete_point(point_id)


def restore_point(store: Store, point_id: str, link_ids: Iterable[str] = ()) -> SummaryPoint:
    """Undo ``delete_point``: the same point (same id and place) with the given links."""
    curation = store.curation
    deleted = curation.point_deleted(point_id)
    if deleted is None:
        raise UserError(f"no such summary point: {point_id}")
    with store.transaction():
        if deleted:
            curation.restore_point(point_id)
        for link_id in link_ids:
            link_deleted = curation.link_deleted(link_id, point_id)
            if link_deleted is None:
                raise UserError(f"no such link of this point: {link_id}")
            if link_deleted:
                curation.restore_link(link_id)
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
                store.curation.update_point(pid, {"position": float(position)})


def link_notes(store: Store, point_id: str, note_ids: Iterable[str]) -> int:
    """Link notes to a point; returns how many links are new (already linked ones are kept)."""
    point = get_point(store, point_id)
    notes = _live_note_ids(store, note_ids)
    added = 0
    with store.transaction():
        for note_id in notes:
            if note_id in point.note_ids:
                continue
            store.curation.insert_link(point_id, note_id)
            added += 1
    return added


def unlink_notes(store: Store, point_id: str, note_ids: Iterable[str]) -> int:
    """Remove links between a point and notes; returns how many notes were unlinked."""
    get_point(store, point_id)
    removed = 0
    with store.transaction():
        for note_id in dict.fromkeys(note_ids):
            removed += store.curation.remove_links(point_id, note_id)
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

    The topic: ``topic_name`` if given (an existing topic of exactly that name is used:
    the coordinator chose it); else the cross-cutting topic that most of the group's
    notes already carry (at least half of them); else a new topic named after the
    group's label. A topic that merely has the same or a similar name is never reused
    on its own account: the new one gets a number ("Sprog (2)"), so two ideas are
    never merged because their labels look alike. The point's text is the group's
    most representative note (or ``text``), its kind the notes' majority kind; it is
    linked to every note of the group that still exists and marked as a draft until
    the coordinator edits or approves it. Promoting the same group twice returns the
    point made the first time instead of a copy. The notes themselves are not moved.
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
        topic = store.topic_by_name(name)
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
        if topic is not None:
            for existing in list_points(store, topic_id=topic.id):
                if set(existing.note_ids) == set(live):
                    return topic, existing
        else:
            for existing in list_points(store):  # promoted before: the same notes
                if existing.topic_id and existing.draft and set(existing.note_ids) == set(live):
                    made = next(t for t in store.topics() if t.id == existing.topic_id)
                    return made, existing
            topic = store.add_topic(_free_topic_name(store, name))
        point = add_point(
            store, text, topic_id=topic.id, kind=group.kind, note_ids=live, draft=True
        )
    return topic, point


def _free_topic_name(store: Store, name: str) -> str:
    """*name*, or "*name* (2)", "(3)", … when a topic of that name exists."""
    if store.topic_by_name(name) is None:
        return name
    number = 2
    while store.topic_by_name(f"{name} ({number})") is not None:
        number += 1
    return f"{name} ({number})"
