"""Undoable curation writes beside the summary points: approving drafts, leaving notes out,
the themes' order and the document's own texts.

They use the window's one write path, ``Operations.perform`` (shared with
``PointActions``): a refusal is reported and nothing is pushed; the first ``redo`` of a
pushed command does nothing; the workspace hears of the change through the bus.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QObject

from workshop_app import curate
from workshop_app.curate import exclusions
from workshop_app.curate import texts as document_texts
from workshop_app.errors import UserError
from workshop_app.ui.operations import AppliedCommand, Changes
from workshop_app.ui.summary.actions import PointActions


class CurationActions(QObject):
    """Approve, exclude/include, theme order and document texts, each undoable."""

    def __init__(self, points: PointActions, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.points = points
        self.store = points.store

    def _run(self, write: Callable[[], object], command: _Command) -> bool:
        return self.points.ops.perform(write, undo=command, changes=command.changes()).ok

    # ------------------------------------------------------------------ drafts
    def approve(self, point_id: str) -> bool:
        """Approve a drafted point as it is."""
        point_id = self.points.resolve(point_id)
        try:
            point = curate.get_point(self.store, point_id)
        except UserError:
            return False
        if not point.draft:
            return False
        return self._run(
            lambda: curate.approve_point(self.store, point_id),
            _Draft(self, point_id, approved=True),
        )

    # ------------------------------------------------------------------ exclusions
    def exclude(self, note_ids: Sequence[str], reason: str) -> bool:
        """Leave notes out of the summary with a reason."""
        before = self.store.curation.exclusions()
        ids = list(note_ids)
        return self._run(
            lambda: exclusions.exclude_notes(self.store, ids, reason),
            _Exclusion(self, ids, {i: before.get(i) for i in ids}, reason),
        )

    def include(self, note_ids: Sequence[str]) -> bool:
        """Bring notes left out back into the summary."""
        before = self.store.curation.exclusions()
        ids = [i for i in note_ids if i in before]
        if not ids:
            return False
        return self._run(
            lambda: exclusions.include_notes(self.store, ids),
            _Exclusion(self, ids, {i: before[i] for i in ids}, None),
        )

    # ------------------------------------------------------------------ themes' order
    def reorder_themes(self, new_order: Sequence[str]) -> bool:
        old = [t.id for t in self.store.themes()]
        new = list(new_order) + [i for i in old if i not in new_order]
        if new == old:
            return False
        return self._run(lambda: self.store.reorder_themes(new), _ThemeOrder(self, old, new))

    def set_theme_venue(self, theme_id: str, venue: str | None) -> bool:
        """Mark a theme as held only at *venue* (None: at every meeting)."""
        theme = next((t for t in self.store.themes() if t.id == theme_id), None)
        if theme is None or theme.venue == venue:
            return False
        return self._run(
            lambda: self.store.set_theme_venue(theme_id, venue),
            _ThemeVenue(self, theme_id, theme.venue, venue),
        )

    # ------------------------------------------------------------------ document texts
    def set_text(self, key: str, text: str) -> bool:
        """Store the coordinator's text for *key* ("" goes back to the default)."""
        spec = document_texts.DOCUMENT_TEXTS[key]
        old = self.store.get_setting(spec.setting) or ""
        text = text.strip()
        if text == old:
            return False
        return self._run(lambda: _write_text(self.store, key, text), _Text(self, key, old, text))


def _write_text(store, key: str, text: str) -> None:
    if text:
        document_texts.set_text(store, key, text)
    else:
        document_texts.reset_text(store, key)


class _Command(AppliedCommand):
    def __init__(self, actions: CurationActions, text: str) -> None:
        super().__init__(actions.points.ops, text)
        self.actions = actions

    def changes(self) -> Changes:
        # exclusions, drafts and texts show in the summary workspace (it reloads on points)
        return Changes(points=self.focus())

    def focus(self) -> str:
        return ""


class _Draft(_Command):
    def __init__(self, actions: CurationActions, point_id: str, *, approved: bool) -> None:
        super().__init__(
            actions, QCoreApplication.translate("SummaryUndo", "Approve a drafted point")
        )
        self.point_id, self.approved = point_id, approved

    def forward(self) -> None:
        curate.points.set_draft(
            self.actions.store, self.actions.points.resolve(self.point_id), not self.approved
        )

    def backward(self) -> None:
        curate.points.set_draft(
            self.actions.store, self.actions.points.resolve(self.point_id), self.approved
        )

    def focus(self) -> str:
        return self.actions.points.resolve(self.point_id)


class _Exclusion(_Command):
    """``reason`` None: the notes were included; else excluded with it. ``before`` maps each
    note to its reason before (None: it was in the summary)."""

    def __init__(self, actions, ids: list[str], before: dict, reason: str | None) -> None:
        label = (
            QCoreApplication.translate("SummaryUndo", "Leave notes out")
            if reason is not None
            else QCoreApplication.translate("SummaryUndo", "Include notes again")
        )
        super().__init__(actions, label)
        self.ids, self.before, self.reason = ids, before, reason

    def forward(self) -> None:
        store = self.actions.store
        if self.reason is None:
            exclusions.include_notes(store, self.ids)
        else:
            exclusions.exclude_notes(store, self.ids, self.reason)

    def backward(self) -> None:
        store = self.actions.store
        with store.transaction():
            for note_id, reason in self.before.items():
                if reason is None:
                    exclusions.include_notes(store, [note_id])
                else:
                    exclusions.exclude_notes(store, [note_id], reason)


class _ThemeOrder(_Command):
    def __init__(self, actions, old: list[str], new: list[str]) -> None:
        super().__init__(actions, QCoreApplication.translate("SummaryUndo", "Reorder themes"))
        self.old, self.new = old, new

    def changes(self) -> Changes:  # the capture page's theme list follows the order too
        return Changes(points="", consultation=True)

    def _apply(self, order: list[str]) -> None:
        live = {t.id for t in self.actions.store.themes()}
        self.actions.store.reorder_themes([t for t in order if t in live])

    def forward(self) -> None:
        self._apply(self.new)

    def backward(self) -> None:
        self._apply(self.old)


class _ThemeVenue(_Command):
    def __init__(self, actions, theme_id: str, old: str | None, new: str | None) -> None:
        super().__init__(
            actions, QCoreApplication.translate("SummaryUndo", "Mark a theme venue-only")
        )
        self.theme_id, self.old, self.new = theme_id, old, new

    def forward(self) -> None:
        self.actions.store.set_theme_venue(self.theme_id, self.new)

    def backward(self) -> None:
        self.actions.store.set_theme_venue(self.theme_id, self.old)


class _Text(_Command):
    def __init__(self, actions, key: str, old: str, new: str) -> None:
        super().__init__(
            actions, QCoreApplication.translate("SummaryUndo", "Change a text of the document")
        )
        self.key, self.old, self.new = key, old, new

    def forward(self) -> None:
        _write_text(self.actions.store, self.key, self.new)

    def backward(self) -> None:
        _write_text(self.actions.store, self.key, self.old)
