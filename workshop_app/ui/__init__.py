"""The Qt layer: the facilitator's window. The only package that imports PySide6."""

# The window's modules without Qt are imported before PySide6. Once PySide6 is imported,
# its ``__feature__`` import hook runs Python code for every import statement after it
# (about 4 ms for these modules at start-up; issue 17). A module added to the window's
# start that does not use Qt belongs here (tests/test_ui_first_paint.py checks the list).
import workshop_app.capture.drafts
import workshop_app.domain.dates
import workshop_app.domain.direction
import workshop_app.safety.backup
import workshop_app.safety.privacy
import workshop_app.store  # noqa: F401
from workshop_app.ui.qt_compat import protect_singletons, speed_up_feature_scan

protect_singletons()  # before any Qt call: see qt_compat for the PySide6 fault it guards
speed_up_feature_scan()  # ~25 ms of the window's start: see qt_compat
