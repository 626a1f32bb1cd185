"""Numbered schema migrations. Never edit one that has shipped: add the next number.

Every synchronised table has the same bookkeeping columns, so that laptops can
be merged later without asking anyone:

- ``id``: a random UUID (hex), the row's identity on every laptop;
- ``device``: the laptop that wrote the current version;
- ``origin_device``: the laptop that created the row (provenance);
- ``hlc``: the change stamp of the current version (see ``domain.clock``);
- ``created``: the change stamp at creation, a stable order across laptops;
- ``deleted``: 1 for a tombstone. Rows are never removed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the migrations run on sqlite-utils, imported when one runs
    import sqlite_utils

SYNC_COLUMNS = """
    device TEXT NOT NULL,
    origin_device TEXT NOT NULL,
    hlc TEXT NOT NULL,
    created TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
"""

#: Tables whose rows are merged between laptops, parents before children.
SYNCED_TABLES: tuple[str, ...] = (
    "themes",
    "meetings",
    "topics",
    "groups",
    "notes",
    "summary_points",
    "point_links",
    "note_exclusions",
)


def _m001_initial(db: sqlite_utils.Database) -> None:
    db.executescript(
        f"""
        CREATE TABLE themes (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            position REAL NOT NULL,
            venue TEXT,
            {SYNC_COLUMNS}
        );
        CREATE TABLE meetings (
            id TEXT PRIMARY KEY,
            venue TEXT NOT NULL,
            date TEXT NOT NULL DEFAULT '',
            participants INTEGER,
            {SYNC_COLUMNS}
        );
        CREATE TABLE topics (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            position REAL NOT NULL,
            {SYNC_COLUMNS}
        );
        CREATE TABLE groups (
            id TEXT PRIMARY KEY,
            meeting_id TEXT NOT NULL REFERENCES meetings(id),
            theme_id TEXT NOT NULL REFERENCES themes(id),
            name TEXT NOT NULL,
            position REAL NOT NULL DEFAULT 0,
            {SYNC_COLUMNS}
        );
        CREATE TABLE notes (
            id TEXT PRIMARY KEY,
            meeting_id TEXT NOT NULL REFERENCES meetings(id),
            theme_id TEXT NOT NULL REFERENCES themes(id),
            group_id TEXT REFERENCES groups(id),
            kind TEXT NOT NULL CHECK (kind IN ('challenge', 'solution')),
            text TEXT NOT NULL,
            topic_id TEXT REFERENCES topics(id),
            {SYNC_COLUMNS}
        );
        CREATE INDEX notes_theme ON notes(theme_id);
        CREATE INDEX notes_meeting ON notes(meeting_id);
        CREATE INDEX notes_group ON notes(group_id);
        CREATE INDEX groups_meeting_theme ON groups(meeting_id, theme_id);

        -- Curated summary points ("opsamling") and the notes each one condenses.
        CREATE TABLE summary_points (
            id TEXT PRIMARY KEY,
            theme_id TEXT REFERENCES themes(id),
            topic_id TEXT REFERENCES topics(id),
            kind TEXT,
            text TEXT NOT NULL,
            position REAL NOT NULL,
            {SYNC_COLUMNS}
        );
        CREATE TABLE point_links (
            id TEXT PRIMARY KEY,
            point_id TEXT NOT NULL REFERENCES summary_points(id),
            note_id TEXT NOT NULL REFERENCES notes(id),
            {SYNC_COLUMNS}
        );
        CREATE INDEX point_links_point ON point_links(point_id);

        -- Consultation details and document texts, merged key by key (last change wins).
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL,
            device TEXT NOT NULL,
            hlc TEXT NOT NULL,
            deleted INTEGER NOT NULL DEFAULT 0
        );

        -- The losing side of a merge conflict, kept rather than thrown away.
        CREATE TABLE history (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            table_name TEXT NOT NULL,
            row_id TEXT NOT NULL,
            row_json TEXT NOT NULL,
            replaced_by TEXT NOT NULL,
            reason TEXT NOT NULL
        );

        -- This laptop's own state (last-used meeting, theme, group). Never merged.
        CREATE TABLE local (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        """
    )


def _m002_curation(db: sqlite_utils.Database) -> None:
    """Curation without silent loss (issue 15).

    - ``summary_points.draft``: 1 for a point the app drafted (a promoted recurring group)
      until the coordinator edits or approves it; ``--final`` exports refuse drafts.
    - ``meetings.preposition``: "på" or "i" before the venue in Danish ("på Amager",
      "i Tingbjerg"); NULL means the default for the venue.
    - ``note_exclusions``: a note the coordinator leaves out of the summary on purpose, with
      the reason. One row per note, its id the note's id, so that excluding and including
      again on two laptops are versions of the same row and merge last-writer-wins, without
      touching the note's own row (an exclusion never competes with an edit of the words).
    """
    db.executescript(
        f"""
        ALTER TABLE summary_points ADD COLUMN draft INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE meetings ADD COLUMN preposition TEXT;
        CREATE TABLE note_exclusions (
            id TEXT PRIMARY KEY,
            note_id TEXT NOT NULL REFERENCES notes(id),
            reason TEXT NOT NULL DEFAULT '',
            {SYNC_COLUMNS}
        );
        CREATE INDEX note_exclusions_note ON note_exclusions(note_id);
        """
    )


def _m003_open_indexes(db: sqlite_utils.Database) -> None:
    """Two indexes for what every open of the window reads before its first paint (issue 17).

    - ``notes_place``: the note counts per theme and group of the current meeting
      (``Store.note_counts``), a grouped count that through ``notes_meeting`` read every note
      of the meeting and sorted them (9-11 ms at 50,000 notes; with the index 1.5 ms).
    - ``notes_hlc``: the newest change stamp in the file (``Store._latest_stamp``, where the
      clock resumes), a ``max(hlc)`` that scanned every note (10 ms at 50,000; 0.1 ms).

    No table changes: a file of version 2 gains only the indexes.
    """
    db.executescript(
        """
        CREATE INDEX notes_place ON notes(meeting_id, theme_id, group_id, deleted);
        CREATE INDEX notes_hlc ON notes(hlc);
        """
    )


#: (number, name, function). Append only.
MIGRATIONS: list[tuple[int, str, Callable[[sqlite_utils.Database], None]]] = [
    (1, "initial schema", _m001_initial),
    (2, "drafts, prepositions and excluded notes", _m002_curation),
    (3, "indexes for the note counts per place and the newest change stamp",
     _m003_open_indexes),
]

LATEST_VERSION = MIGRATIONS[-1][0]
