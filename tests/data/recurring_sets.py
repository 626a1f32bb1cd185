"""The labelled sets for recurring-proposal detection, and how they are scored.

Each set module has ``MEETINGS`` (venue -> date) and ``NOTES`` (rows of ``(idea,
venue, theme, kind, text)``, idea "" for a note of no recurring idea). A set is
scored by pair recall (share of same-idea pairs that end up in one group) and wrong
pairs (pairs in one group that are not of one idea).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from types import ModuleType

import recurring_compounds
import recurring_holdout
import recurring_lookalikes
import recurring_quality
import recurring_seedlike
import recurring_synonyms

#: The sets the thresholds were chosen on.
TUNING: dict[str, ModuleType] = {
    "compounds": recurring_compounds,
    "synonyms": recurring_synonyms,
    "lookalikes": recurring_lookalikes,
    "seedlike": recurring_seedlike,
    "quality": recurring_quality,
}
#: Never used for tuning: how the thresholds carry over.
HELD_OUT: dict[str, ModuleType] = {"holdout": recurring_holdout}


@dataclass
class SetNote:
    """A labelled note in the shape the detector takes (``NoteLike``)."""

    id: str
    text: str
    kind: str
    venue: str
    meeting_id: str
    date: str
    theme: str
    group: str = "Bord 1"


def notes_of(module: ModuleType) -> tuple[list[SetNote], dict[str, str]]:
    """The set's notes (ids "n000", "n001", …) and note id -> idea."""
    notes, idea_of = [], {}
    for k, (idea, venue, theme, kind, text) in enumerate(module.NOTES):
        note = SetNote(f"n{k:03d}", text, kind, venue, venue, module.MEETINGS[venue], theme)
        notes.append(note)
        idea_of[note.id] = idea
    return notes, idea_of


def pair_scores(groups: list[list[str]], idea_of: dict[str, str]) -> tuple[float, int]:
    """(share of same-idea pairs in one group, number of wrong pairs in groups)."""
    by_idea: dict[str, list[str]] = {}
    for note_id, idea in idea_of.items():
        if idea:
            by_idea.setdefault(idea, []).append(note_id)
    truth = {frozenset(p) for ids in by_idea.values() for p in itertools.combinations(ids, 2)}
    found = {frozenset(p) for ids in groups for p in itertools.combinations(ids, 2)}
    return len(truth & found) / len(truth), len(found - truth)
