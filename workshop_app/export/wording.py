"""Writing numbers, lists, venues and dates the way the municipality writes them.

Danish:

- numbers under ten in words in running text ("tre dialogmøder", "et dialogmøde");
- singular and plural by count ("1 dialogmøde", "3 dialogmøder");
- a venue with its preposition ("på Amager", "i Tingbjerg"), repeated in a list only
  where it changes ("på Nørrebro, Amager og i Tingbjerg");
- dates as "10. april 2018".

English gets the same care: "three dialogue meetings", "one dialogue meeting",
"at Nørrebro, Amager and Tingbjerg", "10 April 2018".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from workshop_app.domain.model import Meeting

MONTHS = {
    "da": (
        "januar", "februar", "marts", "april", "maj", "juni",
        "juli", "august", "september", "oktober", "november", "december",
    ),
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
}  # fmt: skip

_WORDS = {
    "da": ("nul", "en", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni"),
    "en": ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
}


def number(n: int, language: str = "da", *, neuter: bool = False) -> str:
    """*n* for running text: in words under ten, else in digits ("tre", "12").

    Danish "en" becomes "et" before a neuter noun (``neuter=True``: "et dialogmøde")."""
    if 0 <= n < 10:
        word = _WORDS.get(language, _WORDS["en"])[n]
        return "et" if neuter and language == "da" and n == 1 else word
    return f"{n:,}".replace(",", ".") if language == "da" else f"{n:,}"


def counted(n: int, one: str, many: str, language: str = "da", *, neuter: bool = False) -> str:
    """ "tre dialogmøder", "et dialogmøde", "12 deltagere": the number and the noun by count."""
    return f"{number(n, language, neuter=neuter)} {one if n == 1 else many}"


def join(items: Sequence[str], language: str = "da") -> str:
    """ "a, b og c" / "a, b and c"."""
    items = list(items)
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    word = " og " if language == "da" else " and "
    return ", ".join(items[:-1]) + word + items[-1]


def venues(meetings: Sequence[Meeting], language: str = "da") -> str:
    """The meetings' venues with their prepositions: "på Nørrebro, Amager og i Tingbjerg".

    Each venue once, in the meetings' order. In Danish the preposition is written where
    it changes; in English "at" stands once before the list.
    """
    seen: dict[str, str] = {}
    for meeting in meetings:
        seen.setdefault(meeting.venue, meeting.preposition)
    if not seen:
        return ""
    if language != "da":
        return "at " + join(list(seen), language)
    parts, previous = [], None
    for venue, preposition in seen.items():
        parts.append(venue if preposition == previous else f"{preposition} {venue}")
        previous = preposition
    return join(parts, language)


def date(iso: str, language: str = "da") -> str:
    """An ISO date as written in running text: "10. april 2018" / "10 April 2018"."""
    if not iso:
        return ""
    day = dt.date.fromisoformat(iso)
    month = MONTHS.get(language, MONTHS["en"])[day.month - 1]
    return f"{day.day}. {month} {day.year}" if language == "da" else f"{day.day} {month} {day.year}"


def months(isos: Sequence[str], language: str = "da") -> str:
    """The months of some dates, in order: "april 2018", "marts og april 2018"."""
    found = sorted({iso[:7] for iso in isos if iso})
    names = MONTHS.get(language, MONTHS["en"])
    by_year: dict[str, list[str]] = {}
    for ym in found:
        by_year.setdefault(ym[:4], []).append(names[int(ym[5:]) - 1])
    return join([f"{join(ms, language)} {year}" for year, ms in by_year.items()], language)
