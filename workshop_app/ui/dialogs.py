"""The one place error dialogs come from: known errors as one clear line, bugs logged."""

from __future__ import annotations

import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from workshop_app import paths
from workshop_app.errors import StoreError, UserError
from workshop_app.ui.i18n import translate_error


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize a dialog to ``width`` x ``height``, or less where the screen is smaller
    (a 1366x768 laptop at 200 % has 683x384 to offer)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        area = screen.availableGeometry()
        width, height = min(width, area.width() - 24), min(height, area.height() - 24)
    widget.resize(width, height)


def show_error(parent: QWidget | None, message: str, title: str | None = None) -> None:
    """A modal warning with one clear line (no traceback)."""
    from PySide6.QtWidgets import QMessageBox  # loaded when first needed (start-up)

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or QCoreApplication.translate("Dialogs", "Workshop app"))
    box.setText(translate_error(message))
    box.setAccessibleName(title or QCoreApplication.translate("Dialogs", "Error"))
    box.exec()


def show_store_error(parent: QWidget | None, message: str) -> None:
    """The database could not be written: say so plainly and what it means for the notes."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("Dialogs", "Cannot save"))
    box.setText(QCoreApplication.translate("Dialogs", "The last change could not be saved."))
    box.setInformativeText(
        translate_error(message)
        + "\n\n"
        + QCoreApplication.translate(
            "Dialogs",
            "Notes saved before are safe. Keep the text you typed, fix the problem "
            "(free disk space, close the other program) and try again.",
        )
    )
    box.exec()


def show_refusal(parent: QWidget | None, message: str) -> None:
    """A change was refused (bad input), not a disk failure: the reason in one line."""
    show_error(
        parent,
        QCoreApplication.translate("Dialogs", "Not saved: {0}").format(message),
        QCoreApplication.translate("Dialogs", "Not saved"),
    )


def report_exception(parent: QWidget | None, exc: BaseException) -> None:
    """Known errors (UserError) as their message; anything else logged and shown briefly."""
    if isinstance(exc, StoreError):
        show_error(
            parent, str(exc), QCoreApplication.translate("Dialogs", "Cannot use the database")
        )
    elif isinstance(exc, UserError):
        show_error(parent, str(exc))
    else:
        where = log_exception(exc)
        text = QCoreApplication.translate(
            "Dialogs", "Something went wrong inside the app: {0}"
        ).format(f"{exc.__class__.__name__}: {exc}")
        if where:
            text += "\n\n" + QCoreApplication.translate(
                "Dialogs", "Details were written to {0}."
            ).format(where)
        show_error(parent, text, QCoreApplication.translate("Dialogs", "Internal error"))


def log_exception(exc: BaseException) -> str:
    """Append a traceback to error.log in the data folder; returns its path or ''."""
    try:
        log = paths.data_dir() / "error.log"
        with open(log, "a", encoding="utf-8") as fh:
            fh.write("".join(traceback.format_exception(exc)) + "\n")
        return str(log)
    except (OSError, UserError):  # no usable data folder
        return ""
