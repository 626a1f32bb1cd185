"""CSV import of notes, as facilitators or Danish Excel save them.

All or nothing: every row is checked before anything is written, and the whole
import is one transaction. A row identical to a note already present at the
same meeting, theme and group (same kind and text) is skipped, so importing a
file twice adds nothing.
"""

from __future__ import annotations

import csv
import functools
import io
import re
from dataclasses import dataclass
from pathlib import Path

from workshop_app.domain import validation as v
from workshop_app.domain.limits import MAX_CSV_BYTES, MAX_CSV_ROWS
from workshop_app.domain.model import Meeting
from workshop_app.errors import UserError
from workshop_app.store import Store, database

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


#: One character of UTF-8 that needs two to four bytes (the way æ, ø, å, é, “ are written).
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), else Windows-1252 as Danish Excel saves it.

    The rule: a file that is valid UTF-8 is UTF-8. A file that is not is read as
    Windows-1252 only when it holds no UTF-8 multi-byte character at all (every byte above
    127 stands alone, as Excel's "CSV (semikolonsepareret)" writes æ, ø and å). A file with
    UTF-8 characters and a bad byte is a damaged UTF-8 file: read as Windows-1252 every
    æ would turn into "Ã¦", so it is refused, naming the line and byte.
    """
    if b"\x00" in data:
        raise UserError("the file is not a text CSV file (it contains binary data)")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad = exc.start
    if _UTF8_SEQUENCE.search(data):
        line = data.count(b"\n", 0, bad) + 1
        column = bad - (data.rfind(b"\n", 0, bad) + 1) + 1
        raise UserError(
            f"line {line}, byte {column}: 0x{data[bad]:02X} is not valid UTF-8 in a file that "
            "is otherwise UTF-8; correct it or save the file again as UTF-8 (nothing imported)"
        )
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
            if len(record) > len(header) and (
                any(cell.strip() for cell in record[len(header):])
                or any(cell.strip() for cell in record[columns["text"] + 1 : len(header)])
            ):
                # More fields than the header: an unquoted separator inside a text cuts it
                # there and pushes its rest into the next columns. Empty extra fields are
                # harmless only when nothing right of the text could have been pushed
                # (Excel's trailing separators); otherwise which separator was meant cannot
                # be known, e.g. with an empty last column: refuse, naming the row.
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
    data = database.read_input_file(Path(path), "CSV file", MAX_CSV_BYTES)
    return import_rows(store, parse_csv(data))


def _only_at(rows: list[CsvRow]) -> dict[str, str]:
    """Theme (``name_key``) -> the venue its ``only_at`` cells name; two venues are refused."""
    found: dict[str, tuple[str, int]] = {}
    for row in rows:
        if not row.only_at:
            continue
        seen = found.setdefault(v.name_key(row.theme), (row.only_at, row.line))
        if v.name_key(seen[0]) != v.name_key(row.only_at):
            raise UserError(
                f"row {row.line}: the theme {row.theme!r} is only at {seen[0]} in row "
                f"{seen[1]}, but only at {row.only_at} here"
            )
    return {theme: venue for theme, (venue, _line) in found.items()}


def import_rows(store: Store, rows: list[CsvRow]) -> ImportResult:
    """Write checked rows, all or nothing. Linear in the rows, themes, groups and topics:
    every name is looked up in a dictionary built once, and what is missing is created in
    one batch per kind (not one scan of every theme per new theme)."""
    only_at = _only_at(rows)
    key = functools.lru_cache(maxsize=None)(v.name_key)  # a file repeats a few names
    themes = {key(t.name): t for t in store.themes()}
    topics = {key(t.name): t for t in store.topics()}
    dated: dict[tuple[str, str], Meeting] = {}
    undated: dict[str, Meeting] = {}
    for meeting in store.meetings():  # by date: find_meeting's choice for an undated row
        dated.setdefault((key(meeting.venue), meeting.date), meeting)
        undated.setdefault(key(meeting.venue), meeting)
    existing = {
        (n.meeting_id, n.theme_id, n.group_id or "", n.kind, n.text) for n in store.notes()
    }
    new_themes: list[str] = []
    new_meetings: list[str] = []
    added = skipped = 0
    with store.transaction():
        missing_themes = {}
        for row in rows:
            if key(row.theme) not in themes:
                missing_themes.setdefault(key(row.theme), row.theme)
        for theme in store.add_themes(list(missing_themes.values())):
            themes[key(theme.name)] = theme
            new_themes.append(theme.name)
        for theme_key, venue in only_at.items():  # the import's only_at column
            theme = themes[theme_key]
            if key(theme.venue or "") != key(venue):
                store.set_theme_venue(theme.id, venue)
        missing_topics = {}
        for row in rows:
            if row.topic and key(row.topic) not in topics:
                missing_topics.setdefault(key(row.topic), row.topic)
        for topic in store.add_topics(list(missing_topics.values())):
            topics[key(topic.name)] = topic
        row_meetings = []
        for row in rows:
            venue = key(row.venue)
            meeting = dated.get((venue, row.date)) if row.date else undated.get(venue)
            if meeting is None:
                meeting = store.add_meeting(row.venue, row.date)
                dated[(venue, row.date)] = meeting
                undated.setdefault(venue, meeting)
                new_meetings.append(meeting.label)
            row_meetings.append(meeting)
        groups = {(g.meeting_id, g.theme_id, key(g.name)): g for g in store.groups()}
        missing_groups = {}
        for row, meeting in zip(rows, row_meetings, strict=True):
            if row.group:
                group_key = (meeting.id, themes[key(row.theme)].id, key(row.group))
                if group_key not in groups:
                    missing_groups.setdefault(group_key, (group_key[0], group_key[1], row.group))
        for group in store.add_groups(list(missing_groups.values())):
            groups[(group.meeting_id, group.theme_id, key(group.name))] = group
        for row, meeting in zip(rows, row_meetings, strict=True):
            theme = themes[key(row.theme)]
            group = groups[(meeting.id, theme.id, key(row.group))] if row.group else None
            note_key = (meeting.id, theme.id, group.id if group else "", row.kind, row.text)
            if note_key in existing:
                skipped += 1
                continue
            topic = topics[key(row.topic)] if row.topic else None
            store.add_note(
                meeting.id,
                theme.id,
                row.kind,
                row.text,
                group_id=group.id if group else None,
                topic_id=topic.id if topic else None,
            )
            existing.add(note_key)
            added += 1
    return ImportResult(
        added, skipped, tuple(new_themes), tuple(new_meetings),
        _one_venue(store, rows, tuple(new_themes)),
    )


def _one_venue(store: Store, rows: list[CsvRow], new_themes: tuple[str, ...]):
    """New themes (not marked venue-only) whose imported notes all come from one venue,
    when the consultation has meetings at several venues: a hint to mark them."""
    if len({v.name_key(m.venue) for m in store.meetings()}) < 2:
        return ()
    marked = {t.name for t in store.themes() if t.venue}
    venues: dict[str, set[str]] = {}
    for row in rows:
        venues.setdefault(v.name_key(row.theme), set()).add(row.venue)
    return tuple(
        (name, next(iter(venues[v.name_key(name)])))
        for name in new_themes
        if name not in marked and len(venues.get(v.name_key(name), ())) == 1
    )
