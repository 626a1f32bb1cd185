"""Moving notes to another meeting, theme or group (``note move`` and the window's "Move to…").

The rules, the same from the command line and the window:

- Only what is named changes: without a meeting the note stays at its meeting, without a
  theme under its theme.
- A group named explicitly must already exist at the target meeting and theme (an unknown
  meeting, theme or group is refused, nothing moved). ``group=""`` takes the note out of
  its group.
- Without a group, a note that changes meeting or theme goes to the group of the same name
  there, created when missing (Bord 2 stays Bord 2); a note without a group stays without.
- A venue-only theme takes only notes of that venue's meetings.
- All the notes move in one transaction, or none. A move is an ordinary edit of the note
  (a new change stamp, so the later move wins when laptops merge); the laptop that wrote the
  note and when stay as they were.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from workshop_app.domain import validation as v
from workshop_app.domain.model import Meeting, Note, Theme
from workshop_app.errors import UserError
from workshop_app.store import Store

#: What an id prefix looks like (4 to 32 lower-case hex digits).
_HEX = re.compile(r"^[0-9a-f]{4,32}$")


@dataclass(frozen=True)
class Place:
    """Where a note sits."""

    meeting_id: str
    theme_id: str
    group_id: str | None


@dataclass(frozen=True)
class Move:
    """One note's move (``before == after``: it was already there, nothing written)."""

    note_id: str
    before: Place
    after: Place

    @property
    def moved(self) -> bool:
        return self.before != self.after


def meeting_by_label(store: Store, label: str, *, id_prefix: bool = False) -> Meeting:
    """The meeting a user names: a venue, or "VENUE YYYY-MM-DD" when the venue held several
    meetings (a bare venue is then refused rather than one of them picked); with *id_prefix*
    also the start of a meeting's id when no venue matches."""
    label = " ".join(label.split())
    meetings = store.meetings()
    found = [m for m in meetings if v.name_key(m.venue) == v.name_key(label)]
    if not found:
        venue, _, date = label.rpartition(" ")
        found = [m for m in meetings if v.name_key(m.venue) == v.name_key(venue) and m.date == date]
    if not found and id_prefix and _HEX.match(label.lower()):
        return store.meeting(store.id_by_prefix("meetings", label, "meeting"))  # type: ignore[return-value]
    if not found:
        raise UserError(f"no meeting at {label!r}")
    if len(found) > 1:
        dates = ", ".join(m.date or "no date" for m in found)
        raise UserError(
            f"{found[0].venue} held {len(found)} meetings ({dates}): give the date too, "
            f'e.g. "{found[0].venue} {found[-1].date or "YYYY-MM-DD"}"'
        )
    return found[0]


def theme_by_label(store: Store, name: str) -> Theme:
    theme = store.theme_by_name(name)
    if theme is None:
        raise UserError(f"no such theme: {name}")
    return theme


def move_notes(
    store: Store,
    note_ids: Sequence[str],
    *,
    meeting: Meeting | None = None,
    theme: Theme | None = None,
    group: str | None = None,
) -> list[Move]:
    """Move the notes (full ids) as the module's rules say; all or nothing. Returns the moves."""
    if meeting is None and theme is None and group is None:
        raise UserError("say where to: a meeting, a theme or a group")
    notes: list[Note] = []
    for note_id in dict.fromkeys(note_ids):  # each note once, in the order given
        note = store.note(note_id)
        if note is None:
            raise UserError(f"no note with id {note_id!r}")
        notes.append(note)
    meetings = {m.id: m for m in store.meetings()}
    themes = {t.id: t for t in store.themes()}
    plans = []
    for note in notes:
        target_meeting = meeting or meetings[note.meeting_id]
        target_theme = theme or themes[note.theme_id]
        if target_theme.venue and v.name_key(target_theme.venue) != v.name_key(
            target_meeting.venue
        ):
            raise UserError(
                f"the theme {target_theme.name!r} is only for {target_theme.venue}, "
                f"not {target_meeting.venue}"
            )
        if group is not None:
            group_name = group.strip()
            create = False
        else:
            group_name, create = note.group, True
        group_id: str | None = None
        if group_name:
            found = store.find_group(target_meeting.id, target_theme.id, group_name)
            if found is None and not create:
                raise UserError(
                    f"no group {group_name!r} at {target_meeting.label} / {target_theme.name}"
                )
            group_id = found.id if found else None
        plans.append((note, target_meeting, target_theme, group_name, group_id))
    moves = []
    with store.transaction():
        for note, target_meeting, target_theme, group_name, group_id in plans:
            if group_name and group_id is None:  # the same group name at the new place
                existing = store.find_group(target_meeting.id, target_theme.id, group_name)
                group_id = (
                    existing or store.add_group(target_meeting.id, target_theme.id, group_name)
                ).id
            before = Place(note.meeting_id, note.theme_id, note.group_id)
            after = Place(target_meeting.id, target_theme.id, group_id)
            if after != before:
                store.move_note(note.id, after.meeting_id, after.theme_id, after.group_id)
            moves.append(Move(note.id, before, after))
    return moves


def replay(store: Store, moves: Sequence[Move], *, undo: bool) -> None:
    """Put every moved note back where it was (``undo``), or where the move took it (a redo
    after an undo). Each is a new change, like the move itself."""
    with store.transaction():
        for move in moves:
            if move.moved:
                place = move.before if undo else move.after
                store.move_note(move.note_id, place.meeting_id, place.theme_id, place.group_id)
