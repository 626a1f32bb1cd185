"""Moving notes in the window: "Move to…" (a dialog), or drag notes onto a group tab or a theme.

``install(window)`` (called by ``MainWindow._install_extensions``; the window keeps the
returned ``NoteMover`` as ``window.note_mover``) binds the declared Edit → Move notes to…
(``move_notes`` in ``ui/actions.py``, Ctrl+Shift+G, for the selected notes), answers the
capture page's "Move to…" in the note menu, and, from the window's first paint on, lets
notes dragged from the capture view's list be dropped on a group tab (that group) or on a
theme (that theme, in the group of the same name). It works for several selected notes at
once, and the move is one undoable step through the window's one write path
(``Operations.perform``): an impossible move is a refusal, a disk failure the "Cannot
save" dialog. The dialog (``ui.move_notes_dialog``) is loaded when it first opens.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView

from workshop_app.domain.model import Note
from workshop_app.ui.first_paint import AfterFirstPaint
from workshop_app.ui.models import NOTE_IDS_MIME
from workshop_app.ui.operations import AppliedCommand, Changes

if TYPE_CHECKING:
    from workshop_app.capture.move import Move
    from workshop_app.ui.main_window import MainWindow
    from workshop_app.ui.move_notes_dialog import MoveNotesDialog

#: A move may make a group at the new place: the pages read everything again (one reload;
#: the capture page keeps its place).
MOVED = Changes(notes=True, consultation=True)

#: The group choice "the group of the same name there" (``capture.move``'s default).
SAME_GROUP: str | None = None
#: The group choice "no group".
NO_GROUP = ""


class _MoveNotes(AppliedCommand):
    """One move of one or more notes; undo puts each back where it was."""

    def __init__(self, mover: NoteMover, moves: list[Move]) -> None:
        count = sum(1 for m in moves if m.moved)
        super().__init__(
            mover.window.operations,
            QCoreApplication.translate("Undo", "Move note")
            if count == 1
            else QCoreApplication.translate("Undo", "Move {0} notes").format(count),
        )
        self.mover, self.moves = mover, moves

    def forward(self) -> None:
        from workshop_app.capture.move import replay  # loaded with the first move (start-up)

        replay(self.mover.store, self.moves, undo=False)

    def backward(self) -> None:
        from workshop_app.capture.move import replay

        replay(self.mover.store, self.moves, undo=True)

    def changes(self) -> Changes:
        return MOVED


class NoteMover(QObject):
    """Moves notes for one window: writes, pushes the undo step, tells the pages."""

    #: Notes were moved (the list of ``capture.move.Move``).
    moved = Signal(list)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.store = window.store
        self.dialog: MoveNotesDialog | None = None
        self.action: QAction | None = None  # Edit → Move notes to… (bound by ``install``)
        self.drop_target: _DropTarget | None = None

    def accept_drops(self) -> None:
        """Take notes dropped on the group tabs and the theme list (once)."""
        if self.drop_target is None:
            self.drop_target = _DropTarget(self)

    def move(
        self,
        notes: Sequence[Note],
        *,
        meeting_id: str | None = None,
        theme_id: str | None = None,
        group: str | None = SAME_GROUP,
    ) -> list[Move] | None:
        """Move ``notes``; None when refused (the reason is shown as a refusal, one line)."""
        if not notes:
            return None
        meeting = self.store.meeting(meeting_id) if meeting_id else None
        theme = next((t for t in self.store.themes() if t.id == theme_id), None)

        from workshop_app.capture.move import move_notes  # loaded with the first move (start-up)

        def write() -> list[Move]:
            return move_notes(
                self.store, [n.id for n in notes], meeting=meeting, theme=theme, group=group
            )

        outcome = self.window.operations.perform(
            write,
            undo=lambda moves: _MoveNotes(self, moves) if any(m.moved for m in moves) else None,
            changes=lambda moves: MOVED if any(m.moved for m in moves) else Changes(),
        )
        if not outcome.ok:
            return None
        self.moved.emit(outcome.value)
        return outcome.value

    def ask(self, notes: Sequence[Note] | None = None) -> None:
        """Edit → Move notes to… / "Move to…": ask where, then move."""
        page = self.window.capture_page
        notes = list(notes) if notes else page.selected_notes()
        if not notes:
            self.window.statusBar().showMessage(
                self.tr("Select the notes to move in the list first."), 8000
            )
            return
        from workshop_app.ui.move_notes_dialog import MoveNotesDialog  # loaded when first asked

        dialog = MoveNotesDialog(self.store, notes, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._chosen(notes, dialog.choice()))
        dialog.destroyed.connect(lambda *_a: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

    def _chosen(self, notes: list[Note], choice: tuple[str | None, str | None, str | None]) -> None:
        meeting_id, theme_id, group = choice
        self.move(notes, meeting_id=meeting_id, theme_id=theme_id, group=group)

    def dropped_notes(self, event: QDropEvent | QDragMoveEvent | QDragEnterEvent) -> list[Note]:
        data = event.mimeData()
        if data is None or not data.hasFormat(NOTE_IDS_MIME):
            return []
        ids = bytes(data.data(NOTE_IDS_MIME).data()).decode("ascii", "replace").split()
        return [n for n in (self.store.note(i) for i in ids) if n is not None]


class _DropTarget(QObject):
    """Takes notes dropped on the capture view's group tabs and theme list."""

    def __init__(self, mover: NoteMover) -> None:
        super().__init__(mover)
        self.mover = mover
        page = mover.window.capture_page
        self.page = page
        page.note_list.setDragEnabled(True)
        page.note_list.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        # Copy: the list must not remove rows itself; the pages reload after the move.
        page.note_list.setDefaultDropAction(Qt.DropAction.CopyAction)
        for widget in (page.group_tabs, page.theme_list, page.theme_list.viewport()):
            widget.setAcceptDrops(True)
        page.group_tabs.installEventFilter(self)
        page.theme_list.viewport().installEventFilter(self)

    def _target(self, watched: QObject, event: QDropEvent) -> dict[str, str | None] | None:
        pos = event.position().toPoint()
        page = self.page
        if watched is page.group_tabs:  # the tabs are the groups of the meeting and theme shown
            name = page.group_name_at_tab(page.group_tabs.tabAt(pos))
            if name is None:
                return None
            return {"meeting_id": page.meeting_id, "theme_id": page.theme_id, "group": name}
        index = page.theme_list.indexAt(pos)
        if not index.isValid():
            return None
        theme = page.theme_model.theme_at(index.row())
        return {"meeting_id": page.meeting_id, "theme_id": theme.id, "group": SAME_GROUP}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            return super().eventFilter(watched, event)
        assert isinstance(event, QDropEvent)
        data = event.mimeData()
        if data is None or not data.hasFormat(NOTE_IDS_MIME):
            return super().eventFilter(watched, event)
        target = self._target(watched, event) if kind != QEvent.Type.DragEnter else {}
        if target is None:
            event.ignore()
            return True
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        if kind == QEvent.Type.Drop:
            self.mover.move(
                self.mover.dropped_notes(event),
                meeting_id=target["meeting_id"] or None,
                theme_id=target["theme_id"] or None,
                group=target["group"],
            )
        return True


def install(window: MainWindow) -> NoteMover:
    """Edit → Move notes to…, the note menu's "Move to…", and dropping notes on groups/themes."""
    mover = NoteMover(window)
    mover.action = window.actions.bind("move_notes", lambda: mover.ask())
    window.capture_page.moveRequested.connect(mover.ask)
    # The drop targets wait for the window's first paint: the theme list's viewport is the
    # first C++-made widget handed to Python, which makes PySide6 create the types of every
    # QWidget class (~40 enum types, ~6 ms); no note can be dragged before the window shows.
    AfterFirstPaint(window, mover.accept_drops)
    return mover
