"""Recurring proposals: notes that say the same idea at several meetings.

The algorithm (pure Python, deterministic, offline; tuned and checked on the
labelled sets in ``tests/data/recurring_*.py``; figures in ``docs/coordinator.md``,
Recurring proposals):

1. **Words** (``analysis.danish``): each note's content words (stop words out) and
   their base forms from lemmy ("kontingentet" -> "kontingent", "stierne" -> "sti").
2. **A TF-IDF vector per note** of: the lemmas; the known parts of compound lemmas
   ("klubkontingent" also counts "kontingent", weight ``PART_WEIGHT``); and the
   *concepts* the note names from the curated list
   ``resources/analysis/concepts.da.txt`` ("danskkurser" and "sprogundervisning"
   both name "sprog"; "en fast voksen" names "mentor"; weight ``CONCEPT_WEIGHT``).
   Weights are ``(1 + ln tf) * idf``, ``idf = ln((N + 1) / max(df, HAPAX_DF)) **
   IDF_POWER`` with ``df`` counted across the consultation. The consultation's own
   boilerplate weighs little: a word in more than ``BOILERPLATE_SHARE`` of the notes
   is dropped, and the context words of ``resources/analysis/context.da.txt``
   ("udsatte", "boligområde", "minoritetsbaggrund", "borger") count
   ``CONTEXT_WEIGHT``: they say where or whom, not what.
3. **Score** of two notes: the cosine of their vectors. (Character 3-5-gram TF-IDF,
   scikit-learn's ``char_wb``, was measured as a second view and left out: on the
   labelled sets it added nothing that compound parts and concepts do not catch,
   and it cost most of the time and memory; see ``docs/architecture.md`` (Recurring proposals).)
4. **Candidates without comparing all pairs** (blocking): an inverted index from
   each *key* (a lemma, a compound part or a concept) to
   the notes that contain it, cut at ``MAX_POSTINGS`` notes per key (those where it
   weighs most). A note's candidates are read rarest key first up to
   ``CANDIDATE_BUDGET`` entries; the ``CANDIDATES`` sharing most keys are scored and
   the ``NEIGHBOURS`` best at or above ``EDGE_SHARE * threshold`` become edges. The
   work grows with the notes times these caps.
5. **Clustering by average linkage** on those edges (a missing edge counts as 0):
   the two groups whose notes are on average most alike merge, as long as that
   average is at least the threshold. One note that shares a word with two ideas
   cannot glue them together (chaining): every note of one must on average be close
   to every note of the other. A heap with small-into-large merging keeps it near
   linear.
6. **Reported groups** have notes from at least ``min_meetings`` meetings. The label
   is the key phrase of the group's most central note (highest summed score to the
   others), in the note's own words.
"""

from __future__ import annotations

import heapq
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import chain
from operator import itemgetter
from typing import Any, Protocol

from workshop_app.analysis import concepts as concept_list
from workshop_app.analysis import danish

#: Score (see the module docstring) from which two notes, or two groups on average,
#: count as the same idea.
THRESHOLD = 0.4
#: An edge of the similarity graph needs at least this share of the threshold.
EDGE_SHARE = 0.5
#: What a known part of a compound counts, relative to the whole word.
PART_WEIGHT = 1.0
#: What a concept counts, relative to a word.
CONCEPT_WEIGHT = 4.0
#: Exponent on the inverse document frequency (above 1: rare words count more).
IDF_POWER = 2.0
#: A word's idf is computed as if it were in at least this many notes.
HAPAX_DF = 3
#: What a context word (``resources/analysis/context.da.txt``) counts.
CONTEXT_WEIGHT = 0.3
#: IDF is computed as if there were at least this many notes.
MIN_IDF_NOTES = 100
#: A word in more than this share of the notes (at least BOILERPLATE_MIN_NOTES of
#: them) is the consultation's boilerplate and is ignored.
BOILERPLATE_SHARE = 0.2
BOILERPLATE_MIN_NOTES = 20
#: Blocking: a key lists at most this many notes (those where it weighs most).
MAX_POSTINGS = 100
#: Blocking: list entries read per note, rarest key first.
CANDIDATE_BUDGET = 200
#: Exact scores computed per note (for the candidates sharing the most keys).
CANDIDATES = 8
#: Most similar notes kept per note as edges of the similarity graph.
NEIGHBOURS = 6
#: At most this many key terms are reported; a label has at most LABEL_WORDS words.
LABEL_TERMS = 3
LABEL_WORDS = 10


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
    representative: str  # id of the most central note (highest summed score)
    cohesion: float  # mean score over all pairs of the group's notes, rounded
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
_CONCEPT = "§"  # prefix of concept features: never a word (normalised words are letters)
#: Words a label does not start with (conjunctions) or end with (prepositions,
#: articles, conjunctions): what is left when a sentence is cut.
_LOOSE_START = frozenset({"og", "men", "så", "fordi", "hvis", "når", "der", "som", "at", "eller"})
_LOOSE_END = _LOOSE_START | {
    "i", "på", "om", "af", "til", "for", "med", "mod", "fra", "ved", "hos", "under", "over",
    "efter", "en", "et", "de", "den", "det", "dem", "sig",
}  # fmt: skip
_SENTENCES = re.compile(r"[.;:!?()\[\]\n]+|\s[–—-]\s")


# ---------------------------------------------------------------------------- vectors
@dataclass
class _Corpus:
    notes: Sequence[NoteLike]
    words: list[dict[int, float]]  # per note: word feature id -> weight (unit length)
    contents: list[tuple[str, ...]]  # per note: its content words in text order
    spelling: dict[str, str]  # lemma -> its shortest spelling in the notes
    names: list[str]  # word feature id -> name ("sprog", "§sprog" for a concept)
    parts: dict[str, tuple[str, ...]]  # lemma -> known parts of the compound
    idf: dict[str, float]  # word feature -> idf
    boilerplate: frozenset[str] = frozenset()
    _index: dict[str, int] | None = field(default=None, repr=False)

    def index(self) -> dict[str, int]:
        """Word feature name -> id (built once, when needed)."""
        if self._index is None:
            self._index = {name: i for i, name in enumerate(self.names)}
        return self._index

    def surface(self, i: int) -> list[tuple[str, str]]:
        """Note ``i``'s (word, lemma) pairs in text order (lemmas are cached lookups)."""
        return [(w, danish.lemma(w)) for w in self.contents[i]]


def _tf(count: float) -> float:
    return 1.0 + math.log(count) if count > 1.0 else count


def _vectorise(notes: Sequence[NoteLike]) -> _Corpus:
    known = concept_list.bundled()
    setting = concept_list.context()
    n = len(notes)
    # Only the words are kept per note (a tuple is small); lemmas are cached lookups.
    contents: list[tuple[str, ...]] = []
    phrase_concepts: list[list[str]] = []
    for note in notes:
        every = danish.words(note.text)
        contents.append(tuple(w for w in every if len(w) > 1 and w not in danish.STOP_WORDS))
        phrase_concepts.append(known.in_words(every) if known.phrases else [])
    # Lemmas seen in the notes: what compounds are split into.
    vocabulary: dict[str, str] = {}
    lemma_of = danish.lemma
    spelling: dict[str, str] = {}
    for content in contents:
        for word in content:
            lemma = vocabulary[word] = vocabulary[lemma_of(word)] = lemma_of(word)
            known_form = spelling.get(lemma)
            if known_form is None or (len(word), word) < (len(known_form), known_form):
                spelling[lemma] = word
    part_cache: dict[str, tuple[str, ...]] = {}
    # word -> (lemma, its weight, compound parts, concepts named)
    seen: dict[str, tuple[str, float, tuple[str, ...], tuple[str, ...]]] = {}
    word_tf: list[dict[str, float]] = []
    for content, phrased in zip(contents, phrase_concepts, strict=True):
        tf: dict[str, float] = {}
        named: dict[str, None] = dict.fromkeys(phrased)
        for word in content:
            about = seen.get(word)
            if about is None:  # once per distinct word of the consultation
                lemma = lemma_of(word)
                names = known.of_word(lemma) or known.of_word(word)
                weight = CONTEXT_WEIGHT if not names and setting.of_word(lemma) else 1.0
                found = part_cache.get(lemma)
                if found is None:
                    found = part_cache[lemma] = danish.compound_parts(lemma, vocabulary)
                about = seen[word] = (lemma, weight, found, names)
            lemma, weight, found, names = about
            tf[lemma] = tf.get(lemma, 0.0) + weight
            for part in found:
                tf[part] = tf.get(part, 0.0) + PART_WEIGHT
            for concept in names:
                named[concept] = None
        for concept in named:
            tf[_CONCEPT + concept] = CONCEPT_WEIGHT
        word_tf.append(tf)
    word_df = Counter(chain.from_iterable(word_tf))
    idf_n = max(n, MIN_IDF_NOTES) + 1
    # The consultation's boilerplate: words in a large share of its notes.
    limit = max(BOILERPLATE_MIN_NOTES, BOILERPLATE_SHARE * n)
    boilerplate = frozenset(f for f, c in word_df.items() if c > limit)
    # A word of one note gets the idf of a word of HAPAX_DF notes: unique words are
    # mostly how one facilitator put it, and would outweigh what two notes share.
    idf = {f: math.log(idf_n / max(c, HAPAX_DF)) ** IDF_POWER for f, c in word_df.items()}

    # Feature ids: rarest first, then by name, so no order depends on hashing. A
    # feature of one note only counts in that note's length (it makes the note less
    # like the others) but can never add to a dot product, so it gets no id.
    names = sorted(
        (f for f, c in word_df.items() if c > 1 and f not in boilerplate),
        key=lambda f: (word_df[f], f),
    )
    word_id = {f: i for i, f in enumerate(names)}
    # A vector's keys are in id order (rarest first): they are the note's blocking keys.
    words = [_unit(tf, idf, word_id, boilerplate) for tf in word_tf]
    del word_tf
    danish.unload_lemmatizer()  # every word's lemma is cached now: 35 MB less at the peak
    return _Corpus(
        notes=notes,
        words=words,
        contents=contents,
        spelling=spelling,
        names=names,
        parts=part_cache,
        idf=idf,
        boilerplate=boilerplate,
    )


def _unit(
    tf: dict[str, float], idf: dict[str, float], ids: dict[str, int], skip: frozenset[str]
) -> dict[int, float]:
    """The TF-IDF vector of one note, of unit length, keyed by feature id."""
    raw = [(f, _tf(c) * idf[f]) for f, c in tf.items() if f not in skip]
    norm = math.sqrt(math.fsum(w * w for _, w in raw))
    if not norm:
        return {}
    found = sorted((ids[f], w) for f, w in raw if f in ids)
    return {fid: w / norm for fid, w in found}


def _dot(a: dict[int, float], b: dict[int, float]) -> float:
    # Integer keys: set iteration order is fixed, so the sum is reproducible.
    return sum([a[f] * b[f] for f in a.keys() & b.keys()])


def _score(corpus: _Corpus, x: int, y: int) -> float:
    """The cosine of notes ``x`` and ``y``."""
    return _dot(corpus.words[x], corpus.words[y])


def _similar_pairs(corpus: _Corpus, floor: float) -> dict[int, float]:
    """Pairs scoring at least ``floor`` among each note's nearest neighbours.

    Keys are ``x * n + y`` for notes ``x < y`` (ints take far less memory than tuples
    at 50,000 notes). Blocking keeps the work near-linear (see the module
    docstring). Everything is visited in a fixed order and ties keep the order first
    met, so the result is deterministic.
    """
    words = corpus.words
    listed: dict[int, list[int]] = {}
    for x, vector in enumerate(words):
        for f in vector:
            listed.setdefault(f, []).append(x)
    postings = {
        # A long list keeps the notes where the key weighs most (stable: ties by note).
        f: sorted(notes, key=lambda x, f=f: -words[x][f])[:MAX_POSTINGS]
        if len(notes) > MAX_POSTINGS
        else notes
        for f, notes in listed.items()
    }
    del listed
    n = len(words)
    pairs: dict[int, float] = {}
    for x, x_words in enumerate(words):  # a vector's keys: its features, rarest first
        read: list[list[int]] = []
        budget = CANDIDATE_BUDGET
        for f in x_words:
            read.append(postings[f])
            budget -= len(postings[f])
            if budget <= 0:
                break
        shared = Counter(chain.from_iterable(read))
        shared.pop(x, None)
        # The notes sharing most keys; a stable sort, so equal counts keep the order
        # first met and the choice is deterministic.
        best = sorted(shared.items(), key=_count, reverse=True)[:CANDIDATES]
        scored: list[tuple[float, int]] = []
        for y, _ in best:
            score = _dot(x_words, words[y])
            if score >= floor:
                scored.append((-score, y))
        scored.sort()
        for negative, y in scored[:NEIGHBOURS]:
            pairs[x * n + y if x < y else y * n + x] = -negative
    return dict(sorted(pairs.items()))


# ---------------------------------------------------------------------------- clustering
def _cluster(n: int, pairs: dict[int, float], threshold: float) -> list[list[int]]:
    """Groups by average linkage over the similarity graph (a missing edge counts as 0).

    Repeatedly merges the two groups with the highest average score over all pairs
    of their notes, while that average is at least ``threshold``. A heap holds the
    candidate merges. A merge folds the smaller group's links into the larger one's
    (a note's links move O(log n) times) and pushes only the links whose sum grew;
    the larger group's other links only got weaker (more notes, same sum), so their
    entries in the heap are upper bounds, checked and pushed again with the true
    average when they come up. No merge re-visits a whole group or its neighbours,
    so the work stays near-linear in the number of edges. Equal averages merge the
    lowest group numbers first: deterministic.
    """
    links: dict[int, dict[int, float]] = {}
    for key, sim in pairs.items():
        i, j = divmod(key, n)
        links.setdefault(i, {})[j] = sim
        links.setdefault(j, {})[i] = sim
    size = dict.fromkeys(links, 1)
    members: dict[int, list[int]] = {i: [i] for i in links}
    heap = [(-sim, *divmod(key, n)) for key, sim in pairs.items() if sim >= threshold]
    heapq.heapify(heap)
    while heap:
        negative, a, b = heapq.heappop(heap)
        a_links = links.get(a)
        total = a_links.get(b) if a_links is not None else None
        if total is None:
            continue  # one of the two has been merged into another group
        average = total / (size[a] * size[b])
        if average < -negative - 1e-12:  # weaker than when pushed: try again later
            if average >= threshold:
                heapq.heappush(heap, (-average, a, b))
            continue
        big, small = (a, b) if (size[a], -a) >= (size[b], -b) else (b, a)
        big_links = links[big]
        del big_links[small]
        size[big] += size.pop(small)
        members[big] += members.pop(small)
        big_size = size[big]
        for c, sim in links.pop(small).items():
            if c == big:
                continue
            c_links = links[c]
            del c_links[small]
            c_links[big] = big_links[c] = total_c = big_links.get(c, 0.0) + sim
            average = total_c / (big_size * size[c])
            if average >= threshold:
                heapq.heappush(heap, (-average, min(big, c), max(big, c)))
    return sorted((sorted(m) for m in members.values() if len(m) > 1), key=lambda m: m[0])


# ---------------------------------------------------------------------------- groups
def _key_terms(corpus: _Corpus, cluster: list[int]) -> tuple[str, ...]:
    """Readable words (not lemmas) that many of the group's notes share, rare elsewhere."""
    in_notes: dict[str, int] = {}
    surfaces = [corpus.surface(i) for i in cluster]
    for surface in surfaces:
        # Words of 3+ letters ("gå" or "fx" say little) and the known parts of compounds.
        found: dict[str, None] = {}
        for word, lemma in surface:
            if len(word) > 2 and lemma not in corpus.boilerplate:
                found[lemma] = None
                for part in corpus.parts.get(lemma, ()):
                    found[part] = None
        for s in found:
            in_notes[s] = in_notes.get(s, 0) + 1
    ranked = sorted(in_notes, key=lambda s: (-in_notes[s], -corpus.idf.get(s, 0.0), s))
    if any(in_notes[s] > 1 for s in ranked):
        ranked = [s for s in ranked if in_notes[s] > 1]
    words: list[str] = []
    for s in ranked[:LABEL_TERMS]:
        # The shortest spelling in the group (usually the base form: "stier" rather
        # than "stierne"; ties: the more frequent, then alphabetical); for a compound
        # part not written on its own in the group: its shortest spelling anywhere.
        forms: dict[str, int] = {}
        for surface in surfaces:
            for word, lemma in surface:
                if lemma == s:
                    forms[word] = forms.get(word, 0) + 1
        if forms:
            words.append(min(forms, key=lambda w: (len(w), -forms[w], w)))
        else:
            words.append(corpus.spelling.get(s, s))
    return tuple(words)


def _key_phrase(corpus: _Corpus, note: int, others: list[int]) -> str:
    """The sentence of a note that carries what it shares with the others, in its words.

    Each word of the note weighs what its features (lemma, compound parts, concepts)
    add to the note's scores with the other notes; the sentence with the most weight
    wins, cut to the ``LABEL_WORDS`` words of its heaviest stretch, without a
    conjunction at its start or a preposition or article left dangling at its end.
    """
    text = corpus.notes[note].text
    index = corpus.index()
    gain: dict[int, float] = {}
    for fid, weight in corpus.words[note].items():
        gain[fid] = weight * sum(corpus.words[o].get(fid, 0.0) for o in others)
    known = concept_list.bundled()

    def weight_of(token: str) -> float:
        total = 0.0
        for piece in danish.normalise(token).split():
            if piece in danish.STOP_WORDS:
                continue
            lemma = danish.lemma(piece)
            names = [lemma, *corpus.parts.get(lemma, ())]
            names += [_CONCEPT + c for c in known.of_word(lemma) or known.of_word(piece)]
            total += sum(gain.get(index.get(name, -1), 0.0) for name in names)
        return total

    def loose(token: str, words: frozenset[str]) -> bool:
        normal = danish.normalise(token)
        return not normal or normal in words

    best: tuple[float, list[str]] = (-1.0, [])
    for sentence in _SENTENCES.split(text):
        tokens = sentence.split()
        if not tokens:
            continue
        weights = [weight_of(t) for t in tokens]
        if len(tokens) > LABEL_WORDS + 2:  # a sentence a little longer stays whole
            start = max(
                range(len(tokens) - LABEL_WORDS + 1),
                key=lambda s: (sum(weights[s : s + LABEL_WORDS]), -s),
            )
            end = start + LABEL_WORDS
            cut_end = end < len(tokens)
            tokens = tokens[start:end]
            # A sentence cut short ends at its last comma, when one leaves three words.
            commas = [k for k, t in enumerate(tokens[:-1]) if t.endswith(",") and k >= 2]
            if cut_end and commas:
                tokens = tokens[: commas[-1] + 1]
            while start > 0 and len(tokens) > 1 and loose(tokens[0], _LOOSE_START):
                tokens = tokens[1:]
            while cut_end and len(tokens) > 1 and loose(tokens[-1], _LOOSE_END):
                tokens = tokens[:-1]
        total = sum(weights)
        if total > best[0] + 1e-12:
            best = (total, tokens)
    phrase = " ".join(best[1]).strip(" ,;:–—-\"'“”«»")
    return phrase[:1].upper() + phrase[1:] if phrase else ""


def _group(corpus: _Corpus, cluster: list[int]) -> RecurringGroup:
    notes = corpus.notes
    # The sum of the group's vectors gives every note's summed score with the others
    # (x . sum - x . x) and the sum over all pairs ((|sum|^2 - sum of x . x) / 2), in
    # linear time however large the group.
    centre: dict[int, float] = {}
    own: dict[int, float] = {}
    for i in cluster:
        vector = corpus.words[i]
        own[i] = math.fsum(w * w for w in vector.values())
        for f, w in vector.items():
            centre[f] = centre.get(f, 0.0) + w
    score = {i: _dot(corpus.words[i], centre) - own[i] for i in cluster}
    total = (math.fsum(w * w for w in centre.values()) - math.fsum(own.values())) / 2.0
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
    terms = _key_terms(corpus, cluster)
    label = _key_phrase(corpus, representative, [i for i in cluster if i != representative])
    if not label and terms:
        label = terms[0][:1].upper() + terms[0][1:]
    pair_count = len(cluster) * (len(cluster) - 1) // 2
    return RecurringGroup(
        label=label,
        key_terms=terms,
        venues=tuple(sorted({notes[i].venue for i in cluster})),
        meetings=len({notes[i].meeting_id for i in cluster}),
        themes=tuple(sorted({notes[i].theme for i in cluster})),
        kind=kind,
        representative=notes[representative].id,
        cohesion=round(max(0.0, total) / pair_count, 3),
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


@dataclass
class _Analysis:
    corpus: _Corpus
    pairs: dict[int, float]  # x * n + y -> score, for notes x < y
    clusters: list[list[int]]


def _canonical(notes: Iterable[NoteLike]) -> list[NoteLike]:
    # A canonical order by content: the same notes give the same groups whatever
    # their (random) ids and whatever order they come in.
    return sorted(notes, key=lambda n: (n.text, n.venue, n.date, n.theme, n.group, n.kind, n.id))


def _check(min_meetings: int, threshold: float) -> None:
    if min_meetings < 1:
        raise ValueError("min_meetings must be at least 1")
    if not 0.0 < threshold <= 1.0:
        raise ValueError("threshold must be in (0, 1]")


def _analyse(ordered: list[NoteLike], threshold: float) -> _Analysis:
    corpus = _vectorise(ordered)
    pairs = _similar_pairs(corpus, EDGE_SHARE * threshold)
    return _Analysis(corpus, pairs, _cluster(len(ordered), pairs, threshold))


def find_recurring(
    notes: Iterable[NoteLike],
    *,
    min_meetings: int = 2,
    threshold: float = THRESHOLD,
) -> list[RecurringGroup]:
    """Groups of notes that express the same thing at ``min_meetings`` or more meetings.

    The result is deterministic and independent of the order of ``notes`` and of
    their ids: groups are sorted by number of meetings and notes (most first), then
    label and first note.
    """
    _check(min_meetings, threshold)
    ordered = _canonical(notes)
    if len(ordered) < 2:
        return []
    analysis = _analyse(ordered, threshold)
    groups = [
        _group(analysis.corpus, cluster)
        for cluster in analysis.clusters
        if len({ordered[i].meeting_id for i in cluster}) >= min_meetings
    ]
    groups.sort(key=lambda g: (-g.meetings, -len(g.notes), g.label, g.notes[0].text, g.notes[0].id))
    return groups


def recurring_in_store(
    store: Any, *, min_meetings: int = 2, threshold: float = THRESHOLD
) -> list[RecurringGroup]:
    """``find_recurring`` over every live note of a consultation store."""
    return find_recurring(store.notes(), min_meetings=min_meetings, threshold=threshold)


# ---------------------------------------------------------------------------- explain
@dataclass(frozen=True)
class SharedFeature:
    """One thing two notes have in common and what it adds to their score."""

    kind: str  # "word", "part" (of a compound) or "concept"
    name: str  # a readable word from the notes, or a concept's name
    contribution: float  # what it adds to the cosine

    def to_dict(self) -> dict[str, Any]:
        """Plain data for JSON."""
        return {"kind": self.kind, "name": self.name, "contribution": round(self.contribution, 4)}


@dataclass(frozen=True)
class PairExplanation:
    """Why two notes were, or were not, put in one recurring group."""

    first: str  # note ids
    second: str
    score: float  # the cosine of the two notes' word vectors
    parts: dict[str, float]  # what shared words, compound parts and concepts add
    threshold: float
    edge: bool  # the pair is an edge of the similarity graph
    together: bool  # the two notes ended in one group
    group_meetings: int  # meetings of that group (0 when not together)
    min_meetings: int
    shared: tuple[SharedFeature, ...]  # heaviest first
    boilerplate: tuple[str, ...]  # words of the two notes ignored as boilerplate
    reason: str  # one English sentence

    @property
    def reported(self) -> bool:
        """Together in a group that ``recurring`` reports (enough meetings)."""
        return self.together and self.group_meetings >= self.min_meetings

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape printed by ``workshop-app recurring --explain A B --json``."""
        return {
            "notes": [self.first, self.second],
            "score": round(self.score, 4),
            "parts": {k: round(v, 4) for k, v in self.parts.items()},
            "threshold": self.threshold,
            "edge": self.edge,
            "together": self.together,
            "reported": self.reported,
            "group_meetings": self.group_meetings,
            "min_meetings": self.min_meetings,
            "shared": [f.to_dict() for f in self.shared],
            "boilerplate": list(self.boilerplate),
            "reason": self.reason,
        }


def explain_pair(
    notes: Iterable[NoteLike],
    first: str,
    second: str,
    *,
    min_meetings: int = 2,
    threshold: float = THRESHOLD,
) -> PairExplanation:
    """Why notes ``first`` and ``second`` (ids) were or were not grouped.

    Runs the same analysis as ``find_recurring`` over all ``notes`` (the weights
    depend on the whole consultation) and takes the pair apart: the cosine and what
    each shared word, compound part and concept adds to it, the words ignored as
    boilerplate, and whether the clustering put the two notes together.
    """
    _check(min_meetings, threshold)
    ordered = _canonical(notes)
    position = {n.id: i for i, n in enumerate(ordered)}
    for note_id in (first, second):
        if note_id not in position:
            raise ValueError(f"no note {note_id}")
    x, y = position[first], position[second]
    analysis = _analyse(ordered, threshold)
    corpus = analysis.corpus
    wx, wy = corpus.words[x], corpus.words[y]
    score = _dot(wx, wy)
    in_x = {lemma for _, lemma in corpus.surface(x)}
    in_y = {lemma for _, lemma in corpus.surface(y)}
    shared: list[SharedFeature] = []
    parts = {"words": 0.0, "compound parts": 0.0, "concepts": 0.0}
    for fid in sorted(wx.keys() & wy.keys(), key=lambda f: (-wx[f] * wy[f], f)):
        name = corpus.names[fid]
        if name.startswith(_CONCEPT):
            kind, shown, part = "concept", name[len(_CONCEPT) :], "concepts"
        else:
            both = name in in_x and name in in_y
            kind, part = ("word", "words") if both else ("part", "compound parts")
            shown = corpus.spelling.get(name, name)
        shared.append(SharedFeature(kind, shown, wx[fid] * wy[fid]))
        parts[part] += wx[fid] * wy[fid]
    boiler = sorted(
        {lemma for i in (x, y) for _, lemma in corpus.surface(i) if lemma in corpus.boilerplate}
    )
    edge = min(x, y) * len(ordered) + max(x, y) in analysis.pairs
    cluster = next((c for c in analysis.clusters if x in c and y in c), None)
    meetings = len({ordered[i].meeting_id for i in cluster}) if cluster else 0
    if cluster is not None and meetings >= min_meetings:
        reason = (
            f"grouped: on average the notes of their group score at least {threshold} "
            f"with each other (this pair scores {score:.2f})"
        )
    elif cluster is not None:
        reason = (
            f"in one group, but it spans {meetings} meeting{'s' if meetings != 1 else ''}, "
            f"fewer than {min_meetings}: not reported"
        )
    elif score < threshold:
        reason = f"not grouped: the score {score:.2f} is below the threshold {threshold}"
    elif not edge:
        reason = (
            f"not grouped: the score {score:.2f} reaches the threshold, but each note has "
            f"closer neighbours, so the pair was not compared"
        )
    else:
        reason = (
            f"not grouped: the score {score:.2f} reaches the threshold, but on average the "
            f"notes of the two groups they joined are less alike than {threshold}"
        )
    return PairExplanation(
        first=first,
        second=second,
        score=score,
        parts=parts,
        threshold=threshold,
        edge=edge,
        together=cluster is not None,
        group_meetings=meetings,
        min_meetings=min_meetings,
        shared=tuple(shared),
        boilerplate=tuple(boiler),
        reason=reason,
    )
