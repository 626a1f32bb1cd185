"""The Qt layer: the facilitator's window. The only package that imports PySide6."""

from workshop_app.ui.qt_compat import protect_singletons, speed_up_feature_scan

protect_singletons()  # before any Qt call: see qt_compat for the PySide6 fault it guards
speed_up_feature_scan()  # ~25 ms of the window's start: see qt_compat
