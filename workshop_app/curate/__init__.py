"""Curating the summary: points that condense notes, their evidence, promoted recurring groups.

The service API (Qt-free) lives in ``workshop_app.curate.points``; the names below
are re-exported for convenience.
"""

from workshop_app.curate.points import (
    KEEP,
    Evidence,
    SummaryPoint,
    add_point,
    approve_point,
    delete_point,
    edit_point,
    evidence,
    find_point_id,
    get_point,
    link_notes,
    linked_notes,
    list_points,
    move_point,
    promote_group,
    reorder_points,
    restore_point,
    unlink_notes,
)

__all__ = [
    "KEEP",
    "Evidence",
    "SummaryPoint",
    "add_point",
    "approve_point",
    "delete_point",
    "edit_point",
    "evidence",
    "find_point_id",
    "get_point",
    "link_notes",
    "linked_notes",
    "list_points",
    "move_point",
    "promote_group",
    "reorder_points",
    "restore_point",
    "unlink_notes",
]
