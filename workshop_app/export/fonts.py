"""The bundled fonts: reportlab registration (handouts), scripts, and coverage checks.

Every PDF the app writes sets its text in the fonts of ``resources/fonts/`` (listed with their
licences in FONTS.md), so it prints æ, ø, å, Arabic, Urdu, Ethiopic, CJK and emoji on any
machine. The handouts register Noto Sans with reportlab (``register_fonts``); the summary PDF
hands the whole folder to Typst. ``text_language``/``is_rtl`` tell what a citizen's text is
written in, and ``missing_characters`` finds what no bundled font can draw, so it is warned
about instead of dropped in silence.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from workshop_app.domain.direction import is_rtl  # noqa: F401 -- one rule, re-exported
from workshop_app.errors import UserError
from workshop_app.paths import resource_path

if TYPE_CHECKING:
    from workshop_app.export.document import SummaryDocument

FAMILY = "NotoSans"
# style -> (reportlab font name, file in resources/fonts)
_FILES = {
    "regular": ("NotoSans", "NotoSans-Regular.ttf"),
    "bold": ("NotoSans-Bold", "NotoSans-Bold.ttf"),
    "italic": ("NotoSans-Italic", "NotoSans-Italic.ttf"),
    "bold_italic": ("NotoSans-BoldItalic", "NotoSans-BoldItalic.ttf"),
}


@dataclass(frozen=True)
class FontSet:
    """reportlab font names of the four styles, plus the family name for Paragraph markup."""

    family: str
    regular: str
    bold: str
    italic: str
    bold_italic: str


_lock = threading.Lock()
_registered: FontSet | None = None


def register_fonts() -> FontSet:
    """Register the bundled TTFs with reportlab (idempotent, thread-safe) and return their names.

    The family is registered too, so ``<b>`` and ``<i>`` inside a Paragraph whose font is
    ``FontSet.regular`` pick the bold and italic files. Raises UserError naming the missing
    file when the installation lacks ``resources/fonts`` (one line for the user, no traceback).
    """
    global _registered
    if _registered is not None:
        return _registered
    with _lock:
        if _registered is not None:
            return _registered
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        names = {style: name for style, (name, _) in _FILES.items()}
        known = set(pdfmetrics.getRegisteredFontNames())
        for style, (_, filename) in _FILES.items():
            if names[style] in known:
                continue
            path = resource_path("fonts", filename)
            if not path.is_file():
                raise UserError(f"the bundled font {path} is missing; reinstall workshop-app")
            pdfmetrics.registerFont(TTFont(names[style], str(path)))
        # The regular font's name doubles as the family name, so a Paragraph set in any of the
        # four styles finds the others for <b> and <i> (what registerFontFamily does).
        addMapping(names["regular"], 0, 0, names["regular"])
        addMapping(names["regular"], 1, 0, names["bold"])
        addMapping(names["regular"], 0, 1, names["italic"])
        addMapping(names["regular"], 1, 1, names["bold_italic"])
        _registered = FontSet(
            family=names["regular"],
            regular=names["regular"],
            bold=names["bold"],
            italic=names["italic"],
            bold_italic=names["bold_italic"],
        )
        return _registered


# ---------------------------------------------------------------- scripts and coverage
# Everything below is Qt-free and used by the summary PDF (and free for the other writers):
# which language a citizen's text is in as far as its letters tell, which way it runs, and
# which of its characters no bundled font can draw.

#: Letters only Urdu uses among the Arabic-script languages we meet (ٹ ڈ ڑ ں ھ ہ ے).
_URDU = frozenset("\u0679\u0688\u0691\u06ba\u06be\u06c1\u06d2")
#: Letters Farsi adds to Arabic (پ چ ژ گ) and its own forms of yeh and kaf (ی ک).
_FARSI = frozenset("\u067e\u0686\u0698\u06af\u06cc\u06a9")
_ZWNJ = "\u200c"

#: Characters that are never drawn and so are never "missing" from a font: joiners, direction
#: marks, embeddings, overrides, isolates, variation selectors, soft hyphen, BOM, tag characters.
_INVISIBLE_CHARS = (
    "[\u00ad\u034f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufe00-\ufe0f\ufeff"
    "\U000e0000-\U000e007f\U000e0100-\U000e01ef\t\n\r]"
)
_invisible: re.Pattern[str] | None = None
#: Text without any of these characters needs no font lookup: Latin up to Latin Extended-B,
#: general punctuation and the euro sign are all in Noto Sans (tests/test_export_pdf_fonts.py).
SURE_LATIN = "\x00-\x7f\xa0-\u024f\u2010-\u2027\u2030-\u205e\u20ac"
_BEYOND_NOTO_SANS_LATIN = re.compile(f"[^{SURE_LATIN}]")


#: Anything but Latin, Greek, Cyrillic, punctuation, symbols and emoji: a quick C-speed test
#: before letters are counted (a negated class: cheap to compile, unlike the CJK ranges).
_OTHER_SCRIPT = re.compile(
    "[^\x00-\u058f\u1d00-\u2bff\u2e00-\u2e7f\ufe00-\ufe0f\U0001f000-\U0001faff]"
)
def _script_of(ch: str) -> str | None:
    """The script of one letter as far as the summary cares, or None for anything else."""
    cp = ord(ch)
    if 0x0600 <= cp <= 0x06FF or 0x0750 <= cp <= 0x077F or 0x08A0 <= cp <= 0x08FF \
            or 0xFB50 <= cp <= 0xFDFF or 0xFE70 <= cp <= 0xFEFF:
        return "arabic"
    if 0x1200 <= cp <= 0x139F or 0x2D80 <= cp <= 0x2DDF or 0xAB00 <= cp <= 0xAB2F:
        return "ethiopic"
    if 0xAC00 <= cp <= 0xD7AF or 0x1100 <= cp <= 0x11FF or 0x3130 <= cp <= 0x318F:
        return "hangul"
    if 0x3040 <= cp <= 0x30FF or 0x31F0 <= cp <= 0x31FF or 0xFF66 <= cp <= 0xFF9F:
        return "kana"
    if 0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0x20000 <= cp <= 0x2FA1F \
            or 0xF900 <= cp <= 0xFAFF:
        return "han"
    if ch.isalpha():
        return "latin"  # Latin, Greek, Cyrillic: the document's language is as good a guess
    return None


def text_language(text: str) -> str | None:
    """The language *text* is written in as its letters tell, or None when they do not.

    Decided by the script most of its letters are in: Arabic script is Urdu when a letter only
    Urdu uses appears, Farsi when a Farsi letter or the zero-width non-joiner does, else
    Arabic; Ethiopic is taken as Tigrinya (the language most Ethiopic-script writers in
    Copenhagen use; Amharic has no letter of its own to tell it by); Hangul is Korean, kana
    Japanese, Han alone Chinese. Latin-script text returns None: Danish, Turkish and Somali
    share letters, so the document's own language stands.
    """
    if not _OTHER_SCRIPT.search(text):  # the common case, at C speed
        return None
    counts: dict[str, int] = {}
    for ch in text:
        script = _script_of(ch)
        if script:
            counts[script] = counts.get(script, 0) + 1
    if not counts:
        return None
    if counts.get("kana"):  # Japanese mixes kana with Han; kana alone decides it
        counts["kana"] += counts.pop("han", 0)
    main = max(counts, key=lambda s: counts[s])
    if main == "arabic":
        letters = set(text)
        if letters & _URDU:
            return "ur"
        if letters & _FARSI or _ZWNJ in letters:
            return "fa"
        return "ar"
    return {"ethiopic": "ti", "hangul": "ko", "kana": "ja", "han": "zh"}.get(main)


_cmap_lock = threading.Lock()
#: Character sets of the bundled fonts read so far, in ``_font_files()`` order.
_cmaps_read: list[frozenset[str]] = []
#: Their union (every character the fonts read so far draw).
_read_so_far: frozenset[str] = frozenset()
_font_list: list[Path] | None = None
#: The CJK fonts hold 46,000 code points between them (about 12 ms to read, where the other
#: eleven files take 2 ms): read only for a text the others cannot draw.
_READ_LAST = ("DroidSansFallback", "NanumSquare")


def _font_files() -> list[Path]:
    global _font_list
    if _font_list is None:
        files = resource_path("fonts").glob("*.ttf")
        _font_list = sorted(files, key=lambda p: (p.name.startswith(_READ_LAST),
                                                  not p.name.startswith("NotoSans-"), p.name))
    return _font_list


def _cmaps() -> Iterator[frozenset[str]]:
    """The character set of each bundled font, one by one, each file read once per process
    (with HarfBuzz, uharfbuzz: well under 1 ms for most, where fontTools takes 10 times as long),
    Noto Sans first, the CJK fonts last."""
    global _read_so_far
    index = 0
    while True:
        if index >= len(_cmaps_read):
            with _cmap_lock:
                if index >= len(_cmaps_read):
                    files = _font_files()
                    if index >= len(files):
                        return
                    import uharfbuzz

                    face = uharfbuzz.Face(uharfbuzz.Blob.from_file_path(str(files[index])))
                    cmap = frozenset(map(chr, face.unicodes))
                    _read_so_far = _read_so_far | cmap
                    _cmaps_read.append(cmap)
        yield _cmaps_read[index]
        index += 1


def covered_characters() -> frozenset[str]:
    """Every character some bundled font has a glyph for (read once per process)."""
    for _cmap in _cmaps():  # reads the fonts not read yet
        pass
    return _read_so_far


def uncovered(text: str) -> list[str]:
    """The characters of *text* that no bundled font draws, each once, in order of appearance.

    Invisible format characters (joiners, direction marks, isolates, variation selectors) are
    not counted: they are never drawn. The fonts are read only as far as *text* needs: an
    Arabic note reads Noto Sans, the emoji and Noto Naskh, not the CJK fonts.
    """
    global _invisible
    if not _BEYOND_NOTO_SANS_LATIN.search(text):
        return []  # Noto Sans has all of these (a test checks); control characters are not
        # printed at all (document.printable), so they are not "missing" either
    if _read_so_far.issuperset(text):  # the common case, at C speed
        return []
    if _invisible is None:
        _invisible = re.compile(_INVISIBLE_CHARS)
    remaining = set(_invisible.sub("", text))
    for cmap in _cmaps():
        remaining -= cmap
        if not remaining:
            return []
    return [ch for ch in dict.fromkeys(text) if ch in remaining]


@dataclass(frozen=True)
class Missing:
    """Characters of one published text that no bundled font can draw."""

    where: str  # a note id, or "title", "intro", "topic:…", "theme:…", "point"
    chars: tuple[str, ...]

    def codes(self) -> str:
        """The characters as ``U+2D63, U+2D5C``."""
        return ", ".join(f"U+{ord(c):04X}" for c in self.chars)

    def message(self) -> str:
        """One line, e.g. ``warning: note 3f2a…: no bundled font draws U+2D63; the PDF …``."""
        return (f"warning: {self.where}: no bundled font draws {self.codes()}; "
                "the PDF prints the code instead")


def missing_characters(doc: SummaryDocument) -> list[Missing]:
    """Every published text of *doc* with characters no bundled font draws, one entry per text.

    A raw note is named by its id, a curated point by the ids of the notes it condenses, the
    document's own texts by their field. The export still writes the document (the PDF prints
    the character's code, ``[U+2D63]``, in its place); the caller shows these lines.
    """
    found: list[Missing] = []

    def check(where: str, text: str) -> None:
        chars = uncovered(text)
        if chars:
            found.append(Missing(where, tuple(chars)))

    check("title", doc.title)
    check("author", doc.author)
    check("intro", doc.intro)
    check("next steps", doc.next_steps)
    for name in doc.theme_names:
        check(f"theme {name!r}", name)
    for section in (*doc.topics, *doc.themes, *doc.venue_themes):
        check(section.key, section.title)
        for point in section.points:
            if point.curated:
                ids = ", ".join(point.note_ids) or "none"
                check(f"summary point (notes {ids})", point.text)
            else:
                check("note " + ", ".join(point.note_ids), point.text)
    return found
