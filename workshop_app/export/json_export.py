"""The consultation as JSON: a documented, versioned format with stable ordering.

Format ``workshop-app/consultation``, version 1 (see README, "JSON format"):

- ``format``, ``version``, ``consultation`` (title and hearing details),
  ``settings`` (document texts),
- ``themes``, ``meetings``, ``topics``, ``groups``, ``notes``,
  ``summary_points``, ``point_links``: live rows only, each list sorted by
  display order then id, keys sorted. A link is listed only when both its point
  and its note are live (never a link to a deleted row).
- ``excluded_notes``: the live notes the coordinator left out of the summary on
  purpose, each ``{"note_id", "reason"}``, in the notes' order.

Version 1 gained (without breaking readers) ``meetings[].preposition``,
``summary_points[].draft`` and ``excluded_notes``.

No timestamps of the export itself are included, so two exports of the same
data are byte-identical, and converged replicas export the same bytes.
"""

from __future__ import annotations

import json
from typing import Any

from workshop_app.store import Store

FORMAT = "workshop-app/consultation"
VERSION = 1


def consultation_dict(store: Store) -> dict[str, Any]:
    """Everything live in the consultation, as plain data in a stable order."""
    consultation = store.consultation()
    curation = store.curation
    settings = {
        key: value
        for key, value in curation.settings().items()
        if not key.startswith("consultation.")
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
            {"id": m.id, "venue": m.venue, "date": m.date, "participants": m.participants,
             "preposition": m.preposition}
            for m in store.meetings()
        ],
        "topics": [{"id": t.id, "name": t.name, "position": t.position} for t in store.topics()],
        "groups": curation.export_rows("groups"),
        "notes": curation.export_rows("notes"),
        "summary_points": [
            {**row, "draft": bool(row["draft"])} for row in curation.export_rows("summary_points")
        ],
        "point_links": curation.export_rows("point_links"),
        "excluded_notes": curation.export_rows("note_exclusions"),
    }


def export_json(store: Store) -> str:
    """The JSON text of ``consultation_dict``: sorted keys, two-space indent, final newline."""
    return json.dumps(consultation_dict(store), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
