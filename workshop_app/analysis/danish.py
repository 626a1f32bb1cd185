"""Danish text features for finding notes that say the same thing in different words.

Pipeline for one note (all pure Python, deterministic):

1. **Normalise**: Unicode NFC, casefold, every run of characters that is not a
   letter becomes a space (punctuation, digits, dashes, quotes). Letters such
   as æ, ø, å (and é, ü in loan words) are kept.
2. **Stop words**: Danish function words and a few fillers that every note in
   a consultation uses (``STOP_WORDS``) are dropped, as are one-letter tokens.
3. **Stem**: snowballstemmer's Danish stemmer ("mentorer" -> "mentor",
   "sprogkurser" -> "sprogkurs", "unge" -> "ung"). We chose the stemmer over
   simplemma's lemmatiser because it is already a dependency, needs no
   dictionary data, is fast, and what we compare are shared *features*, not
   readable words: a stem only has to be the same for the inflections of one
   word. Readable words for labels come from the notes' own spellings instead.
   (simplemma would give readable lemmas, but loads a dictionary for about a
   second and maps "ældre" (the elderly) to "gammel".) When PyStemmer, the C
   build of the same Snowball stemmers, is installed, snowballstemmer uses it:
   the same stems, much faster.
4. **Compound parts**: Danish writes compounds as one word. A stem's longest
   known head and tail (known = the stem of a word that occurs on its own in the
   notes) are added as extra word features with weight ``PART_WEIGHT``:
   "tolkebistand" also counts as "tolk", "klubkontingent" as "kontingent".
5. **Character n-grams**: the 3-, 4- and 5-grams of each stem padded with ``<`` and
   ``>``. They connect what stemming and splitting miss: "stier"/"stierne",
   "sprogkurs"/"sprogundervisning" (``<sp``, ``<spr``, ``spro``, ``sprog``…).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from functools import lru_cache

import snowballstemmer

#: Danish stop words: pronouns, articles, prepositions, conjunctions, auxiliary
#: and modal verbs, common adverbs, plus a few words that appear in almost every
#: note of a dialogue meeting without saying *what* is proposed ("flere",
#: "bedre", "brug", "gerne"). Written for this project; all entries casefolded.
STOP_WORDS: frozenset[str] = frozenset(
    """
    ad af al alle alt altid anden andet andre at bag bare begge bl blandt blev blive bliver
    bør både da dag de dem den denne dens der deres derfor derefter dermed dertil det dets
    dette dig din dine disse dit dog du efter eftersom eget egen egne eller en end
    endnu ene eneste enhver ens er et ethvert fem fik fire fleste for foran fordi forrige
    fra få får før først gennem godt gjorde gør gøre gøres ham han hans har havde have
    hele hen hende hendes her hos hun hvad hvem hver hvilke hvilken hvilket hvis hvor
    hvordan hvorfor hvornår i igen ikke imod ind indtil ingen intet jeg jer jeres jo kan
    kom komme kommer kun kunne lad lade langt lidt lige længe man mange med meget mellem
    men mere mest mig min mindre mine mit mod må måske ned nej nemlig netop noget
    nogen nogle nok nu når næste nær og også om omkring op os otte over på
    rigtig rigtigt samme sammen se seks selv selvom sin sine sit skal skulle slags
    som stadig står syv så sådan temmelig ti til to tre ud uden under
    var ved vi vil ville vor vore vores være været værre
    fx f eks osv mv bl a ca iflg pga
    flere bedre brug bruge bruges behov gerne især både rigtig ofte tit altså sætte
    sikre sikrer give giver gives mangler mangle svært svær svære problem problemer
    mulighed muligheder vigtigt vigtig
    """.split()
)

_NON_LETTERS = re.compile(r"[\W\d_]+")
_STEMMER = snowballstemmer.stemmer("danish")

#: What a known part of a compound counts, relative to the whole word.
PART_WEIGHT = 0.3

#: Character n-gram lengths taken inside each (padded) stem.
NGRAM_SIZES: tuple[int, ...] = (4,)


def normalise(text: str) -> str:
    """Casefolded text with every non-letter run replaced by one space (æ, ø, å kept)."""
    return _NON_LETTERS.sub(" ", unicodedata.normalize("NFC", text).casefold()).strip()


def tokens(text: str) -> list[str]:
    """The content words of ``text``, normalised, in order (stop words and 1-letter words out)."""
    return [w for w in normalise(text).split() if len(w) > 1 and w not in STOP_WORDS]


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The Danish Snowball stem of one normalised word."""
    return _STEMMER.stemWord(word)


@lru_cache(maxsize=200_000)
def word_grams(stemmed: str) -> tuple[str, ...]:
    """Character n-grams (``NGRAM_SIZES``) of a stem padded with ``<`` and ``>``, in order."""
    padded = f"<{stemmed}>"
    grams: list[str] = []
    for size in NGRAM_SIZES:
        grams.extend(padded[i : i + size] for i in range(len(padded) - size + 1))
    return tuple(grams)


def compound_parts(stemmed: str, vocabulary: Mapping[str, str]) -> tuple[str, ...]:
    """Known words inside a compound stem: its longest known head and longest known tail.

    Danish writes compounds as one word ("sprogundervisning", "tolkebistand",
    "lægebesøg"). ``vocabulary`` maps the notes' own words and their stems to
    stems. A head counts when it, or it without a linking "s"/"e", is such a word;
    so does a tail. Both parts are at least 3 letters. Returns 0, 1 or 2 stems.
    """
    parts: list[str] = []
    size = len(stemmed)
    for cut in range(size - 3, 2, -1):  # the longest head first
        head = stemmed[:cut]
        found = vocabulary.get(head)
        if found is None and cut > 3 and head[-1] in "se":
            found = vocabulary.get(head[:-1])
        if found and found != stemmed:
            parts.append(found)
            break
    for cut in range(3, size - 2):  # the longest tail first
        found = vocabulary.get(stemmed[cut:])
        if found and found != stemmed and found not in parts:
            parts.append(found)
            break
    return tuple(parts)


def analyse(text: str) -> list[tuple[str, str]]:
    """The (surface word, stem) pairs of a note's content words, in text order."""
    return [(w, stem(w)) for w in tokens(text)]


def features(
    pairs: list[tuple[str, str]], parts: Callable[[str], tuple[str, ...]]
) -> tuple[dict[str, float], dict[str, float]]:
    """Term frequencies of a note's word features and of its character n-grams.

    Word features are the stems plus the known parts of compound stems (``parts``);
    the n-grams are taken from the whole stems only.
    """
    words: dict[str, float] = {}
    grams: dict[str, float] = {}
    for _, s in pairs:
        words[s] = words.get(s, 0.0) + 1.0
        for part in parts(s):
            words[part] = words.get(part, 0.0) + PART_WEIGHT
        for g in word_grams(s):
            grams[g] = grams.get(g, 0.0) + 1.0
    return words, grams
