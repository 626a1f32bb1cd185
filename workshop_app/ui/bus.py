"""A small signal bus: the app-wide events pages and windows use to stay in step.

Pages never reach into each other's widgets; they emit and listen here. One bus
belongs to one main window (``window.bus``).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Bus(QObject):
    """App-wide events. Note objects are ``workshop_app.domain.model.Note``."""

    # A note was stored (typed, or brought back by redo).
    noteAdded = Signal(object)
    # A note's text, kind or topic changed.
    noteChanged = Signal(object)
    # A note was deleted (or its addition undone); carries the note as it was.
    noteRemoved = Signal(object)
    # Many notes may have changed (import, merge, theme removed): reload what you show.
    notesChanged = Signal()
    # Meetings, themes, groups, topics or the consultation's details changed.
    consultationChanged = Signal()
    # The capture position moved: meeting id, theme id, group id ("" for none).
    positionChanged = Signal(str, str, str)
    # The capture phase changed: "challenge" or "solution".
    phaseChanged = Signal(str)
    # A write was committed to the database (carries a short local time, "14:03:27").
    saved = Signal(str)
    # A write failed on disk or in the database; carries the one-line reason. The main
    # window shows one "Cannot save" dialog and a red "Not saved".
    storeFailed = Signal(str)
    # A write was refused (bad input: too long, empty, a duplicate name); carries the
    # one-line reason. Nothing was written; the window says so without blaming the disk.
    refused = Signal(str)
    # Summary points changed (ui/operations.Changes.points): the point id to select or "".
    pointsChanged = Signal(str)
    # Cross-cutting topics were added, renamed or reordered.
    topicsChanged = Signal()
    # A line for the status bar (a draft was restored, a drafts file was damaged).
    status = Signal(str)
    # Files were dropped on the main window (absolute paths). A teammate's page consumes it.
    filesDropped = Signal(list)
    # Ask the capture page to show a note (search results): note id.
    showNoteRequested = Signal(str)
