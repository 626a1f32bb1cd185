"""Recurring proposals: notes that say the same thing at several meetings.

The algorithm (pure Python, deterministic, no randomness anywhere):

1. **Features** (``analysis.danish``): each note becomes Danish word stems, the
   known parts of its compound words (weight ``danish.PART_WEIGHT``), and the
   character 4-grams of the stems, so that compounds and inflections overlap
   ("sprogkurser"/"sprogundervisning", "mentor"/"mentorordninger").
2. **TF-IDF**: weight ``(1 + ln tf) * ln((N + 1) / df) ** IDF_POWER`` per feature,
   N being the number of notes. ``IDF_POWER = 1.5`` lets rare, specific words
   ("kontingent", "tolk") count more than everyday ones ("unge", "kommunen").
   The word block and the n-gram block of a note are each normalised to length 1
   and scaled by ``sqrt(STEM_SHARE)`` and ``sqrt(1 - STEM_SHARE)``, so the cosine
   of two notes is ``STEM_SHARE * cos(words) + (1 - STEM_SHARE) * cos(n-grams)``.
3. **Similar pairs without comparing all pairs** (blocking): an inverted index
   lists, for each *key* (a word, a compound part or a first-letters gram such as
   "<spro"), the notes that contain it, at most ``MAX_POSTINGS`` of them (those
   where it weighs most). A note's candidates are the notes on its keys' lists,
   read rarest key first until ``CANDIDATE_BUDGET`` entries; the ``CANDIDATES``
   sharing the most keys get an exact cosine, and the ``NEIGHBOURS`` most similar
   at or above ``THRESHOLD`` become edges of a similarity graph. The work grows
   with the number of notes times these caps, not with its square. On the
   labelled set 146 of the 147 pairs at or above the threshold are found (all
   pairs compared: the same grouping); on 10,000 notes an idea that recurs in
   dozens of notes can come out split over several groups.
4. **Clustering**: local moves for the correlation-clustering objective "sum over
   pairs in the same cluster of (similarity - THRESHOLD)", a missing edge counting
   as 0 (see ``_cluster``). Alike notes pull together and unlike ones push apart,
   so one note that resembles two ideas cannot chain them together, and a note
   that first met a look-alike still moves to its real idea when that idea's
   notes pull harder.
5. **Reported groups** have notes from at least ``min_meetings`` meetings and
   enough evidence: the similarities of their linked pairs add up to at least
   ``MIN_EVIDENCE``. A group of two must then be clearly alike (cosine >= 0.5),
   while three or four notes that agree more loosely still count. This keeps two
   unrelated notes that happen to share one word from being reported.

Tuning, on ``tests/data/recurring_quality.py`` (13 ideas written in different words
at 2-4 meetings: 42 notes, 48 same-idea pairs, among 72 unrelated notes): with
``THRESHOLD = 0.10`` and ``MIN_EVIDENCE = 0.5``, 42 of the 48 same-idea pairs
(87.5 %) land in the same group and no wrong pair is pulled in, whatever the note
ids. Neighbouring settings (recall / wrong pairs): threshold 0.09 gives 89.6 % / 5,
0.11 gives 87.5 % / 0, 0.12 gives 83.3 % / 0; evidence 0.45 gives 87.5 % / 6, 0.6
gives 81.2 % / 0; IDF power 1.25 gives 89.6 % / 12, 1.75 gives 75 % / 0.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import chain
from operator import itemgetter
from typing import Any, Protocol

from workshop_app.analysis import danish

#: Cosine similarity from which two notes count as alike (see the module docstring).
THRESHOLD = 0.10
#: A group is reported only when its linked pairs' similarities add up to this much.
MIN_EVIDENCE = 0.5
#: Share of the similarity that comes from whole words (the rest: character n-grams).
STEM_SHARE = 0.3
#: Blocking: a key lists at most this many notes (those where it weighs most).
MAX_POSTINGS = 100
#: Blocking: list entries read per note, rarest key first.
CANDIDATE_BUDGET = 400
#: Exact cosines computed per note (for the candidates sharing the most keys).
CANDIDATES = 12
#: Most similar notes kept per note as edges of the similarity graph.
NEIGHBOURS = 10
#: Most passes of the clustering's local moves (it usually settles in a few).
MAX_PASSES = 20
#: Exponent on the inverse document frequency (above 1: rare words count more).
IDF_POWER = 1.5
#: IDF is computed as if there were at least this many notes (see ``_vectorise``).
MIN_IDF_NOTES = 100
#: At most this many key terms make up a label.
LABEL_TERMS = 3


class NoteLike(Protocol):
    """What the detector needs from a note (``domain.model.Note`` fits)."""

    id: str
    text: str
    kind: str
    meeting_id: str
    venue: str
    date: str
    theme: str
    group: str


@dataclass(frozen=True)
class GroupNote:
    """One note in a recurring group, as plain data."""

    id: str
    text: str
    kind: str
    venue: str
    date: str
    theme: str
    group: str
    meeting_id: str

    def to_dict(self) -> dict[str, Any]:
        """Plain data for JSON."""
        return {
            "id": self.id,
            "text": self.text,
            "kind": self.kind,
            "venue": self.venue,
            "date": self.date,
            "theme": self.theme,
            "group": self.group,
        }


@dataclass(frozen=True)
class RecurringGroup:
    """Notes that express the same proposal or challenge at several meetings."""

    label: str
    key_terms: tuple[str, ...]
    venues: tuple[str, ...]
    meetings: int
    themes: tuple[str, ...]
    kind: str | None  # the notes' majority kind; None when evenly split
    representative: str  # id of the note most similar to the others
    cohesion: float  # mean similarity of linked pairs in the group, rounded
    notes: tuple[GroupNote, ...]

    @property
    def note_ids(self) -> tuple[str, ...]:
        """The ids of the group's notes, in the group's order."""
        return tuple(n.id for n in self.notes)

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape printed by ``workshop-app recurring --json``."""
        return {
            "label": self.label,
            "key_terms": list(self.key_terms),
            "venues": list(self.venues),
            "meetings": self.meetings,
            "themes": list(self.themes),
            "kind": self.kind,
            "representative": self.representative,
            "cohesion": self.cohesion,
            "notes": [n.to_dict() for n in self.notes],
        }


_count = itemgetter(1)


# ---------------------------------------------------------------------------- vectors
@dataclass
class _Corpus:
    notes: list[NoteLike]
    lookup: list[dict[int, float]]  # per note: feature id -> TF-IDF weight
    keys: list[list[int]]  # per note: its features that may propose candidates
    parts: dict[str, tuple[str, ...]]  # stem -> known parts of the compound
    surfaces: list[list[tuple[str, str]]]  # per note: (word, stem) in text order
    stem_idf: dict[str, float]
    _spellings: dict[str, dict[str, int]] | None = None

    def spellings(self) -> dict[str, dict[str, int]]:
        """Every stem's spellings in all notes, with counts (built once, when needed)."""
        if self._spellings is None:
            found: dict[str, dict[str, int]] = {}
            for pairs in self.surfaces:
                for word, stem in pairs:
                    forms = found.setdefault(stem, {})
                    forms[word] = forms.get(word, 0) + 1
            self._spellings = found
        return self._spellings


def _vectorise(notes: list[NoteLike]) -> _Corpus:
    surfaces = [danish.analyse(n.text) for n in notes]
    n = len(notes)
    # Words and stems seen in the notes, each mapped to its stem: what compounds
    # are split into.
    vocabulary: dict[str, str] = {}
    for pairs in surfaces:
        for word, s in pairs:
            vocabulary[word] = vocabulary[s] = s
    part_cache: dict[str, tuple[str, ...]] = {}

    def parts(stemmed: str) -> tuple[str, ...]:
        found = part_cache.get(stemmed)
        if found is None:
            found = part_cache[stemmed] = danish.compound_parts(stemmed, vocabulary)
        return found

    analysed = [danish.features(pairs, parts) for pairs in surfaces]
    stem_df = Counter(chain.from_iterable(stems for stems, _ in analysed))
    gram_df = Counter(chain.from_iterable(grams for _, grams in analysed))
    # Feature ids: rarest first, then by name, so no order depends on hashing. A
    # feature seen in one note only counts in that note's length (it makes the note
    # less like the others) but can never add to a dot product, so it gets no id.
    shared = sorted(
        [(c, "w", s) for s, c in stem_df.items() if c > 1]
        + [(c, "g", g) for g, c in gram_df.items() if c > 1]
    )
    word_id = {name: i for i, (_, kind, name) in enumerate(shared) if kind == "w"}
    gram_id = {name: i for i, (_, kind, name) in enumerate(shared) if kind == "g"}
    # Blocking keys: words and compound parts, and the first-letters gram ("<spro",
    # "<ment", which catches compounds with the same head).
    key_ids = {i for i, (_, kind, name) in enumerate(shared) if kind == "w" or name.startswith("<")}
    stem_scale, gram_scale = math.sqrt(STEM_SHARE), math.sqrt(1.0 - STEM_SHARE)
    # With few notes, document frequencies say little about which words are common:
    # IDF is computed as if there were at least MIN_IDF_NOTES notes.
    idf_n = max(n, MIN_IDF_NOTES) + 1
    stem_idf = {s: math.log(idf_n / c) ** IDF_POWER for s, c in stem_df.items()}
    gram_idf = {g: math.log(idf_n / c) ** IDF_POWER for g, c in gram_df.items()}
    lookup: list[dict[int, float]] = []
    keys: list[list[int]] = []
    for stems, grams in analysed:
        vector: dict[int, float] = {}
        for tf, idf, ids, scale in (
            (stems, stem_idf, word_id, stem_scale),
            (grams, gram_idf, gram_id, gram_scale),
        ):
            raw = [(f, (1.0 + math.log(c) if c > 1.0 else c) * idf[f]) for f, c in tf.items()]
            norm = math.sqrt(sum(w * w for _, w in raw))
            if norm:
                factor = scale / norm
                for f, w in raw:
                    fid = ids.get(f)
                    if fid is not None:
                        vector[fid] = w * factor
        lookup.append(vector)
        keys.append(sorted(f for f in vector if f in key_ids))  # ids are rarest first
    return _Corpus(
        notes=notes,
        lookup=lookup,
        keys=keys,
        parts=part_cache,
        surfaces=surfaces,
        stem_idf=stem_idf,
    )


def _similar_pairs(corpus: _Corpus, threshold: float) -> dict[tuple[int, int], float]:
    """Pairs (i < j) with cosine >= threshold among each note's nearest neighbours.

    Blocking keeps the work near-linear. Each *key* (a word, a compound part or a
    first-letters gram) lists at most ``MAX_POSTINGS`` notes: those where it weighs
    most (a long list is cut, so a word in thousands of notes costs no more than a
    rare one). A note's candidates are the notes on the lists of its keys, taken
    rarest key first until ``CANDIDATE_BUDGET`` entries are read; the
    ``CANDIDATES`` candidates sharing the most keys get an exact cosine, and the
    ``NEIGHBOURS`` most similar ones at or above the threshold become edges.
    Everything is visited in a fixed order and ties keep the order first met, so
    the result is deterministic.
    """
    lookup, keys = corpus.lookup, corpus.keys
    listed: dict[int, list[tuple[float, int]]] = {}
    for x, note_keys in enumerate(keys):
        x_lookup = lookup[x]
        for f in note_keys:
            listed.setdefault(f, []).append((-x_lookup[f], x))
    postings = {
        f: [x for _, x in (sorted(notes)[:MAX_POSTINGS] if len(notes) > MAX_POSTINGS else notes)]
        for f, notes in listed.items()
    }
    n = len(keys)
    exact: dict[int, float] = {}  # pair (x, y), x < y, as x * n + y
    pairs: dict[tuple[int, int], float] = {}
    for x, note_keys in enumerate(keys):
        read: list[list[int]] = []
        budget = CANDIDATE_BUDGET
        for f in note_keys:
            read.append(postings[f])
            budget -= len(postings[f])
            if budget <= 0:
                break
        # Candidates: the notes sharing the most keys (counted in C by Counter).
        shared = Counter(chain.from_iterable(read))
        shared.pop(x, None)
        x_lookup = lookup[x]
        x_keys = x_lookup.keys()
        scored: list[tuple[float, int]] = []
        # The notes sharing most keys first; a stable sort, so equal counts keep the
        # order first met. Most notes share one key only: sort the others first.
        several = [item for item in shared.items() if item[1] > 1]
        best = sorted(several, key=_count, reverse=True)[:CANDIDATES]
        if len(best) < CANDIDATES:
            best += [item for item in shared.items() if item[1] == 1][: CANDIDATES - len(best)]
        for y, _ in best:
            pair = x * n + y if x < y else y * n + x
            score = exact.get(pair)
            if score is None:
                y_lookup = lookup[y]
                # Integer keys: set iteration order is fixed, so the sum is reproducible.
                score = exact[pair] = sum(
                    [x_lookup[f] * y_lookup[f] for f in x_keys & y_lookup.keys()]
                )
            if score >= threshold:
                scored.append((-score, y))
        scored.sort()
        for negative, y in scored[:NEIGHBOURS]:
            pairs[(x, y) if x < y else (y, x)] = -negative
    return dict(sorted(pairs.items()))


# ---------------------------------------------------------------------------- clustering
def _cluster(n: int, pairs: dict[tuple[int, int], float], threshold: float) -> list[list[int]]:
    """Clusters of the similarity graph, by local moves for correlation clustering.

    The objective is ``sum over pairs in the same cluster of (similarity - threshold)``,
    a missing edge counting as similarity 0: alike notes pull together, unlike ones
    push apart, and a big cluster needs many strong ties to take in one more note.
    Starting from single notes, each note in turn moves to the cluster where its
    pairs add the most, or to a cluster of its own; passes repeat until nothing
    moves (a pass skips notes whose choice cannot have changed). Every move
    strictly increases the objective, so it ends (and at most ``MAX_PASSES``
    passes are made). Unlike greedy agglomerative merging, a move can be undone: a
    note that first met a look-alike joins its real idea when three notes of that
    idea pull harder. Notes with the strongest ties are visited first; ties between
    clusters keep the note where it is, then favour the lowest cluster number, so
    the result is deterministic.
    """
    neighbours: dict[int, list[tuple[int, float]]] = {}
    for (i, j), sim in sorted(pairs.items()):
        neighbours.setdefault(i, []).append((j, sim))
        neighbours.setdefault(j, []).append((i, sim))
    label = list(range(n))
    size = dict.fromkeys(range(n), 1)
    members: dict[int, list[int]] = {i: [i] for i in neighbours}
    fresh = n  # the next unused cluster number
    strongest = {i: max(sim for _, sim in links) for i, links in neighbours.items()}
    order = sorted(neighbours, key=lambda i: (-strongest[i], i))
    active = dict.fromkeys(order, True)
    for _ in range(MAX_PASSES):
        moved = False
        for i in order:
            if not active[i]:
                continue  # nothing that could change its choice has changed
            active[i] = False
            pull: dict[int, float] = {}
            for j, sim in neighbours[i]:
                pull[label[j]] = pull.get(label[j], 0.0) + sim
            own = label[i]
            best, best_gain = own, pull.get(own, 0.0) - threshold * (size[own] - 1)
            if size[own] > 1 and best_gain < -1e-12:
                best, best_gain = -1, 0.0  # better alone than where it is
            for c, pulled in pull.items():  # in the (sorted) neighbours' order
                if c != own:
                    gain = pulled - threshold * size[c]
                    if gain > best_gain + 1e-12:
                        best, best_gain = c, gain
            if best == own:
                continue
            if best == -1:
                best, fresh = fresh, fresh + 1
                size[best] = 0
                members[best] = []
            # Who may now choose differently: i's neighbours (a label changed), the
            # new cluster's members (it grew), and the old cluster's members and
            # their neighbours (it shrank, so staying in it or joining it pays more).
            # Anyone else faces the same choice as at their last visit.
            for j, _ in neighbours[i]:
                active[j] = True
            for j in members[best]:
                active[j] = True
            members[own].remove(i)
            for j in members[own]:
                active[j] = True
                for k, _ in neighbours[j]:
                    active[k] = True
            members[best].append(i)
            size[own] -= 1
            size[best] += 1
            label[i] = best
            moved = True
        if not moved:
            break
    grouped: dict[int, list[int]] = {}
    for i in range(n):
        grouped.setdefault(label[i], []).append(i)
    return sorted((m for m in grouped.values() if len(m) > 1), key=lambda m: m[0])


# ---------------------------------------------------------------------------- groups
def _label(corpus: _Corpus, cluster: list[int]) -> tuple[str, tuple[str, ...]]:
    """Key terms (readable words, not stems) and a short label built from them."""
    in_notes: dict[str, int] = {}
    for i in cluster:
        # Words of 3+ letters ("gå" or "fx" say little) and the known parts of compounds.
        found: dict[str, None] = {}
        for word, stem in corpus.surfaces[i]:
            if len(word) > 2:
                found[stem] = None
                for part in corpus.parts.get(stem, ()):
                    found[part] = None
        for s in found:
            in_notes[s] = in_notes.get(s, 0) + 1
    # A key term appears in many of the group's notes and is rare elsewhere.
    ranked = sorted(in_notes, key=lambda s: (-in_notes[s], -corpus.stem_idf.get(s, 0.0), s))
    if any(in_notes[s] > 1 for s in ranked):
        ranked = [s for s in ranked if in_notes[s] > 1] or ranked
    chosen = ranked[:LABEL_TERMS]
    words: list[str] = []
    for s in chosen:
        # The shortest spelling in the group (usually the base form: "stier" rather
        # than "stierne"; for a compound part: anywhere in the notes); ties: the
        # more frequent, then alphabetical.
        forms: dict[str, int] = {}
        for i in cluster:
            for word, word_stem in corpus.surfaces[i]:
                if word_stem == s:
                    forms[word] = forms.get(word, 0) + 1
        forms = forms or corpus.spellings().get(s, {s: 1})
        words.append(min(forms, key=lambda w: (len(w), -forms[w], w)))
    if not words:
        return "", ()
    label = words[0][:1].upper() + words[0][1:]
    if len(words) > 1:
        label += "".join(f", {w}" for w in words[1:-1]) + f" og {words[-1]}"
    return label, tuple(words)


def _group(
    corpus: _Corpus, cluster: list[int], pairs: dict[tuple[int, int], float]
) -> RecurringGroup:
    notes = corpus.notes
    score = {i: 0.0 for i in cluster}
    linked: list[float] = []
    for a_pos, a in enumerate(cluster):
        for b in cluster[a_pos + 1 :]:
            s = pairs.get((a, b))
            if s is not None:
                score[a] += s
                score[b] += s
                linked.append(s)
    representative = min(cluster, key=lambda i: (-score[i], i))
    kinds: dict[str, int] = {}
    for i in cluster:
        kinds[notes[i].kind] = kinds.get(notes[i].kind, 0) + 1
    top = sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0]))
    kind = top[0][0] if len(top) == 1 or top[0][1] > top[1][1] else None
    ordered = sorted(
        cluster,
        key=lambda i: (notes[i].date, notes[i].venue, notes[i].theme, notes[i].group, i),
    )
    label, terms = _label(corpus, cluster)
    return RecurringGroup(
        label=label,
        key_terms=terms,
        venues=tuple(sorted({notes[i].venue for i in cluster})),
        meetings=len({notes[i].meeting_id for i in cluster}),
        themes=tuple(sorted({notes[i].theme for i in cluster})),
        kind=kind,
        representative=notes[representative].id,
        cohesion=round(math.fsum(linked) / len(linked), 3) if linked else 0.0,
        notes=tuple(
            GroupNote(
                id=notes[i].id,
                text=notes[i].text,
                kind=notes[i].kind,
                venue=notes[i].venue,
                date=notes[i].date,
                theme=notes[i].theme,
                group=notes[i].group,
                meeting_id=notes[i].meeting_id,
            )
            for i in ordered
        ),
    )


def find_recurring(
    notes: Iterable[NoteLike],
    *,
    min_meetings: int = 2,
    threshold: float = THRESHOLD,
    min_evidence: float = MIN_EVIDENCE,
) -> list[RecurringGroup]:
    """Groups of notes that express the same thing at ``min_meetings`` or more meetings.

    The result is deterministic and independent of the order of ``notes`` and of
    their ids: groups are sorted by number of meetings and notes (most first), then
    label and first note.
    """
    if min_meetings < 1:
        raise ValueError("min_meetings must be at least 1")
    if not 0.0 < threshold <= 1.0:
        raise ValueError("threshold must be in (0, 1]")
    # A canonical order by content: the same notes give the same groups whatever
    # their (random) ids and whatever order they come in.
    ordered: Sequence[NoteLike] = sorted(
        notes, key=lambda n: (n.text, n.venue, n.date, n.theme, n.group, n.kind, n.id)
    )
    if len(ordered) < 2:
        return []
    corpus = _vectorise(list(ordered))
    pairs = _similar_pairs(corpus, threshold)
    clusters = _cluster(len(ordered), pairs, threshold)
    groups = []
    for cluster in clusters:
        if len({ordered[i].meeting_id for i in cluster}) < min_meetings:
            continue
        evidence = math.fsum(
            pairs.get((a, b), 0.0) for k, a in enumerate(cluster) for b in cluster[k + 1 :]
        )
        if evidence >= min_evidence:
            groups.append(_group(corpus, cluster, pairs))
    groups.sort(key=lambda g: (-g.meetings, -len(g.notes), g.label, g.notes[0].text, g.notes[0].id))
    return groups


def recurring_in_store(
    store: Any, *, min_meetings: int = 2, threshold: float = THRESHOLD
) -> list[RecurringGroup]:
    """``find_recurring`` over every live note of a consultation store."""
    return find_recurring(store.notes(), min_meetings=min_meetings, threshold=threshold)
