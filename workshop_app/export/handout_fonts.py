"""The bundled fonts as the handout sets them: which font draws which character, how wide
a line is, and which characters no bundled font can draw.

The handout is laid out here (lines wrapped, sizes shrunk to fit) and drawn by Typst
(``handout.py``). Both must agree on the width of a line, so both use the same fonts in
the same fallback order, and widths are measured by shaping with HarfBuzz (``uharfbuzz``),
as Typst does: an Arabic or Urdu word joined in Naskh is measured as it will be printed,
not as a row of isolated letters.

Fallback order per language (the first font that has the character draws it):

* Arabic, Farsi, Urdu: Noto Naskh Arabic, Noto Sans, …
* every other language: Noto Sans, Noto Naskh Arabic, …

Urdu is set in Naskh, as in the summary PDF, not in Nastaliq: Typst gives Nastaliq's
stacked, multi-glyph letters a text layer that does not read back (pdftotext and pypdf
return letters doubled and words split; a screen reader would read the same), while Naskh
reads back word for word. docs/performance.md, "Urdu in the PDFs: Naskh, not Nastaliq",
has the evidence. The window, which has no text layer to garble, shows Urdu in Nastaliq.

and after those Noto Sans Ethiopic, Droid Sans Fallback (Chinese, Japanese), NanumSquare
(Korean, where shipped) and Noto Color Emoji. A character none of them has is reported by ``uncovered``.
"""

from __future__ import annotations

import functools
import threading
import unicodedata
from dataclasses import dataclass

from workshop_app.errors import UserError
from workshop_app.paths import resource_path

#: Typst family name -> (regular file, bold file) in resources/fonts.
FAMILIES: dict[str, tuple[str, str]] = {
    "Noto Sans": ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
    "Noto Naskh Arabic": ("NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf"),
    "Noto Sans Ethiopic": ("NotoSansEthiopic-Regular.ttf", "NotoSansEthiopic-Bold.ttf"),
    "Droid Sans Fallback": ("DroidSansFallbackFull.ttf", "DroidSansFallbackFull.ttf"),
    "NanumSquare": ("NanumSquareR.ttf", "NanumSquareR.ttf"),  # Hangul, where it is shipped
    "Noto Color Emoji": ("NotoColorEmoji.ttf", "NotoColorEmoji.ttf"),
}
_TAIL = ("Noto Sans Ethiopic", "Droid Sans Fallback", "NanumSquare", "Noto Color Emoji")
#: Families that must be there; the others are used when their file is shipped.
_REQUIRED = ("Noto Sans", "Noto Naskh Arabic")


@functools.cache
def _shipped(family: str) -> bool:
    return family in _REQUIRED or resource_path("fonts", FAMILIES[family][0]).is_file()


def families(lang: str) -> tuple[str, ...]:
    """The fallback chain for text in *lang* (a language code such as ``"ar"``)."""
    base = lang.split("-")[0]
    if base in ("ar", "fa", "ur"):
        head = ("Noto Naskh Arabic", "Noto Sans")
    else:
        head = ("Noto Sans", "Noto Naskh Arabic")
    return tuple(family for family in head + _TAIL if _shipped(family))


@dataclass(frozen=True)
class _Face:
    font: object  # uharfbuzz.Font
    upem: int
    cmap: frozenset[int]


_lock = threading.Lock()


@functools.cache
def _face(family: str, bold: bool) -> _Face:
    import uharfbuzz as hb

    filename = FAMILIES[family][1 if bold else 0]
    path = resource_path("fonts", filename)
    if not path.is_file():
        raise UserError(f"the bundled font {path} is missing; reinstall workshop-app")
    face = hb.Face(hb.Blob.from_file_path(str(path)))
    return _Face(hb.Font(face), face.upem, frozenset(face.unicodes))


def _attaches(char: str) -> bool:
    """Marks, joiners and variation selectors go with the character before them."""
    return unicodedata.category(char) in ("Mn", "Me", "Cf") or 0xFE00 <= ord(char) <= 0xFE0F


def _runs(text: str, chain: tuple[str, ...], bold: bool) -> list[tuple[str, str]]:
    """*text* cut into (family, text) runs, each drawn by one font."""
    runs: list[tuple[str, str]] = []
    for char in text:
        if runs and _attaches(char):
            family, part = runs[-1]
            runs[-1] = (family, part + char)
            continue
        family = next((f for f in chain if ord(char) in _face(f, bold).cmap), chain[0])
        if runs and runs[-1][0] == family:
            runs[-1] = (family, runs[-1][1] + char)
        else:
            runs.append((family, char))
    return runs


def text_width(text: str, lang: str, size: float, *, bold: bool = False) -> float:
    """Width in points of *text* set at *size* points in *lang*'s fonts, shaped."""
    return _units(text, lang, bold) * size


@functools.lru_cache(maxsize=32768)
def _units(text: str, lang: str, bold: bool) -> float:
    """Width of *text* at 1 pt (wrapping measures the same words again and again)."""
    import uharfbuzz as hb

    total = 0
    with _lock:  # a HarfBuzz font is not safe to shape with from two threads at once
        for family, part in _runs(text, families(lang), bold):
            face = _face(family, bold)
            buffer = hb.Buffer()
            buffer.add_str(part)
            buffer.guess_segment_properties()
            hb.shape(face.font, buffer, {"kern": True, "liga": True})
            total += sum(p.x_advance for p in buffer.glyph_positions) / face.upem
    return total


def uncovered(text: str) -> list[str]:
    """The characters of *text* that no bundled font can draw (each once, in order).

    Spaces, line breaks and invisible format characters (direction marks, joiners) need
    no glyph and are never reported.
    """
    seen: list[str] = []
    for char in text:
        if char in seen or char.isspace() or unicodedata.category(char) in ("Cf", "Cc"):
            continue
        if not any(ord(char) in _face(f, False).cmap for f in FAMILIES if _shipped(f)):
            seen.append(char)
    return seen


def describe(chars: list[str]) -> str:
    """``U+E000, U+10FFFD`` for a warning line."""
    return ", ".join(f"U+{ord(c):04X}" for c in chars)
