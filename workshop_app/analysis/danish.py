"""Danish words for finding notes that say the same thing in different words.

Pipeline for one note (all pure Python, deterministic, offline):

1. **Normalise**: Unicode NFC, casefold, every run of characters that is not a
   letter becomes a space (punctuation, digits, dashes, quotes). Letters such
   as æ, ø, å (and é, ü in loan words) are kept.
2. **Stop words**: Danish function words and a few fillers that every note in
   a consultation uses (``STOP_WORDS``) are dropped, as are one-letter tokens.
3. **Lemmas**: lemmy's Danish rules (MIT, bundled in the pip package, no model
   download) give base forms ("kontingentet" -> "kontingent", "stierne" -> "sti",
   "sprogkurser" -> "sprogkurs"). Measured on the labelled sets against the
   Snowball stemmer (``stem``, still used by the drafting helper): lemmas group
   more of the same-idea pairs with fewer wrong ones, and they are readable words,
   so the concept list can be written in them.
4. **Compound parts**: Danish writes compounds as one word. A lemma's longest
   known head and tail (known = the lemma of a word that occurs on its own in the
   notes) count as extra features: "tolkebistand" also counts as "tolk",
   "klubkontingent" as "kontingent".
"""

from __future__ import annotations

import re
import sys
import threading
import unicodedata
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

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


_LEMMATIZER: Any = None  # lemmy's Lemmatizer; False when lemmy is missing
_LEMMY_LOCK = threading.Lock()  # the GUI may analyse on a worker and the UI thread at once


@lru_cache(maxsize=200_000)
def lemma(word: str) -> str:
    """The Danish base form of one normalised word (lemmy's rules; offline).

    lemmy proposes one or more lemmas ("unge" -> "ung", "unge"); we take the shortest,
    so inflections meet. A proposal that does not start with the word's first two
    letters is a suppletive form ("ældre" -> "gammel", "bedre" -> "god") that would
    change the word's meaning in a note: the word itself is kept instead.
    """
    global _LEMMATIZER
    with _LEMMY_LOCK:
        if _LEMMATIZER is None:
            try:
                import lemmy  # ~0.1 s to load its rules: only when notes are analysed
            except ImportError:  # a stripped-down install: stems still join inflections
                _LEMMATIZER = False
            else:
                _LEMMATIZER = lemmy.load("da")
        if _LEMMATIZER is False:
            return stem(word)
        proposed = _LEMMATIZER.lemmatize("", word)
    found = [c for c in proposed if c[:2] == word[:2]]
    return min(found, key=lambda c: (len(c), c)) if found else word


def unload_lemmatizer() -> None:
    """Free lemmy's rules (about 35 MB) once every word of the notes has its lemma.

    ``lemma`` keeps its results in a cache, so labels and explanations of the same
    notes need no rules; a word not seen before loads them again (0.1 s).
    """
    global _LEMMATIZER
    with _LEMMY_LOCK:
        if not _LEMMATIZER:
            return
        _LEMMATIZER = None
        rules = sys.modules.get("lemmy.rules")
        if rules is not None and hasattr(rules, "da"):
            delattr(rules, "da")
        sys.modules.pop("lemmy.rules.da", None)


def words(text: str) -> list[str]:
    """Every word of ``text``, normalised, stop words included (for phrase matching)."""
    return normalise(text).split()
