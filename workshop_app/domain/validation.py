"""Checks on values typed or imported by users. Each raises ``UserError`` with one line."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from urllib.parse import urlsplit

from workshop_app.domain.limits import (
    MAX_EMAIL_CHARS,
    MAX_NAME_CHARS,
    MAX_NOTE_CHARS,
    MAX_URL_CHARS,
)
from workshop_app.domain.model import CHALLENGE, SOLUTION
from workshop_app.errors import UserError

_EMAIL = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")

_KIND_ALIASES = {
    "challenge": CHALLENGE,
    "udfordring": CHALLENGE,
    "udfordringer": CHALLENGE,
    "solution": SOLUTION,
    "løsning": SOLUTION,
    "løsninger": SOLUTION,
    "losning": SOLUTION,
}


def parse_kind(value: str) -> str:
    """``challenge``/``solution`` or their Danish names, case-insensitively."""
    kind = _KIND_ALIASES.get(value.strip().casefold())
    if kind is None:
        raise UserError(f"unknown kind {value!r}: use challenge or solution (udfordring/løsning)")
    return kind


def parse_date(value: str, what: str = "date") -> str:
    """An ISO date ``YYYY-MM-DD``; returns it normalised."""
    value = value.strip()
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise ValueError
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise UserError(f"bad {what} {value!r}: use YYYY-MM-DD") from None


#: Unicode categories that print nothing: controls, format characters (zero-width space and
#: joiners, bidi marks and overrides, soft hyphen, BOM), separators, private use, unassigned.
_INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zs", "Zl", "Zp"})
#: Letters and symbols that are drawn as blank space.
_BLANK_CHARACTERS = frozenset("\u115f\u1160\u180e\u2800\u3164\uffa0")


def is_invisible(ch: str) -> bool:
    """Whether a character shows nothing by itself (see ``_INVISIBLE_CATEGORIES``)."""
    return ch in _BLANK_CHARACTERS or unicodedata.category(ch) in _INVISIBLE_CATEGORIES


def has_visible_text(text: str) -> bool:
    """Whether ``text`` holds anything a reader can see (not only spaces, zero-width
    characters, bidi marks and other format characters)."""
    return any(not is_invisible(ch) for ch in text)


def check_url(value: str) -> str:
    """An http(s) URL with a host, made only of characters a handout prints as they are.

    Refused: spaces, controls, and every invisible or format character (a right-to-left
    override U+202E makes a URL show as another one; a zero-width space hides inside one);
    they would be printed on the handouts and encoded into the QR code.
    """
    value = value.strip()
    if not value:
        raise UserError("the hearing URL is empty")
    if len(value) > MAX_URL_CHARS:
        raise UserError(f"the hearing URL is longer than {MAX_URL_CHARS} characters")
    hidden = next((ch for ch in value if is_invisible(ch) or not ch.isprintable()), None)
    if hidden is not None:
        shown = value.encode("ascii", "backslashreplace").decode()
        if hidden.isspace() or unicodedata.category(hidden) == "Cc":
            raise UserError(f"bad hearing URL {shown!r}: it contains spaces or control characters")
        raise UserError(
            f"bad hearing URL {shown!r}: it contains the invisible character U+{ord(hidden):04X}, "
            "which a handout cannot show (it could hide where the link really goes)"
        )
    try:
        parts = urlsplit(value)
    except ValueError:
        raise UserError(f"bad hearing URL {value!r}") from None
    if parts.scheme.lower() not in ("http", "https"):
        raise UserError(f"bad hearing URL {value!r}: it must start with http:// or https://")
    if not parts.hostname:
        raise UserError(f"bad hearing URL {value!r}: it has no host")
    try:
        parts.port  # noqa: B018 -- raises for a port outside 0-65535 or not a number
    except ValueError:
        raise UserError(f"bad hearing URL {value!r}: the port is not a valid number") from None
    return value


def check_email(value: str) -> str:
    """A plain e-mail address."""
    value = value.strip()
    if len(value) > MAX_EMAIL_CHARS or not _EMAIL.match(value):
        raise UserError(f"bad e-mail address {value!r}")
    return value


def check_period(start: str, end: str) -> None:
    """The hearing period must not end before it starts."""
    if start and end and start > end:
        raise UserError(f"the hearing period starts ({start}) after it ends ({end})")


def check_note_text(text: str) -> str:
    """Note text: not empty, not longer than ``MAX_NOTE_CHARS``. Returns it stripped."""
    text = text.strip()
    if not text:
        raise UserError("the note text is empty")
    if not has_visible_text(text):
        raise UserError("the note text is empty (it holds only invisible characters)")
    if len(text) > MAX_NOTE_CHARS:
        raise UserError(
            f"the note is {len(text):,} characters long; the limit is {MAX_NOTE_CHARS:,}"
        )
    return text


def name_key(value: str) -> str:
    """What two names must share to be the same name: case, spacing and Unicode form aside
    ("Tårnby" typed, and "Tårnby" pasted with a combining ring, are one venue)."""
    return " ".join(unicodedata.normalize("NFC", value).split()).casefold()


def check_name(value: str, what: str) -> str:
    """A short name (venue, theme, group, topic), spaces tidied, in Unicode's composed form."""
    value = " ".join(unicodedata.normalize("NFC", value).split())
    if not value or not has_visible_text(value):
        raise UserError(f"the {what} name is empty")
    if len(value) > MAX_NAME_CHARS:
        raise UserError(f"the {what} name is longer than {MAX_NAME_CHARS} characters")
    return value
