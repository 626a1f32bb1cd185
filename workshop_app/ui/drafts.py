"""The capture page's drafts: what is typed in the note field reaches disk within a second.

``DraftKeeper`` wires the Qt side of ``workshop_app.capture.drafts``: the note field's
``textChanged`` starts a short timer (``DELAY_MS``), every focus change in the
application saves at once, and so do a group switch, a saved note and the window
closing. The page tells the keeper where it is (``switch_to``); the keeper keeps each
place's text with its place, so a half-typed note never follows a switch into another
group. A note being edited in place is kept the same way, under the note's id.

Messages for the status bar ("a draft was restored", "the drafts file was damaged") go
out on ``bus.status``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QStyledItemDelegate, QWidget

from workshop_app import paths
from workshop_app.capture.drafts import DraftStore, DraftWriter, Place
from workshop_app.domain.model import Note
from workshop_app.errors import UserError
from workshop_app.ui.widgets.note_edit import NoteEdit

if TYPE_CHECKING:
    from workshop_app.ui.pages.capture_page import CapturePage

#: How long typing may pause before the text is written (the promise is "within 1 s").
DELAY_MS = 400


def open_drafts(store_path) -> tuple[DraftStore, str]:
    """The drafts of a consultation file and a problem line ("" when none)."""
    try:
        folder = paths.data_dir() / "drafts"
    except UserError as exc:
        return DraftStore(None), QCoreApplication.translate(
            "DraftKeeper", "Drafts cannot be kept: {0}"
        ).format(exc)
    drafts = DraftStore.for_consultation(folder, store_path).load()
    if drafts.set_aside is not None:
        return drafts, QCoreApplication.translate(
            "DraftKeeper", "The drafts file was damaged and is ignored (kept as {0})."
        ).format(drafts.set_aside)
    if drafts.problem:
        return drafts, QCoreApplication.translate(
            "DraftKeeper", "The drafts file cannot be read and is ignored: {0}"
        ).format(drafts.path)
    return drafts, ""


def place_of(note: Note) -> Place:
    return Place(note.meeting_id, note.theme_id, note.group_id or "")


class DraftKeeper(QObject):
    """Keeps the text of the note field (and of a note edited in place) on disk.

    The file is written on a thread of its own (``DraftWriter``): its two fsyncs never hold
    up typing or the Enter that saves a note. ``save(wait=True)`` (the window closing)
    returns when the file is on disk.
    """

    # From the writer's thread, delivered on the UI thread (queued).
    _writeFailed = Signal(str)
    _written = Signal()

    def __init__(self, page: CapturePage) -> None:
        super().__init__(page)
        self.page = page
        self.field: NoteEdit = page.note_field
        self.drafts, problem = open_drafts(page.store.path)
        self._writeFailed.connect(self._write_failed)
        self._written.connect(self._write_succeeded)
        self._writer = DraftWriter(
            on_error=lambda _path, exc: self._writeFailed.emit(
                getattr(exc, "strerror", None) or str(exc)),
            on_written=lambda _path: self._written.emit(),
        )
        self.place: Place | None = None  # the place whose text is in the field
        self._loading = False
        self._editing: tuple[Note, NoteEdit] | None = None
        self._keep_edit = False
        self._failed = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.save)
        self.field.textChanged.connect(self._field_typed)
        app = QApplication.instance()
        if app is not None:
            app.focusChanged.connect(self._focus_changed)
        if problem:
            self._tell(problem)

    # ------------------------------------------------------------------ where to resume
    def resume_place(self) -> Place | None:
        """Where the last draft was typed: the window starts there after a crash."""
        latest = self.drafts.latest()
        return latest.place if latest else None

    # ------------------------------------------------------------------ the note field
    def switch_to(self, place: Place | None) -> None:
        """The page now shows ``place``: the field's text stays with the place it was typed
        at, and the new place's draft (if any) comes into the field."""
        if place == self.place:
            return
        if self.place is not None:
            self.drafts.put(self.place, self.field.toPlainText())
        self.place = place
        draft = self.drafts.get(place) if place is not None else None
        text = draft.text if draft else ""
        if self.field.toPlainText() != text:  # usually "" to "": no repaint of the field
            self._loading = True
            try:
                self.field.setPlainText(text)
                from PySide6.QtGui import QTextCursor  # the first restored draft (start-up)

                self.field.moveCursor(QTextCursor.MoveOperation.End)
            finally:
                self._loading = False
        self.save()
        if draft is not None:
            self._tell(self.tr("A draft was restored: the text typed here is back in the field."))

    def _field_typed(self) -> None:
        if self._loading or self.place is None:
            return
        if self.drafts.put(self.place, self.field.toPlainText()):
            self._timer.start()

    def note_saved(self) -> None:
        """The field's text became a note: its draft is gone, on disk too."""
        if self.place is not None:
            self.drafts.remove(self.place)
        self.save()

    # ------------------------------------------------------------------ a note edited in place
    def watch_delegate(self, delegate: QStyledItemDelegate) -> None:
        delegate.editorCreated.connect(self._editor_created)
        delegate.closeEditor.connect(self._editor_closed)
        delegate.draft_text = self.edit_draft_text

    def edit_draft_text(self, note: Note) -> str | None:
        """The kept text of an edit of ``note`` that was interrupted, or None."""
        draft = self.drafts.get(place_of(note), note.id)
        return draft.text if draft else None

    def _editor_created(self, editor: NoteEdit, note: Note) -> None:
        self._editing = (note, editor)
        self._keep_edit = False
        editor.textChanged.connect(lambda: self._edit_typed(note, editor))

    def _edit_typed(self, note: Note, editor: NoteEdit) -> None:
        if self._editing is None or self._editing[1] is not editor:
            return
        text = editor.toPlainText()
        # The note's own text unchanged is no draft.
        if self.drafts.put(place_of(note), "" if text == note.text else text, note.id):
            self._timer.start()

    def keep_edit(self) -> None:
        """The edit was not saved (refused or a disk failure): keep its draft."""
        self._keep_edit = True

    def _editor_closed(self, editor: QWidget, _hint: object) -> None:
        if self._editing is None or self._editing[1] is not editor:
            return
        note, _editor = self._editing
        self._editing = None
        if not self._keep_edit:
            self.drafts.remove(place_of(note), note.id)
        self.save()

    def restore_edit(self) -> None:
        """Open the editor again on a note whose edit was interrupted (latest one)."""
        edits = sorted(self.drafts.edits(), key=lambda d: d.updated)
        if not edits:
            return
        draft = edits[-1]
        note = self.page.store.note(draft.note)
        if note is None:  # the note is gone: its words become a new-note draft there
            self.drafts.remove(draft.place, draft.note)
            if self.drafts.get(draft.place) is None:
                self.drafts.put(draft.place, draft.text)
            self.save()
            return
        self.page.show_note(note.id)
        row = self.page.note_model.row_of(note.id)
        if row >= 0:
            self.page.note_list.edit(self.page.note_model.index(row, 0))
            self._tell(self.tr("A draft was restored: the note you were editing is open again."))

    # ------------------------------------------------------------------ disk
    def _focus_changed(self, _old: QWidget | None, _new: QWidget | None) -> None:
        self.save()

    def save(self, wait: bool = False) -> None:
        """Hand the drafts to the writer now (only when they changed); with ``wait``,
        return when they are on disk (the window closing, a test)."""
        self._timer.stop()
        if self._editing is not None:  # the editor's text as it is now
            note, editor = self._editing
            self._edit_typed(note, editor)
            self._timer.stop()
        job = self.drafts.pending_write()
        if job is not None:
            self._writer.submit(*job)
        if wait:
            self._writer.wait()
            QCoreApplication.sendPostedEvents(self)  # a failure is reported before closing

    def _write_failed(self, reason: str) -> None:
        self.drafts.mark_unsaved()  # the next save writes again
        if not self._failed:  # once, not on every key
            self._failed = True
            self._tell(self.tr("The draft cannot be written to {0}: {1}").format(
                self.drafts.path, reason))

    def _write_succeeded(self) -> None:
        self._failed = False

    def _tell(self, message: str) -> None:
        # After the window is built: the status bar listens by then.
        QTimer.singleShot(0, self, lambda: self.page.bus.status.emit(message))


__all__ = ["DELAY_MS", "DraftKeeper", "Place", "open_drafts"]
