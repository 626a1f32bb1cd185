"""The rows of curation: summary points, their links to notes, excluded notes, document texts.

``Store.curation`` is the one owner of these rows: ``workshop_app.curate`` (the
service the CLI and the window call) and ``workshop_app.export`` read and write
them only through this class, never with SQL of their own. Writes stamp rows like
every other write of the store (device, change stamp, tombstones), so they merge
between laptops under the same rules.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from workshop_app.store.store import Store


@dataclass(frozen=True)
class PointRow:
    """One summary point as stored, with the section's name for display."""

    id: str
    text: str
    kind: str | None
    theme_id: str | None
    topic_id: str | None
    position: float
    section: str
    draft: bool


_POINT_SELECT = """
    SELECT p.id, p.text, p.kind, p.theme_id, p.topic_id, p.position,
           coalesce(tp.name, th.name, '') AS section, p.draft
    FROM summary_points p
    LEFT JOIN topics tp ON tp.id = p.topic_id
    LEFT JOIN themes th ON th.id = p.theme_id
    WHERE p.deleted = 0
"""

#: Columns of each table as ``export json`` lists them (live rows, stable order).
_EXPORT_SQL = {
    "groups": (
        "SELECT id, meeting_id, theme_id, name, position FROM groups WHERE deleted = 0 "
        "ORDER BY meeting_id, theme_id, position, name, id"
    ),
    "notes": (
        "SELECT id, meeting_id, theme_id, group_id, kind, text, topic_id, origin_device "
        "FROM notes WHERE deleted = 0 ORDER BY created, id"
    ),
    "summary_points": (
        "SELECT id, theme_id, topic_id, kind, text, position, draft FROM summary_points "
        "WHERE deleted = 0 ORDER BY coalesce(topic_id, ''), coalesce(theme_id, ''), "
        "position, id"
    ),
    # Only links between a live point and a live note: a link to a deleted row is no link.
    "point_links": (
        "SELECT l.id, l.point_id, l.note_id FROM point_links l "
        "JOIN summary_points p ON p.id = l.point_id AND p.deleted = 0 "
        "JOIN notes n ON n.id = l.note_id AND n.deleted = 0 "
        "WHERE l.deleted = 0 ORDER BY l.point_id, l.note_id, l.id"
    ),
    "note_exclusions": (
        "SELECT x.note_id, x.reason FROM note_exclusions x "
        "JOIN notes n ON n.id = x.note_id AND n.deleted = 0 "
        "WHERE x.deleted = 0 ORDER BY n.created, x.note_id"
    ),
}


class Curation:
    """Points, links, exclusions and document texts of one open consultation."""

    def __init__(self, store: Store) -> None:
        self._store = store

    # ------------------------------------------------------------ points: reading
    def points(
        self,
        *,
        theme_id: str | None = None,
        topic_id: str | None = None,
        point_id: str | None = None,
    ) -> list[PointRow]:
        """Live points (of one theme's own list, one topic, or one id) by position."""
        sql = _POINT_SELECT
        params: list[str] = []
        if theme_id:
            sql += " AND p.theme_id = ? AND p.topic_id IS NULL"
            params.append(theme_id)
        if topic_id:
            sql += " AND p.topic_id = ?"
            params.append(topic_id)
        if point_id:
            sql += " AND p.id = ?"
            params.append(point_id)
        rows = self._store.db.execute(sql + " ORDER BY p.position, p.created, p.id", params)
        return [PointRow(*r[:7], bool(r[7])) for r in rows.fetchall()]

    def live_links(self, point_ids: Sequence[str] | None = None) -> dict[str, tuple[str, ...]]:
        """The live notes each live point is linked to (each note once), in the notes'
        creation order. The one place that says what "the links of a point" are."""
        sql = (
            "SELECT l.point_id, l.note_id FROM point_links l "
            "JOIN notes n ON n.id = l.note_id AND n.deleted = 0 "
            "WHERE l.deleted = 0"
        )
        params: list[str] = []
        if point_ids is not None:
            sql += f" AND l.point_id IN ({', '.join('?' for _ in point_ids)})"
            params = list(point_ids)
        links: dict[str, dict[str, None]] = {}
        for point_id, note_id in self._store.db.execute(sql + " ORDER BY n.created, n.id", params):
            links.setdefault(point_id, {})[note_id] = None  # two laptops may link the same pair
        return {k: tuple(v) for k, v in links.items()}

    def point_deleted(self, point_id: str) -> bool | None:
        """True for a deleted point, False for a live one, None when there never was one."""
        row = self._store.db.execute(
            "SELECT deleted FROM summary_points WHERE id = ?", [point_id]
        ).fetchone()
        return None if row is None else bool(row[0])

    def link_ids(self, point_id: str, note_id: str | None = None) -> list[str]:
        """Ids of the live link rows of a point (to one note, when given)."""
        sql = "SELECT id FROM point_links WHERE point_id = ? AND deleted = 0"
        params = [point_id]
        if note_id is not None:
            sql += " AND note_id = ?"
            params.append(note_id)
        return [r[0] for r in self._store.db.execute(sql + " ORDER BY id", params).fetchall()]

    def link_deleted(self, link_id: str, point_id: str) -> bool | None:
        """Like ``point_deleted``, for a link row of this point."""
        row = self._store.db.execute(
            "SELECT deleted FROM point_links WHERE id = ? AND point_id = ?", [link_id, point_id]
        ).fetchone()
        return None if row is None else bool(row[0])

    # ------------------------------------------------------------ points: writing
    def next_point_position(self, theme_id: str | None, topic_id: str | None) -> float:
        """The position after the last point of a theme's own list or of a topic."""
        if topic_id:
            return self._store.next_position("summary_points", "topic_id = ?", [topic_id])
        return self._store.next_position(
            "summary_points", "theme_id = ? AND topic_id IS NULL", [theme_id]
        )

    def insert_point(
        self,
        *,
        text: str,
        kind: str | None,
        theme_id: str | None,
        topic_id: str | None,
        position: float,
        draft: bool = False,
    ) -> str:
        return self._store.insert_row(
            "summary_points",
            {
                "theme_id": theme_id,
                "topic_id": topic_id,
                "kind": kind,
                "text": text,
                "position": position,
                "draft": int(draft),
            },
        )

    def update_point(self, point_id: str, values: dict[str, Any]) -> None:
        if "draft" in values:
            values = {**values, "draft": int(bool(values["draft"]))}
        self._store.update_row("summary_points", point_id, values)

    def delete_point(self, point_id: str) -> tuple[str, ...]:
        """Tombstone a point and its live links; returns the link ids (for undo)."""
        with self._store.transaction():
            links = tuple(self.link_ids(point_id))
            for link_id in links:
                self._store.tombstone_row("point_links", link_id)
            self._store.tombstone_row("summary_points", point_id)
        return links

    def restore_point(self, point_id: str) -> None:
        self._store.restore_row("summary_points", point_id)

    def restore_link(self, link_id: str) -> None:
        self._store.restore_row("point_links", link_id)

    def insert_link(self, point_id: str, note_id: str) -> str:
        return self._store.insert_row("point_links", {"point_id": point_id, "note_id": note_id})

    def remove_links(self, point_id: str, note_id: str) -> bool:
        """Tombstone every live link between the point and the note; True if there was one."""
        rows = self.link_ids(point_id, note_id)  # after a merge the same pair may have two
        for link_id in rows:
            self._store.tombstone_row("point_links", link_id)
        return bool(rows)

    # ------------------------------------------------------------ exclusions
    def exclusions(self) -> dict[str, str]:
        """Live notes left out of the summary on purpose: note id -> reason."""
        rows = self._store.db.execute(_EXPORT_SQL["note_exclusions"]).fetchall()
        return {note_id: reason for note_id, reason in rows}

    def exclude(self, note_id: str, reason: str) -> bool:
        """Leave a note out (or change the reason); True when it was not excluded before.

        The exclusion row's id is the note's id: one row per note on every laptop."""
        row = self._store.db.execute(
            "SELECT deleted, reason FROM note_exclusions WHERE id = ?", [note_id]
        ).fetchone()
        if row is None:
            self._store.insert_row(
                "note_exclusions", {"id": note_id, "note_id": note_id, "reason": reason}
            )
            return True
        if row[0] or row[1] != reason:
            self._store.update_row(
                "note_exclusions", note_id, {"reason": reason, "deleted": 0}, require_live=False
            )
        return bool(row[0])

    def include(self, note_id: str) -> bool:
        """Bring an excluded note back; True when it was excluded."""
        row = self._store.db.execute(
            "SELECT deleted FROM note_exclusions WHERE id = ?", [note_id]
        ).fetchone()
        if row is None or row[0]:
            return False
        self._store.tombstone_row("note_exclusions", note_id)
        return True

    # ------------------------------------------------------------ settings and export
    def settings(self, prefix: str = "") -> dict[str, Any]:
        """Live settings whose key starts with *prefix*, decoded, by key."""
        rows = self._store.db.execute(
            "SELECT key, value FROM settings WHERE deleted = 0 AND substr(key, 1, ?) = ? "
            "ORDER BY key",
            [len(prefix), prefix],
        ).fetchall()
        return {key: json.loads(value) for key, value in rows}

    def delete_setting(self, key: str) -> bool:
        """Forget a setting (a tombstone that merges); True when it was set."""
        return self._store.delete_setting(key)

    def export_rows(self, table: str) -> list[dict[str, Any]]:
        """The live rows of *table* as ``export json`` lists them (see ``_EXPORT_SQL``)."""
        cursor = self._store.db.execute(_EXPORT_SQL[table])
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
