"""The one write path of the window: ``Operations.perform(write, undo=…, changes=…)``.

Every change a user makes in the window (a note typed, a point edited, a theme renamed,
a meeting date corrected) goes through ``perform``, in the spirit of Anki's
``CollectionOp`` (qt/aqt/operations): the write runs against the store, then

* a **refused input** (a ``UserError`` that is not a ``StoreError``: a note too long, an
  empty name, a duplicate theme) is reported as a refusal, one line, with nothing pushed:
  ``bus.refused`` (the window shows "Not saved: <reason>"), or the caller's ``refused``
  callback when the page shows it in place (the setup form);
* a **disk or store failure** (``StoreError``, ``sqlite3.DatabaseError``, ``OSError``) is
  reported on ``bus.storeFailed`` (the window's "Cannot save… free disk space" dialog and
  the red "Not saved");
* on success the undo command (already applied: its first ``redo()`` does nothing) is
  pushed, ``bus.saved`` carries the time once, and the change signals are emitted once,
  from the ``Changes`` the caller declared (or computed from the write's result).

Undo and redo of those commands write through ``Operations.replay``: the same error
split and the same announcement, without pushing anything.

Anything else raised by a write is a bug and propagates to the window's error hook.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand, QUndoStack

from workshop_app.domain.model import Note
from workshop_app.errors import StoreError, UserError
from workshop_app.store import Store
from workshop_app.store.database import describe_os_error
from workshop_app.ui.bus import Bus

T = TypeVar("T")

DONE, REFUSED, FAILED = "done", "refused", "failed"


@dataclass(frozen=True)
class Changes:
    """What a write changed, so ``perform`` can tell the views once.

    Notes are named by id (the announcement reads them fresh); removed notes are carried
    as they were. ``points`` is the summary point to select after the change ("" for
    none, None when no point changed).
    """

    notes_added: tuple[str, ...] = ()
    notes_changed: tuple[str, ...] = ()
    notes_removed: tuple[Note, ...] = ()
    notes: bool = False  # many notes changed (import, move, theme removed): reload
    consultation: bool = False  # meetings, themes, groups, topics or details
    points: str | None = None
    topics: bool = False  # cross-cutting topics added, renamed or reordered

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            notes_added=self.notes_added + other.notes_added,
            notes_changed=self.notes_changed + other.notes_changed,
            notes_removed=self.notes_removed + other.notes_removed,
            notes=self.notes or other.notes,
            consultation=self.consultation or other.consultation,
            points=other.points if other.points is not None else self.points,
            topics=self.topics or other.topics,
        )


NOTHING = Changes()
CONSULTATION = Changes(consultation=True)


@dataclass
class Outcome(Generic[T]):
    """What ``perform`` made of a write: ``ok`` with its ``value``, or why not."""

    status: str
    value: Any = None
    message: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.status == DONE

    @property
    def refused(self) -> bool:
        return self.status == REFUSED

    def __bool__(self) -> bool:
        return self.ok


def failure_message(exc: BaseException, path: Path | None) -> str | None:
    """The one line for a disk or store failure, or None when ``exc`` is not one."""
    if isinstance(exc, StoreError):
        return str(exc)
    if isinstance(exc, sqlite3.DatabaseError):
        where = path.name if path else "the database"
        return f"cannot save to {where}: {exc}"
    if isinstance(exc, OSError):
        return describe_os_error(exc, Path(exc.filename) if exc.filename else path or Path("?"))
    return None


def saved_now(bus: Bus) -> None:
    """Tell the status bar that a write was committed (the one ``bus.saved`` emitter)."""
    bus.saved.emit(time.strftime("%H:%M:%S"))


class Operations(QObject):
    """The window's write path over one store, one bus and one undo stack."""

    def __init__(
        self, store: Store, bus: Bus, stack: QUndoStack | None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.bus, self.stack = store, bus, stack

    # ------------------------------------------------------------------ the write path
    def perform(
        self,
        write: Callable[[], T],
        *,
        undo: QUndoCommand | Callable[[T], QUndoCommand | None] | None = None,
        changes: Changes | Callable[[T], Changes] = NOTHING,
        refused: Callable[[str], None] | None = None,
    ) -> Outcome[T]:
        """Run ``write``; on success push ``undo`` and announce ``changes`` once.

        ``undo`` and ``changes`` may be functions of the write's result (a new note's id,
        a new point). ``refused`` takes a refusal's one line instead of ``bus.refused``.
        """
        outcome = self._run(write, refused)
        if not outcome.ok:
            return outcome
        command = undo(outcome.value) if callable(undo) else undo
        if command is not None and self.stack is not None:
            self.stack.push(command)
        self.announce(changes(outcome.value) if callable(changes) else changes)
        return outcome

    def replay(self, write: Callable[[], object], changes: Callable[[], Changes]) -> bool:
        """An undo or redo: write, then announce; errors as in ``perform``; no push."""
        outcome = self._run(write, None)
        # Announce even after a failure: the views re-read what the store really holds.
        self.announce(changes(), saved=outcome.ok)
        return outcome.ok

    def read(self, fn: Callable[[], T]) -> Outcome[T]:
        """A read that may be refused (no such point): the same error split, no announcement."""
        return self._run(fn, None)

    def _run(self, write: Callable[[], T], refused: Callable[[str], None] | None) -> Outcome[T]:
        try:
            value = write()
        except (UserError, sqlite3.DatabaseError, OSError) as exc:
            message = failure_message(exc, self.store.path)
            if message is not None:
                self.bus.storeFailed.emit(message)
                return Outcome(FAILED, message=message)
            (refused or self.bus.refused.emit)(str(exc))
            return Outcome(REFUSED, message=str(exc))
        return Outcome(DONE, value=value)

    # ------------------------------------------------------------------ telling the views
    def announce(self, changes: Changes, *, saved: bool = True) -> None:
        """Emit the bus signals for ``changes``, each once."""
        bus = self.bus
        if saved:
            saved_now(bus)
        for note_id in dict.fromkeys(changes.notes_added):
            note = self.store.note(note_id)
            if note is not None:
                bus.noteAdded.emit(note)
        for note in changes.notes_removed:
            bus.noteRemoved.emit(note)
        for note_id in dict.fromkeys(changes.notes_changed):
            note = self.store.note(note_id)
            if note is not None:
                bus.noteChanged.emit(note)
        if changes.notes:
            bus.notesChanged.emit()
        if changes.topics:
            bus.topicsChanged.emit()
        if changes.consultation or changes.topics:
            bus.consultationChanged.emit()
        if changes.points is not None:
            bus.pointsChanged.emit(changes.points)


class AppliedCommand(QUndoCommand):
    """An undo command whose write was already made (by ``perform``) when it is pushed.

    ``QUndoStack.push`` calls ``redo()`` at once; that first call does nothing. Later redos
    and undos run ``forward``/``backward`` through ``Operations.replay`` and announce
    ``forward_changes()``/``backward_changes()`` (by default both ``changes()``).
    """

    def __init__(self, ops: Operations, text: str) -> None:
        super().__init__(text)
        self.ops = ops
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self.ops.replay(self.forward, self.forward_changes)

    def undo(self) -> None:
        self.ops.replay(self.backward, self.backward_changes)

    def forward(self) -> None: ...
    def backward(self) -> None: ...

    def changes(self) -> Changes:
        return NOTHING

    def forward_changes(self) -> Changes:
        return self.changes()

    def backward_changes(self) -> Changes:
        return self.changes()


class Rewrite(AppliedCommand):
    """The common undo: run one write forward and another backward (e.g. a rename and the
    rename back), announcing the same ``Changes`` either way."""

    def __init__(
        self,
        ops: Operations,
        text: str,
        forward: Callable[[], object],
        backward: Callable[[], object],
        changes: Changes = CONSULTATION,
    ) -> None:
        super().__init__(ops, text)
        self._forward, self._backward, self._changes = forward, backward, changes

    def forward(self) -> None:
        self._forward()

    def backward(self) -> None:
        self._backward()

    def changes(self) -> Changes:
        return self._changes


class Removal(AppliedCommand):
    """Removing a meeting, theme, group or cross-cutting topic, and bringing it back.

    A removal tombstones the row and what hangs on it (its groups and notes; a topic
    clears its notes' topic). Undo restores exactly those rows. With ``undoes_add`` the
    directions swap: the command of an addition, whose undo removes the new row.
    """

    def __init__(
        self, ops: Operations, label: str, table: str, row_id: str, *, undoes_add: bool = False
    ) -> None:
        super().__init__(ops, label)
        self.table, self.row_id, self.undoes_add = table, row_id, undoes_add
        self.notes: list[str] = []
        self.groups: list[str] = []
        self.topic_notes: list[str] = []

    def _remove(self) -> None:
        store = self.ops.store
        if self.table == "topics":
            self.topic_notes = [n.id for n in store.notes() if n.topic_id == self.row_id]
            store.delete_topic(self.row_id)
            return
        key = {"meetings": "meeting_id", "themes": "theme_id", "groups": "group_id"}[self.table]
        self.notes = [n.id for n in store.notes(**{key: self.row_id})]
        if self.table != "groups":
            self.groups = [g.id for g in store.groups(**{key: self.row_id})]
        delete = {
            "meetings": store.delete_meeting,
            "themes": store.delete_theme,
            "groups": store.delete_group,
        }[self.table]
        delete(self.row_id)

    def _restore(self) -> None:
        store = self.ops.store
        with store.transaction():
            store.restore_rows(self.table, [self.row_id])
            store.restore_rows("groups", self.groups)
            store.restore_rows("notes", self.notes)
            for note_id in self.topic_notes:
                store.update_note(note_id, topic_id=self.row_id)

    def forward(self) -> None:
        (self._restore if self.undoes_add else self._remove)()

    def backward(self) -> None:
        (self._remove if self.undoes_add else self._restore)()

    def changes(self) -> Changes:
        return Changes(consultation=True, notes=bool(self.notes or self.topic_notes))
