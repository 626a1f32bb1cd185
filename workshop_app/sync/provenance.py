"""Where a note came from: the laptop that wrote it, the meeting, and when."""

from __future__ import annotations

import datetime as dt
import platform
from dataclasses import dataclass

from workshop_app.domain.clock import parse_stamp
from workshop_app.store import Store

DEVICE_NAMES_KEY = "sync.device_names"


@dataclass(frozen=True)
class NoteProvenance:
    """A note's origin, for the GUI's details pane and the CLI."""

    note_id: str
    device: str  # the laptop that created the note
    device_name: str  # its host name, when a session file from it was merged here
    venue: str
    date: str
    meeting_id: str
    created_at: dt.datetime  # UTC, from the creation stamp
    changed_at: dt.datetime  # UTC, from the latest change stamp
    changed_by: str  # the laptop that made the latest change
    deleted: bool

    @property
    def laptop(self) -> str:
        """The laptop's name if known, else its id."""
        return self.device_name or self.device

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.note_id,
            "device": self.device,
            "device_name": self.device_name,
            "venue": self.venue,
            "date": self.date,
            "meeting_id": self.meeting_id,
            "created_at": self.created_at.isoformat(timespec="seconds"),
            "changed_at": self.changed_at.isoformat(timespec="seconds"),
            "changed_by": self.changed_by,
            "deleted": self.deleted,
        }


def stamp_time(stamp: str) -> dt.datetime:
    """The wall-clock time (UTC) a change stamp was issued."""
    wall_ms, _, _ = parse_stamp(stamp)
    return dt.datetime.fromtimestamp(wall_ms / 1000, dt.UTC)


def device_names(store: Store) -> dict[str, str]:
    """Laptop ids -> host names, learnt from the session files merged into this database
    (and this laptop's own)."""
    names = {str(k): str(v) for k, v in dict(store.get_local(DEVICE_NAMES_KEY, {}) or {}).items()}
    names.setdefault(store.device, platform.node()[:64])
    return names


def note_provenance(store: Store, note_id: str) -> NoteProvenance | None:
    """The provenance of a note (also of a deleted one), or None if the id is unknown."""
    row = store.db.execute(
        "SELECT n.id, n.origin_device, n.created, n.hlc, n.device, n.deleted, n.meeting_id, "
        "coalesce(m.venue, ''), coalesce(m.date, '') "
        "FROM notes n LEFT JOIN meetings m ON m.id = n.meeting_id WHERE n.id = ?",
        [note_id],
    ).fetchone()
    if row is None:
        return None
    nid, origin, created, hlc, device, deleted, meeting_id, venue, date = row
    return NoteProvenance(
        note_id=nid,
        device=origin,
        device_name=device_names(store).get(origin, ""),
        venue=venue,
        date=date,
        meeting_id=meeting_id,
        created_at=stamp_time(created),
        changed_at=stamp_time(hlc),
        changed_by=device,
        deleted=bool(deleted),
    )
