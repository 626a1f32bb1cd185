"""Live previews rendered off the UI thread (``ui/workers.py``), only the newest one counting.

Typing in a dialog asks for a new preview every few hundred milliseconds. Each
request supersedes the one before: a render still running is told to stop at its
next progress call (``Superseded``), one still queued never starts, and a late
result of an old request is dropped. Progress goes to a bar inside the dialog, not
a modal dialog, so typing never stops. One render runs at a time.

Reportlab keeps some state at module level, so every render in this package
(preview or save) goes through ``RENDER_LOCK``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from workshop_app.ui.workers import Cancelled, Job, Workers

#: Held while a document is rendered (a preview here, or a save on the window's workers).
RENDER_LOCK = threading.Lock()


#: A newer preview was asked for; the render of this one stops (``Workers``' cancel).
Superseded = Cancelled


def locked(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """``fn(*args, **kwargs)`` while holding ``RENDER_LOCK``."""
    with RENDER_LOCK:
        return fn(*args, **kwargs)


class RenderRunner(QObject):
    """Runs ``fn(*args, progress=…)`` for the newest request only (a client of ``Workers``).

    ``fn`` must be a pure function of its arguments (no database, no Qt): build the
    document on the UI thread and pass it in.
    """

    busyChanged = Signal(bool)
    #: done, total of the newest render
    progress = Signal(int, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._workers = Workers(self, threads=1)  # one render at a time, in order
        self._current: Job | None = None
        self._closed = False

    @property
    def busy(self) -> bool:
        """True while the newest request has not delivered its result."""
        return self._current is not None

    def request(self, fn: Callable[..., Any], *args: Any,
                on_done: Callable[[Any], None] | None = None,
                on_error: Callable[[BaseException], None] | None = None) -> Job:
        """Render with ``fn(*args, progress=…)``; older requests are dropped."""
        was_busy = self.busy
        self._workers.cancel_all()
        job: Job | None = None

        def finished(callback: Callable[[Any], None] | None, value: Any) -> None:
            if job is not self._current or self._closed:
                return
            self._current = None
            self.busyChanged.emit(False)
            if callback is not None:
                callback(value)

        def failed(exc: BaseException) -> None:
            if on_error is None and job is self._current and not self._closed:
                from workshop_app.ui import dialogs

                finished(lambda e: dialogs.report_exception(None, e), exc)
            else:
                finished(on_error, exc)

        job = self._workers.run(
            locked, fn, *args, progress=True, dialog=False,
            on_progress=lambda done, total, _text: self._progress(job, done, total),
            on_done=lambda result: finished(on_done, result), on_error=failed,
        )
        self._current = job
        if not was_busy:
            self.busyChanged.emit(True)
        return job

    def cancel(self) -> None:
        """Stop whatever is running or queued; its result will not be delivered."""
        self._workers.cancel_all()
        if self.busy:
            self._current = None  # nothing current any more
            self.busyChanged.emit(False)

    def shutdown(self, msecs: int = 30000) -> None:
        """Cancel and wait for the thread (call before the owner goes away)."""
        self._closed = True
        self.cancel()
        self._workers.wait(msecs)

    def _progress(self, job: Job | None, done: int, total: int) -> None:
        if job is self._current and not self._closed:
            self.progress.emit(done, total)
