"""The summary document as a tagged PDF (PDF/UA-1), typeset by Typst.

How: ``pdf_data.summary_data`` turns the document into JSON; the fixed template
``resources/typst/summary.typ`` reads it from ``sys.inputs`` and lays it out. Citizens' words
never become Typst markup (they are JSON strings, printed literally), no temporary file is
written, and only the fonts in ``resources/fonts`` are loaded, so the PDF looks the same on
every machine and embeds (subsets of) exactly those fonts.

Why Typst (the ``typst`` package, Apache-2.0): it writes tagged PDF and PDF/UA-1 (structure
tree, artifacts, alt text, /Lang per passage), shapes Arabic, Urdu and Ethiopic, lays out
right-to-left paragraphs, falls back between fonts per character, and compiles the seed-size
summary in a few hundredths of a second. reportlab, which made the summary before, cannot tag
a PDF and loses right-to-left order when it shapes. The handouts still use reportlab.

Layout: A4, Noto Sans, petrol-blue headings, the running title in the header from page 2,
"Side 3 af 8" in the footer (both marked as pagination artifacts), a PDF outline from the
headings, title/author/subject/language in the metadata and XMP, this app as the Creator and
Typst as the Producer (``pdf_meta``).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
import threading
from typing import Any

from workshop_app.errors import UserError
from workshop_app.export.document import Progress, SummaryDocument
from workshop_app.paths import resource_path

#: The PDF standard the summary claims (and Typst checks while it writes).
PDF_STANDARD = "ua-1"

_lock = threading.Lock()
_compiler: Any = None


def _typst_compiler() -> Any:
    """One Typst compiler per process (fonts scanned once), for the fixed template."""
    global _compiler
    if _compiler is None:
        template = resource_path("typst", "summary.typ")
        fonts_dir = resource_path("fonts")
        if not template.is_file() or not fonts_dir.is_dir():
            missing = template if not template.is_file() else fonts_dir
            raise UserError(f"{missing} is missing; reinstall workshop-app")
        import typst  # lazy: ~20 ms, only when a PDF is made

        fonts = typst.Fonts(
            include_system_fonts=False, include_embedded_fonts=False, font_paths=[fonts_dir]
        )
        _compiler = typst.Compiler(
            template, root=template.parent, font_paths=fonts, ignore_system_fonts=True
        )
    return _compiler


#: Unicode White_Space: what Typst's regex ``\s`` matches.
_SPACE = "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
#: More characters beyond U+0590 than this (Arabic, CJK notes): the full pattern, unchecked.
_CHECKED_AT_MOST = 100


@functools.cache
def _word_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A non-space beyond Armenian (where the scripts the rule leaves out begin), the
    non-spaces at the end of a text (``\\Z``: ``$`` also matches before a final newline),
    and those at its start; compiled when a PDF is first made, not on import."""
    return (re.compile(f"[^\\x00-\\u058f{_SPACE}]"), re.compile(f"[^{_SPACE}]*\\Z"),
            re.compile(f"[^{_SPACE}]*"))


def plain_long_words(payload: str) -> bool:
    r"""True when the template may find over-wide words with the plain pattern ``\S{30,}``.

    summary.typ breaks a word wider than the column, looking for 30 or more characters that
    are neither spaces nor Arabic, Hebrew, Syriac, Thaana, N'Ko, Han, kana or Hangul. Typst
    compiles that pattern in about 1.5 ms (each of the 30 repeats is a large Unicode class).
    When no run of 30 or more non-space characters holds a character from U+0590 on, where
    all of those scripts lie, both patterns match the same runs, so the plain one gives the
    same PDF (tests/test_export_pdf_scripts.py compares the files).

    *payload* is the JSON the template reads. A run of non-spaces in a text as it is laid out
    is never shorter there: JSON escapes no character into a space, and the quotes around a
    string lengthen a run that touches them (as the parentheses around an extra do).
    """
    beyond_armenian, trailing_word, leading_word = _word_patterns()
    beyond = [match.start() for match in beyond_armenian.finditer(payload)]
    if len(beyond) > _CHECKED_AT_MOST:
        return False
    for at in beyond:  # the run of non-spaces around each: shorter than 30?
        before = trailing_word.search(payload, max(0, at - 29), at)
        after = leading_word.match(payload, at + 1, at + 30)
        if len(before.group()) + 1 + len(after.group()) >= 30:  # type: ignore[union-attr]
            return False
    return True


def compile_summary(data: dict[str, Any], *, standard: str | None = PDF_STANDARD) -> bytes:
    """Typeset the template with *data* (``pdf_data.summary_data``) into PDF bytes.

    *standard* is the PDF standard to claim and check (None: tagged PDF without the claim).
    """
    payload = json.dumps(data, ensure_ascii=False)
    inputs = {"doc": payload, "long-words": "plain" if plain_long_words(payload) else "scripts"}
    with _lock:  # a compiler is not shared between threads (GUI preview and save)
        compiler = _typst_compiler()
        import typst

        try:
            pdf = compiler.compile(
                format="pdf",
                sys_inputs=inputs,
                pdf_standards=[standard] if standard else [],
                timestamp=dt.datetime.now(dt.UTC).replace(microsecond=0),
            )
        except typst.TypstError as exc:  # a bug in the template, or a text Typst refuses
            message = " ".join(str(getattr(exc, "message", exc)).split())
            raise UserError(f"the PDF could not be typeset: {message}") from None
    assert isinstance(pdf, bytes)
    from workshop_app.export.pdf_meta import stamp_creator

    return stamp_creator(pdf)  # this app as the Creator, Typst as the Producer


def render_pdf(doc: SummaryDocument, progress: Progress | None = None) -> bytes:
    """The summary as PDF bytes (A4, tagged, PDF/UA-1, outline, footer "Side n af N").

    A character no bundled font draws is printed as its code, ``[U+2D63]`` (the caller warns
    about it with ``fonts.missing_characters``). Should Typst still refuse something under
    PDF/UA-1, the document is written as a tagged PDF without that claim rather than not at
    all.

    *progress* (optional) gets (done, total): before typesetting and when done; it may raise
    to cancel the export.
    """
    from workshop_app.export.pdf_data import summary_data

    total = 2
    if progress is not None:
        progress(0, total)
    data = summary_data(doc)
    if progress is not None:
        progress(1, total)
    try:
        pdf = compile_summary(data)
    except UserError as exc:
        if "PDF/UA" not in str(exc):
            raise
        pdf = compile_summary(data, standard=None)
    if progress is not None:
        progress(total, total)
    return pdf
