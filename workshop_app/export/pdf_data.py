"""The summary document as the JSON data the fixed Typst template reads.

``summary_data`` is the ONE place that turns a ``SummaryDocument`` into data for
``resources/typst/summary.typ``: a field added to the document model is added here and read
there. Citizens' words only ever travel as JSON strings; the template prints strings
literally, so nothing they type can become Typst markup.

Every user text becomes a *run*: ``{"t": text, "lang": code or None, "rtl": bool}``. The
language comes from the text's letters (``fonts.text_language``), so an Arabic note carries
/Lang ar in the tagged PDF and an Urdu note /Lang ur (set in Naskh: see summary.typ);
``rtl`` makes its paragraph run right to left. A note that brings its own direction controls
(U+202E and friends) is closed in an isolate (FSI … PDI), so it can never reorder the words
printed after it.
"""

from __future__ import annotations

from typing import Any

from workshop_app.errors import UserError
from workshop_app.export.document import (
    KINDS_IN_ORDER,
    Point,
    Section,
    SummaryDocument,
    printable,
)
from workshop_app.export.fonts import is_rtl, text_language, uncovered

#: Side of the hearing QR code including its quiet zone, in millimetres (as in the template).
QR_SIZE_MM = 31.0
#: Finer QR modules than this do not scan reliably from a laser print.
MIN_QR_MODULE_MM = 0.4
#: The running header and footer show at most this many characters of the title.
RUNNING_TITLE_MAX = 90

#: Alt text of the hearing QR code (the PDF/UA Figure), by document language.
QR_ALT = {
    "da": "QR-kode, der fører til høringen på {url}",
    "en": "QR code that leads to the hearing at {url}",
}

_DIRECTION_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def text(value: str) -> str:
    """User text as it is printed: control characters out, tabs as spaces, else as typed.

    A byte-order mark inside a text (U+FEFF, pasted along) is printed as the word joiner
    U+2060, the character Unicode now uses for its "zero-width no-break" meaning: PDF/UA-1
    does not allow U+FEFF in the text, and both are invisible.
    """
    value = printable(value).replace("\t", " ").replace("\r\n", "\n").replace("\r", "\n")
    return shown(value.replace("\ufeff", "\u2060"))


def shown(value: str) -> str:
    """*value* with each character no bundled font draws written as its code, ``[U+2D63]``.

    Drawn as an empty box it would also be missing from the text layer (Typst maps the
    box to nothing) and break PDF/UA-1; its code keeps it visible, copyable and looked-up-able.
    The export warns about each such note (``fonts.missing_characters``).
    """
    missing = uncovered(value)
    for ch in missing:
        value = value.replace(ch, f"[U+{ord(ch):04X}]")
    return value


def run(value: str) -> dict[str, Any]:
    """One user text as a run: the text, its language as its letters tell, its direction."""
    value = text(value)
    if _DIRECTION_CONTROLS.intersection(value):
        value = "\u2068" + value + "\u2069"  # FSI … PDI: its controls end where it ends
    return {"t": value, "lang": text_language(value), "rtl": is_rtl(value)}


def paragraphs(value: str) -> list[dict[str, Any]]:
    """Blank-line separated paragraphs of an editable text as runs (single breaks kept)."""
    parts = [p.strip("\n") for p in text(value).split("\n\n")]
    return [run(p) for p in parts if p.strip()]


def one_line(value: str, limit: int = RUNNING_TITLE_MAX) -> str:
    """*value* on one line (spaces tidied), shortened with an ellipsis past *limit*."""
    value = " ".join(text(value).split())
    return value if len(value) <= limit else value[: limit - 1].rstrip() + "…"


def point_data(doc: SummaryDocument, point: Point) -> str | dict[str, Any]:
    """One bullet: its run and the muted extras after it (evidence, provenance).

    A bullet that is nothing but left-to-right text in the document's language is sent as
    the bare string: with 10,000 notes that spares Typst ~0.15 s of per-bullet work.
    """
    extras = []
    if point.evidence:
        extras.append(point.evidence)
    if doc.options.provenance and point.venues:
        extras.append(", ".join(point.venues))
    body = run(point.text)
    if not extras and body["lang"] is None and not body["rtl"]:
        return body["t"]
    return {"text": body, "extra": text("; ".join(extras))}


def _rtl(item: str | dict[str, Any]) -> bool:
    if isinstance(item, str):
        return False  # a bare string is a left-to-right point (point_data)
    return bool(item["text"]["rtl"] if "text" in item else item["rtl"])


def bullet_runs(items: list[Any]) -> list[dict[str, Any]]:
    """Bullets cut into runs of one direction: ``[{"rtl": bool, "points": [...]}, ...]``.

    The template lays a right-to-left run out as a right-to-left list, so each bullet sits
    at the start of its note's line in reading direction: on the right for Arabic, Farsi and
    Urdu. A group of Danish notes is one run, as before.
    """
    runs: list[dict[str, Any]] = []
    for item in items:
        rtl = _rtl(item)
        if runs and runs[-1]["rtl"] == rtl:
            runs[-1]["points"].append(item)
        else:
            runs.append({"rtl": rtl, "points": [item]})
    return runs


def section_data(doc: SummaryDocument, section: Section) -> dict[str, Any]:
    labels = doc.labels
    groups = []
    for kind in KINDS_IN_ORDER:
        points = section.by_kind(kind)
        if not points:
            continue
        label = None
        if kind is not None:
            label = (labels.challenges if kind == "challenge" else labels.solutions).upper()
        groups.append({"label": label, "runs": bullet_runs([point_data(doc, p) for p in points])})
    return {
        "key": section.key,
        "title": run(section.title if text(section.title).strip() else "—"),  # never blank
        "marker": text(doc.venue_marker(section).upper()),
        "empty": None if section.points else labels.no_points,
        "groups": groups,
    }


def _import_qrcode_without_pillow() -> None:
    """Import ``qrcode`` without Pillow when a command-line export is the first to need it.

    qrcode imports Pillow (about 50 ms, a quarter of what a seed-size export does beyond its
    import floor) only for its optional image drawers, which it skips when Pillow cannot be
    imported; the PDF needs just the module matrix. Done on the main thread only (the CLI),
    so no other thread can see the blocked name; Pillow imports normally afterwards.
    """
    import sys
    import threading

    if "qrcode" in sys.modules or "PIL" in sys.modules:
        return
    if threading.current_thread() is not threading.main_thread():
        return
    sys.modules["PIL"] = None  # type: ignore[assignment]  # "import PIL" raises ImportError
    try:
        import qrcode  # noqa: F401
    finally:
        del sys.modules["PIL"]


def qr_svg(url: str) -> str | None:
    """The hearing URL as an SVG QR code (quiet zone included), or None when it cannot be
    printed so that it scans: too long for a code, or modules finer than 0.4 mm."""
    _import_qrcode_without_pillow()
    from workshop_app.export.qr import STANDARD_QUIET_ZONE, qr_matrix

    try:
        matrix = qr_matrix(url, error_correction="M")
    except UserError:
        return None  # too long for a QR code: the URL is printed in full anyway
    n = len(matrix) + 2 * STANDARD_QUIET_ZONE
    if QR_SIZE_MM / n < MIN_QR_MODULE_MM:
        return None
    q = STANDARD_QUIET_ZONE
    path = []
    for r, row in enumerate(matrix):  # one rectangle per horizontal run of dark modules
        c = 0
        while c < len(row):
            if row[c]:
                start = c
                while c < len(row) and row[c]:
                    c += 1
                path.append(f"M{start + q} {r + q}h{c - start}v1h{start - c}z")
            else:
                c += 1
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {n} {n}" '
        f'shape-rendering="crispEdges"><rect width="{n}" height="{n}" fill="#fff"/>'
        f'<path fill="#000" d="{"".join(path)}"/></svg>'
    )


def next_steps_data(doc: SummaryDocument) -> dict[str, Any]:
    labels, c = doc.labels, doc.consultation
    facts = []
    if doc.period_text():
        facts.append({"label": labels.period.upper(), "text": doc.period_text(), "link": None})
    if c.hearing_email:
        email = text(c.hearing_email)
        facts.append({"label": labels.contact.upper(), "text": email, "link": "mailto:" + email})
    qr = None
    if c.hearing_url:
        url = text(c.hearing_url)
        facts.append({"label": labels.hearing.upper(), "text": url, "link": url})
        svg = qr_svg(url)
        if svg is not None:
            alt = QR_ALT.get(labels.language, QR_ALT["en"]).format(url=url)
            qr = {"svg": svg, "alt": alt, "caption": labels.qr_caption}
    return {
        "heading": labels.next_steps,
        "paragraphs": paragraphs(doc.next_steps),
        "facts": facts,
        "qr": qr if facts else None,
    }


def summary_data(doc: SummaryDocument) -> dict[str, Any]:
    """The whole document as JSON-ready data for ``summary.typ``."""
    labels = doc.labels
    title = text(doc.title) if text(doc.title).strip() else labels.default_title
    return {
        "lang": labels.language,
        "meta": {
            # Metadata comes from the document's own (already redacted) fields only.
            "title": one_line(title, 1000) or labels.default_title,
            "author": one_line(doc.author, 1000),
            "subject": one_line(doc.subtitle() or title, 1000),
        },
        "running_title": one_line(title),
        "page_pattern": labels.page,
        "author_line": text(doc.author),
        "title": run(title),
        "subtitle": text(doc.subtitle()),
        "intro": paragraphs(doc.intro),
        "themes_lead": labels.themes_lead,
        "theme_names": bullet_runs([run(name) for name in doc.theme_names]),
        "next_steps": next_steps_data(doc),
        "cross_cutting": {"heading": labels.cross_cutting, "lead": labels.cross_cutting_lead},
        "topics": [section_data(doc, s) for s in doc.topics],
        "per_theme": labels.per_theme,
        "themes": [section_data(doc, s) for s in doc.themes],
        "venue_themes": [section_data(doc, s) for s in doc.venue_themes],
    }
