"""Session files and merging laptops (see ``merge`` for the service, ``rules`` for the rules)."""

from workshop_app.sync.incoming import Snapshot, load_snapshot
from workshop_app.sync.merge import (
    Conflict,
    Counts,
    MergeReport,
    apply_merge,
    catch_up_clock,
    load_sources,
    merge_files,
    plan_merge,
)
from workshop_app.sync.provenance import NoteProvenance, note_provenance
from workshop_app.sync.session import EXTENSION, SessionManifest, export_session

__all__ = [
    "EXTENSION",
    "Conflict",
    "Counts",
    "MergeReport",
    "NoteProvenance",
    "SessionManifest",
    "Snapshot",
    "apply_merge",
    "catch_up_clock",
    "export_session",
    "load_snapshot",
    "load_sources",
    "merge_files",
    "note_provenance",
    "plan_merge",
]
