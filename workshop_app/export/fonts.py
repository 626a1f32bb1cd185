"""The bundled typeface (Noto Sans, SIL OFL 1.1), registered with reportlab once per process.

Every PDF the app writes (the summary, the QR handouts) sets its text in these fonts, so the
PDF embeds them (subset) and prints æ, ø, å, typographic quotes and dashes on any machine.
The TTF files and their licence live in ``resources/fonts/``.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from workshop_app.errors import UserError
from workshop_app.paths import resource_path

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
