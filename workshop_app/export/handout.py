"""Printable QR handouts that point participants to the public hearing.

An A4 sheet carries 1, 2, 4 or 8 identical slips. Each slip has a heading, a short
invitation to respond to the draft policy, the hearing period, the contact e-mail,
a vector QR code for the hearing URL with a short "scan" caption, and the URL printed
in full (wrapped at ``/ ? & =``, never shortened). Multi-up sheets have cut marks in
the page margin, outside the slips. Text is set in the bundled Noto Sans (embedded).

Layouts (all sizes in mm, A4 = 210 × 297):

* 1 per page: one portrait slip inside a 12 mm margin, no cut marks;
* 2 per page: two landscape slips, 186 × 136.5 (text left, code right);
* 4 per page: four portrait slips, 93 × 136.5 (text, code, facts stacked);
* 8 per page: eight landscape slips, 93 × 68.25; the code is 33 mm wide.

The texts (heading, invitation, sender line) are built in for Danish and English and
can be edited per language; edits are stored in the consultation as settings
``handout.<lang>.heading``, ``handout.<lang>.invitation``, ``handout.<lang>.sender``,
so they merge between laptops like everything else.

API for the GUI (live preview): ``get_texts``/``set_texts``/``reset_texts`` for the
editable texts, ``handout_content(store, lang, texts=…)`` to gather and validate what
goes on a slip, ``render_handout(store_or_content, per_page, lang, texts=…) -> bytes``.
Every refusal is a ``UserError`` with one line.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from workshop_app.domain.limits import HANDOUT_TEXT_CHARS
from workshop_app.domain.model import DEFAULT_HEARING_URL
from workshop_app.domain.validation import check_email, check_url
from workshop_app.errors import UserError
from workshop_app.export.handout_i18n import (
    DEFAULT_TEXTS,
    ENGLISH_NAMES,
    LABELS,
    LANGUAGES,
    NATIVE_NAMES,
    RTL_LANGUAGES,
    HandoutLabels,
    HandoutTexts,
)
from workshop_app.export.qr import STANDARD_QUIET_ZONE, QrInfo, matrix_svg, qr_info, qr_matrix
from workshop_app.store import Store

MM = 72.0 / 25.4
A4 = (210.0 * MM, 297.0 * MM)

#: How many handouts fit on one A4 sheet.
PER_PAGE_CHOICES: tuple[int, ...] = (1, 2, 4, 8)
#: The editable texts, in the order a dialog should show them.
TEXT_FIELDS: tuple[str, ...] = ("heading", "invitation", "sender")
#: Longest accepted editable texts (characters); the layout check decides the rest.
MAX_TEXT_CHARS = HANDOUT_TEXT_CHARS  # one place for every limit: domain/limits.py

#: Smallest printed QR module we accept. Phone cameras read 0.5 mm modules easily
#: from a slip held in the hand; much smaller and older phones struggle.
MIN_MODULE_MM = 0.5
#: Error correction: Q (25 % recovery) when the code stays roomy, else M (15 %).
PREFERRED_EC = ("Q", "M")
ROOMY_MODULE_MM = 0.8

#: Page margin of the multi-up sheets; the cut marks sit inside it.
SHEET_MARGIN_MM = 12.0
CUT_MARK_GAP_MM = 3.0
CUT_MARK_LENGTH_MM = 5.0

INK = (0.12, 0.12, 0.14)
HEAD = (0.04, 0.20, 0.38)  # deep municipal blue
MUTED = (0.38, 0.40, 0.44)
RULE = (0.04, 0.20, 0.38)

#: Type in these scripts is set a little larger and on a taller line than Latin at the
#: same size: Naskh letters are small for their point size. Urdu is set in Naskh too (see
#: handout_fonts: Nastaliq's text layer does not read back).
SIZE_FACTOR = {"ar": 1.12, "fa": 1.12, "ur": 1.12}
LEADING_FACTOR = {"ar": 1.18, "fa": 1.18, "ur": 1.18}


# ----------------------------------------------------------------------------- texts
def setting_key(lang: str, name: str) -> str:
    """The setting that stores one editable text, e.g. ``handout.da.heading``."""
    _check_lang(lang)
    if name not in TEXT_FIELDS:
        raise ValueError(f"unknown handout text {name!r}")
    return f"handout.{lang}.{name}"


def default_texts(lang: str) -> HandoutTexts:
    """The built-in texts for *lang* (one of ``LANGUAGES``)."""
    _check_lang(lang)
    return DEFAULT_TEXTS[lang]


def get_texts(store: Store, lang: str) -> HandoutTexts:
    """The texts stored in the consultation for *lang*; built-in ones where none is stored."""
    base = default_texts(lang)
    values = {}
    for name in TEXT_FIELDS:
        stored = store.get_setting(setting_key(lang, name))
        # None (or nothing) means "built-in"; an empty sender line is a choice and kept.
        values[name] = stored if isinstance(stored, str) else getattr(base, name)
    return HandoutTexts(**values)


def check_texts(texts: HandoutTexts) -> HandoutTexts:
    """Normalise and check editable texts; returns them cleaned (whitespace tidied).

    The heading and sender are one line; the invitation keeps paragraph breaks.
    Raises ``UserError`` for an empty heading or invitation, or a text over its limit.
    """
    heading = " ".join(texts.heading.split())
    sender = " ".join(texts.sender.split())
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n|\n", texts.invitation)]
    invitation = "\n".join(p for p in paragraphs if p)
    cleaned = HandoutTexts(heading=heading, invitation=invitation, sender=sender)
    for name in ("heading", "invitation"):
        if not getattr(cleaned, name):
            raise UserError(f"the handout {name} is empty")
    for name in TEXT_FIELDS:
        value = getattr(cleaned, name)
        if len(value) > MAX_TEXT_CHARS[name]:
            raise UserError(f"the handout {name} is {len(value)} characters long; "
                            f"the limit is {MAX_TEXT_CHARS[name]}")
    return cleaned


def set_texts(store: Store, lang: str, texts: HandoutTexts) -> HandoutTexts:
    """Store edited texts for *lang* in the consultation (validated first; all or nothing).

    A text equal to the built-in one is stored as ``None``, so a later improvement of
    the built-in wording reaches consultations that never changed it.
    """
    cleaned = check_texts(texts)
    base = default_texts(lang)
    with store.transaction():
        for name in TEXT_FIELDS:
            value = getattr(cleaned, name)
            store.set_setting(setting_key(lang, name),
                              None if value == getattr(base, name) else value)
    return get_texts(store, lang)


def reset_texts(store: Store, lang: str) -> HandoutTexts:
    """Go back to the built-in texts for *lang*."""
    with store.transaction():
        for name in TEXT_FIELDS:
            store.set_setting(setting_key(lang, name), None)
    return default_texts(lang)


def _check_lang(lang: str) -> None:
    if lang not in LANGUAGES:
        raise UserError(f"unknown handout language {lang!r}: use {_language_list()}")


def _language_list() -> str:
    return ", ".join(LANGUAGES[:-1]) + " or " + LANGUAGES[-1]


def parse_languages(value: str) -> tuple[str, str | None]:
    """``"da"`` -> ("da", None); ``"da,ar"`` -> ("da", "ar"): one language, or two
    printed together on every slip (the first leads). Raises ``UserError`` otherwise."""
    parts = [part.strip().lower() for part in value.split(",")]
    if len(parts) > 2 or not all(parts):
        raise UserError(f"bad handout language {value!r}: give one language or two "
                        f"separated by a comma, e.g. da or da,ar")
    for part in parts:
        _check_lang(part)
    if len(parts) == 2 and parts[0] == parts[1]:
        raise UserError(f"bad handout language {value!r}: the two languages are the same")
    return parts[0], (parts[1] if len(parts) == 2 else None)


def _check_per_page(per_page: int) -> None:
    if per_page not in PER_PAGE_CHOICES:
        raise UserError(f"cannot put {per_page} handouts on a page: use 1, 2, 4 or 8")


# ----------------------------------------------------------------------------- content
@dataclass(frozen=True)
class HandoutContent:
    """Everything printed on one slip, checked. ``notices`` are remarks for the user
    (a default URL was used, no period or e-mail is set, personal data was left out, a
    character no bundled font has) that do not stop printing.

    ``second`` is the same hearing in a second language, printed on the same slips after
    this one (``--lang da,ar``); its own ``notices`` are merged into this one's.
    ``texts`` are the texts as typed and saved; ``printed_texts()`` is what the slip shows.
    """

    lang: str
    texts: HandoutTexts
    url: str
    email: str = ""
    hearing_from: str = ""
    hearing_to: str = ""
    notices: tuple[str, ...] = field(default=())
    second: HandoutContent | None = None
    keep_personal_data: bool = False

    @property
    def labels(self) -> HandoutLabels:
        return LABELS[self.lang]

    @property
    def rtl(self) -> bool:
        return self.lang in RTL_LANGUAGES

    @property
    def languages(self) -> tuple[str, ...]:
        return (self.lang,) if self.second is None else (self.lang, self.second.lang)

    @property
    def lang_code(self) -> str:
        """``"da"`` or ``"da,ar"``: the languages as the CLI writes them."""
        return ",".join(self.languages)

    def printed_texts(self) -> HandoutTexts:
        """The texts as printed: CPR numbers, phone numbers and e-mail addresses left out
        (the consultation's own contact address stays), unless ``keep_personal_data``."""
        if self.keep_personal_data:
            return self.texts
        from workshop_app.safety.privacy import redact

        language = "da" if self.lang == "da" else "en"
        keep = [self.email] if self.email else []
        return HandoutTexts(**{name: redact(getattr(self.texts, name), language, keep)
                               for name in TEXT_FIELDS})

    def period(self) -> tuple[str, str] | None:
        """(label, value) for the hearing period, or None when no date is set."""
        lab = self.labels
        start, end = self.hearing_from, self.hearing_to
        if start and end:
            same_year = start[:4] == end[:4]
            return lab.period, f"{lab.date(start, with_year=not same_year)} – {lab.date(end)}"
        if end:
            return lab.deadline, lab.date(end)
        if start:
            return lab.starts, lab.date(start)
        return None


def _text_notices(content: HandoutContent) -> list[str]:
    """Remarks on the texts as printed: personal data left out, characters no font has."""
    from workshop_app.export.handout_fonts import describe, uncovered

    notices = []
    name = ENGLISH_NAMES[content.lang]
    printed = content.printed_texts()
    for field_name in TEXT_FIELDS:
        typed, shown = getattr(content.texts, field_name), getattr(printed, field_name)
        if typed != shown:
            notices.append(f"the {name} handout {field_name} contains personal data (a CPR "
                           f"number, phone number or e-mail address); it is left out of the "
                           f"handout (use --keep-personal-data to print it)")
        missing = uncovered(shown)
        if missing:
            notices.append(f"the {name} handout {field_name} has characters no bundled font "
                           f"can draw; they print as empty boxes: {describe(missing)}")
    return notices


def handout_content(store: Store, lang: str = "da", *, texts: HandoutTexts | None = None,
                    url: str | None = None, second: str | None = None,
                    keep_personal_data: bool = False) -> HandoutContent:
    """Gather and check what goes on a slip: the consultation's hearing details plus the
    texts (*texts* overrides the stored ones of the first language, e.g. unsaved edits in
    a dialog; *url* overrides the consultation's hearing URL).

    *lang* is one language or two separated by a comma (``"da,ar"``); *second* is another
    way to give the second one. The second language's texts are the stored ones.
    With no hearing URL set anywhere, ``DEFAULT_HEARING_URL`` is used and a notice says so.
    """
    first, other = parse_languages(lang)
    if second is not None and other is not None and second != other:
        raise UserError(f"bad handout language {lang!r} with a second language {second!r}")
    other = other if second is None else parse_languages(second)[0]
    if other == first:
        raise UserError(f"bad handout language {first},{other}: the two languages are the same")
    consultation = store.consultation()
    notices: list[str] = []
    chosen = url if url is not None else consultation.hearing_url
    if not chosen.strip():
        chosen = DEFAULT_HEARING_URL
        notices.append(f"the consultation has no hearing URL; using {DEFAULT_HEARING_URL} "
                       "(set one with: workshop-app event --hearing-url URL)")
    email = consultation.hearing_email
    if email:
        email = check_email(email)
    else:
        notices.append("the consultation has no contact e-mail; the handouts show none "
                       "(set one with: workshop-app event --hearing-email ADDR)")
    if not consultation.hearing_to:
        notices.append("the consultation has no hearing end date; the handouts show no deadline "
                       "(set it with: workshop-app event --hearing-to YYYY-MM-DD)")
    content = HandoutContent(
        lang=first,
        texts=check_texts(texts if texts is not None else get_texts(store, first)),
        url=check_url(chosen),
        email=email,
        hearing_from=consultation.hearing_from,
        hearing_to=consultation.hearing_to,
        keep_personal_data=keep_personal_data,
    )
    if other is not None:
        content = replace(content, second=replace(
            content, lang=other, texts=check_texts(get_texts(store, other)), second=None))
    for part in (content, content.second):
        if part is not None:
            notices.extend(_text_notices(part))
    return replace(content, notices=tuple(notices))


# ----------------------------------------------------------------------------- URL wrapping
_BREAK_AFTER = "/?&="


def wrap_url(url: str, width: float, measure: Callable[[str], float]) -> list[str]:
    """Split *url* into lines no wider than *width* (as *measure* reports).

    Lines break after ``/ ? & =`` (a run such as ``//`` stays together); a piece with no
    such character that is still too wide is split between characters. Joining the
    lines gives back *url* exactly: nothing is dropped and no hyphen is added.
    """
    pieces = re.findall(r"[^/?&=]*[/?&=]+|[^/?&=]+$", url)
    lines: list[str] = []
    current = ""
    for piece in pieces:
        if measure(current + piece) <= width:
            current += piece
            continue
        if current:
            lines.append(current)
            current = ""
        while measure(piece) > width:
            cut = 1
            while cut < len(piece) and measure(piece[: cut + 1]) <= width:
                cut += 1
            lines.append(piece[:cut])
            piece = piece[cut:]
        current = piece
    if current or not lines:
        lines.append(current)
    return lines


# ----------------------------------------------------------------------------- layout
@dataclass(frozen=True)
class SheetGeometry:
    """Where the slips sit on the page (points, origin bottom-left)."""

    per_page: int
    columns: int
    rows: int
    x0: float
    y0: float
    slip_w: float
    slip_h: float

    def slip_origins(self) -> list[tuple[float, float]]:
        """Lower-left corners of the slips, reading order (left to right, top to bottom)."""
        return [
            (self.x0 + c * self.slip_w, self.y0 + (self.rows - 1 - r) * self.slip_h)
            for r in range(self.rows)
            for c in range(self.columns)
        ]

    @property
    def landscape(self) -> bool:
        return self.slip_w > self.slip_h


def sheet_geometry(per_page: int) -> SheetGeometry:
    """The grid for *per_page* slips on A4 portrait."""
    _check_per_page(per_page)
    columns, rows = {1: (1, 1), 2: (1, 2), 4: (2, 2), 8: (2, 4)}[per_page]
    margin = SHEET_MARGIN_MM * MM
    width, height = A4[0] - 2 * margin, A4[1] - 2 * margin
    return SheetGeometry(per_page, columns, rows, margin, margin,
                         width / columns, height / rows)


@dataclass
class _Run:
    """A block of lines set in one style and language."""

    lines: list[str]
    lang: str
    bold: bool
    size: float
    leading: float
    color: tuple[float, float, float]
    space_before: float = 0.0
    rtl: bool = False  # the text runs right to left
    align: str = "left"  # left | right (the block's reading side) | center
    latin: bool = False  # a URL or e-mail address: Latin fonts first, left to right

    @property
    def height(self) -> float:
        return self.space_before + len(self.lines) * self.leading


@dataclass
class _SlipLayout:
    """Positions for one slip, relative to its lower-left corner (before mirroring)."""

    text_x: float
    text_top: float
    text_width: float
    top_runs: list[_Run]
    bottom_runs: list[_Run]
    text_bottom: float
    qr_x: float
    qr_y: float
    qr_size: float
    caption_runs: list[_Run]
    caption_center: float
    caption_top: float
    caption_width: float
    footer_runs: list[_Run]  # the URL across the foot of a landscape slip, when long
    rule: tuple[float, float, float, float]  # x1, y1, x2, y2
    fits: bool
    compact: bool = False  # a two-language slip without the invitations
    mirrored: bool = False  # right-to-left first language: the slip is laid out mirrored


@dataclass(frozen=True)
class _Style:
    pad: float
    sender: float
    heading: float
    body: float
    label: float
    fact: float
    caption: float
    url: float
    gap: float


def _width(lang: str, bold: bool, size: float) -> Callable[[str], float]:
    from workshop_app.export.handout_fonts import text_width

    return lambda text: text_width(text, lang, size, bold=bold)


def _wrap(text: str, lang: str, bold: bool, size: float, width: float) -> list[str]:
    """Lines of *text* (paragraphs split at line breaks) no wider than *width*, words kept
    whole and in their typed (logical) order; widths are measured shaped."""
    measure = _width(lang, bold, size)
    lines: list[str] = []

    def finish(line: str) -> None:
        # A single word wider than the column (a long compound, an address) is split
        # between letters rather than running into the code.
        lines.extend(wrap_url(line, width, measure) if measure(line) > width else [line])

    for paragraph in text.split("\n"):
        current = ""
        for word in paragraph.split():
            trial = f"{current} {word}" if current else word
            if not current or measure(trial) <= width:
                current = trial
                continue
            finish(current)
            current = word
        finish(current)
    return lines


def _balanced(text: str, lang: str, bold: bool, size: float, width: float) -> list[str]:
    """Wrap a heading into as few lines as *width* allows, with lines of even length
    (no lone last word)."""
    lines = _wrap(text, lang, bold, size, width)
    if len(lines) < 2:
        return lines
    low, high = width * 0.4, width
    for _ in range(14):
        middle = (low + high) / 2
        if len(_wrap(text, lang, bold, size, middle)) == len(lines):
            high = middle
        else:
            low = middle
    return _wrap(text, lang, bold, size, high)


def _run(text: str, lang: str, size: float, ratio: float, color: tuple[float, float, float],
         width: float, *, bold: bool = False, space_before: float = 0.0, balanced: bool = False,
         url: bool = False, align: str | None = None) -> _Run:
    """A run of *text* in *lang*, wrapped to *width*. Arabic-script type is set larger and
    on a taller line (``SIZE_FACTOR``, ``LEADING_FACTOR``); a URL or e-mail address is
    wrapped at its separators and always runs left to right."""
    rtl = lang in RTL_LANGUAGES and not url
    measure_lang = "en" if url else lang
    if not url:
        size *= SIZE_FACTOR.get(lang, 1.0)
    leading = size * ratio * (LEADING_FACTOR.get(lang, 1.0) if not url else 1.0)
    if url:
        lines = wrap_url(text, width, _width(measure_lang, bold, size))
    elif balanced:
        lines = _balanced(text, lang, bold, size, width)
    else:
        lines = _wrap(text, lang, bold, size, width)
    side = "right" if lang in RTL_LANGUAGES else "left"
    return _Run(lines, lang, bold, size, leading, color, space_before, rtl, align or side, url)


def _style(geometry: SheetGeometry, shrink: float) -> _Style:
    if geometry.landscape:
        # Type grows slower than the slip: a bigger slip gets more air, not shouting text.
        s = (geometry.slip_h / (68.25 * MM)) ** 0.75
        return _Style(pad=6.0 * MM * s, sender=6.8 * s, heading=12.5 * s * shrink,
                      body=7.6 * s * shrink, label=6.3 * s * shrink, fact=7.6 * s * shrink,
                      caption=6.3 * s, url=6.9 * s * shrink, gap=2.6 * MM * s * shrink)
    s = (geometry.slip_w / (93.0 * MM)) ** 0.8
    return _Style(pad=7.0 * MM * s, sender=7.2 * s, heading=15.5 * s * shrink,
                  body=8.8 * s * shrink, label=6.8 * s * shrink, fact=8.6 * s * shrink,
                  caption=7.0 * s, url=7.8 * s * shrink, gap=3.2 * MM * s * shrink)


def _parts(content: HandoutContent) -> list[HandoutContent]:
    return [content] if content.second is None else [content, content.second]


def _text_runs(content: HandoutContent, style: _Style, width: float, *, compact: bool = False
               ) -> tuple[list[_Run], list[_Run]]:
    """The text column: sender, then heading and invitation per language (*compact*: the
    headings only); at the foot the hearing period per language and the contact e-mail."""
    top: list[_Run] = []
    sender = content.printed_texts().sender
    if sender:
        top.append(_run(sender, content.lang, style.sender, 1.3, HEAD, width, bold=True))
    for i, part in enumerate(_parts(content)):
        texts = part.printed_texts()
        before = style.gap * (1.4 if i else 1.25) if top else 0.0
        top.append(_run(texts.heading, part.lang, style.heading, 1.16, HEAD, width,
                        bold=True, balanced=True, space_before=before))
        if not compact:
            top.append(_run(texts.invitation, part.lang, style.body, 1.42, INK, width,
                            space_before=style.gap * 0.8))
    bottom: list[_Run] = []
    first = True
    for part in _parts(content):
        period = part.period()
        if period:
            label, value = period
            bottom.append(_run(label, part.lang, style.label, 1.35, MUTED, width,
                               space_before=0.0 if first else style.gap * 0.6))
            bottom.append(_run(value, part.lang, style.fact, 1.3, INK, width, bold=True))
            first = False
    if content.email:
        for i, part in enumerate(_parts(content)):
            bottom.append(_run(part.labels.contact, part.lang, style.label, 1.35, MUTED, width,
                               space_before=0.0 if first or i else style.gap * 0.6))
        side = "right" if content.rtl else "left"
        bottom.append(_run(content.email, content.lang, style.fact, 1.3, INK, width,
                           bold=True, url=True, align=side))
    return top, bottom


def _caption_runs(content: HandoutContent, style: _Style, width: float, *,
                  only_scan: bool = False) -> list[_Run]:
    """Under the code: "scan the code" in each language, then the URL (unless *only_scan*)."""
    runs = [_run(part.labels.scan_only if only_scan else part.labels.scan, part.lang,
                 style.caption, 1.3, HEAD, width, bold=True, align="center")
            for part in _parts(content)]
    if not only_scan:
        runs.append(_url_run(content, style, width, align="center"))
    return runs


def _url_run(content: HandoutContent, style: _Style, width: float, align: str) -> _Run:
    return _run(content.url, content.lang, style.url, 1.3, INK, width, url=True, align=align,
                space_before=style.caption * 0.15)


def _height(runs: list[_Run]) -> float:
    return sum(run.height for run in runs)


def _quiet_zone(url: str, size: float) -> float:
    """Width of the quiet zone of a *size*-wide code for *url* (estimated at level M)."""
    try:
        modules = qr_info(url, error_correction="M").modules
    except UserError:
        return 0.0  # refused later with the real message
    return size * STANDARD_QUIET_ZONE / (modules + 2 * STANDARD_QUIET_ZONE)


def _layout(content: HandoutContent, geometry: SheetGeometry, shrink: float,
            compact: bool = False) -> _SlipLayout:
    st = _style(geometry, shrink)
    w, h, pad = geometry.slip_w, geometry.slip_h, st.pad
    side = "right" if content.rtl else "left"
    if geometry.landscape:
        # Text on the reading side; on the other the code with its caption and the URL
        # under it. A URL that would need more than two lines under the code runs across
        # the foot of the slip instead, so the code keeps its size.
        qr_col = 0.36 * w
        text_w = w - 2 * pad - qr_col - 1.8 * st.gap
        caption_w = qr_col + 0.6 * st.gap
        caption = _caption_runs(content, st, caption_w)
        footer: list[_Run] = []
        if len(caption[-1].lines) > 2:
            footer = [_run(part.labels.go_to, part.lang, st.label, 1.35, MUTED, w - 2 * pad)
                      for part in _parts(content)]
            footer.append(_url_run(content, st, w - 2 * pad, align=side))
            caption = _caption_runs(content, st, caption_w, only_scan=True)
        cap_h = _height(caption) + 0.12 * st.gap
        foot_h = _height(footer) + 0.8 * st.gap if footer else 0.0
        qr_size = min(qr_col, h - 2 * pad - cap_h - foot_h)
        block = qr_size + cap_h
        quiet = _quiet_zone(content.url, qr_size)
        # The white quiet zone reads as margin: centre the dark symbol, not the white square,
        # and let half the zone reach into the slip's padding on the right.
        qr_x = w - pad - qr_col + (qr_col - qr_size) / 2 + quiet / 2
        qr_y = (h + foot_h + block) / 2 - qr_size + quiet / 2
        caption_center = qr_x + qr_size / 2
        caption_top = qr_y - 0.12 * st.gap
        top, bottom = _text_runs(content, st, text_w, compact=compact)
        text_x = pad
        text_top = h - pad
        text_bottom = pad + foot_h
        fits = (_height(top) + st.gap * 1.4 + _height(bottom) <= text_top - text_bottom
                and qr_size >= 0.8 * qr_col)
    else:
        # Portrait: text on top, the code centred below it, facts at the foot.
        text_w = w - 2 * pad
        top, bottom = _text_runs(content, st, text_w, compact=compact)
        caption_w = min(text_w, 0.7 * w)
        caption = _caption_runs(content, st, caption_w)
        cap_h = _height(caption) + 0.12 * st.gap
        text_x = pad
        text_top = h - pad
        text_bottom = pad
        free = (text_top - _height(top)) - (text_bottom + _height(bottom)) - 2.4 * st.gap
        qr_size = min(0.62 * text_w, free - cap_h)
        block = qr_size + cap_h
        mid_top = text_top - _height(top) - 1.2 * st.gap
        mid_bottom = text_bottom + _height(bottom) + 1.2 * st.gap
        # Centre what the eye sees (symbol + caption); the quiet zone's top half is margin.
        qr_y = (mid_top + mid_bottom + block) / 2 - qr_size + _quiet_zone(content.url, qr_size) / 2
        qr_x = (w - qr_size) / 2
        caption_center = w / 2
        caption_top = qr_y - 0.12 * st.gap
        fits = qr_size >= 0.45 * text_w
        footer = []
    rule_y = text_top - (top[0].height if content.printed_texts().sender else 0) - st.gap * 0.55
    rule = (text_x, rule_y, text_x + 9 * MM * (st.pad / (6 * MM)), rule_y)
    return _SlipLayout(text_x, text_top, text_w, top, bottom, text_bottom, qr_x, qr_y, qr_size,
                       caption, caption_center, caption_top, caption_w, footer, rule, fits,
                       compact=compact, mirrored=content.rtl)


def _max_qr_size(geometry: SheetGeometry) -> float:
    """The largest the code gets on this sheet (with a short URL and short texts)."""
    st = _style(geometry, 1.0)
    if geometry.landscape:
        return 0.36 * geometry.slip_w
    return 0.62 * (geometry.slip_w - 2 * st.pad)


def _try_fit(content: HandoutContent, geometry: SheetGeometry) -> _SlipLayout | None:
    # A two-language slip that cannot carry both invitations carries both headings
    # (``fit_notices`` says so); a one-language slip always carries its invitation.
    # Type shrinks to 72 % at most (body text about 5.5 pt on the 8-up slip); two languages
    # may go to 64 % before the invitations go.
    smallest = 0.72 if content.second is None else 0.64
    for compact in (False, True) if content.second is not None else (False,):
        shrink = 1.0
        while shrink >= smallest - 0.001:
            layout = _layout(content, geometry, shrink, compact)
            if layout.fits:
                return layout
            shrink -= 0.04
    return None


def _fit(content: HandoutContent, geometry: SheetGeometry) -> _SlipLayout:
    """Lay the slip out, shrinking the type a little (to 72 %) if needed, or refuse."""
    # A URL the code cannot carry at this size is the clearest message: check it first.
    choose_qr(content.url, _max_qr_size(geometry), geometry.per_page)
    layout = _try_fit(content, geometry)
    if layout is not None:
        return layout
    per = f"at {geometry.per_page} per page"
    if len(content.url) > len(DEFAULT_HEARING_URL) and _try_fit(
        replace(content, url=DEFAULT_HEARING_URL), geometry
    ):
        raise UserError(
            f"the hearing URL ({len(content.url)} characters) is too long to print in full "
            f"on a handout {per}: {_remedy(geometry.per_page)}"
        )
    fewer = "" if geometry.per_page == 1 else ", or print fewer per page"
    raise UserError(
        f"the handout texts do not fit on a slip {per}: shorten the heading or invitation{fewer}"
    )


def fit_notices(content: HandoutContent, per_page: int) -> list[str]:
    """Remarks on how the slips come out at *per_page*: a two-language slip too small for
    both invitations leaves them out (the headings, dates, contact and code stay)."""
    layout = _fit(content, sheet_geometry(per_page))
    if not layout.compact:
        return []
    bigger = [n for n in PER_PAGE_CHOICES if n < per_page]
    hint = f" (print {bigger[-1]} per page to have them)" if bigger else ""
    notice = (f"two languages at {per_page} per page leave no room for the invitations; "
              f"each slip carries both headings, the dates, the contact and the code{hint}")
    return [notice]


@dataclass(frozen=True)
class QrCheck:
    """The code a sheet will carry: its error correction, version and printed module size."""

    info: QrInfo
    size_mm: float  # total width including the quiet zone
    module_mm: float


def _remedy(per_page: int | None) -> str:
    return ("use a shorter URL" if per_page == 1
            else "use a shorter URL or fewer handouts per page")


def choose_qr(url: str, size: float, per_page: int | None = None) -> QrCheck:
    """Pick the error correction for *url* drawn *size* points wide, or refuse.

    Q is used when modules stay at least ``ROOMY_MODULE_MM``; otherwise M. Refuses with
    ``UserError`` when even M gives modules under ``MIN_MODULE_MM``.
    """
    size_mm = size / MM
    result: QrCheck | None = None
    for level in PREFERRED_EC:
        info = qr_info(url, error_correction=level)
        module_mm = size_mm / (info.modules + 2 * STANDARD_QUIET_ZONE)
        result = QrCheck(info, size_mm, module_mm)
        if module_mm >= ROOMY_MODULE_MM:
            return result
    assert result is not None
    if result.module_mm < MIN_MODULE_MM:
        raise UserError(
            f"the hearing URL ({len(url)} characters) is too long for a scannable QR code "
            f"{'at ' + str(per_page) + ' per page' if per_page else 'this size'}: "
            f"version {result.info.version} would print {result.module_mm:.2f} mm modules "
            f"in a {size_mm:.0f} mm code (at least {MIN_MODULE_MM} mm needed); "
            f"{_remedy(per_page)}"
        )
    return result


def check_handout(content: HandoutContent, per_page: int) -> QrCheck:
    """Check that *content* prints well at *per_page*: texts fit, the code is scannable.

    Returns the chosen code; raises ``UserError`` with one line otherwise.
    """
    geometry = sheet_geometry(per_page)
    layout = _fit(content, geometry)
    return choose_qr(content.url, layout.qr_size, per_page)


# ----------------------------------------------------------------------------- drawing
def _hex(color: tuple[float, float, float]) -> str:
    return "#" + "".join(f"{round(c * 255):02x}" for c in color)


def _run_items(runs: list[_Run], x: float, width: float, top: float, slip_h: float
               ) -> tuple[list[dict], float]:
    """Line items for Typst (y = baseline from the slip's top) and the *top* left below."""
    from workshop_app.export.handout_fonts import families

    items = []
    y = top
    for run in runs:
        y -= run.space_before
        for line in run.lines:
            y -= run.leading
            baseline = y + (run.leading - run.size) * 0.5 + run.size * 0.22
            items.append({"kind": "text", "x": x, "y": slip_h - baseline, "w": width,
                          "text": line, "lang": run.lang.split("-")[0],
                          "fonts": list(families("en" if run.latin else run.lang)), "rtl": run.rtl,
                          "align": run.align, "size": run.size, "bold": run.bold,
                          "color": _hex(run.color)})
    return items, y


def _slip_items(content: HandoutContent, layout: _SlipLayout, matrix: list[list[bool]],
                geometry: SheetGeometry) -> list[dict]:
    w, h = geometry.slip_w, geometry.slip_h

    def flip(x: float, width: float = 0.0) -> float:
        """Mirror a box for a right-to-left first language: the text on the right."""
        return w - x - width if layout.mirrored else x

    text_x = flip(layout.text_x, layout.text_width)
    items, _ = _run_items(layout.top_runs, text_x, layout.text_width, layout.text_top, h)
    if content.printed_texts().sender:
        x1, y1, x2, y2 = layout.rule
        x1, x2 = sorted((flip(x1), flip(x2)))
        items.append({"kind": "rule", "x1": x1, "y1": h - y1, "x2": x2, "y2": h - y2,
                      "width": max(0.8, layout.qr_size / 120), "color": _hex(RULE)})
    items += _run_items(layout.bottom_runs, text_x, layout.text_width,
                        layout.text_bottom + _height(layout.bottom_runs), h)[0]
    alt = f"{content.labels.scan_only}: {content.url}"
    items.append({"kind": "qr", "x": flip(layout.qr_x, layout.qr_size),
                  "y": h - layout.qr_y - layout.qr_size, "size": layout.qr_size,
                  "svg": matrix_svg(matrix), "alt": alt})
    center = flip(layout.caption_center)
    items += _run_items(layout.caption_runs, center - layout.caption_width / 2,
                        layout.caption_width, layout.caption_top, h)[0]
    if layout.footer_runs:
        pad = layout.text_x
        items += _run_items(layout.footer_runs, pad, w - 2 * pad,
                            pad + _height(layout.footer_runs), h)[0]
    return items


def _cut_marks(geometry: SheetGeometry) -> list[list[float]]:
    """Cut marks in the page margin as [x1, y1, x2, y2] from the page's top-left corner."""
    gap, length = CUT_MARK_GAP_MM * MM, CUT_MARK_LENGTH_MM * MM
    left, bottom = geometry.x0, geometry.y0
    right = left + geometry.columns * geometry.slip_w
    top = bottom + geometry.rows * geometry.slip_h
    marks = []
    for c in range(geometry.columns + 1):
        x = left + c * geometry.slip_w
        marks.append([x, top + gap, x, top + gap + length])
        marks.append([x, bottom - gap, x, bottom - gap - length])
    for r in range(geometry.rows + 1):
        y = bottom + r * geometry.slip_h
        marks.append([left - gap, y, left - gap - length, y])
        marks.append([right + gap, y, right + gap + length, y])
    return [[x1, A4[1] - y1, x2, A4[1] - y2] for x1, y1, x2, y2 in marks]


_compiler_lock = threading.Lock()
_compiler: Any = None


def _compile(data: dict) -> bytes:
    """The sheet as PDF bytes, drawn by Typst from ``resources/typst/handout.typ``.

    The data goes in as one JSON string (``sys.inputs.data``); the template sets every
    text with ``text(str)``, so nothing from the consultation is read as markup. The PDF is
    tagged and conforms to PDF/UA-1 (each line a paragraph, the code a figure with alt
    text, the cut marks artifacts). Only
    the bundled fonts are used, never the machine's. One compiler per process keeps the
    fonts loaded (about 0.3 s the first time, then a few hundredths per sheet).
    """
    global _compiler
    import json

    import typst

    from workshop_app.paths import resource_path

    with _compiler_lock:
        if _compiler is None:
            template = resource_path("typst", "handout.typ")
            if not template.is_file():
                raise UserError(f"the handout template {template} is missing; "
                                "reinstall workshop-app")
            _compiler = typst.Compiler(str(template), root=str(template.parent),
                                       font_paths=[str(resource_path("fonts"))],
                                       ignore_system_fonts=True)
        inputs = {"data": json.dumps(data, ensure_ascii=False)}
        from workshop_app.export.pdf_meta import stamp_creator

        try:
            # PDF/UA-1: Typst checks title, language, alt text and tags, and writes the
            # identification; every handout is an accessible PDF.
            return stamp_creator(_compiler.compile(sys_inputs=inputs, pdf_standards=["ua-1"]))
        except typst.TypstError:
            pass  # a check Typst could not satisfy: still a tagged PDF, without the claim
        try:
            return stamp_creator(_compiler.compile(sys_inputs=inputs))
        except typst.TypstError as exc:  # a bug in the template, never the user's input
            raise RuntimeError(f"the handout template failed: {exc}") from exc


def render_handout(source: Store | HandoutContent, per_page: int = 4, lang: str = "da", *,
                   texts: HandoutTexts | None = None, pages: int = 1) -> bytes:
    """Render the handout sheet as A4 PDF bytes.

    *source* is a ``Store`` (its hearing details and stored texts are used; *texts*
    overrides the texts of the first language, for a live preview of unsaved edits; *lang*
    is one language or two, ``"da,ar"``) or a ready ``HandoutContent`` (then *lang* and
    *texts* are taken from it unless *texts* is given). *pages* repeats the sheet.
    Raises ``UserError`` for a bad URL, texts that do not fit or a code that would not
    scan at this size.
    """
    _check_per_page(per_page)
    if isinstance(source, HandoutContent):
        content = source if texts is None else replace(source, texts=check_texts(texts))
    else:
        content = handout_content(source, lang, texts=texts)
    if pages < 1 or pages > 100:
        raise UserError("print between 1 and 100 sheets")
    geometry = sheet_geometry(per_page)
    layout = _fit(content, geometry)
    qr = choose_qr(content.url, layout.qr_size, per_page)
    matrix = qr_matrix(content.url, error_correction=qr.info.error_correction)

    labels = content.labels
    printed = content.printed_texts()
    lang_tag, _, region = labels.pdf_lang.partition("-")
    heading = printed.heading
    if content.second is not None:
        heading += " / " + content.second.printed_texts().heading
    data = {
        "title": f"{heading} – {labels.title_suffix}",
        "author": printed.sender or "workshop-app",
        "keywords": [content.url, *content.languages],
        "lang": lang_tag,
        "region": region or None,
        "page": {"w": A4[0], "h": A4[1]},
        "slip": {"w": geometry.slip_w, "h": geometry.slip_h,
                 "items": _slip_items(content, layout, matrix, geometry)},
        "origins": [[x, A4[1] - y - geometry.slip_h] for x, y in geometry.slip_origins()],
        "marks": _cut_marks(geometry) if per_page > 1 else [],
        "pages": pages,
    }
    return _compile(data)


__all__ = [
    "A4", "LANGUAGES", "MM", "NATIVE_NAMES", "PER_PAGE_CHOICES", "RTL_LANGUAGES", "HandoutContent",
    "HandoutLabels", "HandoutTexts", "QrCheck", "check_handout", "check_texts", "choose_qr",
    "default_texts", "fit_notices", "get_texts", "handout_content", "parse_languages",
    "render_handout", "reset_texts", "set_texts", "setting_key", "sheet_geometry", "wrap_url",
]
