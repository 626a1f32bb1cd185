"""Work that waits for a window's first paint: ``AfterFirstPaint(widget, callback)``.

What the window does not show at once (the application style sheet, the file claim's
server, the backups on open, the drop targets of the note list) is set up right after
the first paint has reached the screen, so the facilitator sees the window sooner.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class AfterFirstPaint(QObject):
    """Calls ``callback`` once, right after ``widget`` is first painted (or after
    ``fallback_ms``, should it never be painted, e.g. when it starts minimized; None: only
    after a paint)."""

    def __init__(self, widget: QWidget, callback: Callable[[], None],
                 fallback_ms: int | None = 3000) -> None:
        super().__init__(widget)
        self._callback: Callable[[], None] | None = callback
        widget.installEventFilter(self)
        if fallback_ms is not None:
            QTimer.singleShot(fallback_ms, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._fire)  # after the paint has reached the screen
        return False

    def _fire(self) -> None:
        callback, self._callback = self._callback, None
        if callback is not None:
            callback()
