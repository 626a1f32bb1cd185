"""The personal-data guard: finds CPR numbers, Danish phone numbers and e-mail addresses.

Facilitators type fast, and a citizen's phone number or CPR number can end up in
a note. The guard finds them so that the capture view can mark the note, the
``privacy`` command can list them, and the exports can leave them out
(GDPR art. 25: data protection by design; statements about integration policy can
reveal political opinions, art. 9).

Matching is deliberately conservative about what counts as a number of interest:

- a CPR number is ``ddmmyy-xxxx`` or ``ddmmyyxxxx`` whose date exists (the
  seventh digit gives the century, as the CPR office defines it);
- a phone number is eight digits, written together, in pairs (``12 34 56 78``)
  or in fours (``1234 5678``), optionally after ``+45`` or ``0045``; the groups
  are separated by spaces only, so ``2025-2026`` or ``2026-04-08`` are not phones,
  and neither are two years side by side (``2025 2026``);
- a number inside a longer run of digits, an amount (``1.250.000``), a decimal,
  a web address or an e-mail address is never reported as a phone or CPR number,
  and a CPR number is reported once, as ``cpr``, never also as a phone.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

CPR = "cpr"
PHONE = "phone"
EMAIL = "email"
KINDS = (CPR, PHONE, EMAIL)

#: What a redacted finding is replaced with in a published document.
PLACEHOLDERS = {
    "da": {
        CPR: "[cpr-nummer fjernet]",
        PHONE: "[telefonnummer fjernet]",
        EMAIL: "[e-mailadresse fjernet]",
    },
    "en": {
        CPR: "[CPR number removed]",
        PHONE: "[phone number removed]",
        EMAIL: "[e-mail address removed]",
    },
}

# Digits glued to letters or other digits, after a decimal mark or thousands separator, or
# followed by a currency belong to something else: an amount, a date, a reference number.
_NOT_BEFORE = r"(?<![\w+/#=@\u2010-\u2013-])(?<!\d[.,:])"
_NOT_AFTER = r"(?![\w@]|[.,:/\u2010-\u2013-]\d|\s?(?:kr\b|kroner|dkk|mio|%))"
_DASH = "-\u2010\u2011\u2012\u2013"  # hyphen and the dashes word processors substitute

_CPR_PATTERN = (
    _NOT_BEFORE
    + rf"(?P<d>\d{{2}})(?P<m>\d{{2}})(?P<y>\d{{2}})[{_DASH}]?(?P<s>\d{{4}})"
    + _NOT_AFTER,
    re.IGNORECASE,
)
_SPACE = "[ \u00a0\u202f]"  # space, no-break space, narrow no-break space
_PHONE_PATTERN = (
    _NOT_BEFORE
    + rf"(?:(?:\+|00)45{_SPACE}?)?"
    + rf"(?:\d{{8}}|\d{{2}}(?:{_SPACE}\d{{2}}){{3}}|\d{{4}}{_SPACE}\d{{4}})"
    + _NOT_AFTER,
    re.IGNORECASE,
)
_EMAIL_PATTERN = (
    r"(?<![\w.%+-])[\w.%+-]+@[^\W_](?:[\w-]*[^\W_])?(?:\.[^\W_](?:[\w-]*[^\W_])?)*\.[^\W\d_]{2,}\b",
    0,
)
_URL_PATTERN = (r"\b(?:https?://|www\.)\S+", re.IGNORECASE)


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(CPR, phone, e-mail, web address), compiled at the first text that may hold one:
    most processes, the window's start among them, meet none (~1.4 ms of compiling)."""
    return tuple(re.compile(*p) for p in (_CPR_PATTERN, _PHONE_PATTERN, _EMAIL_PATTERN,
                                          _URL_PATTERN))  # type: ignore[return-value]


@dataclass(frozen=True)
class Finding:
    """One piece of personal data in a text: its kind, where it is, and the text matched."""

    kind: str
    start: int
    end: int
    text: str

    @property
    def masked(self) -> str:
        """The match with most of it hidden, safe to print in a list of findings."""
        return mask(self.kind, self.text)


def cpr_date(text: str) -> dt.date | None:
    """The birth date a CPR number encodes, or None when it is no valid date."""
    digits = re.sub(r"\D", "", text)
    if len(digits) != 10:
        return None
    day, month, yy, seventh = int(digits[:2]), int(digits[2:4]), int(digits[4:6]), int(digits[6])
    if seventh <= 3:
        century = 1900
    elif seventh in (4, 9):
        century = 2000 if yy <= 36 else 1900
    else:
        century = 2000 if yy <= 57 else 1800
    try:
        return dt.date(century + yy, month, day)
    except ValueError:
        return None


def _two_years(text: str) -> bool:
    """``2025 2026``: two years side by side, not a phone number written in fours."""
    parts = text.split()
    return len(parts) == 2 and all(len(p) == 4 and 1950 <= int(p) <= 2050 for p in parts)


def _overlaps(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(start < s_end and s_start < end for s_start, s_end in spans)


def find_personal_data(text: str) -> list[Finding]:
    """CPR numbers, Danish phone numbers and e-mail addresses in ``text``, in order."""
    # An e-mail address has an "@", a phone number eight digits and a CPR number ten: most
    # notes have neither, and this check costs a fifth of the search (tests/test_privacy.py).
    # str.isdecimal is the patterns' \d (Unicode category Nd: Arabic-Indic digits too).
    if not text or ("@" not in text and sum(map(str.isdecimal, text)) < 8):
        return []
    return _search(text)


def _search(text: str) -> list[Finding]:
    cpr, phone, email, url = _patterns()
    findings: list[Finding] = []
    for match in email.finditer(text):
        findings.append(Finding(EMAIL, match.start(), match.end(), match.group()))
    taken = [(f.start, f.end) for f in findings]
    # A number inside a web address is part of the address, not a phone or CPR number.
    urls = [(m.start(), m.end()) for m in url.finditer(text)]
    for match in cpr.finditer(text):
        if _overlaps(match.start(), match.end(), taken + urls):
            continue
        if cpr_date(match.group()) is None:
            continue
        findings.append(Finding(CPR, match.start(), match.end(), match.group()))
    taken = [(f.start, f.end) for f in findings]
    for match in phone.finditer(text):
        if _overlaps(match.start(), match.end(), taken + urls) or _two_years(match.group()):
            continue
        findings.append(Finding(PHONE, match.start(), match.end(), match.group()))
    findings.sort(key=lambda f: (f.start, f.end))
    return findings


def redact(text: str, language: str = "da", keep: Iterable[str] = ()) -> str:
    """``text`` with every finding replaced by a placeholder such as ``[cpr-nummer fjernet]``.

    ``keep`` lists texts that stay, compared without regard to case: the
    consultation's own contact address, which the public is asked to write to.
    """
    if not find_personal_data(text):  # most texts: nothing to set up, nothing to replace
        return text
    placeholders = PLACEHOLDERS.get(language, PLACEHOLDERS["da"])
    kept = {k.strip().casefold() for k in keep if k and k.strip()}
    # A placeholder can give a neighbour the boundary it lacked ("0@x.dk+@x.dk"): repeat
    # until nothing is left to remove (two passes at most in practice).
    for _ in range(10):
        findings = [f for f in find_personal_data(text) if f.text.casefold() not in kept]
        if not findings:
            break
        out: list[str] = []
        position = 0
        for finding in findings:
            out.append(text[position : finding.start])
            out.append(placeholders[finding.kind])
            position = finding.end
        out.append(text[position:])
        text = "".join(out)
    return text


def mask(kind: str, text: str) -> str:
    """Hide most of a finding: ``12****-****``, ``+45 12 ** ** **``, ``j***@e***.dk``."""
    if kind == EMAIL:
        local, _, domain = text.partition("@")
        host, _, tld = domain.rpartition(".")
        return f"{local[:1]}***@{host[:1]}***.{tld}"
    digits_seen = 0
    prefix = 3 if text.startswith("+45") else 4 if text.startswith("0045") else 0
    out = []
    for index, char in enumerate(text):
        if index < prefix or not char.isdigit():
            out.append(char)
            continue
        digits_seen += 1
        out.append(char if digits_seen <= 2 else "*")
    return "".join(out)


def redactor(language: str = "da", keep: Iterable[str] = ()) -> Callable[[str], str]:
    """A ``redact`` for ``SummaryOptions.redact``: the placeholders in ``language``, ``keep`` kept."""
    kept = tuple(k for k in keep if k)

    def apply(text: str) -> str:
        return redact(text, language, kept)

    return apply
