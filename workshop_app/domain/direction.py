"""A text's direction, as the window and the exported documents both decide it.

One rule for the note lists, the projector, the PDF and the DOCX: a text runs right to left
when its first strong letter does (Unicode bidi rule P2, skipping what stands inside
isolates). ``export.fonts`` re-exports ``is_rtl``; the window imports it from here, so its
start does not load the export's font code.
"""

from __future__ import annotations

import re

#: Characters that may make a text right to left (Hebrew, Arabic and their presentation forms,
#: the right-to-left mark, embedding, override and isolate).
_MAYBE_RTL = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\u200f\u202b\u202e\u2067"
    "\U00010800-\U00010fff\U0001e800-\U0001efff]"
)


def is_rtl(text: str) -> bool:
    """Whether *text* runs right to left: its first strong letter does (Unicode bidi rule P2,
    skipping what stands inside isolates)."""
    if not _MAYBE_RTL.search(text):  # the common case, at C speed
        return False
    import unicodedata

    depth = 0
    for ch in text:
        if ch in "\u2066\u2067\u2068":
            depth += 1
        elif ch == "\u2069":
            depth = max(depth - 1, 0)
        elif depth == 0:
            kind = unicodedata.bidirectional(ch)
            if kind == "L":
                return False
            if kind in ("R", "AL"):
                return True
    return False
