"""Review before publishing: every problem of the summary, found without writing anything.

``review(store)`` is what ``export --check`` prints and the workspace's review panel
lists:

- points still drafted by the app (``draft``);
- notes no point condenses, in sections that have points (``uncondensed``);
- notes left out on purpose (``excluded``);
- personal data anywhere a reader could see it: notes, points, the title, the names of
  themes, topics, groups and meetings, and the document texts; the consultation's own
  contact e-mail is not personal data (``personal_data``);
- sections with nothing in them (``empty_section``);
- workshop themes whose notes all come from one venue (``one_venue``): perhaps a
  venue-only theme (``theme set NAME --only-at VENUE``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict, dataclass

from workshop_app.domain.model import Note
from workshop_app.export.document import SummaryDocument, SummaryOptions, build_summary
from workshop_app.store import Store

DRAFT = "draft"
UNCONDENSED = "uncondensed"
EXCLUDED = "excluded"
PERSONAL_DATA = "personal_data"
EMPTY_SECTION = "empty_section"
ONE_VENUE = "one_venue"
PROBLEM_KINDS = (DRAFT, UNCONDENSED, EXCLUDED, PERSONAL_DATA, EMPTY_SECTION, ONE_VENUE)


@dataclass(frozen=True)
class Problem:
    """One thing to look at before publishing."""

    kind: str
    message: str  # one line, English (the window words it itself from the fields)
    section: str = ""  # the theme's or topic's name
    text: str = ""  # the note's or point's text, a name, or a masked finding
    ref: str = ""  # a note id, point id, or "theme:<id>" / "setting:<key>" …

    def to_dict(self) -> dict[str, str]:
        return asdict(self)


@dataclass(frozen=True)
class Finding:
    """Personal data in a text a reader could see."""

    kind: str  # cpr, phone, email
    where: str  # note, point, title, theme, topic, group, meeting, document
    ref: str  # the row's id or the setting's key
    masked: str
    start: int
    end: int
    note_id: str | None = None
    point_id: str | None = None

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


def _texts(
    store: Store, notes: list[Note] | None = None
) -> Iterator[tuple[str, str, str, str | None, str | None]]:
    """(where, ref, text, note_id, point_id) for every text a reader could see."""
    for note in store.notes() if notes is None else notes:
        yield "note", note.id, note.text, note.id, None
    all_links = store.curation.live_links()
    for point in store.curation.points():
        links = all_links.get(point.id, ())
        yield "point", point.id, point.text, (links[0] if len(links) == 1 else None), point.id
    consultation = store.consultation()
    yield "title", "consultation.title", consultation.title, None, None
    for theme in store.themes():
        yield "theme", theme.id, theme.name, None, None
        if theme.venue:
            yield "theme", theme.id, theme.venue, None, None
    for topic in store.topics():
        yield "topic", topic.id, topic.name, None, None
    for group in store.groups():
        yield "group", group.id, group.name, None, None
    for meeting in store.meetings():
        yield "meeting", meeting.id, meeting.venue, None, None
    for key, value in store.curation.settings("summary.").items():
        if isinstance(value, str):
            yield "document", key, value, None, None


def personal_data(store: Store, notes: list[Note] | None = None) -> list[Finding]:
    """CPR numbers, phone numbers and e-mail addresses in every text a reader could see,
    except the consultation's own contact e-mail. (*notes*: the live notes, if read already.)"""
    from workshop_app.safety.privacy import find_personal_data

    contact = store.consultation().hearing_email.strip().casefold()
    found = []
    for where, ref, text, note_id, point_id in _texts(store, notes):
        for f in find_personal_data(text or ""):
            if contact and f.text.casefold() == contact:
                continue
            found.append(Finding(f.kind, where, ref, f.masked, f.start, f.end, note_id, point_id))
    return found


def review(store: Store, document: SummaryDocument | None = None) -> list[Problem]:
    """Every problem of the combined summary, in the order of the list above."""
    notes = store.notes()  # read once: most of the time with 10,000 notes
    doc = document or build_summary(
        store, SummaryOptions(language="da", evidence=False), notes=notes
    )
    problems: list[Problem] = []
    sections = (*doc.topics, *doc.themes, *doc.venue_themes)
    for section in sections:
        for point in section.points:
            if point.draft:
                problems.append(
                    Problem(
                        DRAFT,
                        f"draft point in {section.title}: {_short(point.text)} "
                        "(approve it with `point approve ID` or edit it)",
                        section.title,
                        point.text,
                        point.point_id,
                    )
                )
    for section in sections:
        if not any(p.curated for p in section.points):
            continue
        for point in section.points:
            if not point.curated:
                problems.append(
                    Problem(
                        UNCONDENSED,
                        f"no point condenses this note in {section.title}: {_short(point.text)}",
                        section.title,
                        point.text,
                        point.note_ids[0],
                    )
                )
    for note in doc.excluded:
        problems.append(
            Problem(
                EXCLUDED,
                f"left out on purpose ({note.reason}): {_short(note.text)}",
                note.theme,
                note.text,
                note.note_id,
            )
        )
    for finding in personal_data(store, notes):
        problems.append(
            Problem(
                PERSONAL_DATA,
                f"personal data ({finding.kind}) in a {finding.where} name or text: "
                f"{finding.masked}"
                if finding.where not in ("note", "point")
                else f"personal data ({finding.kind}) in {finding.where} {finding.ref[:8]}: "
                f"{finding.masked}",
                "",
                finding.masked,
                f"{finding.where}:{finding.ref}",
            )
        )
    for section in sections:
        if not section.points:
            problems.append(
                Problem(
                    EMPTY_SECTION,
                    f"nothing under {section.title}",
                    section.title,
                    "",
                    section.key,
                )
            )
    problems += one_venue_themes(store, notes)
    return problems


def one_venue_themes(store: Store, notes: list[Note] | None = None) -> list[Problem]:
    """Workshop themes (for every venue) whose notes all come from one venue, when the
    consultation has meetings at several venues."""
    venues = {" ".join(m.venue.split()).casefold() for m in store.meetings()}
    if len(venues) < 2:
        return []
    by_theme: dict[str, set[str]] = {}
    for note in store.notes() if notes is None else notes:
        by_theme.setdefault(note.theme_id, set()).add(note.venue)
    problems = []
    for theme in store.themes():
        seen = by_theme.get(theme.id, set())
        if theme.venue or len(seen) != 1:
            continue
        (venue,) = seen
        problems.append(
            Problem(
                ONE_VENUE,
                f"every note of {theme.name} comes from {venue}: if it was only held "
                f'there, mark it with `theme set "{theme.name}" --only-at "{venue}"`',
                theme.name,
                venue,
                f"theme:{theme.id}",
            )
        )
    return problems


def _short(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
