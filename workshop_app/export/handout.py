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

import datetime as dt
import io
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from workshop_app.domain.limits import HANDOUT_TEXT_CHARS
from workshop_app.domain.model import DEFAULT_HEARING_URL
from workshop_app.domain.validation import check_email, check_url
from workshop_app.errors import UserError
from workshop_app.export.qr import STANDARD_QUIET_ZONE, QrInfo, draw_matrix, qr_info, qr_matrix
from workshop_app.store import Store

MM = 72.0 / 25.4
A4 = (210.0 * MM, 297.0 * MM)

#: How many handouts fit on one A4 sheet.
PER_PAGE_CHOICES: tuple[int, ...] = (1, 2, 4, 8)
LANGUAGES: tuple[str, ...] = ("da", "en")
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


@dataclass(frozen=True)
class HandoutTexts:
    """The editable texts of a handout in one language."""

    heading: str
    invitation: str
    sender: str


DEFAULT_TEXTS: dict[str, HandoutTexts] = {
    "da": HandoutTexts(
        heading="Sig din mening om den nye politik",
        invitation=(
            "Forslaget til politikken kommer i offentlig høring. Læs det, og fortæl os, "
            "hvad du synes. Alle kan sende et høringssvar, og hvert svar bliver læst, "
            "før politikken bliver vedtaget."
        ),
        sender="Københavns Kommune",
    ),
    "en": HandoutTexts(
        heading="Have your say on the new policy",
        invitation=(
            "The draft policy is going out for public consultation. Read it and tell us "
            "what you think. Anyone can respond, and every response is read before the "
            "policy is adopted."
        ),
        sender="City of Copenhagen",
    ),
}


@dataclass(frozen=True)
class HandoutLabels:
    """Fixed wording around the editable texts."""

    period: str
    deadline: str  # label when only the end date is known
    starts: str  # label when only the start date is known
    contact: str
    scan: str  # caption when the URL sits right under the code
    scan_only: str  # caption when the URL runs across the foot of the slip
    go_to: str  # label over that URL
    title_suffix: str
    months: tuple[str, ...]
    pdf_lang: str

    def date(self, iso: str, *, with_year: bool = True) -> str:
        day = dt.date.fromisoformat(iso)
        month = self.months[day.month - 1]
        sep = ". " if self.pdf_lang.startswith("da") else " "
        text = f"{day.day}{sep}{month}"
        return f"{text} {day.year}" if with_year else text


LABELS: dict[str, HandoutLabels] = {
    "da": HandoutLabels(
        period="Høringsperiode",
        deadline="Høringsfrist",
        starts="Høringen starter",
        contact="Spørgsmål? Skriv til",
        scan="Scan med mobilen, eller gå til",
        scan_only="Scan med mobilen",
        go_to="Eller gå til",
        title_suffix="QR-folder",
        months=("januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
                "september", "oktober", "november", "december"),
        pdf_lang="da-DK",
    ),
    "en": HandoutLabels(
        period="Consultation period",
        deadline="Responses by",
        starts="The consultation opens",
        contact="Questions? Write to",
        scan="Scan with your phone, or go to",
        scan_only="Scan with your phone",
        go_to="Or go to",
        title_suffix="QR handout",
        months=("January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December"),
        pdf_lang="en-GB",
    ),
}


# ----------------------------------------------------------------------------- texts
def setting_key(lang: str, name: str) -> str:
    """The setting that stores one editable text, e.g. ``handout.da.heading``."""
    _check_lang(lang)
    if name not in TEXT_FIELDS:
        raise ValueError(f"unknown handout text {name!r}")
    return f"handout.{lang}.{name}"


def default_texts(lang: str) -> HandoutTexts:
    """The built-in texts for *lang* (``"da"`` or ``"en"``)."""
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
        raise UserError(f"unknown handout language {lang!r}: use da or en")


def _check_per_page(per_page: int) -> None:
    if per_page not in PER_PAGE_CHOICES:
        raise UserError(f"cannot put {per_page} handouts on a page: use 1, 2, 4 or 8")


# ----------------------------------------------------------------------------- content
@dataclass(frozen=True)
class HandoutContent:
    """Everything printed on one slip, checked. ``notices`` are remarks for the user
    (a default URL was used, no period or e-mail is set) that do not stop printing."""

    lang: str
    texts: HandoutTexts
    url: str
    email: str = ""
    hearing_from: str = ""
    hearing_to: str = ""
    notices: tuple[str, ...] = field(default=())

    @property
    def labels(self) -> HandoutLabels:
        return LABELS[self.lang]

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


def handout_content(store: Store, lang: str = "da", *, texts: HandoutTexts | None = None,
                    url: str | None = None) -> HandoutContent:
    """Gather and check what goes on a slip: the consultation's hearing details plus the
    texts (*texts* overrides the stored ones, e.g. unsaved edits in a dialog; *url*
    overrides the consultation's hearing URL).

    With no hearing URL set anywhere, ``DEFAULT_HEARING_URL`` is used and a notice says so.
    """
    _check_lang(lang)
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
    return HandoutContent(
        lang=lang,
        texts=check_texts(texts if texts is not None else get_texts(store, lang)),
        url=check_url(chosen),
        email=email,
        hearing_from=consultation.hearing_from,
        hearing_to=consultation.hearing_to,
        notices=tuple(notices),
    )


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
    """A block of lines set in one style."""

    lines: list[str]
    font: str
    size: float
    leading: float
    color: tuple[float, float, float]
    space_before: float = 0.0

    @property
    def height(self) -> float:
        return self.space_before + len(self.lines) * self.leading


@dataclass
class _SlipLayout:
    """Positions for one slip, relative to its lower-left corner."""

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
    footer_runs: list[_Run]  # the URL across the foot of a landscape slip, when long
    rule: tuple[float, float, float, float]  # x1, y1, x2, y2
    fits: bool


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


def _fonts() -> Any:
    from workshop_app.export.fonts import register_fonts

    return register_fonts()


def _width(font: str, size: float) -> Callable[[str], float]:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return lambda text: stringWidth(text, font, size)


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    from reportlab.lib.utils import simpleSplit

    measure = _width(font, size)
    lines: list[str] = []
    for paragraph in text.split("\n"):
        for line in simpleSplit(paragraph, font, size, width) or [""]:
            # A single word wider than the column (a long compound, an address) is split
            # between letters rather than running into the code.
            lines.extend(wrap_url(line, width, measure) if measure(line) > width else [line])
    return lines


def _balanced(text: str, font: str, size: float, width: float) -> list[str]:
    """Wrap a heading into as few lines as *width* allows, with lines of even length
    (no lone last word)."""
    lines = _wrap(text, font, size, width)
    if len(lines) < 2:
        return lines
    low, high = width * 0.4, width
    for _ in range(14):
        middle = (low + high) / 2
        if len(_wrap(text, font, size, middle)) == len(lines):
            high = middle
        else:
            low = middle
    return _wrap(text, font, size, high)


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


def _text_runs(content: HandoutContent, style: _Style, width: float
               ) -> tuple[list[_Run], list[_Run]]:
    fonts = _fonts()
    top: list[_Run] = []
    if content.texts.sender:
        top.append(_Run(_wrap(content.texts.sender, fonts.bold, style.sender, width),
                        fonts.bold, style.sender, style.sender * 1.3, HEAD))
    top.append(_Run(_balanced(content.texts.heading, fonts.bold, style.heading, width),
                    fonts.bold, style.heading, style.heading * 1.16, HEAD,
                    space_before=style.gap * 1.25 if top else 0.0))
    top.append(_Run(_wrap(content.texts.invitation, fonts.regular, style.body, width),
                    fonts.regular, style.body, style.body * 1.42, INK,
                    space_before=style.gap * 0.8))
    bottom: list[_Run] = []
    facts: list[tuple[str, str]] = []
    period = content.period()
    if period:
        facts.append(period)
    if content.email:
        facts.append((content.labels.contact, content.email))
    for i, (label, value) in enumerate(facts):
        bottom.append(_Run(_wrap(label, fonts.regular, style.label, width), fonts.regular,
                           style.label, style.label * 1.35, MUTED,
                           space_before=style.gap * 0.6 if i else 0.0))
        value_lines = (wrap_url(value, width, _width(fonts.bold, style.fact))
                       if "@" in value else _wrap(value, fonts.bold, style.fact, width))
        bottom.append(_Run(value_lines, fonts.bold, style.fact, style.fact * 1.3, INK))
    return top, bottom


def _caption_runs(content: HandoutContent, style: _Style, width: float, *,
                  label: str | None = None) -> list[_Run]:
    fonts = _fonts()
    text = content.labels.scan if label is None else label
    scan = _Run(_wrap(text, fonts.bold, style.caption, width), fonts.bold,
                style.caption, style.caption * 1.3, HEAD)
    url = _Run(wrap_url(content.url, width, _width(fonts.regular, style.url)), fonts.regular,
               style.url, style.url * 1.3, INK, space_before=style.caption * 0.15)
    return [scan, url]


def _height(runs: list[_Run]) -> float:
    return sum(run.height for run in runs)


def _quiet_zone(url: str, size: float) -> float:
    """Width of the quiet zone of a *size*-wide code for *url* (estimated at level M)."""
    try:
        modules = qr_info(url, error_correction="M").modules
    except UserError:
        return 0.0  # refused later with the real message
    return size * STANDARD_QUIET_ZONE / (modules + 2 * STANDARD_QUIET_ZONE)


def _layout(content: HandoutContent, geometry: SheetGeometry, shrink: float) -> _SlipLayout:
    st = _style(geometry, shrink)
    w, h, pad = geometry.slip_w, geometry.slip_h, st.pad
    if geometry.landscape:
        # Text on the left; on the right the code with its caption and the URL under it.
        # A URL that would need more than two lines under the code runs across the foot
        # of the slip instead, so the code keeps its size.
        qr_col = 0.36 * w
        text_w = w - 2 * pad - qr_col - 1.8 * st.gap
        caption = _caption_runs(content, st, qr_col + 0.6 * st.gap)
        footer: list[_Run] = []
        if len(caption[1].lines) > 2:
            fonts = _fonts()
            footer = _caption_runs(content, st, w - 2 * pad)[1:]
            footer.insert(0, _Run([content.labels.go_to], fonts.regular, st.label,
                                  st.label * 1.35, MUTED))
            caption = _caption_runs(content, st, qr_col + 0.6 * st.gap,
                                    label=content.labels.scan_only)[:1]
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
        top, bottom = _text_runs(content, st, text_w)
        text_x = pad
        text_top = h - pad
        text_bottom = pad + foot_h
        fits = (_height(top) + st.gap * 1.4 + _height(bottom) <= text_top - text_bottom
                and qr_size >= 0.8 * qr_col)
    else:
        # Portrait: text on top, the code centred below it, facts at the foot.
        text_w = w - 2 * pad
        top, bottom = _text_runs(content, st, text_w)
        caption = _caption_runs(content, st, min(text_w, 0.7 * w))
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
    rule_y = text_top - (top[0].height if content.texts.sender else 0) - st.gap * 0.55
    rule = (text_x, rule_y, text_x + 9 * MM * (st.pad / (6 * MM)), rule_y)
    return _SlipLayout(text_x, text_top, text_w, top, bottom, text_bottom, qr_x, qr_y, qr_size,
                       caption, caption_center, caption_top, footer, rule, fits)


def _max_qr_size(geometry: SheetGeometry) -> float:
    """The largest the code gets on this sheet (with a short URL and short texts)."""
    st = _style(geometry, 1.0)
    if geometry.landscape:
        return 0.36 * geometry.slip_w
    return 0.62 * (geometry.slip_w - 2 * st.pad)


def _try_fit(content: HandoutContent, geometry: SheetGeometry) -> _SlipLayout | None:
    shrink = 1.0
    while shrink >= 0.799:
        layout = _layout(content, geometry, shrink)
        if layout.fits:
            return layout
        shrink -= 0.04
    return None


def _fit(content: HandoutContent, geometry: SheetGeometry) -> _SlipLayout:
    """Lay the slip out, shrinking the type a little (to 80 %) if needed, or refuse."""
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
def _draw_runs(canvas: Any, runs: list[_Run], x: float, top: float,
               center: float | None = None) -> float:
    y = top
    for run in runs:
        y -= run.space_before
        canvas.setFont(run.font, run.size)
        canvas.setFillColorRGB(*run.color)
        for line in run.lines:
            y -= run.leading
            baseline = y + (run.leading - run.size) * 0.5 + run.size * 0.22
            if center is None:
                canvas.drawString(x, baseline, line)
            else:
                canvas.drawCentredString(center, baseline, line)
    return y


def _draw_slip(canvas: Any, content: HandoutContent, layout: _SlipLayout,
               matrix: list[list[bool]]) -> None:
    _draw_runs(canvas, layout.top_runs, layout.text_x, layout.text_top)
    if content.texts.sender:
        canvas.setStrokeColorRGB(*RULE)
        canvas.setLineWidth(max(0.8, layout.qr_size / 120))
        x1, y1, x2, y2 = layout.rule
        canvas.line(x1, y1, x2, y2)
    _draw_runs(canvas, layout.bottom_runs, layout.text_x,
               layout.text_bottom + _height(layout.bottom_runs))
    draw_matrix(canvas, matrix, layout.qr_x, layout.qr_y, layout.qr_size)
    _draw_runs(canvas, layout.caption_runs, 0, layout.caption_top, center=layout.caption_center)
    if layout.footer_runs:
        pad = layout.text_x
        _draw_runs(canvas, layout.footer_runs, pad, pad + _height(layout.footer_runs))


def _draw_cut_marks(canvas: Any, geometry: SheetGeometry) -> None:
    gap, length = CUT_MARK_GAP_MM * MM, CUT_MARK_LENGTH_MM * MM
    left, bottom = geometry.x0, geometry.y0
    right = left + geometry.columns * geometry.slip_w
    top = bottom + geometry.rows * geometry.slip_h
    canvas.saveState()
    canvas.setStrokeColorRGB(0, 0, 0)
    canvas.setLineWidth(0.3)
    for c in range(geometry.columns + 1):
        x = left + c * geometry.slip_w
        canvas.line(x, top + gap, x, top + gap + length)
        canvas.line(x, bottom - gap, x, bottom - gap - length)
    for r in range(geometry.rows + 1):
        y = bottom + r * geometry.slip_h
        canvas.line(left - gap, y, left - gap - length, y)
        canvas.line(right + gap, y, right + gap + length, y)
    canvas.restoreState()


def render_handout(source: Store | HandoutContent, per_page: int = 4, lang: str = "da", *,
                   texts: HandoutTexts | None = None, pages: int = 1) -> bytes:
    """Render the handout sheet as A4 PDF bytes.

    *source* is a ``Store`` (its hearing details and stored texts are used; *texts*
    overrides the texts, for a live preview of unsaved edits) or a ready
    ``HandoutContent`` (then *lang* and *texts* are taken from it unless *texts* is given).
    *pages* repeats the sheet. Raises ``UserError`` for a bad URL, texts that do not fit
    or a code that would not scan at this size.
    """
    from reportlab.pdfgen.canvas import Canvas

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

    buffer = io.BytesIO()
    labels = content.labels
    fonts = _fonts()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=1, lang=labels.pdf_lang,
                    initialFontName=fonts.regular, initialFontSize=10)
    canvas.setTitle(f"{content.texts.heading} – {labels.title_suffix}")
    canvas.setSubject(content.url)
    canvas.setAuthor(content.texts.sender or "workshop-app")
    canvas.setCreator("workshop-app")
    # Draw the slip once as a form and place it per_page times: small, fast, identical.
    canvas.beginForm("slip", lowerx=0, lowery=0, upperx=geometry.slip_w, uppery=geometry.slip_h)
    _draw_slip(canvas, content, layout, matrix)
    canvas.endForm()
    for _ in range(pages):
        for x, y in geometry.slip_origins():
            canvas.saveState()
            canvas.translate(x, y)
            canvas.doForm("slip")
            canvas.restoreState()
        if per_page > 1:
            _draw_cut_marks(canvas, geometry)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()
