"""The frame both export dialogs share: options on the left, the preview on the right, a status
line with Print, Save and Close below, and Ctrl+S / Ctrl+P. Texts arrive already translated."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)


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
