"""The review before publishing, in the workspace: the same list as ``export --check``.

Drafts, notes no point condenses in sections with points, notes left out, personal
data anywhere, empty sections and themes with notes from one venue. Activating a
row shows its section. Nothing here writes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop_app.curate import review as checks
from workshop_app.export.document import Tally


def tally_text(tally: Tally) -> str:
    """ "90 notes: 12 condensed into 5 points, 76 as bullets, 2 left out", in the UI's language."""
    notes = (
        QCoreApplication.translate("Summary", "1 note")
        if tally.notes == 1
        else QCoreApplication.translate("Summary", "{0} notes").format(tally.notes)
    )
    points = (
        QCoreApplication.translate("Summary", "1 point")
        if tally.points == 1
        else QCoreApplication.translate("Summary", "{0} points").format(tally.points)
    )
    return QCoreApplication.translate(
        "Review", "{0}: {1} condensed into {2}, {3} as bullets, {4} left out"
    ).format(notes, tally.condensed, points, tally.bullets, tally.excluded)


def drafts_text(count: int) -> str:
    if count == 1:
        return QCoreApplication.translate(
            "Review", "1 point is a draft: approve or edit it before the final export."
        )
    return QCoreApplication.translate(
        "Review", "{0} points are drafts: approve or edit them before the final export."
    ).format(count)


def problem_text(problem: checks.Problem) -> str:
    """One problem, worded in the UI's language."""
    short = " ".join(problem.text.split())
    if len(short) > 80:
        short = short[:79] + "…"
    if problem.kind == checks.DRAFT:
        return QCoreApplication.translate("Review", "Draft in {0}: {1}").format(
            problem.section, short
        )
    if problem.kind == checks.UNCONDENSED:
        return QCoreApplication.translate(
            "Review", "No point condenses this note in {0}: {1}"
        ).format(problem.section, short)
    if problem.kind == checks.EXCLUDED:
        return QCoreApplication.translate("Review", "Left out on purpose: {0}").format(short)
    if problem.kind == checks.PERSONAL_DATA:
        where = problem.ref.partition(":")[0]
        return QCoreApplication.translate("Review", "Personal data in a {0}: {1}").format(
            _where(where), short
        )
    if problem.kind == checks.EMPTY_SECTION:
        return QCoreApplication.translate("Review", "Nothing under {0}").format(problem.section)
    if problem.kind == checks.ONE_VENUE:
        return QCoreApplication.translate(
            "Review", "Every note of {0} comes from {1}: a theme only held there?"
        ).format(problem.section, short)
    return problem.message


def _where(where: str) -> str:
    return {
        "note": QCoreApplication.translate("Review", "note"),
        "point": QCoreApplication.translate("Review", "summary point"),
        "title": QCoreApplication.translate("Review", "title"),
        "theme": QCoreApplication.translate("Review", "theme name"),
        "topic": QCoreApplication.translate("Review", "topic name"),
        "group": QCoreApplication.translate("Review", "group name"),
        "meeting": QCoreApplication.translate("Review", "venue name"),
        "document": QCoreApplication.translate("Review", "document text"),
    }.get(where, where)


class ReviewPanel(QWidget):
    """The problems list with its tally; ``refreshRequested`` asks the page to check again."""

    refreshRequested = Signal()
    problemActivated = Signal(object)  # checks.Problem
    onlyAtRequested = Signal(str, str)  # theme id, venue: mark the theme venue-only

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self.tr("&Review before publishing"), self)
        self.title.setObjectName("sectionTitle")
        self.tally = QLabel(self)
        self.tally.setWordWrap(True)
        self.tally.setObjectName("hint")
        self.list = QListWidget(self)
        self.list.setObjectName("reviewList")
        self.list.setAccessibleName(self.tr("Problems to look at before publishing"))
        self.list.setWordWrap(True)
        self.title.setBuddy(self.list)
        self.refresh_button = QPushButton(self.tr("Check &again"), self)
        self.refresh_button.clicked.connect(self.refreshRequested)
        self.only_at_button = QPushButton(self.tr("&Mark as held only there"), self)
        self.only_at_button.setToolTip(
            self.tr(
                "The selected theme was only held at that venue: left out of the other "
                "meetings' files and given its own section"
            )
        )
        self.only_at_button.setEnabled(False)
        self.only_at_button.clicked.connect(self._only_at)
        self.list.currentItemChanged.connect(lambda *_args: self._update_button())
        self.list.itemActivated.connect(
            lambda item: self.problemActivated.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.tally)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.only_at_button)
        self.problems: list[checks.Problem] = []

    def _current(self) -> checks.Problem | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _update_button(self) -> None:
        problem = self._current()
        self.only_at_button.setEnabled(problem is not None and problem.kind == checks.ONE_VENUE)

    def _only_at(self) -> None:
        problem = self._current()
        if problem is not None and problem.kind == checks.ONE_VENUE:
            self.onlyAtRequested.emit(problem.ref.partition(":")[2], problem.text)

    def set_review(self, tally: Tally, problems: list[checks.Problem]) -> None:
        self.problems = list(problems)
        self.tally.setText(tally_text(tally))
        self.list.clear()
        if not problems:
            item = QListWidgetItem(self.tr("No problems: ready to publish."))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(item)
            return
        for problem in problems:
            item = QListWidgetItem(problem_text(problem))
            item.setData(Qt.ItemDataRole.UserRole, problem)
            item.setToolTip(problem.message)
            self.list.addItem(item)
        self._update_button()
