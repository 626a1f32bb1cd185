"""A small curated list of Danish concepts for this domain, kept as data.

``resources/analysis/concepts.da.txt`` lists, one a line, the words that name one
idea in a dialogue meeting's notes ("sprog: sprog, dansk, sprogkursus, …"). Two
notes that use different words of one concept then share the concept, as if they
shared a word: "danskkurser" and "sprogundervisning", "mentorordninger" and "en fast
voksen at støtte sig til". The file's header explains the matching rules.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from workshop_app.paths import resource_path

#: The bundled concept list.
CONCEPTS_FILE = ("analysis", "concepts.da.txt")
#: The bundled list of context words (see that file's header).
CONTEXT_FILE = ("analysis", "context.da.txt")
#: A word inside a compound must leave at least this many letters for the other part.
MIN_REST = 3


@dataclass(frozen=True, eq=False)  # hashed by identity: cached lookups
class ConceptList:
    """Concepts by name: single words, and phrases (tuples of word starts)."""

    words: dict[str, tuple[str, ...]]  # word -> the concepts it names
    phrases: tuple[tuple[tuple[str, ...], str], ...]  # (word starts, concept)

    def of_word(self, lemma: str) -> tuple[str, ...]:
        """The concepts a single word (a lemma) names, also as a part of a compound."""
        return _of_word(self, lemma)

    def in_words(self, words: Sequence[str]) -> list[str]:
        """The concepts named by phrases in ``words`` (a note's normalised words)."""
        found: list[str] = []
        size = len(words)
        for i, word in enumerate(words):
            for phrase, concept in _phrases_from(self, word):
                end = i + len(phrase)
                if (
                    end <= size
                    and concept not in found
                    and all(words[i + k].startswith(phrase[k]) for k in range(1, len(phrase)))
                ):
                    found.append(concept)
        return found


@lru_cache(maxsize=100_000)
def _phrases_from(concepts: ConceptList, word: str) -> tuple[tuple[tuple[str, ...], str], ...]:
    """The phrases whose first word starts ``word`` (cached: notes repeat their words)."""
    return tuple((p, c) for p, c in concepts.phrases if word.startswith(p[0]))


def parse(text: str, source: str = "concepts") -> ConceptList:
    """A concept list from the file format (see the file's header)."""
    words: dict[str, list[str]] = {}
    phrases: list[tuple[tuple[str, ...], str]] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        name, sep, members = line.partition(":")
        name = name.strip()
        if not sep or not name or not members.strip():
            raise ValueError(f"{source}, line {number}: expected 'name: word, word, ...'")
        for member in members.split(","):
            parts = tuple(member.strip().casefold().split())
            if not parts:
                raise ValueError(f"{source}, line {number}: an empty word in {name!r}")
            if len(parts) == 1:
                listed = words.setdefault(parts[0], [])
                if name not in listed:
                    listed.append(name)
            else:
                phrases.append((parts, name))
    return ConceptList({w: tuple(c) for w, c in words.items()}, tuple(phrases))


@lru_cache(maxsize=1)
def bundled() -> ConceptList:
    """The concept list shipped in ``resources/analysis/``."""
    path = Path(resource_path(*CONCEPTS_FILE))
    return parse(path.read_text(encoding="utf-8"), path.name)


@lru_cache(maxsize=1)
def context() -> ConceptList:
    """The context words shipped in ``resources/analysis/``, as one concept "context"."""
    path = Path(resource_path(*CONTEXT_FILE))
    words: list[str] = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        words += raw.split("#", 1)[0].casefold().split()
    return ConceptList(dict.fromkeys(words, ("context",)), ())


@lru_cache(maxsize=100_000)
def _of_word(concepts: ConceptList, lemma: str) -> tuple[str, ...]:
    words = concepts.words
    found = words.get(lemma)
    if found is not None:
        return found
    # A compound: its head or its tail is a listed word ("sprog|kursus", "klub|kontingent").
    hits: list[str] = []
    size = len(lemma)
    for cut in range(size - MIN_REST, MIN_REST - 1, -1):  # the longest head first
        head = lemma[:cut]
        names = words.get(head)
        if names is None and head[-1] in "se":
            # A linking letter: "arbejds|marked" (arbejde), "tolke|bistand" (tolk).
            names = words.get(head[:-1]) or words.get(head[:-1] + "e")
        if names is not None:
            hits.extend(names)
            break
    for cut in range(MIN_REST, size - MIN_REST + 1):  # the longest tail first
        names = words.get(lemma[cut:])
        if names is not None:
            hits.extend(n for n in names if n not in hits)
            break
    return tuple(hits)
