"""The Summary workspace: condense the raw notes of each theme and topic into summary points.

Left: the sections (cross-cutting topics, then themes) and the recurring
suggestions. Middle: the raw notes of the chosen section. Right: its summary
points, each with its evidence, and the composer for a new point.

Keys (while the page has focus): Ctrl+L links the selected notes to the selected
point, Ctrl+Shift+N drafts a new point from the selected notes, Ctrl+Shift+P
promotes the selected recurring suggestion, F2 edits a point, Alt+Up / Alt+Down
move a point or a topic, Delete deletes a point or unlinks a note under it, and
Ctrl+Z undoes any of it. All writes go through ``PointActions`` (the curate
service API); nothing here touches SQL.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workshop_app import curate
from workshop_app.domain.model import Note
from workshop_app.errors import UserError
from workshop_app.store import Store
from workshop_app.ui import dialogs
from workshop_app.ui.bus import Bus
from workshop_app.ui.summary.actions import PointActions, Section
from workshop_app.ui.summary.curation_actions import CurationActions
from workshop_app.ui.summary.document_panel import DocumentTextsPanel
from workshop_app.ui.summary.drafting import draft_point
from workshop_app.ui.summary.models import count_notes, count_points, count_themes
from workshop_app.ui.summary.notes_panel import NotesPanel
from workshop_app.ui.summary.point_editor import KIND_ORDER, PointsPanel
from workshop_app.ui.summary.recurring_panel import RecurringPanel
from workshop_app.ui.summary.review_panel import ReviewPanel, drafts_text, tally_text
from workshop_app.ui.summary.sections import SectionPanel
from workshop_app.ui.workers import Workers

SECTION_KEY = "summary.section"  # local (this laptop's) setting: the section last shown

STYLE = """
QTreeView#summaryNotes, QTreeView#summaryPoints, QTreeView#recurringGroups {
    border: 1px solid #d5d9de; border-radius: 4px; background: #ffffff; }
QTreeView#summaryPoints { background: #fcfdfd; }
QListView#summarySections { border: 1px solid #d5d9de; border-radius: 4px; background: #ffffff;
    outline: 0; }
QTreeView#summaryNotes:focus, QTreeView#summaryPoints:focus, QTreeView#recurringGroups:focus,
QListView#summarySections:focus { border: 1px solid #2b5c8a; }
QToolButton#kindButton::menu-indicator { image: none; width: 0px; }
QLabel#sectionHeading { font-size: 14pt; font-weight: 600; color: #1f2a35; }
QLabel#sectionKind { color: #59636d; font-weight: 600; }
QLabel#workspaceMessage { color: #2b5c8a; }
QLabel#draftBanner { background: #fff4d6; color: #4a3500; border: 1px solid #e0b84a;
    border-radius: 4px; padding: 4px 8px; font-weight: 600; }
QLabel#tallyLine { color: #3a4450; }
QFrame#pointComposer { background: #f3f6f9; border: 1px solid #dde3e9; border-radius: 6px; }
QLabel#composerLabel { font-weight: 600; color: #3a4450; }
QLabel#draftLabel { color: #2b5c8a; }
NoteEdit#composerField { background: #ffffff; border: 1px solid #c9ced4; border-radius: 4px; }
NoteEdit#composerField:focus { border: 2px solid #2b5c8a; }
QSplitter::handle { background: transparent; }
QTreeView::branch:selected { background: #e3ecf5; }
"""


def _theme_title(name: str, venue: str | None) -> str:
    """A venue-only theme's name with its venue, unless the name says it already."""
    return f"{name} ({venue})" if venue and venue.casefold() not in name.casefold() else name


def _natural(text: str) -> list:
    """Sort key that puts "Bord 2" before "Bord 10"."""
    return [int(part) if part.isdigit() else part.casefold() for part in re.split(r"(\d+)", text)]


class SummaryWorkspace(QWidget):
    """The page; see the module docstring."""

    def __init__(
        self,
        store: Store,
        bus: Bus,
        undo_stack: QUndoStack,
        workers: Workers,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("summaryWorkspace")
        self.setStyleSheet(STYLE)
        self.store, self.bus, self.workers = store, bus, workers
        self.actions = PointActions(store, bus, undo_stack, self)
        self.curation = CurationActions(self.actions, self)
        self.document = None  # the last built summary (tally, drafts, review)
        self.section: Section | None = None
        self._dirty = True
        self._recurring_busy = False
        self._recurring_ran = False
        self._recurring_stale = False
        self.searches_done = 0  # finished recurring searches (for tests and status)
        self._select_after: str = ""
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(0)
        self._reload_timer.timeout.connect(self._reload_now)

        # ---- header
        self.heading = QLabel(self)
        self.heading.setObjectName("sectionHeading")
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.section_kind = QLabel(self)
        self.section_kind.setObjectName("sectionKind")
        self.explain = QLabel(self)
        self.explain.setObjectName("hint")
        self.explain.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("workspaceMessage")
        self.message.setAccessibleName(self.tr("Last change"))
        self.message.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        # ---- the drafts banner and the tally
        self.banner = QLabel(self)
        self.banner.setObjectName("draftBanner")
        self.banner.setWordWrap(True)
        self.banner.setAccessibleName(self.tr("Drafts"))
        self.banner.hide()
        self.approve_button = QPushButton(self.tr("&Approve draft"), self)
        self.approve_button.setToolTip(
            self.tr("Approve the selected drafted point as it is (editing its text approves it too)")
        )
        self.approve_button.clicked.connect(self.approve_current)
        self.approve_button.hide()
        self.tally = QLabel(self)
        self.tally.setObjectName("tallyLine")
        self.tally.setAccessibleName(self.tr("Where the notes go in the summary"))

        # ---- panels
        self.sections = SectionPanel(self)
        self.recurring = RecurringPanel(self)
        self.review = ReviewPanel(self)
        self.texts = DocumentTextsPanel(self)
        self.notes = NotesPanel(self)
        self.points = PointsPanel(self)

        self.tools = QTabWidget(self)
        self.tools.setObjectName("summaryTools")
        self.tools.addTab(self.recurring, self.tr("Recurring"))
        self.tools.addTab(self.review, self.tr("Review"))
        self.tools.addTab(self.texts, self.tr("Texts"))
        left = QSplitter(Qt.Orientation.Vertical, self)
        left.addWidget(self.sections)
        left.addWidget(self.tools)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 2)
        left.setSizes([410, 210])
        left.setChildrenCollapsible(False)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.notes)
        self.splitter.addWidget(self.points)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setStretchFactor(2, 6)
        self.splitter.setSizes([280, 500, 580])
        self.splitter.setHandleWidth(14)
        left.setHandleWidth(12)
        left.setMinimumWidth(220)
        self.notes.setMinimumWidth(300)
        self.points.setMinimumWidth(340)

        title_row = QHBoxLayout()
        title_row.setSpacing(10)
        title_row.addWidget(self.heading)
        title_row.addWidget(self.section_kind, 0, Qt.AlignmentFlag.AlignBottom)
        title_row.addStretch(1)
        title_row.addWidget(self.message, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 8)
        layout.setSpacing(4)
        layout.addLayout(title_row)
        banner_row = QHBoxLayout()
        banner_row.addWidget(self.banner, 1)
        banner_row.addWidget(self.approve_button)
        layout.addLayout(banner_row)
        layout.addWidget(self.tally)
        layout.addWidget(self.explain)
        layout.addSpacing(4)
        layout.addWidget(self.splitter, 1)
        self.setFocusProxy(self.sections.view)
        self.setTabOrder(self.sections.view, self.notes.kind_filter)

        # ---- keys
        for keys, slot in (
            ("Ctrl+L", self.link_selected),
            ("Ctrl+Shift+N", self.draft_from_selection),
            ("Ctrl+Shift+P", self.promote_current),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        # ---- wiring
        self.sections.sectionChosen.connect(self._section_chosen)
        self.sections.topicOrderRequested.connect(self.actions.reorder_topics)
        self.sections.topicRenameRequested.connect(self._rename_topic)
        self.sections.themeOrderRequested.connect(self.curation.reorder_themes)
        self.notes.excludeRequested.connect(self.exclude_notes)
        self.review.refreshRequested.connect(self.reload)
        self.review.problemActivated.connect(self._show_problem)
        self.review.onlyAtRequested.connect(self.curation.set_theme_venue)
        self.texts.textCommitted.connect(self.curation.set_text)
        self.tools.currentChanged.connect(lambda _index: self._review_now())
        self.notes.linkRequested.connect(self.link_selected)
        self.notes.draftRequested.connect(self.draft_from_selection)
        self.notes.scopeChanged.connect(self.load_section)
        self.points.addRequested.connect(self._add_point)
        self.points.editRequested.connect(
            lambda pid, text: QTimer.singleShot(0, lambda: self.actions.edit_text(pid, text))
        )
        self.points.kindRequested.connect(self.actions.set_kind)
        self.points.deleteRequested.connect(self._delete_point)
        self.points.unlinkRequested.connect(self._unlink)
        self.points.moveRequested.connect(self.move_point)
        self.points.currentPointChanged.connect(self._point_changed)
        self.points.tree.notesDropped.connect(self.link_notes)
        self.points.tree.notesDroppedOutside.connect(self._draft_from_ids)
        self.points.tree.pointDropped.connect(self._point_dropped)
        self.recurring.refreshRequested.connect(self.find_recurring)
        self.recurring.promoteRequested.connect(self.promote)
        self.actions.changed.connect(self._changed)
        self.actions.topicsChanged.connect(self.reload)
        for signal in (bus.noteAdded, bus.noteChanged, bus.noteRemoved):
            signal.connect(lambda _note: self._notes_changed())
        bus.notesChanged.connect(self._notes_changed)
        bus.consultationChanged.connect(self.reload)

    # ================================================================== loading
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty:
            self._reload_now()
        if not self._recurring_ran:
            self._recurring_ran = True
            QTimer.singleShot(0, self.find_recurring)

    def reload(self) -> None:
        """Reload everything shown (now if visible, else when the page is next shown)."""
        self._dirty = True
        if self.isVisible():
            self._reload_timer.start()

    def _notes_changed(self) -> None:
        if self._recurring_ran and not self._recurring_stale:
            self._recurring_stale = True
            self.recurring.set_status(
                self.tr("The notes have changed since the last search: Find again.")
            )
        self.reload()

    def _reload_now(self) -> None:
        self._dirty = False
        points = curate.list_points(self.store)
        by_section: dict[str, int] = {}
        for p in points:
            key = f"{p.section_key[0]}:{p.section_key[1]}"
            by_section[key] = by_section.get(key, 0) + 1
        counts: dict[str, int] = {}
        for (theme_id, _group), n in self.store.note_counts().items():
            counts[theme_id] = counts.get(theme_id, 0) + n

        def row(key: str, ident: str, name: str, notes: int) -> tuple[str, str, str, str]:
            made = by_section.get(key, 0)
            badge = count_points(made) if made else ""
            tip = (count_points(made) + " · " if made else "") + count_notes(notes)
            return ident, name, badge, tip

        topics = [
            row(f"topic:{t.id}", t.id, t.name, self.store.count_notes(topic_id=t.id))
            for t in self.store.topics()
        ]
        themes = [
            (
                *row(
                    f"theme:{t.id}",
                    t.id,
                    _theme_title(t.name, t.venue),
                    counts.get(t.id, 0),
                ),
                bool(t.venue),
            )
            for t in self.store.themes()
        ]
        current = self.section.key if self.section else self._remembered_section()
        self.sections.set_sections(topics, themes, current)
        self.section = Section.from_key(self.sections.current_key())
        self._review_now()
        self.load_section()

    def _review_now(self) -> None:
        """The tally, the drafts banner, the review list and the document texts."""
        from workshop_app.curate.review import review
        from workshop_app.curate.texts import show
        from workshop_app.export.document import DOCUMENT_TEXTS, SummaryOptions, build_summary

        try:
            doc = build_summary(self.store, SummaryOptions(language="da", evidence=False))
            # The review and the texts are read when their tab is shown (the review reads
            # every text for personal data: ~1 s for 10,000 notes, too much for every edit).
            problems = review(self.store, doc) if self.tools.currentWidget() is self.review else None
            shown = show(self.store) if self.tools.currentWidget() is self.texts else None
        except UserError as exc:
            self.bus.storeFailed.emit(str(exc))
            return
        self.document = doc
        self.tally.setText(tally_text(doc.tally))
        self.banner.setText(drafts_text(doc.drafts))
        self.banner.setVisible(doc.drafts > 0)
        self.approve_button.setVisible(doc.drafts > 0)
        if problems is not None:
            self.review.set_review(doc.tally, problems)
        if shown is not None:
            stored = self.store.curation.settings("summary.")
            self.texts.set_texts(
                {k: str(stored.get(spec.setting) or "") for k, spec in DOCUMENT_TEXTS.items()},
                {value.key: value.text for value in shown if not value.stored},
            )

    def _remembered_section(self) -> str:
        try:
            value = self.store.get_local(SECTION_KEY, "")
        except UserError:
            return ""
        return value if isinstance(value, str) else ""

    def _section_chosen(self, key: str) -> None:
        self.section = Section.from_key(key)
        try:
            self.store.set_local(SECTION_KEY, key)
        except UserError:
            pass  # a read-only file: only the remembered position is lost
        self.load_section()

    def load_section(self) -> None:
        """Show the current section's notes and points."""
        section = self.section
        if section is None:
            self.heading.setText(self.tr("Summary"))
            self.section_kind.setText("")
            self.explain.setText(self.tr("Add themes on the Setup page first."))
            self.notes.set_notes([], {})
            self.points.set_points([], {}, {})
            return
        points = curate.list_points(self.store, **section.ids())
        all_themes = self.notes.all_themes.isChecked()
        topic = None
        if section.kind == "topic":
            topic = next((t for t in self.store.topics() if t.id == section.id), None)
            everything = self.store.notes()
            notes = (
                everything if all_themes else [n for n in everything if n.topic_id == section.id]
            )
            name = topic.name if topic else ""
            self.section_kind.setText(self.tr("Cross-cutting proposal"))
        else:
            theme = next((t for t in self.store.themes() if t.id == section.id), None)
            notes = self.store.notes() if all_themes else self.store.notes(theme_id=section.id)
            name = theme.name if theme else ""
            self.section_kind.setText(
                self.tr("Theme, only at {0}").format(theme.venue)
                if theme and theme.venue
                else self.tr("Theme")
            )
        self.heading.setText(name)
        by_id = {n.id: n for n in notes}
        linked_notes: dict[str, list[Note]] = {}
        for p in points:
            found = []
            for note_id in p.note_ids:
                note = by_id.get(note_id) or self.store.note(note_id)
                if note is not None:
                    found.append(note)
            linked_notes[p.id] = found
        if section.kind == "topic" and not all_themes:
            # Notes linked here from their themes are shown with the topic's own notes.
            extra = [n for p in points for n in linked_notes[p.id] if n.id not in by_id]
            for note in extra:
                by_id[note.id] = note
            notes = notes + list({n.id: n for n in extra}.values())
        linked: dict[str, list[str]] = {}
        for p in points:
            for note in linked_notes[p.id]:
                linked.setdefault(note.id, []).append(p.text)
        meetings = self.store.meetings()
        venues = list(dict.fromkeys(m.venue for m in meetings))
        self.notes.set_notes(
            notes, linked, venues=venues, show_theme=section.kind == "topic" or all_themes,
            excluded=self.store.curation.exclusions(),
        )
        evidence = {
            p.id: (self.tr("Draft") + " · " if p.draft else "")
            + self.evidence_line(linked_notes[p.id], meetings)
            for p in points
        }
        if points:
            self.explain.setText(
                self.tr(
                    "The exported summary prints these points, then the notes of this section "
                    "that no point condenses. Drag notes onto a point to link them."
                )
            )
        else:
            self.explain.setText(
                self.tr(
                    "No summary points yet: the export prints this section's raw notes. "
                    "Select notes and press “New point from selection”, or write a point."
                )
            )
        self.points.set_points(points, evidence, linked_notes, select=self._select_after)
        self._select_after = ""
        self._point_changed(self.points.current_point_id())

    def evidence_line(self, notes: Sequence[Note], meetings=None) -> str:
        """“4 notes · 2 of 3 meetings · Nørrebro (Bord 2, Bord 5), Amager (Bord 1)”."""
        if not notes:
            return self.tr("No notes linked yet: drag notes here")
        meetings = meetings if meetings is not None else self.store.meetings()
        order = {m.id: i for i, m in enumerate(meetings)}
        met = {n.meeting_id for n in notes}
        parts = [count_notes(len(notes))]
        if len(meetings) > 1:
            if len(met) >= len(meetings):
                parts.append(self.tr("all {0} meetings").format(len(meetings)))
            else:
                parts.append(self.tr("{0} of {1} meetings").format(len(met), len(meetings)))
        places: dict[str, set[str]] = {}
        first: dict[str, int] = {}
        for n in notes:
            places.setdefault(n.venue, set())
            if n.group:
                places[n.venue].add(n.group)
            first[n.venue] = min(first.get(n.venue, 1 << 30), order.get(n.meeting_id, 1 << 29))
        where = []
        for venue in sorted(places, key=lambda v: (first[v], v)):
            groups = sorted(places[venue], key=_natural)
            where.append(f"{venue} ({', '.join(groups)})" if groups else venue)
        parts.append(", ".join(where))
        themes = {n.theme_id for n in notes}
        if self.section is not None and self.section.kind == "topic" and len(themes) > 1:
            parts.append(count_themes(len(themes)))
        return " · ".join(parts)

    def _point_changed(self, point_id: str) -> None:
        point = self.points.point(point_id) if point_id else None
        self.notes.set_focus_notes(point.note_ids if point else ())
        self.approve_button.setEnabled(bool(point is not None and point.draft))

    # ================================================================== curation
    def approve_current(self) -> None:
        """Approve the selected drafted point as it is."""
        point_id = self.points.current_point_id()
        if point_id and self.curation.approve(point_id):
            self.say(self.tr("Draft approved. Ctrl+Z undoes it."))

    def exclude_notes(self, note_ids: list[str], leave_out: bool) -> None:
        """The “Leave out of the summary” checkbox: exclude with a reason, or include."""
        if not note_ids:
            return
        if not leave_out:
            if self.curation.include(note_ids):
                self.say(self.tr("Included in the summary again: {0}.").format(
                    count_notes(len(note_ids))))
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Leave out of the summary"),
            self.tr("Why are these notes left out? (shown in the review and the JSON export)"),
        )
        if ok and reason.strip() and self.curation.exclude(note_ids, reason):
            self.say(self.tr("Left out of the summary: {0}. Ctrl+Z undoes it.").format(
                count_notes(len(note_ids))))
            return
        if ok and not reason.strip():
            self.say(self.tr("Nothing was left out: give a reason."))
        self.notes.refresh_buttons()  # put the checkbox back

    def _show_problem(self, problem) -> None:
        """Show the section a review row is about."""
        if problem is None:
            return
        key = ""
        if problem.ref.startswith(("theme:", "topic:")):
            key = problem.ref
        elif self.document is not None:
            for section in (*self.document.topics, *self.document.themes,
                            *self.document.venue_themes):
                if any(problem.ref in (p.point_id, *p.note_ids) for p in section.points):
                    key = section.key
                    break
        if key:
            self.sections.choose(key)

    def _changed(self, point_id: str) -> None:
        if point_id:
            try:
                point = curate.get_point(self.store, point_id)
            except UserError:
                point = None
            if point is not None:
                key = (
                    "topic:" + point.topic_id
                    if point.topic_id
                    else "theme:" + (point.theme_id or "")
                )
                if self.section is None or key != self.section.key:
                    self.section = Section.from_key(key)  # the reload shows that section
            self._select_after = point_id
        self._dirty = True
        if self.isVisible():  # at once: the user sees the result of their own action
            self._reload_timer.stop()
            self._reload_now()

    def say(self, text: str) -> None:
        self.message.setText(text)

    # ================================================================== commands
    def selected_point(self) -> str:
        point_id = self.points.current_point_id()
        if not point_id:
            self.say(self.tr("Select a summary point first (or start a new one from the notes)."))
        return point_id

    def link_selected(self) -> None:
        """Link the selected notes to the selected point (Ctrl+L)."""
        ids = self.notes.selected_ids()
        if not ids:
            self.say(self.tr("Select the notes to link first."))
            return
        point_id = self.selected_point()
        if point_id:
            self.link_notes(point_id, ids)

    def link_notes(self, point_id: str, note_ids: list[str]) -> None:
        added = self.actions.link(point_id, note_ids)
        point = self.points.point(point_id)
        if added:
            self.say(self.tr("Linked to the point: {0}.").format(count_notes(added)))
            self.points.set_point_expanded(self.actions.resolve(point_id))
        elif point is not None:
            self.say(self.tr("These notes are linked to the point already."))

    def _unlink(self, point_id: str, note_ids: list[str]) -> None:
        removed = self.actions.unlink(point_id, note_ids)
        if removed:
            self.say(self.tr("Unlinked: {0}.").format(count_notes(removed)))

    def draft_from_selection(self) -> None:
        """Fill the composer with a point drafted from the selected notes (Ctrl+Shift+N)."""
        notes = self.notes.selected_notes()
        if not notes:
            self.say(self.tr("Select the notes the new point should condense first."))
            self.points.editor.setFocus()
            return
        text, kind = draft_point(notes)
        self.points.start_draft(text, kind, [n.id for n in notes])
        self.say(self.tr("Drafted from the selected notes: rewrite it, then press Enter."))

    def _draft_from_ids(self, note_ids: list[str]) -> None:
        notes = [n for n in (self.store.note(i) for i in note_ids) if n is not None]
        if notes:
            text, kind = draft_point(notes)
            self.points.start_draft(text, kind, [n.id for n in notes])

    def _add_point(self, text: str, kind: str | None, note_ids: list[str]) -> None:
        if self.section is None:
            return
        point_id = self.actions.add(self.section, text, kind, note_ids)
        if point_id:
            self.points.clear_draft()
            if note_ids:
                self.points._expanded.add(point_id)
            self.say(self.tr("Point added."))

    def _delete_point(self, point_id: str) -> None:
        if self.actions.delete(point_id):
            self.say(self.tr("Point deleted. Ctrl+Z brings it back."))

    def move_point(self, point_id: str, step: int) -> None:
        """Move a point one place up or down among the points of its kind (Alt+Up/Down)."""
        point = self.points.point(point_id)
        if point is None:
            return
        ids = self.points.ordered_ids()
        same = [p for p in ids if self.points.point(p).kind == point.kind]
        at = same.index(point_id)
        to = at + step
        if not 0 <= to < len(same):
            return
        a, b = ids.index(same[at]), ids.index(same[to])
        ids[a], ids[b] = ids[b], ids[a]
        self._select_after = point_id
        self.actions.reorder(ids)

    def _point_dropped(self, point_id: str, kind: str | None, before: str) -> None:
        point = self.points.point(point_id)
        if point is None or before == point_id:
            return
        ids = [p for p in self.points.ordered_ids() if p != point_id]
        if before and before in ids:
            ids.insert(ids.index(before), point_id)
        else:  # at the end of the kind's group
            rank = KIND_ORDER.index(kind)
            at = 0
            for i, pid in enumerate(ids):
                if KIND_ORDER.index(self.points.point(pid).kind) <= rank:
                    at = i + 1
            ids.insert(at, point_id)
        kinds = {point_id: kind} if kind != point.kind else None
        self._select_after = point_id
        self.actions.reorder(ids, kinds)

    def _rename_topic(self, topic_id: str) -> None:
        topic = next((t for t in self.store.topics() if t.id == topic_id), None)
        if topic is None:
            return
        name, ok = QInputDialog.getText(
            self,
            self.tr("Rename topic"),
            self.tr("Name of the cross-cutting topic:"),
            text=topic.name,
        )
        if ok and name.strip():
            self.actions.rename_topic(topic_id, name)

    # ================================================================== recurring
    def find_recurring(self) -> None:
        """Look for recurring proposals on a worker thread (the notes go as plain data)."""
        if self._recurring_busy:
            return
        from workshop_app.analysis.recurring import find_recurring

        self._recurring_busy = True
        self._recurring_stale = False
        self.recurring.refresh_button.setEnabled(False)
        self.recurring.set_status(self.tr("Looking for proposals raised at several meetings…"))
        notes = self.store.notes()
        self.recurring.set_notes(notes)  # "Why together?" weighs words across the same notes
        self.workers.run(
            find_recurring,
            notes,
            on_done=self._recurring_done,
            on_error=self._recurring_failed,
            title=self.tr("Looking for recurring proposals…"),
        )

    def _recurring_done(self, groups) -> None:
        self._recurring_busy = False
        self.searches_done += 1
        self.recurring.refresh_button.setEnabled(True)
        self.recurring.set_groups(groups, self._promoted())
        if groups:
            self.recurring.set_status(
                self.tr("1 proposal came up at more than one meeting.")
                if len(groups) == 1
                else self.tr("{0} proposals came up at more than one meeting.").format(len(groups))
            )
        else:
            self.recurring.set_status(self.tr("Nothing has come up at more than one meeting yet."))

    def _recurring_failed(self, exc: BaseException) -> None:
        self._recurring_busy = False
        self.recurring.refresh_button.setEnabled(True)
        self.recurring.set_status(self.tr("The search failed."))
        dialogs.report_exception(self, exc)

    def _promoted(self) -> dict[frozenset, str]:
        return {
            frozenset(p.note_ids): p.section for p in curate.list_points(self.store) if p.note_ids
        }

    def promote_current(self) -> None:
        group = self.recurring.current_group()
        if group is not None:
            self.promote(group)

    def promote(self, group) -> None:
        """Promote a recurring group to a cross-cutting topic with a drafted, linked point."""
        result = self.actions.promote(group)
        if result is None:
            return
        topic_id, point_id = result
        self.section = Section("topic", topic_id)
        self._select_after = point_id
        self.points._expanded.add(point_id)
        self._reload_now()
        self.recurring.set_groups(self.recurring.groups(), self._promoted())
        self.say(
            self.tr("Promoted: a drafted point linked to {0}. F2 edits its text.").format(
                count_notes(len(group.notes))
            )
        )
        self.points.tree.setFocus()
