"""Leaving a note out of the summary on purpose, and bringing it back.

A note the coordinator excludes is neither condensed by a point nor printed as a
bullet; the export's tally counts it as "left out", ``export json`` lists it with
the reason, and the review (``export --check``) names it. Excluding is reversible
(``include_notes``) and merges between laptops like any change.
"""

from __future__ import annotations

from collections.abc import Iterable

from workshop_app.errors import UserError
from workshop_app.store import Store

#: Longest reason accepted.
MAX_REASON_CHARS = 500


def check_reason(reason: str | None) -> str:
    """A reason: one line of text, not empty, at most ``MAX_REASON_CHARS``."""
    reason = " ".join((reason or "").split())
    if not reason:
        raise UserError("give a reason for leaving the note out (--reason TEXT)")
    if len(reason) > MAX_REASON_CHARS:
        raise UserError(f"the reason is longer than {MAX_REASON_CHARS} characters")
    return reason


def _live(store: Store, note_ids: Iterable[str]) -> list[str]:
    ids = list(dict.fromkeys(note_ids))
    if not ids:
        raise UserError("name at least one note")
    for note_id in ids:
        if store.note(note_id) is None:
            raise UserError(f"no such note: {note_id}")
    return ids


def exclude_notes(store: Store, note_ids: Iterable[str], reason: str) -> int:
    """Leave notes out of the summary with this reason (all or none); returns how many
    were not excluded before. Excluding an excluded note again updates its reason."""
    reason = check_reason(reason)
    ids = _live(store, note_ids)
    with store.transaction():
        return sum(store.curation.exclude(note_id, reason) for note_id in ids)


def include_notes(store: Store, note_ids: Iterable[str]) -> int:
    """Bring excluded notes back into the summary; returns how many were excluded."""
    ids = _live(store, note_ids)
    with store.transaction():
        return sum(store.curation.include(note_id) for note_id in ids)


def excluded_notes(store: Store) -> dict[str, str]:
    """Live excluded notes: note id -> reason."""
    return store.curation.exclusions()
