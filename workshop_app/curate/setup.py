"""Themes, meetings, groups and topics by name: the services behind ``theme``, ``meeting``,
``group`` and ``topic`` on the command line (the window's Setup page uses the same store).

Every function validates everything first and raises ``UserError`` with one line,
changing nothing, for an unknown name, an ambiguous id prefix, a bad date or an
empty name.
"""

from __future__ import annotations

from workshop_app.capture.move import meeting_by_label
from workshop_app.domain import validation as v
from workshop_app.domain.model import Group, Meeting, Theme, Topic
from workshop_app.errors import UserError
from workshop_app.store import Store


# ---------------------------------------------------------------- finding by name
def find_theme(store: Store, name: str) -> Theme:
    """The live theme with this name (case and spacing ignored)."""
    theme = store.theme_by_name(v.check_name(name, "theme"))
    if theme is None:
        raise UserError(f"no such theme: {name.strip()}")
    return theme


def find_topic(store: Store, name: str) -> Topic:
    topic = store.topic_by_name(v.check_name(name, "topic"))
    if topic is None:
        raise UserError(f"no such cross-cutting topic: {name.strip()}")
    return topic


def find_meeting(store: Store, name: str) -> Meeting:
    """A meeting by venue, "VENUE YYYY-MM-DD" when the venue held several, or an id prefix."""
    return meeting_by_label(store, v.check_name(name, "meeting"), id_prefix=True)


def find_venue(store: Store, venue: str) -> str:
    """The venue as the meetings spell it; unknown venues are refused."""
    venue = v.check_name(venue, "venue")
    for meeting in store.meetings():
        if v.name_key(meeting.venue) == v.name_key(venue):
            return meeting.venue
    known = ", ".join(sorted({m.venue for m in store.meetings()})) or "none yet"
    raise UserError(f"no meeting at {venue!r} (venues: {known})")


def find_group(
    store: Store, name: str, *, meeting: str | None = None, theme: str | None = None
) -> Group:
    """The group with this name, in the meeting and theme given (each needed only when the
    name alone is ambiguous)."""
    v.check_name(name, "group")
    meeting_id = find_meeting(store, meeting).id if meeting else None
    theme_id = find_theme(store, theme).id if theme else None
    found = [
        g for g in store.groups(meeting_id, theme_id) if v.name_key(g.name) == v.name_key(name)
    ]
    if not found:
        raise UserError(f"no such group: {name.strip()}")
    if len(found) > 1:
        raise UserError(
            f"{len(found)} groups are named {name.strip()!r}: give --meeting and --theme"
        )
    return found[0]


# ---------------------------------------------------------------- themes
def move_theme(store: Store, name: str, position: int) -> list[Theme]:
    """Put a workshop theme at *position* (1 = first) of the themes' order."""
    theme = find_theme(store, name)
    themes = [t for t in store.themes() if bool(t.venue) == bool(theme.venue)]
    if not 1 <= position <= len(themes):
        raise UserError(f"the position must be between 1 and {len(themes)}")
    order = [t.id for t in themes if t.id != theme.id]
    order.insert(position - 1, theme.id)
    others = [t.id for t in store.themes() if bool(t.venue) != bool(theme.venue)]
    store.reorder_themes(order + others if not theme.venue else others + order)
    return store.themes()


def position_next_to(store: Store, name: str, other: str, *, after: bool = False) -> int:
    """The position (1 = first) that puts theme *name* just before (or after) *other*."""
    theme, neighbour = find_theme(store, name), find_theme(store, other)
    if theme.id == neighbour.id:
        raise UserError("a theme cannot be moved next to itself")
    if bool(theme.venue) != bool(neighbour.venue):
        raise UserError("venue-only themes and the workshop themes keep their own orders")
    peers = [
        t.id for t in store.themes() if bool(t.venue) == bool(theme.venue) and t.id != theme.id
    ]
    return peers.index(neighbour.id) + (2 if after else 1)


def set_only_at(store: Store, name: str, venue: str | None) -> Theme:
    """Mark a theme as held only at *venue* (None: at every meeting)."""
    theme = find_theme(store, name)
    spelled = find_venue(store, venue) if venue is not None else None
    if spelled is not None:
        # A venue-only theme is left out of the other meetings' files: notes taken under it
        # elsewhere would be printed under a heading that says they were not (issue 15).
        elsewhere: dict[str, int] = {}
        for meeting in store.meetings():
            if v.name_key(meeting.venue) != v.name_key(spelled):
                count = store.count_notes(meeting_id=meeting.id, theme_id=theme.id)
                if count:
                    elsewhere[meeting.venue] = elsewhere.get(meeting.venue, 0) + count
        if elsewhere:
            total = sum(elsewhere.values())
            where = ", ".join(f"{venue} {count}" for venue, count in elsewhere.items())
            raise UserError(
                f"{theme.name} has {total} note{'s' if total != 1 else ''} from other venues "
                f"({where}): move them first (note move) to make it a theme of {spelled} only"
            )
    store.set_theme_venue(theme.id, spelled)
    return find_theme(store, theme.name)


def remove_theme(store: Store, name: str, *, with_notes: bool = False) -> int:
    """Delete a theme; one with notes only ``with_notes`` (they become restorable tombstones)."""
    theme = find_theme(store, name)
    count = store.count_notes(theme_id=theme.id)
    if count and not with_notes:
        raise UserError(
            f"{theme.name} has {count} note{'s' if count != 1 else ''}: move "
            f"{'them' if count != 1 else 'it'} first, or give --with-notes to delete "
            f"{'them' if count != 1 else 'it'} too"
        )
    points = store.curation.points(theme_id=theme.id)
    if points:
        raise UserError(
            f"{theme.name} has {len(points)} summary point{'s' if len(points) != 1 else ''}: "
            "move or delete them first (point list --theme NAME)"
        )
    store.delete_theme(theme.id)
    return count


# ---------------------------------------------------------------- meetings
def edit_meeting(
    store: Store,
    name: str,
    *,
    venue: str | None = None,
    date: str | None = None,
    participants: int | str | None = "keep",
    preposition: str | None = None,
) -> Meeting:
    """Change a meeting. A new venue name carries its venue-only themes along (when no
    other meeting is held at the old venue)."""
    meeting = find_meeting(store, name)
    with store.transaction():
        store.update_meeting(
            meeting.id,
            venue=venue,
            date=date,
            participants=participants,
            preposition=preposition,
        )
        old = v.name_key(meeting.venue)
        moved = venue is not None and v.name_key(venue) != old
        if moved and not any(v.name_key(m.venue) == old for m in store.meetings()):
            for theme in store.themes():
                if theme.venue and v.name_key(theme.venue) == old:
                    store.set_theme_venue(theme.id, venue)
    return store.meeting(meeting.id)  # type: ignore[return-value]


def remove_meeting(store: Store, name: str, *, with_notes: bool = False) -> int:
    meeting = find_meeting(store, name)
    count = store.count_notes(meeting_id=meeting.id)
    if count and not with_notes:
        raise UserError(
            f"the meeting at {meeting.label} has {count} note{'s' if count != 1 else ''}: "
            "give --with-notes to delete them too"
        )
    store.delete_meeting(meeting.id)
    return count


# ---------------------------------------------------------------- groups
def remove_group(
    store: Store, name: str, *, meeting: str | None, theme: str | None, with_notes: bool = False
) -> int:
    group = find_group(store, name, meeting=meeting, theme=theme)
    count = store.count_notes(group_id=group.id)
    if count and not with_notes:
        raise UserError(
            f"the group {group.name} has {count} note{'s' if count != 1 else ''}: "
            "give --with-notes to delete them too"
        )
    store.delete_group(group.id)
    return count


# ---------------------------------------------------------------- topics
def reorder_topics(store: Store, names: list[str]) -> list[Topic]:
    """Give the cross-cutting topics this order; topics not named keep theirs, after."""
    topics = [find_topic(store, n) for n in names]
    ids = [t.id for t in topics]
    if len(set(ids)) != len(ids):
        raise UserError("a topic is named twice in the new order")
    rest = [t.id for t in store.topics() if t.id not in ids]
    store.reorder_topics(ids + rest)
    return store.topics()


def remove_topic(store: Store, name: str) -> None:
    """Delete a topic: its notes stay under their themes, its points under no section are
    refused (move or delete them first), so no point silently leaves the document."""
    topic = find_topic(store, name)
    points = store.curation.points(topic_id=topic.id)
    if points:
        raise UserError(
            f"{topic.name} has {len(points)} summary point{'s' if len(points) != 1 else ''}: "
            "move or delete them first (point list --topic NAME)"
        )
    store.delete_topic(topic.id)
