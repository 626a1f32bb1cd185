"""The summary document ("opsamling") as plain data, shared by the PDF, DOCX and Markdown writers.

Structure, following the municipality's published summaries:

1. title;
2. intro: an editable paragraph (pre-filled from the data) and the list of workshop themes;
3. next steps ("Videre proces"): editable text, hearing period, contact e-mail, hearing URL;
4. cross-cutting proposals ("Tværgående forslag"): one section per cross-cutting topic;
5. one section per theme in the set order, challenges and solutions apart;
6. the venue-only themes, marked with their venue.

A note that carries a cross-cutting topic is listed under that topic, not again
under its theme. Where a theme or topic has curated summary points, they replace
the raw notes.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from workshop_app.domain.model import CHALLENGE, SOLUTION, Consultation, Meeting, Note
from workshop_app.store import Store

DEFAULT_AUTHOR = "Beskæftigelses- og Integrationsforvaltningen"

MONTHS_DA = (
    "januar", "februar", "marts", "april", "maj", "juni",
    "juli", "august", "september", "oktober", "november", "december",
)  # fmt: skip
MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip

# Setting keys for the editable texts (stored in the consultation, merged like everything else).
INTRO_KEY = "summary.intro"
NEXT_STEPS_KEY = "summary.next_steps"
AUTHOR_KEY = "summary.author"
TITLE_KEY = "summary.title"


@dataclass(frozen=True)
class Labels:
    """Fixed texts of the document, in one language. Writers get them as plain data."""

    language: str
    default_title: str
    themes_lead: str
    next_steps: str
    period: str
    contact: str
    hearing: str
    cross_cutting: str
    cross_cutting_lead: str
    per_theme: str
    challenges: str
    solutions: str
    venue_only: str
    page: str  # "{page} af {pages}"
    months: tuple[str, ...]
    evidence_all: str  # "rejst på alle {n} møder"
    evidence_some: str  # "rejst på {k} af {n} møder"
    no_points: str
    qr_caption: str = ""  # under the QR code for the hearing URL
    meetings_one: str = ""  # subtitle: "Dialogmøde på {venues}"
    meetings_many: str = ""  # subtitle: "Dialogmøder på {venues}"

    def format_date(self, iso: str) -> str:
        """An ISO date as it is written in running text ("14. august 2026")."""
        if not iso:
            return ""
        day = dt.date.fromisoformat(iso)
        if self.language == "da":
            return f"{day.day}. {self.months[day.month - 1]} {day.year}"
        return f"{day.day} {self.months[day.month - 1]} {day.year}"


LABELS = {
    "da": Labels(
        language="da",
        default_title="Opsamling på dialogmøderne",
        themes_lead="Deltagerne arbejdede i grupper under disse temaer:",
        next_steps="Videre proces",
        period="Høringsperiode",
        contact="Kontakt",
        hearing="Høringen findes på",
        cross_cutting="Tværgående forslag",
        cross_cutting_lead=(
            "Forslag og udfordringer, som gik igen på tværs af temaer og møder."
        ),
        per_theme="Resumé af deltagernes input under de enkelte temaer",
        challenges="Udfordringer",
        solutions="Løsninger",
        venue_only="Kun på {venue}",
        page="Side {page} af {pages}",
        months=MONTHS_DA,
        evidence_all="rejst på alle {n} møder",
        evidence_some="rejst på {k} af {n} møder",
        no_points="Ingen input under dette tema.",
        qr_caption="Scan koden for at gå til høringen",
        meetings_one="Dialogmøde på {venues}",
        meetings_many="Dialogmøder på {venues}",
    ),
    "en": Labels(
        language="en",
        default_title="Summary of the dialogue meetings",
        themes_lead="Participants worked in groups under these themes:",
        next_steps="Next steps",
        period="Hearing period",
        contact="Contact",
        hearing="The hearing is at",
        cross_cutting="Cross-cutting proposals",
        cross_cutting_lead="Proposals and challenges that recurred across themes and meetings.",
        per_theme="Summary of the participants' input per theme",
        challenges="Challenges",
        solutions="Solutions",
        venue_only="{venue} only",
        page="Page {page} of {pages}",
        months=MONTHS_EN,
        evidence_all="raised at all {n} meetings",
        evidence_some="raised at {k} of {n} meetings",
        no_points="No input under this theme.",
        qr_caption="Scan the code to go to the hearing",
        meetings_one="Dialogue meeting at {venues}",
        meetings_many="Dialogue meetings at {venues}",
    ),
}


@dataclass(frozen=True)
class Point:
    """One bullet of the summary: a raw note or a curated summary point."""

    text: str
    kind: str | None
    venues: tuple[str, ...] = ()
    note_ids: tuple[str, ...] = ()
    evidence: str = ""
    curated: bool = False


@dataclass(frozen=True)
class Section:
    """A cross-cutting topic or a theme with its points."""

    key: str
    title: str
    points: tuple[Point, ...]
    venue: str | None = None

    def by_kind(self, kind: str | None) -> tuple[Point, ...]:
        return tuple(p for p in self.points if p.kind == kind)


@dataclass(frozen=True)
class SummaryOptions:
    language: str = "da"
    provenance: bool = False  # "(Nørrebro, Tingbjerg)" after each point
    evidence: bool = True  # "rejst på alle tre møder" after curated points
    meeting_id: str | None = None  # one meeting's summary instead of the combined one
    #: Applied to every user text that is published (the personal-data guard plugs in here).
    redact: Callable[[str], str] | None = None


@dataclass(frozen=True)
class SummaryDocument:
    title: str
    author: str
    intro: str
    theme_names: tuple[str, ...]
    next_steps: str
    consultation: Consultation
    topics: tuple[Section, ...]
    themes: tuple[Section, ...]
    venue_themes: tuple[Section, ...]
    labels: Labels
    options: SummaryOptions = field(default_factory=SummaryOptions)
    #: The meetings this summary covers (all, or the one chosen), in date order.
    meetings: tuple[Meeting, ...] = ()

    def all_points(self) -> list[Point]:
        return [p for s in (*self.topics, *self.themes, *self.venue_themes) for p in s.points]

    def subtitle(self) -> str:
        """"Dialogmøder på Nørrebro, Amager og Tingbjerg · april 2026" (or one meeting's date)."""
        if not self.meetings:
            return ""
        labels = self.labels
        venues = list(dict.fromkeys(m.venue for m in self.meetings))
        pattern = labels.meetings_one if len(self.meetings) == 1 else labels.meetings_many
        text = pattern.format(venues=_join(venues, labels.language))
        if len(self.meetings) == 1:
            when = labels.format_date(self.meetings[0].date)
        else:
            months = sorted({m.date[:7] for m in self.meetings if m.date})
            when = _join(
                [labels.months[int(ym[5:]) - 1] + " " + ym[:4] for ym in months],
                labels.language,
            ) if months else ""
        return f"{text} · {when}" if when else text

    def venue_marker(self, section: Section) -> str:
        """The line that marks a venue-only theme ("Kun på Amager"), or "" for other sections."""
        return self.labels.venue_only.format(venue=section.venue) if section.venue else ""

    def period_text(self) -> str:
        c, fmt = self.consultation, self.labels.format_date
        if c.hearing_from and c.hearing_to:
            return f"{fmt(c.hearing_from)} – {fmt(c.hearing_to)}"
        return fmt(c.hearing_from or c.hearing_to)


_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


def printable(text: str) -> str:
    """*text* without C0 control characters and lone surrogates (no file format can hold them).

    Tabs and line breaks are kept; everything else in the user's text is left exactly as typed.
    """
    return _CONTROL.sub("", text)


def _join(names: list[str], language: str) -> str:
    word = " og " if language == "da" else " and "
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + word + names[-1]


def default_intro(store: Store, language: str = "da", meeting_id: str | None = None) -> str:
    """A first draft of the intro from the data: meetings, venues, month, participants."""
    meetings = [m for m in store.meetings() if meeting_id in (None, m.id)]
    labels = LABELS[language]
    if not meetings:
        return ""
    venues = list(dict.fromkeys(m.venue for m in meetings))
    months = sorted({m.date[:7] for m in meetings if m.date})
    month_text = _join(
        [labels.months[int(ym[5:]) - 1] + " " + ym[:4] for ym in months], language
    ) if months else ""
    counts = sorted(m.participants for m in meetings if m.participants)
    n = len(meetings)
    if language == "da":
        number = {1: "et", 2: "to", 3: "tre", 4: "fire", 5: "fem"}.get(n, str(n))
        text = f"{DEFAULT_AUTHOR} holdt {number} dialogmøde{'r' if n > 1 else ''}"
        if month_text:
            text += f" i {month_text}"
        text += f" på {_join(venues, language)}. "
        if counts:
            if len(counts) > 1 and counts[0] != counts[-1]:
                text += f"Der kom mellem {counts[0]} og {counts[-1]} deltagere til hvert møde: "
            else:
                text += f"Der kom {counts[0]} deltagere: "
            text += "borgere, foreninger, civilsamfund og lokaludvalg. "
        text += (
            "Efter korte oplæg arbejdede deltagerne i to workshops: først om de udfordringer, "
            "de oplever i hverdagen, og derefter om løsninger. Nedenfor er et samlet resumé "
            "af deres input."
        )
        return text
    text = f"{n} dialogue meetings were held" if n > 1 else "One dialogue meeting was held"
    if month_text:
        text += f" in {month_text}"
    text += f" at {_join(venues, language)}. "
    if counts:
        if len(counts) > 1 and counts[0] != counts[-1]:
            text += f"Each meeting had between {counts[0]} and {counts[-1]} participants. "
        else:
            text += f"{counts[0]} people took part. "
    text += (
        "After short talks, participants worked in two workshops: first on the challenges "
        "they meet in everyday life, then on solutions. Below is a combined summary of their input."
    )
    return text


def default_next_steps(language: str = "da") -> str:
    if language == "da":
        return (
            "Tak for det store engagement på dialogmøderne. Opsamlingen går videre til de "
            "forvaltninger, der skriver den nye politik, og de konkrete forslag indgår i "
            "arbejdet med handleplanerne. Du kan stadig give dit input: skriv til os, eller "
            "kommentér udkastet i høringsperioden."
        )
    return (
        "Thank you for your engagement at the dialogue meetings. This summary goes to the "
        "administrations writing the new policy, and the concrete proposals feed into the "
        "action plans. You can still give your input: write to us, or comment on the draft "
        "during the hearing period."
    )


def build_summary(store: Store, options: SummaryOptions | None = None) -> SummaryDocument:
    """Collect the summary from the store: curated points where they exist, raw notes elsewhere."""
    options = options or SummaryOptions()
    labels = LABELS[options.language]
    clean = options.redact or (lambda text: text)
    meetings = store.meetings()
    venue_of = {m.id: m.venue for m in meetings}
    wanted_meetings = {m.id for m in meetings if options.meeting_id in (None, m.id)}
    total_meetings = len(wanted_meetings)
    all_notes = store.notes()  # read once: for 10,000 notes reading is most of the time
    notes = [n for n in all_notes if n.meeting_id in wanted_meetings]
    notes_by_id = {n.id: n for n in all_notes}
    curated = _curated_points(store)

    def raw_point(note: Note) -> Point:
        return Point(clean(note.text), note.kind, (note.venue,), (note.id,))

    def curated_point(row: dict) -> Point:
        linked = [notes_by_id[i] for i in row["note_ids"] if i in notes_by_id]
        if options.meeting_id:  # one meeting's summary: only what was said there
            linked = [n for n in linked if n.meeting_id in wanted_meetings]
        venues = tuple(sorted({venue_of.get(n.meeting_id, n.venue) for n in linked}))
        evidence = ""
        if options.evidence and venues and total_meetings > 1:
            k = len({n.meeting_id for n in linked} & wanted_meetings)
            if k >= total_meetings:
                evidence = labels.evidence_all.format(n=total_meetings)
            elif k > 1:
                evidence = labels.evidence_some.format(k=k, n=total_meetings)
        return Point(
            clean(row["text"]), row["kind"], venues, tuple(n.id for n in linked), evidence, True
        )

    def curated_rows(key: tuple[str, str]) -> list[dict] | None:
        rows = curated.get(key)
        if rows and options.meeting_id:
            # One meeting's summary keeps the points that condense notes from that meeting;
            # where none does, the meeting's own raw notes are printed instead.
            rows = [
                r for r in rows
                if any(notes_by_id[i].meeting_id in wanted_meetings
                       for i in r["note_ids"] if i in notes_by_id)
            ]
        return rows

    topics: list[Section] = []
    for topic in store.topics():
        rows = curated_rows(("topic", topic.id))
        if rows:
            points = tuple(curated_point(r) for r in rows)
        else:
            points = tuple(raw_point(n) for n in notes if n.topic_id == topic.id)
        if points:
            topics.append(Section(f"topic:{topic.id}", clean(topic.name), points))

    themes: list[Section] = []
    venue_themes: list[Section] = []
    for theme in store.themes():
        if options.meeting_id and theme.venue:
            meeting_venue = venue_of.get(options.meeting_id, "")
            if theme.venue.casefold() != meeting_venue.casefold():
                continue
        rows = curated_rows(("theme", theme.id))
        if rows:
            points = tuple(curated_point(r) for r in rows)
        else:
            points = tuple(
                raw_point(n) for n in notes if n.theme_id == theme.id and not n.topic_id
            )
        section = Section(f"theme:{theme.id}", clean(theme.name), points, theme.venue)
        if theme.venue:
            if points:
                venue_themes.append(section)
        else:
            themes.append(section)

    consultation = store.consultation()
    intro = store.get_setting(INTRO_KEY) or default_intro(
        store, options.language, options.meeting_id
    )
    return SummaryDocument(
        title=clean(store.get_setting(TITLE_KEY) or consultation.title or labels.default_title),
        author=store.get_setting(AUTHOR_KEY) or DEFAULT_AUTHOR,
        intro=clean(intro),
        theme_names=tuple(clean(t.name) for t in store.themes() if not t.venue),
        next_steps=clean(store.get_setting(NEXT_STEPS_KEY) or default_next_steps(options.language)),
        consultation=consultation,
        topics=tuple(topics),
        themes=tuple(themes),
        venue_themes=tuple(venue_themes),
        labels=labels,
        options=options,
        meetings=tuple(m for m in meetings if m.id in wanted_meetings),
    )


def per_meeting_paths(out: Path, meetings: list[Meeting]) -> list[tuple[Meeting, Path]]:
    """File names for one summary per meeting, next to *out*.

    ``opsamling.pdf`` -> ``opsamling-nørrebro.pdf``, ``opsamling-amager.pdf``, …; the date is
    added (``opsamling-amager-2026-04-15.pdf``) when a venue held more than one meeting.
    """
    # Capped: a venue may be 200 characters (400 bytes as UTF-8), a file name only 255 bytes.
    slugs = [
        re.sub(r"\W+", "-", m.venue.casefold())[:60].strip("-") or "meeting" for m in meetings
    ]
    result = []
    taken: set[str] = set()
    for meeting, slug in zip(meetings, slugs, strict=True):
        if slugs.count(slug) > 1 and meeting.date:
            slug += f"-{meeting.date}"
        name, n = slug, 1
        while name in taken:  # same venue twice on one day (or undated)
            n += 1
            name = f"{slug}-{n}"
        taken.add(name)
        result.append((meeting, out.with_name(f"{out.stem}-{name}{out.suffix}")))
    return result


#: progress(done, total): called now and then while a document is rendered. It may raise
#: (e.g. a Cancelled exception of the caller's own) to stop the export.
Progress = Callable[[int, int], None]

# The renderers (pdf, docx, md) are chosen in ``export.service.render_summary``: they import
# this module, so this module imports none of them.


def _curated_points(store: Store) -> dict[tuple[str, str], list[dict]]:
    """Live summary points with their linked note ids, keyed by ("topic"|"theme", id)."""
    links: dict[str, list[str]] = {}
    for point_id, note_id in store.db.execute(
        "SELECT l.point_id, l.note_id FROM point_links l JOIN notes n ON n.id = l.note_id "
        "WHERE l.deleted = 0 AND n.deleted = 0 ORDER BY n.created, n.id"
    ):
        linked = links.setdefault(point_id, [])
        if note_id not in linked:  # two laptops may each have linked the same note
            linked.append(note_id)
    result: dict[tuple[str, str], list[dict]] = {}
    for point_id, theme_id, topic_id, kind, text in store.db.execute(
        "SELECT id, theme_id, topic_id, kind, text FROM summary_points WHERE deleted = 0 "
        "ORDER BY position, created, id"
    ):
        key = ("topic", topic_id) if topic_id else ("theme", theme_id)
        result.setdefault(key, []).append(
            {"text": text, "kind": kind, "note_ids": links.get(point_id, [])}
        )
    return result


KINDS_IN_ORDER = (CHALLENGE, SOLUTION, None)
