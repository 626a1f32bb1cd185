"""The consultation as JSON: a documented, versioned format with stable ordering.

Format ``workshop-app/consultation``, version 1 (see README, "JSON format"):

- ``format``, ``version``, ``consultation`` (title and hearing details),
  ``settings`` (document texts),
- ``themes``, ``meetings``, ``topics``, ``groups``, ``notes``,
  ``summary_points``, ``point_links``: live rows only, each list sorted by
  display order then id, keys sorted.

No timestamps of the export itself are included, so two exports of the same
data are byte-identical, and converged replicas export the same bytes.
"""

from __future__ import annotations

import json
from typing import Any

from workshop_app.store import Store

FORMAT = "workshop-app/consultation"
VERSION = 1


def _rows(store: Store, sql: str) -> list[dict[str, Any]]:
    cursor = store.db.execute(sql)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def consultation_dict(store: Store) -> dict[str, Any]:
    """Everything live in the consultation, as plain data in a stable order."""
    consultation = store.consultation()
    settings = {
        key: json.loads(value)
        for key, value in store.db.execute(
            "SELECT key, value FROM settings WHERE deleted = 0 AND key NOT LIKE 'consultation.%' "
            "ORDER BY key"
        ).fetchall()
    }
    return {
        "format": FORMAT,
        "version": VERSION,
        "consultation": {
            "title": consultation.title,
            "hearing_url": consultation.hearing_url,
            "hearing_email": consultation.hearing_email,
            "hearing_from": consultation.hearing_from,
            "hearing_to": consultation.hearing_to,
        },
        "settings": settings,
        "themes": [
            {"id": t.id, "name": t.name, "position": t.position, "venue": t.venue}
            for t in store.themes()
        ],
        "meetings": [
            {"id": m.id, "venue": m.venue, "date": m.date, "participants": m.participants}
            for m in store.meetings()
        ],
        "topics": [{"id": t.id, "name": t.name, "position": t.position} for t in store.topics()],
        "groups": _rows(
            store,
            "SELECT id, meeting_id, theme_id, name, position FROM groups WHERE deleted = 0 "
            "ORDER BY meeting_id, theme_id, position, name, id",
        ),
        "notes": _rows(
            store,
            "SELECT id, meeting_id, theme_id, group_id, kind, text, topic_id, origin_device "
            "FROM notes WHERE deleted = 0 ORDER BY created, id",
        ),
        "summary_points": _rows(
            store,
            "SELECT id, theme_id, topic_id, kind, text, position FROM summary_points "
            "WHERE deleted = 0 ORDER BY coalesce(topic_id, ''), coalesce(theme_id, ''), "
            "position, id",
        ),
        "point_links": _rows(
            store,
            "SELECT id, point_id, note_id FROM point_links WHERE deleted = 0 "
            "ORDER BY point_id, note_id, id",
        ),
    }


def export_json(store: Store) -> str:
    """The JSON text of ``consultation_dict``: sorted keys, two-space indent, final newline."""
    return json.dumps(consultation_dict(store), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
