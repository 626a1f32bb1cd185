"""The setup page: consultation details, meetings, themes, groups, cross-cutting topics.

A short list of sections on the left, the chosen section on the right. Nothing
here has a Save button: every change is written when it is made. The sections are
built the first time the page (or one of its sections) is needed, so opening the
window on a meeting evening does not pay for them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from workshop_app.store import Store
from workshop_app.ui.bus import Bus

if TYPE_CHECKING:
    from workshop_app.ui.operations import Operations
    from workshop_app.ui.pages.setup_sections import (
        DetailsSection,
        GroupsSection,
        MeetingsSection,
        Section,
        ThemesSection,
        TopicsSection,
    )


class SetupPage(QWidget):
    """Sections for setting up a consultation before (and between) meetings."""

    def __init__(
        self, store: Store, bus: Bus, parent: QWidget | None = None, ops: Operations | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("setupPage")
        self.store, self.bus, self.ops = store, bus, ops
        self._sections: list[tuple[str, Section]] = []
        self._stale = False
        self.nav = QListWidget(self)
        self.nav.setObjectName("sectionNav")
        self.nav.setAccessibleName(self.tr("Setup sections"))
        self.nav.setMaximumWidth(230)
        self.nav.setMinimumWidth(160)
        self.stack = QStackedWidget(self)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        title = QLabel(self.tr("Setup"), self)
        title.setObjectName("pageTitle")
        left = QVBoxLayout()
        left.addWidget(title)
        left.addSpacing(6)
        left.addWidget(self.nav, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(18)
        layout.addLayout(left)
        layout.addWidget(self.stack, 1)
        # Refresh after the signal that caused it has returned (tables rebuild their items).
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)
        for signal in (bus.consultationChanged, bus.notesChanged, bus.noteAdded, bus.noteRemoved):
            signal.connect(self._refresh_timer.start)

    # ------------------------------------------------------------------ sections
    def _build(self) -> None:
        if self._sections:
            return
        from workshop_app.ui.pages.setup_sections import (
            DetailsSection,
            GroupsSection,
            MeetingsSection,
            ThemesSection,
            TopicsSection,
        )

        store, bus, ops = self.store, self.bus, self.ops
        self._sections = [
            (self.tr("Consultation"), DetailsSection(store, bus, self, ops)),
            (self.tr("Meetings"), MeetingsSection(store, bus, self, ops)),
            (self.tr("Themes"), ThemesSection(store, bus, self, ops)),
            (self.tr("Groups"), GroupsSection(store, bus, self, ops)),
            (self.tr("Cross-cutting topics"), TopicsSection(store, bus, self, ops)),
        ]
        row_height = self.fontMetrics().height() + 16
        for title, section in self._sections:
            self.nav.addItem(title)
            self.nav.item(self.nav.count() - 1).setSizeHint(QSize(120, row_height))
            scroll = QScrollArea(self)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            holder = QWidget(scroll)
            holder_layout = QVBoxLayout(holder)
            holder_layout.setContentsMargins(4, 0, 8, 0)
            holder_layout.addWidget(section)
            section.setMaximumWidth(900)  # long lines of form fields are hard to scan
            scroll.setWidget(holder)
            self.stack.addWidget(scroll)
        self.nav.setCurrentRow(0)
        self.setTabOrder(self.nav, self.details.edits["title"])

    @property
    def sections(self) -> list[tuple[str, Section]]:
        self._build()
        return self._sections

    def _section(self, index: int) -> Section:
        return self.sections[index][1]

    details: DetailsSection = property(lambda self: self._section(0))  # type: ignore[assignment]
    meetings: MeetingsSection = property(lambda self: self._section(1))  # type: ignore[assignment]
    themes: ThemesSection = property(lambda self: self._section(2))  # type: ignore[assignment]
    groups: GroupsSection = property(lambda self: self._section(3))  # type: ignore[assignment]
    topics: TopicsSection = property(lambda self: self._section(4))  # type: ignore[assignment]

    # ------------------------------------------------------------------ behaviour
    def showEvent(self, event) -> None:
        if not self._sections:
            self._build()
        elif self._stale:
            self.refresh()
        super().showEvent(event)

    def flush(self) -> None:
        """The window is closing: save a half-typed detail field."""
        if self._sections:
            self.details.flush()

    def show_section(self, section: Section) -> None:
        """Switch to one section (e.g. Meetings when the capture view has none)."""
        for row, (_title, candidate) in enumerate(self.sections):
            if candidate is section:
                self.nav.setCurrentRow(row)

    def refresh(self) -> None:
        if not self._sections:
            return  # built fresh when first shown
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        for _title, section in self._sections:
            section.refresh()
