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

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from workshop_app.domain.model import (
    CHALLENGE,
    SOLUTION,
    Consultation,
    Meeting,
    Note,
    default_preposition,
)
from workshop_app.export import wording
from workshop_app.store import Store

DEFAULT_AUTHOR = "Beskæftigelses- og Integrationsforvaltningen"

MONTHS_DA = wording.MONTHS["da"]
MONTHS_EN = wording.MONTHS["en"]

# Setting keys for the editable texts (stored in the consultation, merged like everything else).
INTRO_KEY = "summary.intro"
NEXT_STEPS_KEY = "summary.next_steps"
AUTHOR_KEY = "summary.author"
TITLE_KEY = "summary.title"
SUBTITLE_KEY = "summary.subtitle"


@dataclass(frozen=True)
class Labels:
    """Fixed texts of the document, in one language. Writers get them as plain data.

    Some of them are the coordinator's to change (``DOCUMENT_TEXTS``): the headings of
    the next steps and the cross-cutting proposals, the lead under the latter, the lead
    of the workshop themes and the heading of the theme summaries.
    """

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
    meetings_one: str = ""  # subtitle: "Dialogmøde {venues}" ("på Amager")
    meetings_many: str = ""  # subtitle: "Dialogmøder {venues}"
    default_title_one: str = ""  # the title of one meeting's summary
    draft: str = ""  # marks a drafted point in a review copy ("udkast")

    def format_date(self, iso: str) -> str:
        """An ISO date as it is written in running text ("14. august 2026")."""
        return wording.date(iso, self.language)


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
        cross_cutting_lead=("Forslag og udfordringer, som gik igen på tværs af temaer og møder."),
        per_theme="Resumé af deltagernes input under de enkelte temaer",
        challenges="Udfordringer",
        solutions="Løsninger",
        venue_only="Kun {venue}",
        page="Side {page} af {pages}",
        months=MONTHS_DA,
        evidence_all="rejst på alle {n} møder",
        evidence_some="rejst på {k} af {n} møder",
        no_points="Ingen input under dette tema.",
        qr_caption="Scan koden for at gå til høringen",
        meetings_one="Dialogmøde {venues}",
        meetings_many="Dialogmøder {venues}",
        default_title_one="Opsamling på dialogmødet",
        draft="udkast",
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
        meetings_one="Dialogue meeting {venues}",
        meetings_many="Dialogue meetings {venues}",
        default_title_one="Summary of the dialogue meeting",
        draft="draft",
    ),
}


@dataclass(frozen=True)
class DocumentText:
    """A text of the document that the coordinator may write (``document set KEY TEXT``)."""

    key: str
    setting: str
    description: str
    label: str | None = None  # the ``Labels`` field it replaces, if any
    limit: int = 5_000  # longest text accepted


#: The coordinator's texts, in the order the document prints them.
DOCUMENT_TEXTS: dict[str, DocumentText] = {
    t.key: t
    for t in (
        DocumentText("title", TITLE_KEY, "the document's title", limit=200),
        DocumentText("subtitle", SUBTITLE_KEY, "the line under the title", limit=300),
        DocumentText("intro", INTRO_KEY, "the introduction"),
        DocumentText(
            "workshop_themes_lead",
            "summary.workshop_themes_lead",
            "the lead of the list of workshop themes",
            "themes_lead",
            500,
        ),
        DocumentText(
            "next_steps_heading",
            "summary.next_steps_heading",
            "the heading of the next steps (Videre proces)",
            "next_steps",
            200,
        ),
        DocumentText("next_steps", NEXT_STEPS_KEY, "the next steps"),
        DocumentText(
            "cross_cutting",
            "summary.cross_cutting",
            "the heading of the cross-cutting proposals",
            "cross_cutting",
            200,
        ),
        DocumentText(
            "cross_cutting_lead",
            "summary.cross_cutting_lead",
            "the lead of the cross-cutting proposals",
            "cross_cutting_lead",
        ),
        DocumentText(
            "themes_lead",
            "summary.themes_lead",
            "the lead of the theme summaries (the heading above them)",
            "per_theme",
            500,
        ),
        DocumentText("author", AUTHOR_KEY, "the author (document and metadata)", limit=200),
    )
}


#: Other names the coordinator may use for a text (``document set cross_cutting_heading …``).
DOCUMENT_TEXT_ALIASES: dict[str, str] = {
    "cross_cutting_heading": "cross_cutting",
    "theme_summaries": "themes_lead",
    "theme_summaries_lead": "themes_lead",
    "per_theme": "themes_lead",
    "videre_proces": "next_steps",
    "next_steps_text": "next_steps",
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
    draft: bool = False  # a curated point the app drafted and nobody approved yet
    point_id: str = ""  # a curated point's id


@dataclass(frozen=True)
class Section:
    """A cross-cutting topic or a theme with its points: curated points first, then the
    notes no point condenses."""

    key: str
    title: str
    points: tuple[Point, ...]
    venue: str | None = None
    preposition: str = ""  # of a venue-only theme's venue ("på", "i")

    def by_kind(self, kind: str | None) -> tuple[Point, ...]:
        return tuple(p for p in self.points if p.kind == kind)


@dataclass(frozen=True)
class ExcludedNote:
    """A note the coordinator left out on purpose, with the reason."""

    note_id: str
    text: str
    reason: str
    venue: str
    theme: str


@dataclass(frozen=True)
class Tally:
    """Where every live note of the document went: condensed, a bullet, or left out."""

    notes: int = 0
    condensed: int = 0
    points: int = 0
    bullets: int = 0
    excluded: int = 0
    drafts: int = 0

    def line(self) -> str:
        """ "90 notes: 12 condensed into 5 points, 76 as bullets, 2 left out" (the CLI's
        messages are English; the window words it in its own language)."""

        def n(count: int, one: str, many: str) -> str:
            return f"{count} {one if count == 1 else many}"

        return (
            f"{n(self.notes, 'note', 'notes')}: {self.condensed} condensed into "
            f"{n(self.points, 'point', 'points')}, {self.bullets} as bullets, "
            f"{self.excluded} left out"
        )

    def to_dict(self) -> dict[str, int]:
        return dataclasses.asdict(self)


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
    #: The coordinator's own subtitle ("" for the one made from the meetings).
    subtitle_text: str = ""
    tally: Tally = field(default_factory=Tally)
    #: Notes left out on purpose (not printed; for the review and ``export json``).
    excluded: tuple[ExcludedNote, ...] = ()

    def all_points(self) -> list[Point]:
        return [p for s in (*self.topics, *self.themes, *self.venue_themes) for p in s.points]

    @property
    def drafts(self) -> int:
        """How many printed points are drafts nobody approved."""
        return sum(1 for p in self.all_points() if p.draft)

    def subtitle(self) -> str:
        """ "Dialogmøder på Nørrebro, Amager og i Tingbjerg · april 2026" (or one meeting's
        date), unless the coordinator wrote a subtitle."""
        return self.subtitle_text or default_subtitle(self.meetings, self.labels)

    def venue_marker(self, section: Section) -> str:
        """The line that marks a venue-only theme ("Kun på Amager"), or "" for other sections."""
        if not section.venue:
            return ""
        venue = section.venue
        if self.labels.language == "da":
            venue = f"{section.preposition or 'i'} {venue}"
        return self.labels.venue_only.format(venue=venue)

    def period_text(self) -> str:
        c, fmt = self.consultation, self.labels.format_date
        if c.hearing_from and c.hearing_to:
            return f"{fmt(c.hearing_from)} – {fmt(c.hearing_to)}"
        return fmt(c.hearing_from or c.hearing_to)


def default_subtitle(meetings: tuple[Meeting, ...] | list[Meeting], labels: Labels) -> str:
    """ "Dialogmøder på Nørrebro, Amager og i Tingbjerg · april 2026" (one meeting: its date)."""
    if not meetings:
        return ""
    pattern = labels.meetings_one if len(meetings) == 1 else labels.meetings_many
    text = pattern.format(venues=wording.venues(meetings, labels.language))
    if len(meetings) == 1:
        when = labels.format_date(meetings[0].date)
    else:
        when = wording.months([m.date for m in meetings], labels.language)
    return f"{text} · {when}" if when else text


_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


def printable(text: str) -> str:
    """*text* without C0 control characters and lone surrogates (no file format can hold them).

    Tabs and line breaks are kept; everything else in the user's text is left exactly as typed.
    """
    return _CONTROL.sub("", text)


def default_intro(store: Store, language: str = "da", meeting_id: str | None = None) -> str:
    """A first draft of the intro from the data: meetings, venues, month, participants."""
    meetings = [m for m in store.meetings() if meeting_id in (None, m.id)]
    if not meetings:
        return ""
    month_text = wording.months([m.date for m in meetings], language)
    counts = sorted(m.participants for m in meetings if m.participants)
    n = len(meetings)
    where = wording.venues(meetings, language)
    if language == "da":
        text = (
            f"{DEFAULT_AUTHOR} holdt {wording.counted(n, 'dialogmøde', 'dialogmøder', neuter=True)}"
        )
        if month_text:
            text += f" i {month_text}"
        text += f" {where}. "
        if counts:
            low, high = (wording.number(c, language) for c in (counts[0], counts[-1]))
            if len(counts) > 1 and counts[0] != counts[-1]:
                text += f"Der kom mellem {low} og {high} deltagere til hvert møde: "
            else:
                text += f"Der kom {wording.counted(counts[0], 'deltager', 'deltagere')}: "
            text += "borgere, foreninger, civilsamfund og lokaludvalg. "
        text += (
            "Efter korte oplæg arbejdede deltagerne i to workshops: først om de udfordringer, "
            "de oplever i hverdagen, og derefter om løsninger. Nedenfor er et samlet resumé "
            "af deres input."
        )
        return text
    text = wording.counted(n, "dialogue meeting", "dialogue meetings", language).capitalize()
    text += " was held" if n == 1 else " were held"
    if month_text:
        text += f" in {month_text}"
    text += f" {where}. "
    if counts:
        low, high = (wording.number(c, language) for c in (counts[0], counts[-1]))
        if len(counts) > 1 and counts[0] != counts[-1]:
            text += f"Each meeting had between {low} and {high} participants. "
        else:
            people = wording.counted(counts[0], "person", "people", language)
            text += f"{people[0].upper() + people[1:]} took part. "
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


def document_texts(store: Store, options: SummaryOptions) -> dict[str, object]:
    """The coordinator's texts as the document prints them: ``title``, ``subtitle_text``,
    ``author``, ``intro``, ``next_steps`` and ``labels`` (with the coordinator's headings and
    leads), each the stored text or its default, redacted like everything else.

    ``dataclasses.replace(doc, **document_texts(store, doc.options))`` brings a built
    document up to date after only these texts changed.
    """
    clean = options.redact or (lambda text: text)
    labels = LABELS[options.language]
    stored = store.curation.settings("summary.")
    one = options.meeting_id is not None or len(store.meetings()) == 1
    changed = {
        t.label: clean(stored[t.setting])
        for t in DOCUMENT_TEXTS.values()
        if t.label and stored.get(t.setting)
    }
    labels = dataclasses.replace(labels, **changed)
    consultation = store.consultation()
    default_title = labels.default_title_one if one else labels.default_title
    intro = stored.get(INTRO_KEY) or default_intro(store, options.language, options.meeting_id)
    return {
        "title": clean(stored.get(TITLE_KEY) or consultation.title or default_title),
        "subtitle_text": clean(stored.get(SUBTITLE_KEY) or ""),
        "author": clean(stored.get(AUTHOR_KEY) or DEFAULT_AUTHOR),
        "intro": clean(intro),
        "next_steps": clean(stored.get(NEXT_STEPS_KEY) or default_next_steps(options.language)),
        "labels": labels,
    }


def _evidence(labels: Labels, k: int, total: int) -> str:
    """ "rejst på alle tre møder", "rejst på to af tre møder"; "" for one meeting."""
    language = labels.language
    if total <= 1 or k <= 1:
        return ""
    if k >= total:
        return labels.evidence_all.format(n=wording.number(total, language))
    return labels.evidence_some.format(
        k=wording.number(k, language), n=wording.number(total, language)
    )


def build_summary(
    store: Store, options: SummaryOptions | None = None, *, notes: list[Note] | None = None
) -> SummaryDocument:
    """Collect the summary from the store, losing no note without saying so.

    Every live note of the meetings covered lands in exactly one of three places: under
    a printed point that condenses it (a point linked to it), as its own bullet in its
    section (after the section's points), or in ``excluded`` when the coordinator left
    it out on purpose. ``tally`` counts them. *notes*: ``store.notes()``, if read already.
    """
    options = options or SummaryOptions()
    clean = options.redact or (lambda text: text)
    texts = document_texts(store, options)
    labels: Labels = texts["labels"]  # type: ignore[assignment]
    meetings = store.meetings()
    venue_of = {m.id: m.venue for m in meetings}
    wanted = {m.id for m in meetings if options.meeting_id in (None, m.id)}
    total_meetings = len(wanted)
    # Read once (a caller that read them already passes them): for 10,000 notes reading is
    # most of the time.
    all_notes = store.notes() if notes is None else notes
    notes = [n for n in all_notes if n.meeting_id in wanted]
    notes_by_id = {n.id: n for n in all_notes}
    curation = store.curation
    excluded = curation.exclusions()
    links = curation.live_links()
    topics = store.topics()
    topic_ids = {t.id for t in topics}
    live_themes = store.themes()
    live_theme_ids = {t.id for t in live_themes}
    # A live note under a theme deleted on another laptop still gets a section (its own name).
    orphan_themes = [
        t
        for t in store.themes(include_deleted=True)
        if t.id not in live_theme_ids and any(n.theme_id == t.id for n in notes)
    ]
    rows_by_section: dict[tuple[str, str], list] = {}
    for row in curation.points():
        key = ("topic", row.topic_id) if row.topic_id else ("theme", row.theme_id or "")
        linked = [i for i in links.get(row.id, ()) if i in notes_by_id]
        if options.meeting_id:
            # One meeting's summary keeps the points that condense notes from that meeting.
            linked = [i for i in linked if notes_by_id[i].meeting_id in wanted]
            if not linked:
                continue
        rows_by_section.setdefault(key, []).append((row, linked))
    printed_keys = {("topic", t.id) for t in topics} | {
        ("theme", t.id) for t in (*live_themes, *orphan_themes)
    }
    condensed: set[str] = set()
    for key, rows in rows_by_section.items():
        if key in printed_keys:
            for _row, linked in rows:
                condensed.update(i for i in linked if notes_by_id[i].meeting_id in wanted)

    def raw_point(note: Note) -> Point:
        return Point(clean(note.text), note.kind, (clean(note.venue),), (note.id,))

    def curated_point(row, linked: list[str]) -> Point:
        linked_notes = [notes_by_id[i] for i in linked]
        venues = tuple(sorted({clean(venue_of.get(n.meeting_id, n.venue)) for n in linked_notes}))
        evidence = ""
        if options.evidence and linked_notes:
            k = len({n.meeting_id for n in linked_notes} & wanted)
            evidence = _evidence(labels, k, total_meetings)
        if row.draft:
            evidence = "; ".join(x for x in (labels.draft, evidence) if x)
        return Point(
            clean(row.text), row.kind, venues, tuple(linked), evidence, True, row.draft, row.id
        )

    def section_points(key: tuple[str, str], own: list[Note]) -> tuple[Point, ...]:
        curated = [curated_point(r, linked) for r, linked in rows_by_section.get(key, [])]
        rest = [raw_point(n) for n in own if n.id not in condensed and n.id not in excluded]
        return (*curated, *rest)

    bullets = 0
    topic_sections: list[Section] = []
    for topic in topics:
        own = [n for n in notes if n.topic_id == topic.id]
        points = section_points(("topic", topic.id), own)
        bullets += sum(1 for p in points if not p.curated)
        if points:
            topic_sections.append(Section(f"topic:{topic.id}", clean(topic.name), points))

    prepositions = {" ".join(m.venue.split()).casefold(): m.preposition for m in meetings}
    theme_sections: list[Section] = []
    venue_sections: list[Section] = []
    for theme in (*live_themes, *orphan_themes):
        own = [n for n in notes if n.theme_id == theme.id and n.topic_id not in topic_ids]
        points = section_points(("theme", theme.id), own)
        bullets += sum(1 for p in points if not p.curated)
        if options.meeting_id and not points:
            continue  # one meeting's file leaves out the themes without input there
        preposition = ""
        if theme.venue:
            preposition = prepositions.get(" ".join(theme.venue.split()).casefold(), "")
            preposition = preposition or default_preposition(theme.venue)
        section = Section(
            f"theme:{theme.id}",
            clean(theme.name),
            points,
            clean(theme.venue) if theme.venue else None,
            preposition,
        )
        if theme.venue:
            if points:
                venue_sections.append(section)
        else:
            theme_sections.append(section)

    left_out = tuple(
        ExcludedNote(n.id, clean(n.text), clean(excluded[n.id]), clean(n.venue), clean(n.theme))
        for n in notes
        if n.id in excluded and n.id not in condensed
    )
    all_sections = (*topic_sections, *theme_sections, *venue_sections)
    printed_points = [p for s in all_sections for p in s.points if p.curated]
    tally = Tally(
        notes=len(notes),
        condensed=len(condensed),
        points=len(printed_points),
        bullets=bullets,
        excluded=len(left_out),
        drafts=sum(1 for p in printed_points if p.draft),
    )
    shown_themes = {s.key for s in theme_sections}
    return SummaryDocument(
        title=texts["title"],  # type: ignore[arg-type]
        author=texts["author"],  # type: ignore[arg-type]
        intro=texts["intro"],  # type: ignore[arg-type]
        theme_names=tuple(
            clean(t.name) for t in live_themes if not t.venue and f"theme:{t.id}" in shown_themes
        ),
        next_steps=texts["next_steps"],  # type: ignore[arg-type]
        consultation=consultation_redacted(store, clean),
        topics=tuple(topic_sections),
        themes=tuple(theme_sections),
        venue_themes=tuple(venue_sections),
        labels=labels,
        options=options,
        meetings=tuple(
            dataclasses.replace(m, venue=clean(m.venue)) for m in meetings if m.id in wanted
        ),
        subtitle_text=texts["subtitle_text"],  # type: ignore[arg-type]
        tally=tally,
        excluded=left_out,
    )


def consultation_redacted(store: Store, clean: Callable[[str], str]) -> Consultation:
    """The consultation's details with the title redacted (the hearing e-mail is the public
    contact address and stays; the redactor keeps it)."""
    consultation = store.consultation()
    return dataclasses.replace(consultation, title=clean(consultation.title))


def per_meeting_paths(out: Path, meetings: list[Meeting]) -> list[tuple[Meeting, Path]]:
    """File names for one summary per meeting, next to *out*.

    ``opsamling.pdf`` -> ``opsamling-nørrebro.pdf``, ``opsamling-amager.pdf``, …; the date is
    added (``opsamling-amager-2026-04-15.pdf``) when a venue held more than one meeting.
    """
    # Capped: a venue may be 200 characters (400 bytes as UTF-8), a file name only 255 bytes.
    slugs = [re.sub(r"\W+", "-", m.venue.casefold())[:60].strip("-") or "meeting" for m in meetings]
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


KINDS_IN_ORDER = (CHALLENGE, SOLUTION, None)
