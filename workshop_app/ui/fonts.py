"""The shipped fonts in the window: every script citizens write, drawn from resources/fonts.

A note in Arabic, Farsi, Urdu, Tigrinya, Chinese or with emoji must show from the fonts
the app ships (resources/fonts/FONTS.md), not from whatever the laptop has installed.
``install_fonts()`` registers them with Qt once (about 8 ms for all twelve files on our
machine; Qt reads a font file only when a glyph is first needed), and ``note_font()``
gives a note's font a family list in which the shipped fonts come first, so Qt takes each
character from the first shipped font that has it. Urdu notes (letters only Urdu uses)
get Noto Nastaliq Urdu before Noto Naskh Arabic.

``is_rtl()`` finds a note's direction from its first strong character (as the Unicode
bidi algorithm does for a paragraph); note lists, search results and the projector
align right-to-left notes to the right.
"""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase

from workshop_app import paths
from workshop_app.domain.direction import is_rtl  # one P2 rule for window and PDF

#: The families of resources/fonts, in the order Qt should try them for a note.
NOTE_FAMILIES = [
    "Noto Sans",
    "Noto Naskh Arabic",
    "Noto Sans Ethiopic",
    "Droid Sans Fallback",
    "Noto Color Emoji",
]
URDU_FAMILIES = ["Noto Sans", "Noto Nastaliq Urdu", *NOTE_FAMILIES[1:]]
#: Letters Urdu writes and Arabic and Farsi do not (ٹ ڈ ڑ ں ھ ہ ے ۓ).
URDU_LETTERS = frozenset("\u0679\u0688\u0691\u06ba\u06be\u06c1\u06d2\u06d3")
URDU_SAMPLE = "\u06d2"

_installed: list[str] | None = None
#: Milliseconds the last ``install_fonts`` took (for the benchmark and the notes).
install_ms = 0.0


def install_fonts() -> list[str]:
    """Register the shipped fonts with Qt (once per process); returns their families."""
    global _installed, install_ms
    if _installed is not None:
        return _installed
    started = time.perf_counter()
    families: list[str] = []
    for path in sorted(paths.resource_path("fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    if "Noto Color Emoji" in families:
        QFontDatabase.addApplicationEmojiFontFamily("Noto Color Emoji")
    _installed = list(dict.fromkeys(families))
    install_ms = (time.perf_counter() - started) * 1000
    return _installed


def is_urdu(text: str) -> bool:
    return any(ch in URDU_LETTERS for ch in text)


_made: dict[tuple[str, bool], QFont] = {}


def note_font(base: QFont, text: str = "") -> QFont:
    """``base`` (size, weight) with the shipped families first, for a note's ``text``."""
    key = (base.key(), is_urdu(text))
    font = _made.get(key)
    if font is None:
        install_fonts()
        font = QFont(base)
        font.setFamilies(URDU_FAMILIES if key[1] else NOTE_FAMILIES)
        if len(_made) > 64:
            _made.clear()
        _made[key] = font
    return QFont(font)


_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute


def alignment(text: str) -> Qt.AlignmentFlag:
    """Right (absolute) for a right-to-left note, left otherwise (the two flags are made
    once: combining enum flags costs a few microseconds, and every row of a list asks)."""
    return _RIGHT if is_rtl(text) else _LEFT
