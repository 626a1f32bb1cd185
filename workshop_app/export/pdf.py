"""The summary document as a typeset PDF (reportlab platypus).

Layout of an official municipal document: A4, generous margins, one sans-serif family (the
bundled Noto Sans, embedded as subsets), a quiet petrol-blue accent for headings and labels,
ragged-right text without hyphenation, headings kept with what follows them, a running footer
"Side 3 af 8", a PDF outline with every section, and title, author and language in the
metadata. User text is XML-escaped before it reaches reportlab's paragraph markup, so
``<b>`` in a note prints as the four characters ``<b>``.

The footer's page total is not known while pages are laid out, so every page draws a form
XObject "footer-N" that is defined once the last page is done: one layout pass, exact totals.
"""

from __future__ import annotations

import io
import re
import sys
from collections.abc import Callable
from html import escape as _html_escape
from typing import Any


def _import_paragraph_with_lazy_uri_pattern() -> None:
    """Import reportlab's paragraph module without compiling its URL regex up front.

    ``reportlab.platypus.paragraph`` compiles a case-insensitive, Unicode-wide URL pattern at
    import (about 70 ms, the largest single cost of a CLI export). It is only used to split
    long URLs when ``uriWasteReduce`` is on, which our styles turn off, so it is compiled on
    first use instead. Any other pattern compiles as usual.
    """
    if "reportlab.platypus.paragraph" in sys.modules:
        return
    real_compile = re.compile

    class LazyPattern:
        def __init__(self, pattern: str, flags: int) -> None:
            self._args = (pattern, flags)
            self._compiled: re.Pattern[str] | None = None

        def __getattr__(self, name: str) -> Any:
            if self._compiled is None:
                self._compiled = real_compile(*self._args)
            return getattr(self._compiled, name)

    def compile_lazily(pattern: Any, flags: int = 0) -> Any:
        if isinstance(pattern, str) and pattern.startswith("(^(?:[a-z0-9\\.\\-\\+]*)://)"):
            return LazyPattern(pattern, flags)
        return real_compile(pattern, flags)

    re.compile = compile_lazily  # type: ignore[assignment]
    try:
        import reportlab.platypus.paragraph  # noqa: F401
    finally:
        re.compile = real_compile


_import_paragraph_with_lazy_uri_pattern()

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from workshop_app.errors import UserError
from workshop_app.export.document import (
    KINDS_IN_ORDER,
    Point,
    Progress,
    Section,
    SummaryDocument,
    printable,
)
from workshop_app.export.fonts import FontSet, register_fonts

# ---------------------------------------------------------------- page geometry and colours
PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT = 27 * mm
MARGIN_RIGHT = 27 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 26 * mm
FOOTER_Y = 14 * mm
TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
MIN_QR_MODULE = 0.4 * mm  # finer QR modules do not scan reliably from a laser print

INK = colors.HexColor("#1d1d1b")  # near-black body text
ACCENT = colors.HexColor("#1f5570")  # petrol blue: headings, labels, bullets, rules
MUTED = colors.HexColor("#5d6770")  # provenance, footer, captions
TINT = colors.HexColor("#eef3f6")  # background of the hearing box
RULE = colors.HexColor("#c9d3da")

CREATOR = "workshop-app"


def escape(text: str) -> str:
    """User text as reportlab paragraph markup that prints literally (line breaks kept)."""
    text = printable(text).replace("\t", " ")
    # html.escape, not xml.sax.saxutils.escape (same &, <, > rule): saxutils imports
    # urllib.request, ~30 ms of every export's start-up.
    return "<br/>".join(_html_escape(line, quote=False) for line in text.splitlines() or [""])


def _attr(value: str) -> str:
    """A value for a markup attribute (href): escaped including quotes."""
    return _html_escape(value, quote=False).replace('"', "&quot;")


# ---------------------------------------------------------------- styles
class Styles:
    """The paragraph styles of the summary, built once per font set."""

    def __init__(self, fonts: FontSet) -> None:
        common: dict[str, Any] = {
            "fontName": fonts.regular,
            "textColor": INK,
            "alignment": TA_LEFT,
            "hyphenationLang": "",  # never break words with a hyphen
            "embeddedHyphenation": 0,
            "uriWasteReduce": 0,
            "allowWidows": 0,
            "allowOrphans": 0,
            "bulletFontName": fonts.regular,  # reportlab's default would be Helvetica
        }
        self.fonts = fonts
        self.kicker = ParagraphStyle(
            "kicker", **{**common, "textColor": ACCENT}, fontSize=9, leading=12, spaceAfter=10
        )
        self.title = ParagraphStyle(
            "title", **{**common, "fontName": fonts.bold}, fontSize=25, leading=30,
            spaceAfter=6,
        )
        self.subtitle = ParagraphStyle(
            "subtitle", **{**common, "textColor": MUTED}, fontSize=12, leading=16, spaceAfter=0
        )
        self.body = ParagraphStyle(
            "body", **common, fontSize=10.5, leading=15.5, spaceAfter=8
        )
        self.lead = ParagraphStyle(
            "lead", **{**common, "textColor": MUTED, "fontName": fonts.italic},
            fontSize=10.5, leading=15.5, spaceAfter=4, keepWithNext=1,
        )
        self.h1 = ParagraphStyle(
            "h1", **{**common, "fontName": fonts.bold, "textColor": ACCENT},
            fontSize=16, leading=20, spaceBefore=22, spaceAfter=8, keepWithNext=1,
        )
        self.h2 = ParagraphStyle(
            "h2", **{**common, "fontName": fonts.bold},
            fontSize=12.5, leading=16.5, spaceBefore=16, spaceAfter=5, keepWithNext=1,
        )
        self.marker = ParagraphStyle(
            "marker", **{**common, "fontName": fonts.bold, "textColor": ACCENT},
            fontSize=8, leading=10, spaceBefore=22, spaceAfter=2, keepWithNext=1,
        )
        self.label = ParagraphStyle(
            "label", **{**common, "fontName": fonts.bold, "textColor": ACCENT},
            fontSize=8.5, leading=11, spaceBefore=7, spaceAfter=3, keepWithNext=1,
        )
        self.bullet = ParagraphStyle(
            "bullet", **common, fontSize=10.5, leading=15, leftIndent=15, bulletIndent=3,
            bulletFontSize=10.5, bulletColor=ACCENT,
            spaceAfter=3.5,
        )
        self.empty = ParagraphStyle(
            "empty", **{**common, "fontName": fonts.italic, "textColor": MUTED},
            fontSize=10, leading=14, spaceAfter=4,
        )
        self.fact_label = ParagraphStyle(
            "fact_label", **{**common, "fontName": fonts.bold, "textColor": ACCENT},
            fontSize=8.5, leading=11, spaceAfter=1,
        )
        self.fact = ParagraphStyle("fact", **common, fontSize=10.5, leading=14, spaceAfter=7)
        self.caption = ParagraphStyle(
            "caption", **{**common, "textColor": MUTED, "alignment": TA_CENTER}, fontSize=7.5,
            leading=9.5,
        )


# ---------------------------------------------------------------- flowables
class Heading(Paragraph):
    """A paragraph that is also an outline entry (bookmark) at *level*."""

    def __init__(self, text: str, style: ParagraphStyle, outline: str, level: int) -> None:
        super().__init__(escape(text), style)
        self.outline_title = " ".join(printable(outline).split())
        self.outline_level = level


class OutlineMark(Flowable):
    """An invisible flowable that adds an outline entry where it lands (for the title)."""

    def __init__(self, title: str, level: int = 0) -> None:
        super().__init__()
        self.outline_title = " ".join(printable(title).split())
        self.outline_level = level
        self.width = self.height = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


class QRCode(Flowable):
    """The hearing URL as a vector QR code, *size* points square including the quiet zone."""

    def __init__(self, data: str, size: float) -> None:
        super().__init__()
        from workshop_app.export.qr import qr_matrix

        self.matrix = qr_matrix(data, error_correction="M")
        self.size = size
        self.width = self.height = size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        from workshop_app.export.qr import draw_matrix

        draw_matrix(self.canv, self.matrix, 0, 0, self.size)


# ---------------------------------------------------------------- the story
class _StoryBuilder:
    def __init__(self, doc: SummaryDocument, styles: Styles) -> None:
        self.doc = doc
        self.s = styles
        self.story: list[Flowable] = []

    def add(self, flowable: Flowable) -> None:
        self.story.append(flowable)

    def point(self, point: Point) -> Paragraph:
        text = escape(point.text)
        extras = []
        if point.evidence:
            extras.append(point.evidence)
        if self.doc.options.provenance and point.venues:
            extras.append(", ".join(point.venues))
        if extras:
            # A non-breaking space keeps the opening parenthesis with the last word.
            text += (
                f'\u00a0<font color="{MUTED.hexval()}" size="9">('
                + escape("; ".join(extras))
                + ")</font>"
            )
        return Paragraph(text, self.s.bullet, bulletText="•")

    def section_points(self, section: Section) -> None:
        labels = self.doc.labels
        if not section.points:
            self.add(Paragraph(escape(labels.no_points), self.s.empty))
            return
        for kind in KINDS_IN_ORDER:
            points = section.by_kind(kind)
            if not points:
                continue
            if kind is not None:
                label = labels.challenges if kind == "challenge" else labels.solutions
                self.add(Paragraph(escape(label.upper()), self.s.label))
            for p in points:
                self.add(self.point(p))

    def title_block(self) -> None:
        d = self.doc
        self.add(OutlineMark(d.title))
        if d.author:
            self.add(Paragraph(escape(d.author), self.s.kicker))
        self.add(Paragraph(escape(d.title), self.s.title))
        if d.subtitle():
            self.add(Paragraph(escape(d.subtitle()), self.s.subtitle))
        self.add(Rule(TEXT_WIDTH, 1.2, ACCENT, space_before=12, space_after=16))

    def intro(self) -> None:
        d = self.doc
        for para in _paragraphs(d.intro):
            self.add(Paragraph(escape(para), self.s.body))
        if d.theme_names:
            self.add(Paragraph(escape(d.labels.themes_lead), self.s.body))
            for name in d.theme_names:
                self.add(Paragraph(escape(name), self.s.bullet, bulletText="•"))

    def next_steps(self) -> None:
        d, labels, c = self.doc, self.doc.labels, self.doc.consultation
        self.add(Heading(labels.next_steps, self.s.h1, labels.next_steps, 0))
        for para in _paragraphs(d.next_steps):
            self.add(Paragraph(escape(para), self.s.body))
        facts: list[Flowable] = []
        if d.period_text():
            facts += [
                Paragraph(escape(labels.period.upper()), self.s.fact_label),
                Paragraph(escape(d.period_text()), self.s.fact),
            ]
        if c.hearing_email:
            facts += [
                Paragraph(escape(labels.contact.upper()), self.s.fact_label),
                Paragraph(
                    f'<link href="mailto:{_attr(c.hearing_email)}">{escape(c.hearing_email)}</link>',
                    self.s.fact,
                ),
            ]
        if c.hearing_url:
            facts += [
                Paragraph(escape(labels.hearing.upper()), self.s.fact_label),
                Paragraph(
                    f'<link href="{_attr(c.hearing_url)}">{escape(c.hearing_url)}</link>',
                    self.s.fact,
                ),
            ]
        if not facts:
            return
        qr_size = 31 * mm
        pad = 4 * mm
        code = None
        if c.hearing_url:
            try:
                code = QRCode(c.hearing_url, qr_size)
            except UserError:
                code = None  # too long for a QR code: the URL is printed in full anyway
            if code is not None and qr_size / (len(code.matrix) + 8) < MIN_QR_MODULE:
                code = None  # modules too fine to scan from paper; the URL is printed
        if code is not None:
            qr_cell: list[Flowable] = [
                code,
                Spacer(1, 1.5 * mm),
                Paragraph(escape(labels.qr_caption), self.s.caption),
            ]
            widths = [TEXT_WIDTH - qr_size - 2 * pad - 4 * mm, qr_size + 2 * pad + 4 * mm]
            rows = [[facts, qr_cell]]
        else:
            widths = [TEXT_WIDTH]
            rows = [[facts]]
        box = Table(rows, colWidths=widths, hAlign="LEFT")
        box.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), self.s.fonts.regular, 10.5),
                    ("BACKGROUND", (0, 0), (-1, -1), TINT),
                    ("LINEBEFORE", (0, 0), (0, -1), 2.5, ACCENT),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LEFTPADDING", (0, 0), (0, -1), 5 * mm),
                    ("LEFTPADDING", (1, 0), (1, -1), 4 * mm),
                    ("RIGHTPADDING", (-1, 0), (-1, -1), pad),
                    ("TOPPADDING", (0, 0), (-1, -1), pad),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), pad - 1),
                ]
            )
        )
        box.keepWithNext = 0
        self.add(Spacer(1, 2))
        self.add(box)

    def cross_cutting(self) -> None:
        d, labels = self.doc, self.doc.labels
        if not d.topics:
            return
        self.add(Heading(labels.cross_cutting, self.s.h1, labels.cross_cutting, 0))
        self.add(Paragraph(escape(labels.cross_cutting_lead), self.s.lead))
        for section in d.topics:
            self.add(Heading(section.title, self.s.h2, section.title, 1))
            self.section_points(section)

    def themes(self) -> None:
        d, labels = self.doc, self.doc.labels
        if d.themes:
            self.add(Heading(labels.per_theme, self.s.h1, labels.per_theme, 0))
            for section in d.themes:
                self.add(Heading(section.title, self.s.h2, section.title, 1))
                self.section_points(section)
        for section in d.venue_themes:
            self.add(Paragraph(escape(d.venue_marker(section).upper()), self.s.marker))
            h1 = ParagraphStyle("h1-venue", parent=self.s.h1, spaceBefore=0)
            self.add(Heading(section.title, h1, section.title, 0))
            self.section_points(section)

    def build(self) -> list[Flowable]:
        self.title_block()
        self.intro()
        self.next_steps()
        self.cross_cutting()
        self.themes()
        return self.story


class Rule(Flowable):
    """A horizontal line across the text column."""

    def __init__(
        self, width: float, thickness: float, color: colors.Color, *,
        space_before: float = 0, space_after: float = 0,
    ) -> None:
        super().__init__()
        self.width, self.thickness, self.color = width, thickness, color
        self.space_before, self.space_after = space_before, space_after

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.thickness

    def getSpaceBefore(self) -> float:
        return self.space_before

    def getSpaceAfter(self) -> float:
        return self.space_after

    def draw(self) -> None:
        self.canv.setStrokeColor(self.color)
        self.canv.setLineWidth(self.thickness)
        self.canv.line(0, self.thickness / 2, self.width, self.thickness / 2)


def _paragraphs(text: str) -> list[str]:
    """Blank-line separated paragraphs of an editable text (single line breaks are kept)."""
    parts = [p.strip("\n") for p in text.replace("\r\n", "\n").split("\n\n")]
    return [p for p in parts if p.strip()]


# ---------------------------------------------------------------- document template
class _SummaryTemplate(BaseDocTemplate):
    def __init__(self, buffer: io.BytesIO, doc: SummaryDocument, fonts: FontSet,
                 progress: Progress | None, total: int) -> None:
        super().__init__(
            buffer,
            pagesize=A4,
            leftMargin=MARGIN_LEFT,
            rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=printable(doc.title),
            author=printable(doc.author),
            subject=printable(doc.subtitle() or doc.title),
            creator=CREATOR,
            producer=CREATOR,
            lang=doc.labels.language,
            initialFontName=fonts.regular,
            initialFontSize=10.5,
            pageCompression=1,
        )
        frame = Frame(
            MARGIN_LEFT, MARGIN_BOTTOM, TEXT_WIDTH, PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="text",
        )
        self.addPageTemplates([PageTemplate("page", [frame], onPage=self._on_page)])
        self._bookmarks = 0
        self._progress = progress
        self._total = max(total, 1)
        self._done = 0

    @staticmethod
    def _on_page(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        # The footer itself is a form drawn after the last page (when the total is known).
        canvas.doForm(f"footer-{canvas.getPageNumber()}")

    def afterFlowable(self, flowable: Flowable) -> None:
        title = getattr(flowable, "outline_title", None)
        if title is not None:
            key = f"s{self._bookmarks}"
            self._bookmarks += 1
            self.canv.bookmarkPage(key, fit="XYZ", top=self.frame._y + flowable.height + 8)
            self.canv.addOutlineEntry(title, key, flowable.outline_level, closed=False)
        if self._progress is not None:
            self._done = min(self._done + 1, self._total - 1)
            if self._done % 50 == 0:
                self._progress(self._done, self._total)


def _canvas_class(footer: Callable[[Canvas, int, int], None]) -> type[Canvas]:
    class FooterCanvas(Canvas):
        def save(self) -> None:
            pages = self.getPageNumber() - 1 if not self._code else self.getPageNumber()
            if self._code:
                self.showPage()
            for page in range(1, pages + 1):
                self.beginForm(f"footer-{page}")
                footer(self, page, pages)
                self.endForm()
            self.showOutline()
            super().save()

    return FooterCanvas


def render_pdf(doc: SummaryDocument, progress: Progress | None = None) -> bytes:
    """The summary as PDF bytes (A4, embedded Noto Sans, outline, footer "Side n af N").

    *progress* (optional) gets (done, total) counts of laid-out paragraphs; it may raise to
    cancel the export.
    """
    fonts = register_fonts()
    styles = Styles(fonts)
    story = _StoryBuilder(doc, styles).build()
    total = len(story)  # build() consumes the list
    buffer = io.BytesIO()
    template = _SummaryTemplate(buffer, doc, fonts, progress, total)
    footer_title = doc.title
    page_label = doc.labels.page

    def footer(canvas: Canvas, page: int, pages: int) -> None:
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN_LEFT, FOOTER_Y + 11, PAGE_WIDTH - MARGIN_RIGHT, FOOTER_Y + 11)
        canvas.setFillColor(MUTED)
        canvas.setFont(fonts.regular, 8)
        number = page_label.format(page=page, pages=pages)
        number_width = stringWidth(number, fonts.regular, 8)
        room = TEXT_WIDTH - number_width - 10 * mm
        canvas.drawString(MARGIN_LEFT, FOOTER_Y, _fit(footer_title, fonts.regular, 8, room))
        canvas.drawRightString(PAGE_WIDTH - MARGIN_RIGHT, FOOTER_Y, number)

    template.build(story, canvasmaker=_canvas_class(footer))
    if progress is not None:
        progress(total, total)
    return buffer.getvalue()


def _fit(text: str, font: str, size: float, width: float) -> str:
    """*text* on one line within *width*, shortened with an ellipsis if needed."""
    text = " ".join(printable(text).split())
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"
