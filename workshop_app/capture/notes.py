"""Adding notes by the names people use (venue, theme, group), creating what is missing."""

from __future__ import annotations

import datetime as dt

from workshop_app.domain import validation as v
from workshop_app.domain.model import Group, Meeting, Theme, Topic
from workshop_app.store import Store


def ensure_meeting(store: Store, venue: str, date: str | None = None) -> Meeting:
    """The meeting at ``venue`` (on ``date``); created when missing.

    Without a date the most recent meeting at the venue is used, or a new one today.
    """
    venue = v.check_name(venue, "venue")
    if date:
        date = v.parse_date(date)
        return store.find_meeting(venue, date) or store.add_meeting(venue, date)
    existing = [m for m in store.meetings() if v.name_key(m.venue) == v.name_key(venue)]
    if existing:
        return max(existing, key=lambda m: (m.date, m.id))
    return store.add_meeting(venue, dt.date.today().isoformat())


def ensure_theme(store: Store, name: str) -> Theme:
    return store.theme_by_name(name) or store.add_theme(name)


def ensure_group(store: Store, meeting: Meeting, theme: Theme, name: str) -> Group:
    return store.find_group(meeting.id, theme.id, name) or store.add_group(
        meeting.id, theme.id, name
    )


def ensure_topic(store: Store, name: str) -> Topic:
    return store.topic_by_name(name) or store.add_topic(name)


def add_note_by_names(
    store: Store,
    *,
    venue: str,
    theme: str,
    kind: str,
    text: str,
    group: str | None = None,
    topic: str | None = None,
    date: str | None = None,
) -> str:
    """Validate, then create whatever is missing and the note, in one commit. Returns the id."""
    kind = v.parse_kind(kind)
    text = v.check_note_text(text)
    with store.transaction():
        meeting = ensure_meeting(store, venue, date)
        theme_row = ensure_theme(store, theme)
        group_row = ensure_group(store, meeting, theme_row, group) if group else None
        topic_row = ensure_topic(store, topic) if topic else None
        return store.add_note(
            meeting.id,
            theme_row.id,
            kind,
            text,
            group_id=group_row.id if group_row else None,
            topic_id=topic_row.id if topic_row else None,
        )
