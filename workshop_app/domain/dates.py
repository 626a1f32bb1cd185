"""Dates as people type them, and as Danish readers expect to see them.

A facilitator types a meeting date the way they are used to: ``2026-04-15``,
``15-04-2026``, ``15.4.2026``, ``15/4 2026`` or ``15. april 2026``. ``parse_typed_date``
reads all of them (day before month unless the year comes first, as in Denmark and
ISO 8601) and refuses anything else with one line; it never guesses today's date.
``danish_date`` writes the day the Danish way, ``15.04.2026``; the store keeps ISO.
"""

from __future__ import annotations

import datetime as dt
import re

from workshop_app.errors import UserError

MONTHS = {
    # Danish and English month names and their usual abbreviations
    **dict.fromkeys(("januar", "jan", "january"), 1),
    **dict.fromkeys(("februar", "feb", "february"), 2),
    **dict.fromkeys(("marts", "mar", "march"), 3),
    **dict.fromkeys(("april", "apr"), 4),
    **dict.fromkeys(("maj", "may"), 5),
    **dict.fromkeys(("juni", "jun", "june"), 6),
    **dict.fromkeys(("juli", "jul", "july"), 7),
    **dict.fromkeys(("august", "aug"), 8),
    **dict.fromkeys(("september", "sep", "sept"), 9),
    **dict.fromkeys(("oktober", "okt", "oct", "october"), 10),
    **dict.fromkeys(("november", "nov"), 11),
    **dict.fromkeys(("december", "dec"), 12),
}

# Patterns, compiled at their first use by ``re``'s own cache: the window's start formats
# dates but parses none, and compiling these took ~2 ms of it.
_SEP = r"[-./\s]+"
_ISO = rf"(\d{{4}}){_SEP}(\d{{1,2}}){_SEP}(\d{{1,2}})"
_DMY = rf"(\d{{1,2}})\.?{_SEP}?(\d{{1,2}}|[^\W\d_]+)\.?{_SEP}(\d{{4}}|\d{{2}})"
#: Characters a typed date may contain (digits, separators, letters of a month name).
_ALLOWED = r"[\w\s./-]*"


def allowed(text: str) -> bool:
    """Whether ``text`` holds only what a typed date may (digits, separators, letters)."""
    return re.fullmatch(_ALLOWED, text) is not None


def parse_typed_date(text: str, what: str = "date") -> dt.date | None:
    """The date in ``text`` (None for an empty field); raises UserError for anything else."""
    value = " ".join(text.split()).casefold()
    if not value:
        return None
    found = re.fullmatch(_ISO, value)
    if found:
        year, month, day = (int(g) for g in found.groups())
    else:
        found = re.fullmatch(_DMY, value)
        if not found:
            raise UserError(
                f"bad {what} {text.strip()!r}: type it as 15.04.2026, 15-04-2026 or 2026-04-15"
            )
        day_text, month_text, year_text = found.groups()
        day, year = int(day_text), int(year_text)
        if month_text.isdigit():
            month = int(month_text)
        elif month_text.rstrip(".") in MONTHS:
            month = MONTHS[month_text.rstrip(".")]
        else:
            raise UserError(f"bad {what} {text.strip()!r}: unknown month {month_text!r}")
        if len(year_text) == 2:
            year += 2000
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise UserError(f"bad {what} {text.strip()!r}: there is no such day") from None


def iso_from_typed(text: str, what: str = "date") -> str:
    """The ISO form (``2026-04-15``) of a typed date; "" for an empty field."""
    day = parse_typed_date(text, what)
    return day.isoformat() if day else ""


def danish_date(iso: str) -> str:
    """``2026-04-15`` as ``15.04.2026``; text that is not an ISO date comes back unchanged."""
    try:
        day = dt.date.fromisoformat(iso)
    except (TypeError, ValueError):
        return iso
    return f"{day.day:02d}.{day.month:02d}.{day.year}"
