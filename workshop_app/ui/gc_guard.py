"""Python's cycle collector runs on the UI thread only, while the window is up.

Why: a Qt object whose Python wrapper owns it (no Qt parent) is deleted when Python
collects its wrapper. The cycle collector runs in whichever thread happens to allocate
when a generation's threshold is passed, and the app runs Python on worker threads
(exports, the recurring-proposals analysis, backups). A window's object collected there
is deleted from the wrong thread: a local server's socket notifier deleted from a worker
left a dangling pointer in the UI thread's event dispatcher, and the next pass of the
event loop crashed in ``QSocketNotifier::setEnabled`` (reproduced by closing a window while
the recurring-proposals worker was importing lemmy).

So, the way pyqtgraph, Spyder and calibre do it: automatic collection is switched off, and
a timer on the UI thread collects each generation when its threshold has been passed, as
the automatic collector would have. Reference counting, which frees almost everything,
is untouched; only cycles wait for the next tick (at most ``INTERVAL_MS``).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class MainThreadCollector(QObject):
    """Collects garbage cycles on the thread that created it (the UI thread)."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        self._threshold = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> int:
        """Collect the generations past their threshold, as the automatic collector would;
        returns how many unreachable objects were found."""
        found = 0
        count0, count1, count2 = gc.get_count()
        limit0, limit1, limit2 = self._threshold
        if count0 > limit0:
            found += gc.collect(0)
            if count1 > limit1:
                found += gc.collect(1)
                if count2 > limit2:
                    found += gc.collect(2)
        return found

    def stop(self) -> None:
        """Hand collection back to Python (the application is quitting)."""
        self._timer.stop()
        if self._was_enabled:
            gc.enable()


_collector: MainThreadCollector | None = None


def install(app: QObject) -> MainThreadCollector:
    """Install the collector once, on the application object; returns it."""
    global _collector
    if _collector is None:
        _collector = MainThreadCollector(app)
    return _collector
