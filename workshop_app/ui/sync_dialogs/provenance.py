"""Where a note came from: shown in the status bar when a note is selected, and in full
from Edit → Where is this note from? (Ctrl+I).

Merged notes keep the laptop that wrote them and their meeting
(``sync.note_provenance``). The status line is the least intrusive place: it
appears only while a note is selected in the Notes or Search page and costs one
small query.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject

from workshop_app.ui.models import NoteRole

if TYPE_CHECKING:
    from workshop_app.sync.provenance import NoteProvenance
    from workshop_app.ui.main_window import MainWindow


def note_provenance(store, note_id: str) -> NoteProvenance | None:
    """``sync.note_provenance``, imported when a note is first selected (startup stays fast)."""
    from workshop_app.sync.provenance import note_provenance as lookup

    return lookup(store, note_id)


def _when(moment: dt.datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


class ProvenanceDisplay(QObject):
    """Follows the selected note in the Notes and Search pages and says where it came from."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.main_window = window
        self._shown = ""
        follow = self._current_changed
        window.capture_page.note_list.selectionModel().currentChanged.connect(follow)
        # The search page makes its table when first shown (ui/pages/search_page.py).
        window.search_page.when_built(
            lambda page: page.table.selectionModel().currentChanged.connect(follow)
        )
        window.pages.currentChanged.connect(lambda _index: self._clear())
        self.action = window.actions.bind("provenance", self.show_details)

    # -------------------------------------------------------------- texts
    def laptop(self, device: str, name: str) -> str:
        if device == self.main_window.store.device:
            return self.tr("this laptop")
        return (
            self.tr("laptop “{0}”").format(name)
            if name
            else self.tr("laptop {0}").format(device[:12])
        )

    def line(self, p: NoteProvenance) -> str:
        """One status-bar line: laptop, meeting, written, last changed."""
        meeting = " ".join(x for x in (p.venue, p.date) if x) or self.tr("no meeting")
        text = self.tr("Written on {0} at {1}, {2}").format(
            self.laptop(p.device, p.device_name), meeting, _when(p.created_at)
        )
        if p.changed_at != p.created_at:
            names = {p.device: p.device_name}
            text += self.tr(" · last changed {0} on {1}").format(
                _when(p.changed_at), self.laptop(p.changed_by, names.get(p.changed_by, ""))
            )
        return text

    def details(self, p: NoteProvenance) -> str:
        lines = [
            self.tr("Laptop: {0}").format(self.laptop(p.device, p.device_name)),
            self.tr("Laptop id: {0}").format(p.device),
            self.tr("Meeting: {0}").format(
                " ".join(x for x in (p.venue, p.date) if x) or self.tr("no meeting")
            ),
            self.tr("Written: {0}").format(_when(p.created_at)),
            self.tr("Last changed: {0} on {1}").format(
                _when(p.changed_at), self.laptop(p.changed_by, "")
            ),
        ]
        if p.deleted:
            lines.append(self.tr("This note has been deleted."))
        return "\n".join(lines)

    # -------------------------------------------------------------- following the selection
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        note = current.data(NoteRole) if current.isValid() else None
        bar = self.main_window.statusBar()
        if note is None:
            self._clear()
            return
        found = note_provenance(self.main_window.store, note.id)
        if found is None:
            return
        self._shown = self.line(found)
        bar.showMessage(self._shown)

    def _clear(self) -> None:
        """Take the line away (no note selected, or another page shown)."""
        bar = self.main_window.statusBar()
        if self._shown and bar.currentMessage() == self._shown:
            bar.clearMessage()
        self._shown = ""

    def current_note_id(self) -> str:
        """The note shown: the one selected on the visible page."""
        page = self.main_window.pages.currentWidget()
        view = None
        if page is self.main_window.capture_page:
            view = page.note_list
        elif page is self.main_window.search_page and page.is_built:
            view = page.table
        if view is not None and view.currentIndex().isValid():
            note = view.currentIndex().data(NoteRole)
            if note is not None:
                return note.id
        return ""

    def show_details(self) -> None:
        """Edit → Where is this note from?"""
        note_id = self.current_note_id()
        found = note_provenance(self.main_window.store, note_id) if note_id else None
        if found is None:
            self.main_window.statusBar().showMessage(
                self.tr("Select a note first to see where it came from."), 5000
            )
            return
        from PySide6.QtWidgets import QMessageBox  # loaded when first needed (start-up)

        box = QMessageBox(self.main_window)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Where this note is from"))
        box.setText(self.details(found))
        box.open()
