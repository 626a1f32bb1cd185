"""File → Merge sessions…: preview what other laptops' files bring in, then merge them.

The coordinator chooses session files (``.wsession``) and plain consultation
databases, or drops them on the window. Every file is checked and the dry run is
computed on a worker thread; the preview dialog shows, per meeting place, how many
notes are new, updated and deleted, every consultation detail that would change
("hearing URL: OLD → NEW (from laptop X)"), and lists the conflicts, before anything is
written. A file of another consultation is named at the top with a question; Merge stays
off until the coordinator ticks that it belongs here anyway. Merge runs the merge on a worker thread with progress (the window never
freezes), then the pages reload. A refused file is one line in a dialog, and the
consultation is not touched.

Both steps use their own connection (``worker_store``); the window's store only
learns the newest incoming change stamp afterwards, so a later edit here always
wins over what came in.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop_app.sync import (
    EXTENSION,
    MergeReport,
    Snapshot,
    apply_merge,
    load_sources,
    plan_merge,
)
from workshop_app.sync.identity import DetailChange, shown_value
from workshop_app.sync.merge import Conflict
from workshop_app.ui import dialogs
from workshop_app.ui.sync_dialogs import MERGEABLE_SUFFIXES
from workshop_app.ui.sync_dialogs.worker_store import worker_store

if TYPE_CHECKING:
    from workshop_app.ui.main_window import MainWindow


Progress = Callable[..., None]


# ---------------------------------------------------------------- worker-thread jobs
def plan_job(
    db_path: Path, device: str, files: Sequence[str | Path], progress: Progress | None = None
) -> tuple[list[Snapshot], MergeReport]:
    """Check and read every file, then the dry run against the consultation (no writes)."""
    snapshots = load_sources(list(files), progress)
    with worker_store(db_path, device) as store:
        # Files of another consultation are shown in the preview, which asks about them.
        return snapshots, plan_merge(store, snapshots, progress, other_consultation=True)


def apply_job(
    db_path: Path,
    device: str,
    snapshots: list[Snapshot],
    progress: Progress | None = None,
    *,
    other_consultation: bool = False,
) -> MergeReport:
    """Merge the checked files into the consultation in one transaction (backup first).
    ``other_consultation``: the coordinator said yes to files of another consultation."""
    with worker_store(db_path, device) as store:
        return apply_merge(store, snapshots, progress, other_consultation=other_consultation)


def newest_stamp(snapshots: Sequence[Snapshot]) -> str | None:
    """The latest change stamp in the merged files (the window's clock must pass it)."""
    return max((s for s in (snap.max_stamp() for snap in snapshots) if s), default=None)


def mergeable(paths: Sequence[str]) -> list[str]:
    """The dropped files that can be merged (session files and consultation databases)."""
    return [p for p in paths if Path(p).suffix.lower() in MERGEABLE_SUFFIXES and Path(p).is_file()]


# ---------------------------------------------------------------- the preview
class MergePreviewDialog(QDialog):
    """The dry run: files, notes per meeting place, other changes and conflicts. Merge or not."""

    COLUMNS = ("venue", "new", "updated", "deleted", "conflicts")

    def __init__(
        self,
        report: MergeReport,
        consultation: str,
        this_device: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.report = report
        self.this_device = this_device
        self._names = {s.device: s.device_name for s in report.sources if s.device}
        self.setWindowTitle(self.tr("Merge sessions"))
        self.setAccessibleName(self.tr("Merge preview"))
        layout = QVBoxLayout(self)
        layout.setSpacing(8)

        heading = QLabel(
            self.tr("What merging these files into “{0}” would change").format(consultation),
            self,
        )
        heading.setObjectName("dialogHeading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        heading.setFont(font)
        heading.setWordWrap(True)
        layout.addWidget(heading)

        self.other_question: QCheckBox | None = None
        if report.other_consultations:
            self._ask_about_other_consultations(layout, consultation)

        self.sources = self._tree(
            (self.tr("File"), self.tr("Kind"), self.tr("Laptop"), self.tr("Notes"), self.tr("Made"))
        )
        self.sources.setAccessibleName(self.tr("Files to merge"))
        for source in report.sources:
            kind = self.tr("Session file") if source.kind == "session" else self.tr("Consultation")
            item = QTreeWidgetItem(
                [
                    Path(source.path).name,
                    kind,
                    self._laptop(source.device) if source.device else "–",
                    str(source.notes),
                    _local_time(source.created_at),
                ]
            )
            item.setToolTip(0, source.path)
            item.setTextAlignment(3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.sources.addTopLevelItem(item)
        self._fit(self.sources, len(report.sources), stretch=False)
        layout.addWidget(self.sources)

        layout.addWidget(self._section(self.tr("Notes per meeting place")))
        self.venues = self._tree(
            (
                self.tr("Meeting place"),
                self.tr("New"),
                self.tr("Updated"),
                self.tr("Deleted"),
                self.tr("Conflicts"),
            )
        )
        self.venues.setAccessibleName(self.tr("Notes per meeting place"))
        for venue in sorted(report.venues):
            counts = report.venues[venue]
            self._count_row(venue or self.tr("(no meeting)"), counts)
        total = self._count_row(self.tr("Total"), report.totals())
        bold = QFont(total.font(0))
        bold.setBold(True)
        for column in range(len(self.COLUMNS)):
            total.setFont(column, bold)
        self._fit(self.venues, len(report.venues) + 1, stretch=False)
        layout.addWidget(self.venues)

        self.details: QLabel | None = None
        if report.details:
            layout.addWidget(self._section(self.tr("Consultation details that would change")))
            self.details = QLabel("\n".join(self.detail_lines()), self)
            self.details.setWordWrap(True)
            self.details.setTextFormat(Qt.TextFormat.PlainText)
            self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.details.setAccessibleName(self.tr("Consultation details that would change"))
            layout.addWidget(self.details)

        self.others = QLabel(self._other_changes(), self)
        self.others.setObjectName("hint")
        self.others.setWordWrap(True)
        self.others.setVisible(bool(self.others.text()))
        layout.addWidget(self.others)

        layout.addWidget(self._section(self.tr("Conflicts ({0})").format(len(report.conflicts))))
        if report.conflicts:
            self.conflicts = self._tree(
                (
                    self.tr("What"),
                    self.tr("Meeting place"),
                    self.tr("Kept"),
                    self.tr("Moved to history"),
                )
            )
            self.conflicts.setAccessibleName(self.tr("Conflicts"))
            self.conflicts.setUniformRowHeights(False)  # two lines: the text, then the laptop
            header = self.conflicts.header()
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
            for column in (2, 3):  # the two versions share the width; tooltips hold all
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            for conflict in report.conflicts:
                self.conflicts.addTopLevelItem(self._conflict_item(conflict))
            self._fit(self.conflicts, len(report.conflicts), stretch=len(report.conflicts) > 6)
            layout.addWidget(self.conflicts, 1)
            explain = self.tr(
                "Two laptops changed the same thing differently. The later change is kept; the "
                "other version is saved in the consultation's history, not thrown away."
            )
        else:
            self.conflicts = None
            explain = self.tr("No conflicts: no two laptops changed the same thing differently.")
        note = QLabel(explain, self)
        note.setObjectName("hint")
        note.setWordWrap(True)
        layout.addWidget(note)

        if report.rows_written:
            status = self.tr(
                "Nothing has been written yet. A backup of this consultation is taken before "
                "the merge."
            )
        else:
            status = self.tr(
                "Nothing new: this consultation already holds everything in these files."
            )
        self.status = QLabel(status, self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        layout.addStretch(0)

        self.buttons = QDialogButtonBox(self)
        self.merge_button = self.buttons.addButton(
            self.tr("&Merge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button.setEnabled(bool(report.rows_written) and self.other_question is None)
        if self.other_question is not None:
            self.other_question.toggled.connect(
                lambda yes: self.merge_button.setEnabled(yes and bool(report.rows_written))
            )
        if report.rows_written:
            self.merge_button.setDefault(True)
        else:
            self.cancel_button.setText(self.tr("Close"))
            self.cancel_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        width = 780
        self.resize(width, min(720, self.layout().totalHeightForWidth(width)))

    # -------------------------------------------------------------- building
    def _ask_about_other_consultations(self, layout: QVBoxLayout, consultation: str) -> None:
        """Name each file of another consultation, and ask before Merge can be pressed."""
        lines = [
            self.tr("{0} is another consultation: “{1}”, not “{2}”.").format(
                Path(other.path).name, other.title, other.target_title
            )
            for other in self.report.other_consultations
        ]
        warning = QLabel("\n".join(lines), self)
        bold = warning.font()
        bold.setBold(True)
        warning.setFont(bold)
        warning.setWordWrap(True)
        warning.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(warning)
        question = QLabel(
            self.tr(
                "Merging it would put its notes into “{0}” and may change this consultation's "
                "title and details (listed below). Do these notes belong to “{0}”?"
            ).format(consultation),
            self,
        )
        question.setWordWrap(True)
        layout.addWidget(question)
        self.other_question = QCheckBox(
            self.tr("&Yes, merge them into “{0}” anyway").format(consultation), self
        )
        self.other_question.setAccessibleDescription("\n".join(lines))
        layout.addWidget(self.other_question)

    def detail_lines(self) -> list[str]:
        """'hearing URL: OLD → NEW (from laptop X)', one per detail that would change."""
        return [
            self.tr("{0}: {1} → {2} (from {3})").format(
                self._detail_label(d),
                self._value(d.old),
                self._value(d.new),
                self._laptop(d.device)
                if d.device == self.this_device
                else self.tr("laptop {0}").format(self._laptop(d.device)),
            )
            for d in self.report.details
        ]

    def _value(self, value: object) -> str:
        text = shown_value(value)
        return self.tr("(none)") if text == "(none)" else text

    def _detail_label(self, detail: DetailChange) -> str:
        labels = {
            "consultation.id": self.tr("consultation id"),
            "consultation.title": self.tr("title"),
            "consultation.hearing_url": self.tr("hearing URL"),
            "consultation.hearing_email": self.tr("e-mail"),
            "consultation.hearing_from": self.tr("hearing from"),
            "consultation.hearing_to": self.tr("hearing to"),
            "summary.title": self.tr("summary title"),
            "summary.intro": self.tr("summary introduction"),
            "summary.next_steps": self.tr("summary next steps"),
            "summary.author": self.tr("summary author"),
        }
        if detail.key in labels:
            return labels[detail.key]
        parts = detail.key.split(".")
        if len(parts) == 3 and parts[0] == "handout":
            return self.tr("handout text ({0}, {1})").format(parts[1], parts[2].replace("_", " "))
        return detail.label

    def _tree(self, headers: tuple[str, ...]) -> QTreeWidget:
        tree = QTreeWidget(self)
        tree.setColumnCount(len(headers))
        tree.setHeaderLabels(list(headers))
        tree.setRootIsDecorated(False)
        tree.setUniformRowHeights(True)
        tree.setAlternatingRowColors(True)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        tree.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        return tree

    def _fit(self, tree: QTreeWidget, rows: int, stretch: bool) -> None:
        """Tall enough for its rows (a few at most), so the dialog needs no inner scrolling."""
        row = tree.sizeHintForRow(0) if tree.topLevelItemCount() else -1
        if row <= 0:
            row = tree.fontMetrics().height() + 4
        height = (
            tree.header().sizeHint().height() + row * max(1, min(rows, 8)) + 2 * tree.frameWidth()
        )
        tree.setMinimumHeight(height)
        if not stretch:
            tree.setMaximumHeight(height)

    def _section(self, text: str) -> QLabel:
        label = QLabel(text, self)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    def _count_row(self, venue: str, counts: Any) -> QTreeWidgetItem:
        values = (counts.new, counts.updated, counts.deleted, counts.conflicts)
        item = QTreeWidgetItem([venue, *(str(v) for v in values)])
        for column in range(1, len(self.COLUMNS)):
            item.setTextAlignment(
                column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
        self.venues.addTopLevelItem(item)
        return item

    def _laptop(self, device: str) -> str:
        if device == self.this_device:
            return self.tr("this laptop")
        name = self._names.get(device, "")
        return f"{name} ({device[:8]})" if name else device[:12]

    def _table_name(self, table: str) -> str:
        names = {
            "themes": self.tr("themes"),
            "meetings": self.tr("meetings"),
            "groups": self.tr("groups"),
            "topics": self.tr("cross-cutting topics"),
            "summary_points": self.tr("summary points"),
            "point_links": self.tr("links to notes"),
            "settings": self.tr("texts and settings"),
        }
        return names.get(table, table.replace("_", " "))

    def _other_changes(self) -> str:
        parts = []
        for table, counts in self.report.tables.items():
            if not counts:
                continue
            bits = []
            if counts.new:
                bits.append(self.tr("{0} new").format(counts.new))
            if counts.updated:
                bits.append(self.tr("{0} updated").format(counts.updated))
            if counts.deleted:
                bits.append(self.tr("{0} deleted").format(counts.deleted))
            if counts.conflicts:
                bits.append(self.tr("{0} in conflict").format(counts.conflicts))
            if bits:
                parts.append(f"{self._table_name(table)}: {', '.join(bits)}")
        lines = []
        if parts:
            lines.append(self.tr("Also changed: {0}.").format("; ".join(parts)))
        unified = [
            f"{n} {self._table_name(table)}" for table, n in self.report.unified.items() if n
        ]
        if unified:
            lines.append(
                self.tr("Made into one (same name on several laptops): {0}.").format(
                    ", ".join(unified)
                )
            )
        return "\n".join(lines)

    def _what(self, table: str) -> str:
        return {
            "notes": self.tr("Note"),
            "themes": self.tr("Theme"),
            "meetings": self.tr("Meeting"),
            "groups": self.tr("Group"),
            "topics": self.tr("Cross-cutting topic"),
            "summary_points": self.tr("Summary point"),
            "point_links": self.tr("Link to a note"),
            "settings": self.tr("Text or setting"),
        }.get(table, table)

    def _version(self, row: dict[str, Any]) -> str:
        if row.get("deleted"):
            text = self.tr("(deleted)")
        else:
            raw = row.get("text") or row.get("name") or row.get("value") or row.get("venue") or ""
            text = " ".join(str(raw).split())
            if len(text) > 90:
                text = text[:90] + "…"
        return f"{text}\n{self._laptop(str(row.get('device', '')))}"

    def _conflict_item(self, conflict: Conflict) -> QTreeWidgetItem:
        kept, lost = self._version(conflict.kept), self._version(conflict.lost)
        item = QTreeWidgetItem([self._what(conflict.table), conflict.venue or "–", kept, lost])
        item.setToolTip(2, kept.replace("\n", " — "))
        item.setToolTip(3, lost.replace("\n", " — "))
        return item

    # -------------------------------------------------------------- for tests and screen readers
    def venue_counts(self) -> dict[str, tuple[int, int, int, int]]:
        """The numbers shown, per meeting place (the total row under its label)."""
        shown = {}
        for row in range(self.venues.topLevelItemCount()):
            item = self.venues.topLevelItem(row)
            shown[item.text(0)] = tuple(int(item.text(c)) for c in range(1, len(self.COLUMNS)))
        return shown


def _local_time(iso: str) -> str:
    if not iso:
        return "–"
    try:
        when = dt.datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return when.astimezone().strftime("%Y-%m-%d %H:%M")


# ---------------------------------------------------------------- the flow
class SessionMerger(QObject):
    """Choose or drop files → check and dry run (worker) → preview → merge (worker) → reload."""

    #: A merge was written; carries its report (after the pages were told to reload).
    merged = Signal(object)
    #: The preview dialog is showing (tests and screenshots use it).
    previewShown = Signal(object)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.preview_dialog: MergePreviewDialog | None = None

    def ask(self) -> None:
        """File → Merge sessions…: choose the files, then preview."""
        window = self.window
        folder = window.store.path.parent if window.store.path else Path.home()
        files, _filter = QFileDialog.getOpenFileNames(
            window,
            self.tr("Merge sessions"),
            str(folder),
            self.tr("Session files and consultations (*{0} *.sqlite *.db);;All files (*)").format(
                EXTENSION
            ),
        )
        if files:
            self.preview(files)

    def files_dropped(self, paths: list[str]) -> None:
        """Files dropped on the window: session files and consultations go to the preview."""
        files = mergeable(paths)
        if files:
            self.preview(files)

    def preview(self, files: Sequence[str]) -> None:
        """Check the files and compute the dry run off the UI thread, then show the preview."""
        window = self.window
        if window.store.path is None:
            return
        window.workers.run(
            plan_job,
            window.store.path,
            window.store.device,
            [str(f) for f in files],
            title=self.tr("Checking the files…"),
            progress=True,
            on_done=self._show_preview,
            on_error=self._refused,
        )

    def _show_preview(self, result: tuple[list[Snapshot], MergeReport]) -> None:
        snapshots, report = result
        window = self.window
        name = window.store.consultation().title or (
            window.store.path.name if window.store.path else ""
        )
        dialog = MergePreviewDialog(report, name, window.store.device, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: self.apply(snapshots, other_consultation=bool(report.other_consultations))
        )
        dialog.destroyed.connect(self._preview_closed)
        self.preview_dialog = dialog
        dialog.open()
        self.previewShown.emit(dialog)

    def _preview_closed(self, *_args: object) -> None:
        self.preview_dialog = None

    def apply(self, snapshots: list[Snapshot], *, other_consultation: bool = False) -> None:
        """Merge the checked files on a worker thread, with progress (``other_consultation``:
        the coordinator said yes to files of another consultation in the preview)."""
        window = self.window
        window.statusBar().showMessage(self.tr("Merging…"))
        window.workers.run(
            functools.partial(apply_job, other_consultation=other_consultation),
            window.store.path,
            window.store.device,
            snapshots,
            title=self.tr("Merging the sessions…"),
            progress=True,
            on_done=lambda report: self._applied(report, newest_stamp(snapshots)),
            on_error=self._merge_failed,
        )

    def _applied(self, report: MergeReport, stamp: str | None) -> None:
        window = self.window
        if stamp:
            window.store.clock.observe(stamp)  # a later edit here must win over what came in
        # The rows changed under the pages: every page reloads meetings, themes and notes.
        window.bus.consultationChanged.emit()
        window.bus.notesChanged.emit()
        total = report.totals()
        window.statusBar().showMessage(
            self.tr(
                "Merged {0} file(s): {1} new, {2} updated, {3} deleted notes, {4} conflicts."
            ).format(
                len(report.sources), total.new, total.updated, total.deleted, len(report.conflicts)
            ),
            20000,
        )
        self.merged.emit(report)

    def _refused(self, exc: BaseException) -> None:
        from workshop_app.errors import UserError

        if isinstance(exc, UserError):
            dialogs.show_error(
                self.window,
                self.tr("Nothing was merged: {0}").format(str(exc)),
                self.tr("Cannot merge"),
            )
        else:
            dialogs.report_exception(self.window, exc)

    def _merge_failed(self, exc: BaseException) -> None:
        self.window.statusBar().clearMessage()
        self._refused(exc)
