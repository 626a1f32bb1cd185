"""Drafting a summary point from the notes it will condense (pure Python, no Qt).

The draft is a starting point the editor rewrites: the note that shares the most
content-word stems with the other selected notes (the most central one), and the
notes' majority kind. Deterministic: ties go to the shorter, then the earlier note.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Protocol

from workshop_app.analysis import danish


class _NoteLike(Protocol):
    id: str
    text: str
    kind: str


def majority_kind(notes: Sequence[_NoteLike]) -> str | None:
    """The kind most of the notes have; ``None`` for no notes or an even split."""
    counts = Counter(n.kind for n in notes).most_common()
    if not counts or (len(counts) > 1 and counts[0][1] == counts[1][1]):
        return None
    return counts[0][0]


def draft_point(notes: Sequence[_NoteLike]) -> tuple[str, str | None]:
    """``(text, kind)`` for a new point condensing ``notes`` (``("", None)`` for none)."""
    if not notes:
        return "", None
    stems = [{danish.stem(w) for w in danish.tokens(n.text)} for n in notes]

    def score(i: int) -> tuple[int, int, int]:
        shared = sum(len(stems[i] & other) for j, other in enumerate(stems) if j != i)
        return (-shared, len(notes[i].text), i)

    best = min(range(len(notes)), key=score)
    return " ".join(notes[best].text.split()), majority_kind(notes)
