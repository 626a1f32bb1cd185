"""The frame both export dialogs share: options on the left, the preview on the right, a status
line with Print, Save and Close below, and Ctrl+S / Ctrl+P. Texts arrive already translated.
Also the parts both dialogs set up the same way: the render runner, the debounce timer and the
preview, the tab order and the first size."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from workshop_app.ui.export_dialogs.pdf_preview import PdfPreview
from workshop_app.ui.export_dialogs.render_runner import RenderRunner

#: How long typing must pause before the preview is rebuilt.
DEBOUNCE_MS = 400


@dataclass(frozen=True)
class ButtonText:
    label: str
    accessible_name: str
    tooltip: str = ""


@dataclass(frozen=True)
class Frame:
    status: QLabel
    print_button: QPushButton
    save_button: QPushButton
    close_button: QPushButton


@dataclass(frozen=True)
class PreviewParts:
    runner: RenderRunner
    timer: QTimer
    preview: PdfPreview


def preview_parts(dialog: QDialog, refresh: Callable[[], object]) -> PreviewParts:
    """The render runner, the single-shot debounce timer that calls *refresh*, and the preview
    whose busy bar follows the runner."""
    runner = RenderRunner(dialog)
    timer = QTimer(dialog)
    timer.setSingleShot(True)
    timer.setInterval(DEBOUNCE_MS)
    timer.timeout.connect(refresh)
    preview = PdfPreview(dialog)
    runner.busyChanged.connect(preview.set_busy)
    return PreviewParts(runner, timer, preview)


def options_column(dialog: QDialog) -> tuple[QWidget, QVBoxLayout]:
    """The panel on the left that holds the options, one group under the other."""
    panel = QWidget(dialog)
    column = QVBoxLayout(panel)
    column.setContentsMargins(0, 0, 8, 0)
    return panel, column


def form_group(title: str, parent: QWidget) -> tuple[QGroupBox, QFormLayout]:
    """A titled group of labelled fields that grow with the panel ("" for no title yet)."""
    group = QGroupBox(title, parent)
    form = QFormLayout(group)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return group, form


def set_tab_order(order: Sequence[QWidget]) -> None:
    """Tab moves through *order*, one widget after the other."""
    for first, second in itertools.pairwise(order):
        QWidget.setTabOrder(first, second)


def fit_to_screen(dialog: QDialog, width: int, height: int) -> None:
    """Give *dialog* its first size: *width* x *height*, less where the screen is smaller."""
    screen = dialog.screen().availableGeometry() if dialog.screen() else None
    if screen is not None:
        width = min(width, screen.width() - 40)
        height = min(height, screen.height() - 40)
    dialog.resize(width, height)


def build_frame(dialog: QDialog, options: QWidget, preview: QWidget, *, status_name: str,
                print_text: ButtonText, on_print: Callable[[], object],
                save_text: ButtonText, on_save: Callable[[], object],
                close_label: str) -> Frame:
    """Lay out *dialog* and return its status line and buttons."""
    scroll = QScrollArea(dialog)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(options)
    scroll.setMinimumWidth(360)
    splitter = QSplitter(Qt.Orientation.Horizontal, dialog)
    splitter.addWidget(scroll)
    splitter.addWidget(preview)
    splitter.setStretchFactor(0, 0)
    splitter.setStretchFactor(1, 1)
    splitter.setChildrenCollapsible(False)
    splitter.setSizes([400, 700])

    status = QLabel(dialog)
    status.setObjectName("hint")
    status.setWordWrap(True)
    status.setAccessibleName(status_name)

    def button(text: ButtonText, slot: Callable[[], object] | None) -> QPushButton:
        widget = QPushButton(text.label, dialog)
        widget.setAccessibleName(text.accessible_name)
        if text.tooltip:
            widget.setToolTip(text.tooltip)
        if slot is not None:
            widget.clicked.connect(slot)
        widget.setAutoDefault(False)
        return widget

    print_button = button(print_text, on_print)
    save_button = button(save_text, on_save)
    close_button = button(ButtonText(close_label, close_label), dialog.reject)
    buttons = QHBoxLayout()
    buttons.addWidget(status, 1)
    for widget in (print_button, save_button, close_button):
        buttons.addWidget(widget)
    layout = QVBoxLayout(dialog)
    layout.addWidget(splitter, 1)
    layout.addLayout(buttons)
    QShortcut(QKeySequence(QKeySequence.StandardKey.Save), dialog, on_save)
    QShortcut(QKeySequence(QKeySequence.StandardKey.Print), dialog, on_print)
    return Frame(status, print_button, save_button, close_button)
