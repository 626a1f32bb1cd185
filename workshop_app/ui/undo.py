"""Undoable note changes on a QUndoStack: add, edit, delete, set topic.

``NoteActions`` is what pages call. Each action writes through the Store first (so a
failure is reported before anything is pushed), then pushes a command whose first
``redo()`` does nothing. Undo and redo write again and announce the change on the bus.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QUndoCommand, QUndoStack

from workshop_app.domain.model import Note
from workshop_app.errors import UserError
from workshop_app.store import Store
from workshop_app.ui.bus import Bus


def _short(text: str, width: int = 30) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


class NoteActions(QObject):
    """Note writes for the window: one undo stack, one bus, one store."""

    def __init__(self, store: Store, bus: Bus, stack: QUndoStack, parent: QObject | None = None):
        super().__init__(parent)
        self.store, self.bus, self.stack = store, bus, stack

    # ------------------------------------------------------------------ helpers
    def _attempt(self, write: Callable[[], object]) -> object | None:
        """Run a write; on failure tell the bus (one dialog) and return None."""
        try:
            result = write()
        except UserError as exc:
            self.bus.storeFailed.emit(str(exc))
            return None
        self.bus.saved.emit(time.strftime("%H:%M:%S"))
        return result if result is not None else True

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
        note_id = self._attempt(
            lambda: self.store.add_note(
                meeting_id, theme_id, kind, text, group_id=group_id, topic_id=topic_id
            )
        )
        if not isinstance(note_id, str):
            return None
        note = self.store.note(note_id)
        if note is None:  # cannot happen after a successful insert; keep the UI honest
            return None
        self.stack.push(_AddNote(self, note))
        self.bus.noteAdded.emit(note)
        return note

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
        if self._attempt(lambda: self.store.update_note(note.id, **new)) is None:
            return False
        self.stack.push(_UpdateNote(self, note.id, old, new, label))
        self._announce_change(note.id)
        return True

    def delete(self, notes: list[Note]) -> bool:
        """Delete notes (tombstones), as one undoable step."""
        if not notes:
            return False

        def write() -> None:
            with self.store.transaction():
                for note in notes:
                    self.store.delete_note(note.id)

        if self._attempt(write) is None:
            return False
        self.stack.push(_DeleteNotes(self, notes))
        for note in notes:
            self.bus.noteRemoved.emit(note)
        return True

    def _announce_change(self, note_id: str) -> None:
        fresh = self.store.note(note_id)
        if fresh is not None:
            self.bus.noteChanged.emit(fresh)


class AppliedCommand(QUndoCommand):
    """An undo command whose write was already made when it is pushed.

    ``QUndoStack.push`` calls ``redo()`` once at once; that first call does nothing. Later
    redos and undos run ``forward``/``backward`` through ``attempt`` (which routes store errors
    to the window) and then tell the views with ``after_forward``/``after_backward``.
    """

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self.attempt(self.forward)
        self.after_forward()

    def undo(self) -> None:
        self.attempt(self.backward)
        self.after_backward()

    def attempt(self, write: Callable[[], object]) -> None:
        write()

    def forward(self) -> None: ...
    def backward(self) -> None: ...
    def after_forward(self) -> None: ...
    def after_backward(self) -> None: ...


class _NoteCommand(AppliedCommand):
    """A note command: writes go through NoteActions."""

    def __init__(self, actions: NoteActions, text: str) -> None:
        super().__init__(text)
        self.actions = actions

    def attempt(self, write: Callable[[], object]) -> None:
        self.actions._attempt(write)


class _AddNote(_NoteCommand):
    def __init__(self, actions: NoteActions, note: Note) -> None:
        super().__init__(
            actions, QCoreApplication.translate("Undo", "Add note “{0}”").format(_short(note.text))
        )
        self.note = note

    def forward(self) -> None:
        self.actions.store.restore_note(self.note.id)

    def backward(self) -> None:
        self.actions.store.delete_note(self.note.id)

    def after_forward(self) -> None:
        fresh = self.actions.fetch(self.note.id)
        if fresh is not None:
            self.actions.bus.noteAdded.emit(fresh)

    def after_backward(self) -> None:
        self.actions.bus.noteRemoved.emit(self.note)


class _DeleteNotes(_NoteCommand):
    def __init__(self, actions: NoteActions, notes: list[Note]) -> None:
        label = (
            QCoreApplication.translate("Undo", "Delete note “{0}”").format(_short(notes[0].text))
            if len(notes) == 1
            else QCoreApplication.translate("Undo", "Delete {0} notes").format(len(notes))
        )
        super().__init__(actions, label)
        self.notes = list(notes)

    def forward(self) -> None:
        with self.actions.store.transaction():
            for note in self.notes:
                self.actions.store.delete_note(note.id)

    def backward(self) -> None:
        with self.actions.store.transaction():
            for note in self.notes:
                self.actions.store.restore_note(note.id)

    def after_forward(self) -> None:
        for note in self.notes:
            self.actions.bus.noteRemoved.emit(note)

    def after_backward(self) -> None:
        for note in self.notes:
            fresh = self.actions.fetch(note.id)
            if fresh is not None:
                self.actions.bus.noteAdded.emit(fresh)


class _UpdateNote(_NoteCommand):
    def __init__(self, actions: NoteActions, note_id: str, old: dict, new: dict, label: str):
        super().__init__(actions, label)
        self.note_id, self.old, self.new = note_id, old, new

    def forward(self) -> None:
        self.actions.store.update_note(self.note_id, **self.new)

    def backward(self) -> None:
        self.actions.store.update_note(self.note_id, **self.old)

    def after_forward(self) -> None:
        self.actions._announce_change(self.note_id)

    after_backward = after_forward
