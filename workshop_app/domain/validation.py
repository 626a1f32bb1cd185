"""Checks on values typed or imported by users. Each raises ``UserError`` with one line."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from urllib.parse import urlsplit

from workshop_app.domain.model import CHALLENGE, SOLUTION
from workshop_app.errors import UserError

#: Longest note accepted. A group's statement fits easily; a pasted document does not.
MAX_NOTE_CHARS = 5000
MAX_NAME_CHARS = 200
MAX_URL_CHARS = 2000

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


def check_url(value: str) -> str:
    """An http(s) URL with a host and no spaces."""
    value = value.strip()
    if not value:
        raise UserError("the hearing URL is empty")
    if len(value) > MAX_URL_CHARS:
        raise UserError(f"the hearing URL is longer than {MAX_URL_CHARS} characters")
    if any(ch.isspace() for ch in value) or any(ord(ch) < 32 for ch in value):
        raise UserError(f"bad hearing URL {value!r}: it contains spaces or control characters")
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
    if len(value) > 254 or not _EMAIL.match(value):
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
    if not value:
        raise UserError(f"the {what} name is empty")
    if len(value) > MAX_NAME_CHARS:
        raise UserError(f"the {what} name is longer than {MAX_NAME_CHARS} characters")
    return value
