"""CSV import of notes, as facilitators or Danish Excel save them.

All or nothing: every row is checked before anything is written, and the whole
import is one transaction. A row identical to a note already present at the
same meeting, theme and group (same kind and text) is skipped, so importing a
file twice adds nothing.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

from workshop_app.capture.notes import ensure_group, ensure_meeting, ensure_theme, ensure_topic
from workshop_app.domain import validation as v
from workshop_app.domain.model import Group, Meeting, Theme
from workshop_app.errors import UserError
from workshop_app.store import Store

#: Limits that keep a wrong file from swamping the database or the machine.
MAX_CSV_BYTES = 20 * 1024 * 1024
MAX_CSV_ROWS = 100_000

#: English and Danish column names.
COLUMN_ALIASES = {
    "venue": "venue",
    "sted": "venue",
    "date": "date",
    "dato": "date",
    "theme": "theme",
    "tema": "theme",
    "group": "group",
    "gruppe": "group",
    "kind": "kind",
    "type": "kind",
    "text": "text",
    "tekst": "text",
    "topic": "topic",
    "emne": "topic",
    "only_at": "only_at",  # a venue-only theme: the venue (optional)
    "kun_på": "only_at",
}
REQUIRED = ("venue", "date", "theme", "kind", "text")


@dataclass(frozen=True)
class CsvRow:
    line: int
    venue: str
    date: str
    theme: str
    group: str
    kind: str
    text: str
    topic: str
    only_at: str = ""  # the theme is held only at this venue


@dataclass(frozen=True)
class ImportResult:
    added: int
    skipped: int
    new_themes: tuple[str, ...]
    new_meetings: tuple[str, ...]
    #: new themes whose notes all come from one venue: (theme, venue)
    one_venue_themes: tuple[tuple[str, str], ...] = ()

    def summary(self) -> str:
        line = f"imported {self.added} notes, skipped {self.skipped} already present"
        if self.new_meetings:
            line += f"; new meetings: {', '.join(self.new_meetings)}"
        if self.new_themes:
            line += f"; new themes: {', '.join(self.new_themes)}"
        for theme, venue in self.one_venue_themes:
            line += (
                f"\nhint: every note of the new theme {theme!r} comes from {venue}; if it was "
                f'only held there: workshop-app theme set "{theme}" --only-at "{venue}"'
            )
        return line


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), else Windows-1252 as Danish Excel saves it."""
    if b"\x00" in data:
        raise UserError("the file is not a text CSV file (it contains binary data)")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        raise UserError("the file is neither UTF-8 nor Windows-1252 text") from None


def _parse_date(value: str, line: int) -> str:
    """ISO dates, and the Danish day-first forms Excel writes (10-04-2026, 10.04.2026)."""
    value = value.strip()
    if not value:
        return ""
    match = re.fullmatch(r"(\d{1,2})[./-](\d{1,2})[./-](\d{4})", value)
    if match:
        day, month, year = match.groups()
        value = f"{year}-{int(month):02d}-{int(day):02d}"
    try:
        return v.parse_date(value)
    except UserError:
        raise UserError(f"row {line}: bad date {value!r} (use YYYY-MM-DD)") from None


def parse_csv(data: bytes) -> list[CsvRow]:
    """Decode and check every row; raise ``UserError`` naming the first bad row."""
    if len(data) > MAX_CSV_BYTES:
        raise UserError(
            f"the CSV file is {len(data) / 1e6:.1f} MB; the limit is {MAX_CSV_BYTES // 2**20} MB"
        )
    text = decode(data)
    lines = text.splitlines()
    if not lines or not lines[0].strip():
        raise UserError("the CSV file is empty or has no header row")
    header_line = lines[0]
    delimiter = ";" if header_line.count(";") > header_line.count(",") else ","
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
        header = next(reader)
    except csv.Error as exc:
        raise UserError(f"row 1: cannot read the header ({exc})") from None
    columns: dict[str, int] = {}
    for index, name in enumerate(header):
        key = COLUMN_ALIASES.get(name.strip().strip('"').casefold())
        if key and key in columns:
            raise UserError(f"row 1: the {key} column appears twice")
        if key:
            columns[key] = index
    missing = [c for c in REQUIRED if c not in columns]
    if missing:
        raise UserError(
            f"row 1: missing column {', '.join(missing)} "
            "(expected venue,date,theme,group,kind,text,topic or sted,dato,tema,gruppe,type,tekst,emne)"
        )

    rows: list[CsvRow] = []
    try:
        for record in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in record):
                continue
            if len(rows) >= MAX_CSV_ROWS:
                raise UserError(f"the CSV file has more than {MAX_CSV_ROWS:,} rows")
            if any(cell.strip() for cell in record[len(header):]):
                # An unquoted separator inside a text would otherwise cut the text short.
                raise UserError(
                    f"row {line}: {len(record)} fields but the header has {len(header)} "
                    f"(put a text containing {delimiter!r} in double quotes)"
                )

            def cell(key: str, record: list[str] = record) -> str:
                index = columns.get(key)
                return record[index].strip() if index is not None and index < len(record) else ""

            try:
                kind = v.parse_kind(cell("kind"))
                text_value = v.check_note_text(cell("text"))
                venue = v.check_name(cell("venue"), "venue")
                theme = v.check_name(cell("theme"), "theme")
                group = v.check_name(cell("group"), "group") if cell("group") else ""
                topic = v.check_name(cell("topic"), "topic") if cell("topic") else ""
                only_at = v.check_name(cell("only_at"), "venue") if cell("only_at") else ""
            except UserError as exc:
                raise UserError(f"row {line}: {exc}") from None
            rows.append(
                CsvRow(line, venue, _parse_date(cell("date"), line), theme, group, kind, text_value,
                       topic, only_at)
            )
    except csv.Error as exc:
        raise UserError(f"row {reader.line_num}: cannot read the row ({exc})") from None
    return rows


def import_csv(store: Store, path: Path) -> ImportResult:
    """Import a CSV file into the store, all or nothing."""
    try:
        size = path.stat().st_size
        if size > MAX_CSV_BYTES:
            raise UserError(
                f"the CSV file is {size / 1e6:.1f} MB; the limit is {MAX_CSV_BYTES // 2**20} MB"
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise UserError(f"no such file: {path}") from None
    except IsADirectoryError:
        raise UserError(f"{path} is a folder, not a CSV file") from None
    except OSError as exc:
        raise UserError(f"cannot read {path}: {exc.strerror}") from None
    return import_rows(store, parse_csv(data))


def _only_at(rows: list[CsvRow]) -> dict[str, str]:
    """Theme (case-folded) -> the venue its ``only_at`` cells name; two venues are refused."""
    found: dict[str, tuple[str, int]] = {}
    for row in rows:
        if not row.only_at:
            continue
        seen = found.setdefault(row.theme.casefold(), (row.only_at, row.line))
        if v.name_key(seen[0]) != v.name_key(row.only_at):
            raise UserError(
                f"row {row.line}: the theme {row.theme!r} is only at {seen[0]} in row "
                f"{seen[1]}, but only at {row.only_at} here"
            )
    return {theme: venue for theme, (venue, _line) in found.items()}


def import_rows(store: Store, rows: list[CsvRow]) -> ImportResult:
    only_at = _only_at(rows)
    themes_before = {t.name for t in store.themes()}
    meetings_before = {m.id for m in store.meetings()}
    existing = {
        (n.meeting_id, n.theme_id, n.group_id or "", n.kind, n.text) for n in store.notes()
    }
    added = skipped = 0
    # Lookups are cached per import: 10,000 rows name only a handful of meetings and themes.
    meetings: dict[tuple[str, str], Meeting] = {}
    themes: dict[str, Theme] = {}
    groups: dict[tuple[str, str, str], Group] = {}
    with store.transaction():
        for row in rows:
            meeting = meetings.get((row.venue.casefold(), row.date))
            if meeting is None:
                meeting = _meeting_for(store, row)
                meetings[(row.venue.casefold(), row.date)] = meeting
            theme = themes.get(row.theme.casefold())
            if theme is None:
                theme = themes[row.theme.casefold()] = ensure_theme(store, row.theme)
                venue = only_at.get(row.theme.casefold())
                if venue and v.name_key(theme.venue or "") != v.name_key(venue):
                    store.set_theme_venue(theme.id, venue)
            group = None
            if row.group:
                group_key = (meeting.id, theme.id, row.group.casefold())
                group = groups.get(group_key)
                if group is None:
                    group = groups[group_key] = ensure_group(store, meeting, theme, row.group)
            key = (meeting.id, theme.id, group.id if group else "", row.kind, row.text)
            if key in existing:
                skipped += 1
                continue
            topic = ensure_topic(store, row.topic) if row.topic else None
            store.add_note(
                meeting.id,
                theme.id,
                row.kind,
                row.text,
                group_id=group.id if group else None,
                topic_id=topic.id if topic else None,
            )
            existing.add(key)
            added += 1
    new_themes = tuple(t.name for t in store.themes() if t.name not in themes_before)
    new_meetings = tuple(m.label for m in store.meetings() if m.id not in meetings_before)
    return ImportResult(added, skipped, new_themes, new_meetings, _one_venue(store, rows, new_themes))


def _one_venue(store: Store, rows: list[CsvRow], new_themes: tuple[str, ...]):
    """New themes (not marked venue-only) whose imported notes all come from one venue,
    when the consultation has meetings at several venues: a hint to mark them."""
    if len({v.name_key(m.venue) for m in store.meetings()}) < 2:
        return ()
    marked = {t.name for t in store.themes() if t.venue}
    venues: dict[str, set[str]] = {}
    for row in rows:
        venues.setdefault(row.theme.casefold(), set()).add(row.venue)
    return tuple(
        (name, next(iter(venues[name.casefold()])))
        for name in new_themes
        if name not in marked and len(venues.get(name.casefold(), ())) == 1
    )


def _meeting_for(store: Store, row: CsvRow) -> Meeting:
    if row.date:
        return ensure_meeting(store, row.venue, row.date)
    return store.find_meeting(row.venue) or store.add_meeting(row.venue, "")
