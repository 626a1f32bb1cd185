"""Adding a theme: its name, and optionally the one venue it belongs to."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class ThemeDialog(QDialog):
    """Name + "used at" (all meetings, or one venue only)."""

    def __init__(self, venues: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add theme"))
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Theme name"))
        self.venue = QComboBox(self)
        self.venue.setEditable(True)
        self.venue.setAccessibleName(self.tr("Used at"))
        self.venue.addItem(self.tr("All meetings"), "")
        for venue in venues:
            self.venue.addItem(self.tr("Only at {0}").format(venue), venue)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Used at:"), self.venue)
        hint = QLabel(
            self.tr(
                "A venue-only theme is shown only at that venue's meetings "
                "and gets its own section in the summary."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())

    def values(self) -> tuple[str, str | None]:
        """(name, venue or None)."""
        data = self.venue.currentData()
        if self.venue.currentIndex() >= 0 and self.venue.currentText() == self.venue.itemText(
            self.venue.currentIndex()
        ):
            venue = data or None
        else:  # a venue typed by hand
            venue = self.venue.currentText().strip() or None
        return self.name.text().strip(), venue
