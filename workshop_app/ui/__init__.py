"""The Qt layer: the facilitator's window. The only package that imports PySide6."""

from workshop_app.ui.qt_compat import protect_singletons

protect_singletons()  # before any Qt call: see qt_compat for the PySide6 fault it guards
