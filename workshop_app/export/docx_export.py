"""The summary document as an editable Word file (python-docx).

Built from Word's own styles (Title, Subtitle, Heading 1–3, List Bullet) so the
administration can keep editing, restyle it with their template, and get a navigation
pane and table of contents for free. Same structure and points as the PDF. The page is
A4 with a "Side n af N" footer made of PAGE/NUMPAGES fields, the text is marked Danish for
the spelling checker, and the hearing box carries the QR code as a PNG.
"""

from __future__ import annotations

import io
import struct
import zlib
from typing import Any

from workshop_app.errors import UserError
from workshop_app.export.document import (
    KINDS_IN_ORDER,
    Point,
    Progress,
    Section,
    SummaryDocument,
    printable,
)

ACCENT_HEX = "1F5570"  # same petrol blue as the PDF
MUTED_HEX = "5D6770"
LANGUAGE_TAGS = {"da": "da-DK", "en": "en-GB"}


QR_WIDTH_MM = 30
MIN_QR_MODULE_MM = 0.4  # finer modules do not scan reliably from paper


def qr_png(data: str, *, scale: int = 8, quiet_zone: int = 4) -> bytes | None:
    """The QR code for *data* as a black-and-white PNG (*scale* pixels per module).

    None when the code would be too dense to scan at ``QR_WIDTH_MM``; raises UserError when
    *data* does not fit in a QR code at all.
    """
    from workshop_app.export.qr import qr_matrix

    matrix = qr_matrix(data, error_correction="M")
    if QR_WIDTH_MM / (len(matrix) + 2 * quiet_zone) < MIN_QR_MODULE_MM:
        return None
    n = len(matrix) + 2 * quiet_zone
    size = n * scale
    blank = [False] * n
    rows = [blank] * quiet_zone + [
        [False] * quiet_zone + row + [False] * quiet_zone for row in matrix
    ] + [blank] * quiet_zone
    raw = bytearray()
    for row in rows:
        line = b"\x00" + b"".join((b"\x00" if dark else b"\xff") * scale for dark in row)
        raw += line * scale

    def chunk(kind: bytes, payload: bytes) -> bytes:
        body = kind + payload
        return struct.pack(">I", len(payload)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", size, size, 8, 0, 0, 0, 0)  # 8-bit greyscale
    dpi = 300
    ppm = round(dpi / 0.0254)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"pHYs", struct.pack(">IIB", ppm, ppm, 1))
        + chunk(b"IDAT", zlib.compress(bytes(raw), 9))
        + chunk(b"IEND", b"")
    )


class _Writer:
    def __init__(self, doc: SummaryDocument, progress: Progress | None) -> None:
        from docx import Document
        from docx.enum.style import WD_STYLE_TYPE

        self.doc = doc
        self.word = Document()
        self.progress = progress
        self.total = max(len(doc.all_points()), 1)
        self.done = 0
        styles = self.word.styles
        # Style objects looked up once: add_paragraph(style=name) searches by name every time.
        self.style = {
            name: styles[name]
            for name in (
                "Normal", "Title", "Subtitle", "Heading 1", "Heading 2", "Heading 3",
                "List Bullet",
            )
        }
        if "Summary Label" not in [s.name for s in styles]:
            label = styles.add_style("Summary Label", WD_STYLE_TYPE.PARAGRAPH)
        else:  # pragma: no cover - a fresh Document never has it
            label = styles["Summary Label"]
        self.style["label"] = label
        self._setup()
        self.style_ids = {
            key: (None if style is self.style["Normal"] else style.style_id)
            for key, style in self.style.items()
        }
        self.body_end = self.word.element.body.sectPr  # new paragraphs go before it

    # ---------------------------------------------------------------- page and styles
    def _setup(self) -> None:
        from docx.oxml.ns import qn
        from docx.shared import Mm, Pt, RGBColor

        word, doc = self.word, self.doc
        section = word.sections[0]
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.left_margin = section.right_margin = Mm(27)
        section.top_margin, section.bottom_margin = Mm(24), Mm(26)
        section.footer_distance = Mm(12)

        accent = RGBColor.from_string(ACCENT_HEX)
        language = LANGUAGE_TAGS.get(doc.labels.language, doc.labels.language)
        normal = self.style["Normal"]
        normal.font.size = Pt(11)
        normal.paragraph_format.space_after = Pt(6)
        normal.paragraph_format.line_spacing = 1.15
        rpr = normal.element.get_or_add_rPr()
        lang = rpr.find(qn("w:lang"))
        if lang is None:
            lang = rpr.makeelement(qn("w:lang"), {})
            rpr.append(lang)
        lang.set(qn("w:val"), language)
        lang.set(qn("w:eastAsia"), language)
        # The template marks the document en-US in its defaults too; override that.
        defaults = word.styles.element.find(qn("w:docDefaults"))
        if defaults is not None:
            for el in defaults.iter(qn("w:lang")):
                el.set(qn("w:val"), language)

        for name, size, before in (("Heading 1", 16, 18), ("Heading 2", 13, 12),
                                   ("Heading 3", 9.5, 6)):
            style = self.style[name]
            style.font.color.rgb = accent if name != "Heading 2" else RGBColor(0x1D, 0x1D, 0x1B)
            style.font.size = Pt(size)
            style.font.italic = False
            style.paragraph_format.space_before = Pt(before)
            style.paragraph_format.space_after = Pt(3)
            style.paragraph_format.keep_with_next = True
        self.style["Heading 3"].font.all_caps = True
        self.style["Title"].font.color.rgb = RGBColor(0x1D, 0x1D, 0x1B)
        self.style["Subtitle"].font.color.rgb = RGBColor.from_string(MUTED_HEX)
        self.style["Subtitle"].font.italic = False
        label = self.style["label"]
        label.base_style = self.style["Normal"]
        label.font.size = Pt(8.5)
        label.font.bold = True
        label.font.all_caps = True
        label.font.color.rgb = accent
        label.paragraph_format.space_after = Pt(0)
        label.paragraph_format.keep_with_next = True
        self.style["List Bullet"].paragraph_format.space_after = Pt(3)

        props = word.core_properties
        props.title = printable(doc.title)
        props.author = printable(doc.author)
        props.last_modified_by = printable(doc.author)
        props.subject = printable(doc.subtitle() or doc.title)
        props.language = language
        props.comments = ""

        self._footer(section)

    def _footer(self, section: Any) -> None:
        from docx.enum.text import WD_TAB_ALIGNMENT
        from docx.shared import Inches, Mm, Pt, RGBColor

        footer = section.footer
        para = footer.paragraphs[0]
        tabs = para.paragraph_format.tab_stops
        # The template's Footer style has centre and right tabs for Letter paper; clear them.
        tabs.add_tab_stop(Inches(3.25), WD_TAB_ALIGNMENT.CLEAR)
        tabs.add_tab_stop(Inches(6.5), WD_TAB_ALIGNMENT.CLEAR)
        tabs.add_tab_stop(Mm(210 - 54), WD_TAB_ALIGNMENT.RIGHT)
        muted = RGBColor.from_string(MUTED_HEX)
        label = self.doc.labels.page
        before, _, rest = label.partition("{page}")
        middle, _, after = rest.partition("{pages}")

        def text(value: str) -> None:
            run = para.add_run(value)
            run.font.size = Pt(8)
            run.font.color.rgb = muted

        text(printable(self.doc.title) + "\t" + before)
        self._field(para, "PAGE", muted)
        text(middle)
        self._field(para, "NUMPAGES", muted)
        if after:
            text(after)

    @staticmethod
    def _field(paragraph: Any, code: str, color: Any) -> None:
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn
        from docx.shared import Pt

        def run_with(child: Any) -> None:
            run = paragraph.add_run()
            run.font.size = Pt(8)
            run.font.color.rgb = color
            run._r.append(child)

        begin = OxmlElement("w:fldChar")
        begin.set(qn("w:fldCharType"), "begin")
        instr = OxmlElement("w:instrText")
        instr.set(qn("xml:space"), "preserve")
        instr.text = f" {code} "
        separate = OxmlElement("w:fldChar")
        separate.set(qn("w:fldCharType"), "separate")
        run_with(begin)
        run_with(instr)
        run_with(separate)
        placeholder = paragraph.add_run("1")
        placeholder.font.size = Pt(8)
        placeholder.font.color.rgb = color
        end = OxmlElement("w:fldChar")
        end.set(qn("w:fldCharType"), "end")
        run_with(end)

    # ---------------------------------------------------------------- content
    def para(self, text: str, style: str = "Normal") -> Any:
        """Append a paragraph in *style* (a key of ``self.style``) holding *text*.

        Builds the XML directly: ``Document.add_paragraph`` scans the whole body and the
        style list on every call, which makes a 10,000-point summary quadratic.
        """
        from docx.oxml import OxmlElement
        from docx.text.paragraph import Paragraph

        p = OxmlElement("w:p")
        style_id = self.style_ids[style]
        if style_id:
            p.get_or_add_pPr().style = style_id
        if text:
            # Line breaks become <w:br/> and tabs <w:tab/> (python-docx's run text setter).
            p.add_r().text = printable(text)
        self.body_end.addprevious(p)
        return Paragraph(p, self.word._body)

    def hyperlink(self, paragraph: Any, url: str, text: str) -> None:
        from docx.opc.constants import RELATIONSHIP_TYPE
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        rel = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
        link = OxmlElement("w:hyperlink")
        link.set(qn("r:id"), rel)
        run = OxmlElement("w:r")
        rpr = OxmlElement("w:rPr")
        color = OxmlElement("w:color")
        color.set(qn("w:val"), ACCENT_HEX)
        underline = OxmlElement("w:u")
        underline.set(qn("w:val"), "single")
        rpr.append(color)
        rpr.append(underline)
        run.append(rpr)
        t = OxmlElement("w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = text
        run.append(t)
        link.append(run)
        paragraph._p.append(link)

    def point(self, point: Point) -> None:
        from docx.shared import Pt, RGBColor

        paragraph = self.para(point.text, "List Bullet")
        extras = []
        if point.evidence:
            extras.append(point.evidence)
        if self.doc.options.provenance and point.venues:
            extras.append(", ".join(point.venues))
        if extras:
            run = paragraph.add_run("\u00a0(" + printable("; ".join(extras)) + ")")
            run.font.size = Pt(9)
            run.font.color.rgb = RGBColor.from_string(MUTED_HEX)
        self.done += 1
        if self.progress is not None and self.done % 100 == 0:
            self.progress(min(self.done, self.total - 1), self.total)

    def section_points(self, section: Section) -> None:
        labels = self.doc.labels
        if not section.points:
            self.para(labels.no_points).runs[0].italic = True
            return
        for kind in KINDS_IN_ORDER:
            points = section.by_kind(kind)
            if not points:
                continue
            if kind is not None:
                self.para(labels.challenges if kind == "challenge" else labels.solutions,
                          "Heading 3")
            for p in points:
                self.point(p)

    def build(self) -> bytes:
        from docx.shared import Mm, Pt, RGBColor

        d, labels, c = self.doc, self.doc.labels, self.doc.consultation
        if d.author:
            kicker = self.para(d.author)
            kicker.runs[0].font.size = Pt(9)
            kicker.runs[0].font.color.rgb = RGBColor.from_string(ACCENT_HEX)
        self.para(d.title, "Title")
        if d.subtitle():
            self.para(d.subtitle(), "Subtitle")
        for text in _paragraphs(d.intro):
            self.para(text)
        if d.theme_names:
            self.para(labels.themes_lead)
            for name in d.theme_names:
                self.para(name, "List Bullet")

        self.para(labels.next_steps, "Heading 1")
        for text in _paragraphs(d.next_steps):
            self.para(text)
        if d.period_text():
            self.para(labels.period, "label")
            self.para(d.period_text())
        if c.hearing_email:
            self.para(labels.contact, "label")
            self.hyperlink(self.para(""), "mailto:" + c.hearing_email, c.hearing_email)
        if c.hearing_url:
            self.para(labels.hearing, "label")
            self.hyperlink(self.para(""), c.hearing_url, c.hearing_url)
            try:
                png = qr_png(c.hearing_url)
            except UserError:
                png = None  # too long for a QR code: the link above is all there is
            if png is not None:
                picture = self.para("")
                picture.add_run().add_picture(io.BytesIO(png), width=Mm(QR_WIDTH_MM))
                picture.paragraph_format.space_after = Pt(0)
                picture.paragraph_format.keep_with_next = True
                caption = self.para(labels.qr_caption)
                caption.runs[0].font.size = Pt(8)
                caption.runs[0].font.color.rgb = RGBColor.from_string(MUTED_HEX)

        if d.topics:
            self.para(labels.cross_cutting, "Heading 1")
            lead = self.para(labels.cross_cutting_lead)
            lead.runs[0].italic = True
            lead.paragraph_format.keep_with_next = True
            for section in d.topics:
                self.para(section.title, "Heading 2")
                self.section_points(section)
        if d.themes:
            self.para(labels.per_theme, "Heading 1")
            for section in d.themes:
                self.para(section.title, "Heading 2")
                self.section_points(section)
        for section in d.venue_themes:
            self.para(d.venue_marker(section), "label").paragraph_format.space_before = Pt(18)
            heading = self.para(section.title, "Heading 1")
            heading.paragraph_format.space_before = Pt(0)
            self.section_points(section)

        out = io.BytesIO()
        self.word.save(out)
        if self.progress is not None:
            self.progress(self.total, self.total)
        return out.getvalue()


def _paragraphs(text: str) -> list[str]:
    parts = [p.strip("\n") for p in text.replace("\r\n", "\n").split("\n\n")]
    return [p for p in parts if p.strip()]


def render_docx(doc: SummaryDocument, progress: Progress | None = None) -> bytes:
    """The summary as DOCX bytes with Word's heading and list styles, A4, Danish proofing.

    *progress* (optional) gets (done, total) counts of written points; it may raise to cancel.
    """
    return _Writer(doc, progress).build()
