"""Recurring proposals: notes that say the same thing at several meetings.

The algorithm (pure Python, deterministic, no randomness anywhere):

1. **Features** (``analysis.danish``): each note becomes Danish word stems, the
   known parts of compound words (weight ``danish.PART_WEIGHT``), and character
   3-5-grams of the stems, so that compounds and inflections overlap
   ("sprogkurser"/"sprogundervisning", "mentor"/"mentorordninger").
2. **TF-IDF**: weight ``(1 + ln tf) * ln((N + 1) / df) ** IDF_POWER`` per feature,
   N being the number of notes. ``IDF_POWER = 1.5`` lets rare, specific words
   ("kontingent", "tolk") count more than everyday ones ("unge", "kommunen").
   The word block and the n-gram block of a note are each normalised to length 1
   and scaled by ``sqrt(STEM_SHARE)`` and ``sqrt(1 - STEM_SHARE)``, so the cosine
   of two notes is ``STEM_SHARE * cos(words) + (1 - STEM_SHARE) * cos(n-grams)``.
3. **Similar pairs without comparing all pairs**: *prefix filtering* (Bayardo, Ma
   and Srikant, "Scaling up all pairs similarity search", 2007). Features are
   ordered rarest first and only each note's leading features, while the rest of
   the note could still reach ``THRESHOLD``, go into an inverted index. Two notes
   whose cosine reaches the threshold must share one of those indexed (rare)
   features, so probing the index finds every such pair (exactly, not
   approximately) while common features ("ung", "kommun", "<ko") never generate
   candidates. Each candidate's exact cosine is then computed.
4. **Clustering** of the graph of those pairs (a pair below ``THRESHOLD`` counts as
   similarity 0):

   a. average-link agglomerative clustering: two clusters merge while the mean
      similarity over all pairs of notes between them is at least ``THRESHOLD``;
   b. then local moves for the correlation-clustering objective "sum over pairs
      in the same cluster of (similarity - THRESHOLD)": a note moves to the
      cluster where its pairs add most (or stands alone). This undoes greedy
      merges: a note that first met a look-alike joins its real idea when three
      other notes of that idea pull harder.

5. **Reported groups** have notes from at least ``min_meetings`` meetings, and
   enough evidence: the similarities of their linked pairs add up to at least
   ``MIN_EVIDENCE``. One pair must then be clearly alike (cosine >= 0.5), while
   three or four notes that agree more loosely still count. This is what keeps
   two unrelated notes that happen to share one word from being reported.

Tuning (``tests/data/recurring_quality.py``: 13 ideas written in different words at
2-4 meetings, 42 notes and 48 same-idea pairs, among 72 unrelated notes): with
``THRESHOLD = 0.10`` and ``MIN_EVIDENCE = 0.5``, 42 of 48 same-idea pairs (87.5 %)
land in the same group and no wrong pair is pulled in. Nearby settings: threshold
0.09 gives 87.5 % and 3 wrong pairs, 0.11 gives 75 % and none; evidence 0.45 gives 6
wrong pairs, 0.6 gives 81 %. The README has the full table.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from workshop_app.analysis import danish

#: Cosine similarity from which two notes count as alike (see the module docstring).
THRESHOLD = 0.10
#: A group is reported only when its linked pairs' similarities add up to this much.
MIN_EVIDENCE = 0.5
#: Share of the similarity that comes from whole words (the rest: character n-grams).
STEM_SHARE = 0.3
#: Exponent on the inverse document frequency (above 1: rare words count more).
IDF_POWER = 1.5
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


# ---------------------------------------------------------------------------- vectors
@dataclass
class _Corpus:
    notes: list[NoteLike]
    vectors: list[list[tuple[int, float]]]  # per note: (feature id, weight), rarest first
    lookup: list[dict[int, float]]
    parts: dict[str, tuple[str, ...]]  # stem -> known parts of the compound
    surfaces: list[list[tuple[str, str]]]  # per note: (word, stem) in text order
    stem_idf: dict[str, float]


def _weights(tf: dict[str, float], df: dict[str, int], n: int, scale: float) -> dict[str, float]:
    raw = {
        f: (1.0 + math.log(c) if c > 1.0 else c) * math.log((n + 1) / df[f]) ** IDF_POWER
        for f, c in tf.items()
    }
    norm = math.sqrt(math.fsum(w * w for w in raw.values()))
    if norm == 0.0:
        return {}
    factor = scale / norm
    return {f: w * factor for f, w in raw.items()}


def _vectorise(notes: list[NoteLike]) -> _Corpus:
    surfaces = [danish.analyse(n.text) for n in notes]
    n = len(notes)
    vocabulary: dict[str, None] = {}
    for pairs in surfaces:
        for _, s in pairs:
            vocabulary[s] = None
    part_cache: dict[str, tuple[str, ...]] = {}

    def parts(stemmed: str) -> tuple[str, ...]:
        found = part_cache.get(stemmed)
        if found is None:
            found = part_cache[stemmed] = danish.compound_parts(stemmed, vocabulary)
        return found

    analysed = [(pairs, *danish.features(pairs, parts)) for pairs in surfaces]
    stem_df: dict[str, int] = {}
    gram_df: dict[str, int] = {}
    for _, stems, grams in analysed:
        for s in stems:
            stem_df[s] = stem_df.get(s, 0) + 1
        for g in grams:
            gram_df[g] = gram_df.get(g, 0) + 1
    # Feature ids: rarest first, then by name, so the order never depends on hashing.
    shared = [("w", s, c) for s, c in stem_df.items() if c > 1]
    shared += [("g", g, c) for g, c in gram_df.items() if c > 1]
    shared.sort(key=lambda item: (item[2], item[0], item[1]))
    feature_id = {(kind, name): i for i, (kind, name, _) in enumerate(shared)}
    stem_scale, gram_scale = math.sqrt(STEM_SHARE), math.sqrt(1.0 - STEM_SHARE)
    vectors: list[list[tuple[int, float]]] = []
    for _, stems, grams in analysed:
        vector: list[tuple[int, float]] = []
        # A feature seen in one note only still counts in its length (it makes the
        # note less like the others) but can never contribute to a dot product.
        for s, w in _weights(stems, stem_df, n, stem_scale).items():
            if stem_df[s] > 1:
                vector.append((feature_id["w", s], w))
        for g, w in _weights(grams, gram_df, n, gram_scale).items():
            if gram_df[g] > 1:
                vector.append((feature_id["g", g], w))
        vector.sort()
        vectors.append(vector)
    stem_idf = {s: math.log((n + 1) / c) for s, c in stem_df.items()}  # for labels
    return _Corpus(
        notes=notes,
        vectors=vectors,
        lookup=[dict(v) for v in vectors],
        parts=part_cache,
        surfaces=[a[0] for a in analysed],
        stem_idf=stem_idf,
    )


def _similar_pairs(corpus: _Corpus, threshold: float) -> dict[tuple[int, int], float]:
    """Every pair (i < j) with cosine >= threshold, by prefix filtering (exact)."""
    index: dict[int, list[tuple[int, float]]] = {}
    suffix_norm: list[float] = []
    lookup = corpus.lookup
    pairs: dict[tuple[int, int], float] = {}
    for x, vector in enumerate(corpus.vectors):
        # Probe: partial dot products with the indexed (rare) prefixes of earlier notes.
        partial: dict[int, float] = {}
        for f, w in vector:
            postings = index.get(f)
            if postings:
                for y, wy in postings:
                    partial[y] = partial.get(y, 0.0) + w * wy
        if partial:
            x_lookup = lookup[x]
            for y in sorted(partial):
                # What y's unindexed suffix could still add is at most its length.
                if partial[y] + suffix_norm[y] < threshold:
                    continue
                y_lookup = lookup[y]
                small, large = (
                    (x_lookup, y_lookup) if len(x_lookup) <= len(y_lookup) else (y_lookup, x_lookup)
                )
                score = math.fsum(w * large[f] for f, w in small.items() if f in large)
                if score >= threshold:
                    pairs[y, x] = score
        # Index x's prefix: leading features while the rest could still reach the threshold.
        remaining = math.fsum(w * w for _, w in vector)
        position = 0
        while position < len(vector) and math.sqrt(max(remaining, 0.0)) >= threshold:
            f, w = vector[position]
            index.setdefault(f, []).append((x, w))
            remaining -= w * w
            position += 1
        suffix_norm.append(math.sqrt(max(remaining, 0.0)))
    return pairs


# ---------------------------------------------------------------------------- clustering
def _average_link(
    n: int, pairs: dict[tuple[int, int], float], threshold: float
) -> list[list[int]]:
    """Average-link clusters of the sparse similarity graph (missing pairs count as 0)."""
    # Cluster ids are the smallest member index: stable and order-independent.
    members: dict[int, list[int]] = {}
    links: dict[int, dict[int, float]] = {}  # cluster -> neighbour cluster -> summed similarity
    for (i, j), s in sorted(pairs.items()):
        for a, b in ((i, j), (j, i)):
            members.setdefault(a, [a])
            links.setdefault(a, {})[b] = s
    heap: list[tuple[float, int, int]] = []
    for a in sorted(links):
        for b, s in sorted(links[a].items()):
            if a < b and s >= threshold:
                heap.append((-s, a, b))
    heapq.heapify(heap)
    while heap:
        neg, a, b = heapq.heappop(heap)
        if a not in members or b not in members:
            continue
        current = links[a].get(b, 0.0) / (len(members[a]) * len(members[b]))
        if current != -neg:
            continue  # stale entry: the clusters changed since it was pushed
        # Merge b into a (a < b, so the merged id is still the smallest member).
        members[a] = sorted(members[a] + members.pop(b))
        merged = links[a]
        merged.pop(b, None)
        for c, s in links.pop(b).items():
            if c == a:
                continue
            merged[c] = merged.get(c, 0.0) + s
            other = links[c]
            other.pop(b, None)
            other[a] = merged[c]
        size_a = len(members[a])
        for c in sorted(merged):
            average = merged[c] / (size_a * len(members[c]))
            if average >= threshold:
                heapq.heappush(heap, (-average, min(a, c), max(a, c)))
    return [m for _, m in sorted(members.items()) if len(m) > 1]


def _refine(
    n: int, pairs: dict[tuple[int, int], float], clusters: list[list[int]], threshold: float
) -> list[list[int]]:
    """Move single notes between clusters while that improves the clustering.

    The greedy merges of average link cannot be undone: a note that first met a
    look-alike stays with it even when three notes of its real idea arrive later.
    This pass fixes that by local moves for the correlation-clustering objective
    ``sum over pairs in the same cluster of (similarity - threshold)``: a note moves
    to the cluster (or to a cluster of its own) where its pairs add the most. Every
    move strictly increases the objective, so the passes end; notes are visited in
    id order and ties keep the note where it is, so the result is deterministic.
    """
    neighbours: dict[int, list[tuple[int, float]]] = {}
    for (i, j), sim in sorted(pairs.items()):
        neighbours.setdefault(i, []).append((j, sim))
        neighbours.setdefault(j, []).append((i, sim))
    label = list(range(n))
    size = [1] * n
    for cluster in clusters:
        for i in cluster:
            label[i] = cluster[0]
        size[cluster[0]] = len(cluster)
        for i in cluster[1:]:
            size[i] = 0
    for _ in range(20):
        moved = False
        for i in sorted(neighbours):
            pull: dict[int, float] = {}
            for j, sim in neighbours[i]:
                pull[label[j]] = pull.get(label[j], 0.0) + sim
            own = label[i]
            stay = pull.get(own, 0.0) - threshold * (size[own] - 1)
            best, best_gain = own, stay
            if size[own] > 1 and 0.0 > best_gain + 1e-12:
                best, best_gain = -1, 0.0  # alone is better than where it is
            for c in sorted(pull):
                if c == own:
                    continue
                gain = pull[c] - threshold * size[c]
                if gain > best_gain + 1e-12:
                    best, best_gain = c, gain
            if best == own:
                continue
            if best == -1:  # a cluster of its own: reuse a free id (its own index if free)
                best = i if size[i] == 0 else next(k for k in range(n) if size[k] == 0)
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
        for scope in (cluster, range(len(corpus.notes))):
            forms: dict[str, int] = {}
            for i in scope:
                for word, word_stem in corpus.surfaces[i]:
                    if word_stem == s:
                        forms[word] = forms.get(word, 0) + 1
            if forms:
                words.append(min(forms, key=lambda w: (len(w), -forms[w], w)))
                break
        else:
            words.append(s)
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
    representative = min(cluster, key=lambda i: (-score[i], notes[i].id))
    kinds: dict[str, int] = {}
    for i in cluster:
        kinds[notes[i].kind] = kinds.get(notes[i].kind, 0) + 1
    top = sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0]))
    kind = top[0][0] if len(top) == 1 or top[0][1] > top[1][1] else None
    ordered = sorted(
        cluster, key=lambda i: (notes[i].date, notes[i].venue, notes[i].theme, notes[i].id)
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

    The result is deterministic and independent of the order of ``notes``: groups are
    sorted by number of meetings and notes (most first), then label and first note id.
    """
    if min_meetings < 1:
        raise ValueError("min_meetings must be at least 1")
    if not 0.0 < threshold <= 1.0:
        raise ValueError("threshold must be in (0, 1]")
    ordered: Sequence[NoteLike] = sorted(notes, key=lambda n: n.id)
    if len(ordered) < 2:
        return []
    corpus = _vectorise(list(ordered))
    pairs = _similar_pairs(corpus, threshold)
    clusters = _refine(
        len(ordered), pairs, _average_link(len(ordered), pairs, threshold), threshold
    )
    groups = []
    for cluster in clusters:
        if len({ordered[i].meeting_id for i in cluster}) < min_meetings:
            continue
        evidence = math.fsum(
            pairs.get((a, b), 0.0) for k, a in enumerate(cluster) for b in cluster[k + 1 :]
        )
        if evidence >= min_evidence:
            groups.append(_group(corpus, cluster, pairs))
    groups.sort(key=lambda g: (-g.meetings, -len(g.notes), g.label, g.notes[0].id))
    return groups


def recurring_in_store(
    store: Any, *, min_meetings: int = 2, threshold: float = THRESHOLD
) -> list[RecurringGroup]:
    """``find_recurring`` over every live note of a consultation store."""
    return find_recurring(store.notes(), min_meetings=min_meetings, threshold=threshold)
