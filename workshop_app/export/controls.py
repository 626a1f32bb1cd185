"""Control characters shown, never dropped: how the Markdown and DOCX exports write them.

A note can hold bytes no text file should carry raw: ESC … BEL (a terminal-title
sequence), NUL, a vertical tab from a paste. Written raw they corrupt a terminal or an XML
file; dropped, the citizen's text is silently changed. The exports write each one as a
visible symbol instead, one character for one character:

* C0 controls U+0000–U+001F (except tab and line feed) as the Unicode *Control Pictures*
  U+2400–U+241F: ESC is written ␛, BEL ␇, NUL ␀, a vertical tab ␋;
* DEL U+007F as ␡ (U+2421);
* C1 controls U+0080–U+009F, which have no control pictures, and lone surrogates as
  ⟨U+0085⟩ (the code point between mathematical angle brackets);
* a carriage return before a line feed (Windows line ends) is part of the line break;
  a lone carriage return is written ␍.

``restore_controls`` turns these symbols back into the characters, so the mapping is
reversible for any text that does not itself contain control pictures or ⟨U+…⟩.
Everything else (any script, U+FFFD, bidi controls such as U+202E, isolates, LRM/RLM,
zero-width joiners) is written exactly as typed.
"""

from __future__ import annotations

import re

_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_PICTURE = re.compile("[\u2400-\u241f\u2421]|\u27e8U\\+([0-9A-F]{4})\u27e9")


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)
    if code == 0x7F:
        return "\u2421"
    return f"\u27e8U+{code:04X}\u27e9"


def visible_controls(text: str) -> str:
    """*text* with every control character except tab and line feed made visible."""
    text = text.replace("\r\n", "\n")
    return _CONTROLS.sub(_visible, text)


def restore_controls(text: str) -> str:
    """The inverse of ``visible_controls`` (line ends come back as line feeds)."""

    def back(match: re.Match[str]) -> str:
        if match.group(1):
            return chr(int(match.group(1), 16))
        code = ord(match.group())
        return "\x7f" if code == 0x2421 else chr(code - 0x2400)

    return _PICTURE.sub(back, text)
