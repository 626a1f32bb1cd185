"""The summary document as Markdown, with the same structure as the PDF.

Every character of a note is kept: the rendered Markdown (CommonMark, and GitHub's
tables and strikethrough) shows exactly the text that was typed. Two things make that so:

* control characters (ESC, BEL, NUL, …) are written as visible symbols (␛, ␇, ␀), see
  ``export/controls.py``; nothing else is changed;
* Markdown syntax is escaped with a backslash only where it would take effect at that
  position, so the file stays readable and no stray backslash shows when it is rendered:

  - anywhere in a line: `` ` ``, ``*``, ``~``, ``[`` always; ``_`` unless it sits inside a
    word (``snake_case`` stays as is); ``<`` when it could open an HTML tag or an autolink
    (before a letter, ``/``, ``!`` or ``?``; ``3 < 5`` stays); ``&`` only before what reads
    as an entity (``&amp;``, ``&#65;``); ``\\`` only before ASCII punctuation or at the end
    of a line (where it would escape or break the line); ``|`` only in a note with a line
    that would make a table's delimiter row;
  - at the start of a line (after spaces): a list marker (``-``, ``+`` followed by a space;
    ``1.`` / ``1)`` gets ``1\\.``), ``#`` headings (``#`` to ``######`` and a space;
    ``#hashtag`` stays), ``>`` quotes, and lines made only of
    ``-``, ``=``, ``_`` (thematic breaks, setext underlines);
  - in a heading, a closing run of ``#`` at its end.

  For example the note "1. nummer" is written ``- 1\\. nummer`` (CommonMark would otherwise
  read "- 1. nummer" as a numbered list inside the bullet), and renders as "1. nummer".
"""

from __future__ import annotations

import re
import string

from workshop_app.export.controls import visible_controls
from workshop_app.export.document import KINDS_IN_ORDER, Point, Section, SummaryDocument

_PUNCTUATION = set(string.punctuation)
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_LIST_MARKER = re.compile(r"^(\s*)([-+])(?=\s|$)")
_ORDERED = re.compile(r"^(\s*)(\d{1,9})([.)])(?=\s|$)")
_BLOCK_START = re.compile(r"^(\s*)(#{1,6}(?=\s|$)|>)")
_RULE_LINE = re.compile(r"^(\s*)([-=_])[-=_\s]*$")
_TABLE_DELIMITER = re.compile(r"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")
_CLOSING_HASHES = re.compile(r"(\s)(#+)(\s*)$")


def _inline(line: str, pipes: bool) -> str:
    out: list[str] = []
    n = len(line)
    for i, char in enumerate(line):
        before = line[i - 1] if i else ""
        after = line[i + 1] if i + 1 < n else ""
        if char in "`*~[":
            out.append("\\" + char)
        elif char == "_":
            inside_word = before.isalnum() and after.isalnum()
            out.append(char if inside_word else "\\_")
        elif char == "<":
            out.append("\\<" if after.isalpha() or after in "/!?" else char)
        elif char == "&":
            out.append("\\&" if _ENTITY.match(line, i) else char)
        elif char == "\\":
            out.append("\\\\" if after in _PUNCTUATION or not after else char)
        elif char == "|" and pipes:
            out.append("\\|")
        else:
            out.append(char)
    return "".join(out)


def _line_start(line: str) -> str:
    if match := _ORDERED.match(line):
        return match.group(1) + match.group(2) + "\\" + line[match.end(2):]
    for pattern in (_LIST_MARKER, _BLOCK_START, _RULE_LINE):
        if match := pattern.match(line):
            return match.group(1) + "\\" + line[match.start(2):]
    return line


def escape(text: str, *, heading: bool = False) -> str:
    """*text* as Markdown that renders exactly as *text* (control characters made visible).

    Lines are joined with hard line breaks, indented to stay inside a list item.
    *heading*: the text is a heading's content (a trailing run of ``#`` is escaped).
    """
    lines = visible_controls(text).split("\n")
    pipes = any("|" in line and _TABLE_DELIMITER.match(line) for line in lines)
    escaped = [_line_start(_inline(line, pipes)) for line in lines]
    if heading:
        escaped = [_CLOSING_HASHES.sub(lambda m: m.group(1) + "\\" + m.group(2) + m.group(3),
                                       line) for line in escaped]
    return "  \n  ".join(escaped)


def _point(point: Point, doc: SummaryDocument) -> str:
    text = "- " + escape(point.text)
    extras = []
    if point.evidence:
        extras.append(point.evidence)
    if doc.options.provenance and point.venues:
        extras.append(", ".join(point.venues))
    if extras:
        text += " *(" + escape("; ".join(extras)) + ")*"
    return text


def _section(section: Section, doc: SummaryDocument, level: str) -> list[str]:
    out = [f"{level} {escape(section.title, heading=True)}", ""]
    if not section.points:
        out += [f"*{doc.labels.no_points}*", ""]
    for kind in KINDS_IN_ORDER:
        points = section.by_kind(kind)
        if not points:
            continue
        if kind is not None:
            label = doc.labels.challenges if kind == "challenge" else doc.labels.solutions
            out += [f"**{label}**", ""]
        out += [_point(p, doc) for p in points] + [""]
    return out


def render_markdown(doc: SummaryDocument) -> str:
    labels, c = doc.labels, doc.consultation
    out = [f"# {escape(doc.title, heading=True)}", "", escape(doc.intro), ""]
    if doc.theme_names:
        out += [labels.themes_lead, ""] + [f"- {escape(n)}" for n in doc.theme_names] + [""]
    out += [f"## {labels.next_steps}", "", escape(doc.next_steps), ""]
    facts = []
    if doc.period_text():
        facts.append(f"- {labels.period}: {doc.period_text()}")
    if c.hearing_email:
        facts.append(f"- {labels.contact}: <{c.hearing_email}>")
    if c.hearing_url:
        # An autolink cannot hold "<" or ">": percent-encode them (the same address).
        url = c.hearing_url.replace("<", "%3C").replace(">", "%3E")
        facts.append(f"- {labels.hearing}: <{url}>")
    if facts:
        out += facts + [""]
    if doc.topics:
        out += [f"## {labels.cross_cutting}", "", labels.cross_cutting_lead, ""]
        for section in doc.topics:
            out += _section(section, doc, "###")
    out += [f"## {labels.per_theme}", ""]
    for section in doc.themes:
        out += _section(section, doc, "###")
    for section in doc.venue_themes:
        heading = _section(section, doc, "##")
        out += heading[:2] + [f"*{escape(doc.venue_marker(section))}*", ""] + heading[2:]
    return "\n".join(out).rstrip() + "\n"
