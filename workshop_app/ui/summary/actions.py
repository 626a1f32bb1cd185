"""Undoable summary-point writes on the window's QUndoStack.

``PointActions`` is what the Summary workspace calls. Each action writes through
``workshop_app.curate`` inside ``Operations.perform`` (ui/operations.py): a refused
write or a disk failure is reported and pushes nothing; otherwise a command whose
first ``redo()`` does nothing is pushed, and undo and redo write again through
``Operations.replay``. Every write declares ``Changes(points=…)``; the bus's
``pointsChanged`` reaches ``changed`` here, so the workspace reloads what it shows.

A deleted point comes back with ``curate.restore_point``: the same id, place and
links. Only redoing a promotion makes a new point; commands name points by the id
they had when pushed, and ``resolve`` follows such ids to the point's current id.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack

from workshop_app import curate
from workshop_app.analysis.recurring import RecurringGroup
from workshop_app.store import Store
from workshop_app.ui.bus import Bus
from workshop_app.ui.operations import AppliedCommand, Changes, Operations


def _short(text: str, width: int = 30) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


@dataclass(frozen=True)
class Section:
    """A theme or a cross-cutting topic, the unit summary points belong to."""

    kind: str  # "theme" or "topic"
    id: str

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.id}"

    @classmethod
    def from_key(cls, key: str) -> Section | None:
        kind, _sep, ident = (key or "").partition(":")
        return cls(kind, ident) if kind in ("theme", "topic") and ident else None

    def ids(self) -> dict[str, str | None]:
        """Keyword arguments for the curate functions."""
        return {
            "theme_id": self.id if self.kind == "theme" else None,
            "topic_id": self.id if self.kind == "topic" else None,
        }


class PointActions(QObject):
    """Summary-point writes for one window: one store, one bus, one undo stack."""

    # Something the workspace shows changed; carries a point id to select ("" for none).
    changed = Signal(str)
    # Topics were added, renamed or reordered (the section list reloads).
    topicsChanged = Signal()

    def __init__(self, store: Store, bus: Bus, stack: QUndoStack, parent: QObject | None = None):
        super().__init__(parent)
        self.store, self.bus, self.stack = store, bus, stack
        self.ops = Operations(store, bus, stack, self)
        self._alias: dict[str, str] = {}
        bus.pointsChanged.connect(self.changed)
        bus.topicsChanged.connect(self.topicsChanged)

    def resolve(self, point_id: str) -> str:
        """The current id of a point that may have been deleted and brought back."""
        seen = set()
        while point_id in self._alias and point_id not in seen:
            seen.add(point_id)
            point_id = self._alias[point_id]
        return point_id

    # ------------------------------------------------------------------ points
    def add(
        self, section: Section, text: str, kind: str | None, note_ids: Sequence[str] = ()
    ) -> str | None:
        """Add a point at the end of the section, linked to ``note_ids``; returns its id."""
        outcome = self.ops.perform(
            lambda: curate.add_point(
                self.store, text, kind=kind, note_ids=list(note_ids), **section.ids()
            ),
            undo=lambda point: _AddPoint(self, point),
            changes=lambda point: Changes(points=point.id),
        )
        return outcome.value.id if outcome.ok else None

    def edit_text(self, point_id: str, text: str) -> bool:
        point = self._get(point_id)
        if point is None or " ".join(text.split()) == " ".join(point.text.split()):
            return False
        label = QCoreApplication.translate("SummaryUndo", "Edit point “{0}”").format(_short(text))
        old = {"text": point.text, **({"draft": True} if point.draft else {})}
        return self.ops.perform(
            lambda: curate.edit_point(self.store, point.id, text=text),
            undo=_EditPoint(self, point.id, old, {"text": text.strip()}, label),
            changes=Changes(points=point.id),
        ).ok

    def set_kind(self, point_id: str, kind: str | None) -> bool:
        point = self._get(point_id)
        if point is None or point.kind == kind:
            return False
        return self.ops.perform(
            lambda: curate.edit_point(self.store, point.id, kind=kind),
            undo=_EditPoint(
                self,
                point.id,
                {"kind": point.kind},
                {"kind": kind},
                QCoreApplication.translate("SummaryUndo", "Change kind"),
            ),
            changes=Changes(points=point.id),
        ).ok

    def delete(self, point_id: str) -> bool:
        point = self._get(point_id)
        if point is None:
            return False
        return self.ops.perform(
            lambda: curate.delete_point(self.store, point.id),
            undo=lambda links: _DeletePoint(self, point, tuple(links or ())),
            changes=Changes(points=""),
        ).ok

    def link(self, point_id: str, note_ids: Sequence[str]) -> int:
        """Link notes to a point; returns how many links are new."""
        point = self._get(point_id)
        if point is None:
            return 0
        new = [n for n in dict.fromkeys(note_ids) if n not in point.note_ids]
        if not new:
            return 0
        outcome = self.ops.perform(
            lambda: curate.link_notes(self.store, point.id, new),
            undo=_Links(self, point.id, new, True, _link_label(len(new))),
            changes=Changes(points=point.id),
        )
        return len(new) if outcome.ok else 0

    def unlink(self, point_id: str, note_ids: Sequence[str]) -> int:
        point = self._get(point_id)
        if point is None:
            return 0
        gone = [n for n in dict.fromkeys(note_ids) if n in point.note_ids]
        if not gone:
            return 0
        outcome = self.ops.perform(
            lambda: curate.unlink_notes(self.store, point.id, gone),
            undo=_Links(self, point.id, gone, False, _unlink_label(len(gone))),
            changes=Changes(points=point.id),
        )
        return len(gone) if outcome.ok else 0

    def reorder(self, new_order: Sequence[str], kinds: dict[str, str | None] | None = None) -> bool:
        """Put one section's points in ``new_order``; ``kinds`` also changes some kinds."""
        points = [self._get(pid) for pid in new_order]
        if not points or any(p is None for p in points):
            return False
        section = _section_of(points[0])  # type: ignore[arg-type]
        old_order = [p.id for p in curate.list_points(self.store, **section.ids())]
        old_kinds = {p.id: p.kind for p in points if p is not None}
        new_kinds = {**old_kinds, **(kinds or {})}
        new_ids = [p.id for p in points if p is not None]
        if new_ids == old_order[: len(new_ids)] and new_kinds == old_kinds:
            return False
        command = _Reorder(self, old_order, new_ids, old_kinds, new_kinds)
        return self.ops.perform(
            command.forward,
            undo=command,
            changes=Changes(points=new_order[0] if len(new_order) == 1 else ""),
        ).ok

    # ------------------------------------------------------------------ topics
    def reorder_topics(self, new_order: Sequence[str]) -> bool:
        old = [t.id for t in self.store.topics()]
        if list(new_order) == old:
            return False
        return self.ops.perform(
            lambda: self.store.reorder_topics(list(new_order)),
            undo=_TopicOrder(self, old, list(new_order)),
            changes=Changes(topics=True),
        ).ok

    def rename_topic(self, topic_id: str, name: str) -> bool:
        topic = next((t for t in self.store.topics() if t.id == topic_id), None)
        if topic is None or topic.name == " ".join(name.split()):
            return False
        return self.ops.perform(
            lambda: self.store.rename_topic(topic_id, name),
            undo=_RenameTopic(self, topic_id, topic.name, " ".join(name.split())),
            changes=Changes(topics=True),
        ).ok

    def promote(self, group: RecurringGroup) -> tuple[str, str] | None:
        """Promote a recurring group; returns ``(topic_id, point_id)``."""
        known = {t.id for t in self.store.topics()}
        before = {p.id for p in curate.list_points(self.store)}
        outcome = self.ops.perform(
            lambda: curate.promote_group(self.store, group),
            # promoting a group twice returns the first point: nothing new to undo
            undo=lambda made: (
                None
                if made[1].id in before
                else _Promote(self, group, made[0].id, made[1].id, made[0].id not in known)
            ),
            changes=lambda made: Changes(topics=True, points=made[1].id),
        )
        if not outcome.ok:
            return None
        topic, point = outcome.value
        return topic.id, point.id

    def _get(self, point_id: str) -> curate.SummaryPoint | None:
        outcome = self.ops.read(lambda: curate.get_point(self.store, self.resolve(point_id)))
        return outcome.value if outcome.ok else None


def _section_of(point: curate.SummaryPoint) -> Section:
    return (
        Section("topic", point.topic_id)
        if point.topic_id
        else Section("theme", point.theme_id or "")
    )


def _link_label(count: int) -> str:
    return (
        QCoreApplication.translate("SummaryUndo", "Link a note")
        if count == 1
        else QCoreApplication.translate("SummaryUndo", "Link {0} notes").format(count)
    )


def _unlink_label(count: int) -> str:
    return (
        QCoreApplication.translate("SummaryUndo", "Unlink a note")
        if count == 1
        else QCoreApplication.translate("SummaryUndo", "Unlink {0} notes").format(count)
    )


# ====================================================================== commands
class _Command(AppliedCommand):
    """A summary command: undo and redo announce the point to select (``focus``)."""

    topics = False  # the command changes cross-cutting topics too

    def __init__(self, actions: PointActions, text: str) -> None:
        super().__init__(actions.ops, text)
        self.actions = actions

    def changes(self) -> Changes:
        return Changes(points=self.focus(), topics=self.topics)

    def focus(self) -> str:
        return ""

    def rid(self, point_id: str) -> str:
        return self.actions.resolve(point_id)


class _AddPoint(_Command):
    """Undo deletes the point (tombstones); redo restores the same point and links."""

    def __init__(self, actions: PointActions, point: curate.SummaryPoint) -> None:
        super().__init__(
            actions,
            QCoreApplication.translate("SummaryUndo", "Add point “{0}”").format(_short(point.text)),
        )
        self.point = point
        self.links: tuple[str, ...] = ()

    def backward(self) -> None:
        self.links = curate.delete_point(self.actions.store, self.rid(self.point.id))

    def forward(self) -> None:
        curate.restore_point(self.actions.store, self.rid(self.point.id), self.links)

    def focus(self) -> str:
        return self.rid(self.point.id)


class _EditPoint(_Command):
    def __init__(self, actions, point_id: str, old: dict, new: dict, label: str) -> None:
        super().__init__(actions, label)
        self.point_id, self.old, self.new = point_id, old, new

    def forward(self) -> None:
        curate.edit_point(self.actions.store, self.rid(self.point_id), **self.new)

    def backward(self) -> None:
        curate.edit_point(self.actions.store, self.rid(self.point_id), **self.old)

    def focus(self) -> str:
        return self.rid(self.point_id)


class _DeletePoint(_Command):
    """Undo restores the same point (id, place, links) with ``curate.restore_point``."""

    def __init__(self, actions, point: curate.SummaryPoint, links: tuple[str, ...]) -> None:
        super().__init__(
            actions,
            QCoreApplication.translate("SummaryUndo", "Delete point “{0}”").format(
                _short(point.text)
            ),
        )
        self.point, self.links = point, links

    def forward(self) -> None:
        self.links = curate.delete_point(self.actions.store, self.rid(self.point.id))

    def backward(self) -> None:
        curate.restore_point(self.actions.store, self.rid(self.point.id), self.links)

    def focus(self) -> str:
        return self.rid(self.point.id)


class _Links(_Command):
    def __init__(self, actions, point_id: str, note_ids: list[str], link: bool, label: str):
        super().__init__(actions, label)
        self.point_id, self.note_ids, self.link = point_id, note_ids, link

    def _apply(self, link: bool) -> None:
        store = self.actions.store
        if link:
            live = [n for n in self.note_ids if store.note(n) is not None]
            curate.link_notes(store, self.rid(self.point_id), live)
        else:
            curate.unlink_notes(store, self.rid(self.point_id), self.note_ids)

    def forward(self) -> None:
        self._apply(self.link)

    def backward(self) -> None:
        self._apply(not self.link)

    def focus(self) -> str:
        return self.rid(self.point_id)


class _Reorder(_Command):
    def __init__(self, actions, old: list[str], new: list[str], old_kinds: dict, new_kinds: dict):
        super().__init__(actions, QCoreApplication.translate("SummaryUndo", "Reorder points"))
        self.old, self.new, self.old_kinds, self.new_kinds = old, new, old_kinds, new_kinds

    def _apply(self, order: list[str], kinds: dict) -> None:
        store = self.actions.store
        with store.transaction():
            for pid, kind in kinds.items():
                if curate.get_point(store, self.rid(pid)).kind != kind:
                    curate.edit_point(store, self.rid(pid), kind=kind)
            curate.reorder_points(store, [self.rid(pid) for pid in order])

    def forward(self) -> None:
        self._apply(self.new, self.new_kinds)

    def backward(self) -> None:
        self._apply(self.old, self.old_kinds)


class _TopicOrder(_Command):
    topics = True

    def __init__(self, actions, old: list[str], new: list[str]) -> None:
        super().__init__(
            actions, QCoreApplication.translate("SummaryUndo", "Reorder cross-cutting topics")
        )
        self.old, self.new = old, new

    def _apply(self, order: list[str]) -> None:
        live = {t.id for t in self.actions.store.topics()}
        self.actions.store.reorder_topics([t for t in order if t in live])

    def forward(self) -> None:
        self._apply(self.new)

    def backward(self) -> None:
        self._apply(self.old)


class _RenameTopic(_Command):
    topics = True

    def __init__(self, actions, topic_id: str, old: str, new: str) -> None:
        super().__init__(
            actions,
            QCoreApplication.translate("SummaryUndo", "Rename topic “{0}”").format(_short(new)),
        )
        self.topic_id, self.old, self.new = topic_id, old, new

    def forward(self) -> None:
        self.actions.store.rename_topic(self.topic_id, self.new)

    def backward(self) -> None:
        self.actions.store.rename_topic(self.topic_id, self.old)


class _Promote(_Command):
    """Undo deletes the drafted point (and the topic, when promoting created it)."""

    topics = True

    def __init__(self, actions, group: RecurringGroup, topic_id: str, point_id: str, new_topic):
        super().__init__(
            actions,
            QCoreApplication.translate("SummaryUndo", "Promote “{0}”").format(_short(group.label)),
        )
        self.group, self.topic_id, self.point_id = group, topic_id, point_id
        self.new_topic = new_topic

    def backward(self) -> None:
        store = self.actions.store
        with store.transaction():
            curate.delete_point(store, self.rid(self.point_id))
            if self.new_topic and not curate.list_points(store, topic_id=self.topic_id):
                store.delete_topic(self.topic_id)

    def forward(self) -> None:
        topic, point = curate.promote_group(self.actions.store, self.group)
        self.actions._alias[self.rid(self.point_id)] = point.id
        self.topic_id = topic.id

    def focus(self) -> str:
        return self.rid(self.point_id)
