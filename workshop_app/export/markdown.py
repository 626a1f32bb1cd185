"""The summary document as Markdown, with the same structure as the PDF."""

from __future__ import annotations

import re

from workshop_app.export.document import KINDS_IN_ORDER, Point, Section, SummaryDocument

_SPECIAL = re.compile(r"([\\`*_\[\]<>&#|~])")
_LEADING = re.compile(r"^(\s*)([-+=]|\d+[.)])")


def escape(text: str) -> str:
    """Make user text print literally in Markdown: no emphasis, links, HTML or list markers."""
    lines = []
    for line in text.splitlines() or [""]:
        line = _SPECIAL.sub(r"\\\1", line)
        line = _LEADING.sub(lambda m: m.group(1) + "\\" + m.group(2), line)
        lines.append(line)
    return "  \n  ".join(lines)


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
    out = [f"{level} {escape(section.title)}", ""]
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
    out = [f"# {escape(doc.title)}", "", escape(doc.intro), ""]
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
