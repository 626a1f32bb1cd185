"""Undoable note changes on a QUndoStack: add, edit, delete, set topic.

``NoteActions`` is what pages call. Each action goes through ``Operations.perform``
(ui/operations.py): the write is made first (a refusal or a disk failure is reported and
nothing is pushed), then a command whose first ``redo()`` does nothing is pushed and the
change is announced once. Undo and redo write again through ``Operations.replay``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QUndoStack

from workshop_app.domain.model import Note
from workshop_app.store import Store
from workshop_app.ui.bus import Bus
from workshop_app.ui.operations import AppliedCommand, Changes, Operations

__all__ = ["AppliedCommand", "NoteActions"]


def _short(text: str, width: int = 30) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


class NoteActions(QObject):
    """Note writes for the window, each through ``Operations.perform`` (ui/operations.py)."""

    def __init__(
        self,
        store: Store,
        bus: Bus,
        stack: QUndoStack,
        parent: QObject | None = None,
        *,
        ops: Operations | None = None,
    ):
        super().__init__(parent)
        self.store, self.bus, self.stack = store, bus, stack
        self.ops = ops or Operations(store, bus, stack, self)

    def fetch(self, note_id: str) -> Note | None:
        return self.store.note(note_id)

    # ------------------------------------------------------------------ actions
    def add(
        self,
        meeting_id: str,
        theme_id: str,
        kind: str,
        text: str,
        group_id: str | None = None,
        topic_id: str | None = None,
    ) -> Note | None:
        """Store a new note (committed at once); returns it, or None when it failed."""
        outcome = self.ops.perform(
            lambda: self.store.add_note(
                meeting_id, theme_id, kind, text, group_id=group_id, topic_id=topic_id
            ),
            undo=lambda note_id: _AddNote(self.ops, self.store.note(note_id)),
            changes=lambda note_id: Changes(notes_added=(note_id,)),
        )
        return self.store.note(outcome.value) if outcome.ok else None

    def edit(self, note: Note, text: str) -> bool:
        """Change a note's text."""
        return self._update(
            note,
            {"text": text.strip()},
            QCoreApplication.translate("Undo", "Edit note “{0}”").format(_short(text)),
        )

    def set_kind(self, note: Note, kind: str) -> bool:
        """Make a note a challenge or a solution."""
        return self._update(note, {"kind": kind}, QCoreApplication.translate("Undo", "Change kind"))

    def set_topic(self, note: Note, topic_id: str | None) -> bool:
        """Give a note a cross-cutting topic (None clears it)."""
        return self._update(
            note,
            {"topic_id": topic_id or None},
            QCoreApplication.translate("Undo", "Set cross-cutting topic"),
        )

    def _update(self, note: Note, new: dict[str, object], label: str) -> bool:
        old = {key: getattr(note, key) for key in new}
        if old == new:
            return False
        return self.ops.perform(
            lambda: self.store.update_note(note.id, **new),
            undo=_UpdateNote(self.ops, note.id, old, new, label),
            changes=Changes(notes_changed=(note.id,)),
        ).ok

    def delete(self, notes: list[Note]) -> bool:
        """Delete notes (tombstones), as one undoable step."""
        if not notes:
            return False
        command = _DeleteNotes(self.ops, notes)
        return self.ops.perform(command.forward, undo=command, changes=command.forward_changes()).ok


class _AddNote(AppliedCommand):
    def __init__(self, ops: Operations, note: Note) -> None:
        super().__init__(
            ops, QCoreApplication.translate("Undo", "Add note “{0}”").format(_short(note.text))
        )
        self.note = note

    def forward(self) -> None:
        self.ops.store.restore_note(self.note.id)

    def backward(self) -> None:
        self.ops.store.delete_note(self.note.id)

    def forward_changes(self) -> Changes:
        return Changes(notes_added=(self.note.id,))

    def backward_changes(self) -> Changes:
        return Changes(notes_removed=(self.note,))


class _DeleteNotes(AppliedCommand):
    def __init__(self, ops: Operations, notes: list[Note]) -> None:
        label = (
            QCoreApplication.translate("Undo", "Delete note “{0}”").format(_short(notes[0].text))
            if len(notes) == 1
            else QCoreApplication.translate("Undo", "Delete {0} notes").format(len(notes))
        )
        super().__init__(ops, label)
        self.notes = list(notes)

    def forward(self) -> None:
        with self.ops.store.transaction():
            for note in self.notes:
                self.ops.store.delete_note(note.id)

    def backward(self) -> None:
        with self.ops.store.transaction():
            for note in self.notes:
                self.ops.store.restore_note(note.id)

    def forward_changes(self) -> Changes:
        return Changes(notes_removed=tuple(self.notes))

    def backward_changes(self) -> Changes:
        return Changes(notes_added=tuple(n.id for n in self.notes))


class _UpdateNote(AppliedCommand):
    def __init__(self, ops: Operations, note_id: str, old: dict, new: dict, label: str):
        super().__init__(ops, label)
        self.note_id, self.old, self.new = note_id, old, new

    def forward(self) -> None:
        self.ops.store.update_note(self.note_id, **self.new)

    def backward(self) -> None:
        self.ops.store.update_note(self.note_id, **self.old)

    def changes(self) -> Changes:
        return Changes(notes_changed=(self.note_id,))
