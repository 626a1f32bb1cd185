"""Live previews rendered off the UI thread, only the newest one counting.

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

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

#: Held while a document is rendered (a preview here, or a save on the window's workers).
RENDER_LOCK = threading.Lock()


class Superseded(Exception):
    """A newer preview was asked for; the render of this one stops."""


def locked(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """``fn(*args, **kwargs)`` while holding ``RENDER_LOCK``."""
    with RENDER_LOCK:
        return fn(*args, **kwargs)


class _Signals(QObject):
    done = Signal(int, object)
    failed = Signal(int, object)
    progress = Signal(int, int, int)


class _Job(QRunnable):
    def __init__(self, generation: int, fn: Callable[..., Any], args: tuple,
                 signals: _Signals) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.generation, self.fn, self.args, self.signals = generation, fn, args, signals
        self.cancelled = threading.Event()

    def _progress(self, done: int, total: int) -> None:
        if self.cancelled.is_set():
            raise Superseded
        self.signals.progress.emit(self.generation, int(done), int(total))

    def run(self) -> None:
        try:
            if self.cancelled.is_set():
                raise Superseded
            with RENDER_LOCK:
                result = self.fn(*self.args, progress=self._progress)
        except BaseException as exc:  # noqa: BLE001 -- delivered to the UI thread
            self.signals.failed.emit(self.generation, exc)
        else:
            self.signals.done.emit(self.generation, result)


class RenderRunner(QObject):
    """Runs ``fn(*args, progress=…)`` for the newest request only.

    ``fn`` must be a pure function of its arguments (no database, no Qt): build the
    document on the UI thread and pass it in.
    """

    busyChanged = Signal(bool)
    #: done, total of the newest render
    progress = Signal(int, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _Signals(self)
        self._signals.done.connect(self._done)
        self._signals.failed.connect(self._failed)
        self._signals.progress.connect(self._progress)
        self._generation = 0
        self._jobs: dict[int, tuple[_Job, Callable | None, Callable | None]] = {}
        self._closed = False

    @property
    def busy(self) -> bool:
        """True while the newest request has not delivered its result."""
        return self._generation in self._jobs

    def request(self, fn: Callable[..., Any], *args: Any,
                on_done: Callable[[Any], None] | None = None,
                on_error: Callable[[BaseException], None] | None = None) -> int:
        """Render with ``fn(*args, progress=…)``; older requests are dropped. Returns its number."""
        was_busy = self.busy
        for old, _done, _error in self._jobs.values():
            old.cancelled.set()
        self._generation += 1
        job = _Job(self._generation, fn, args, self._signals)
        self._jobs[self._generation] = (job, on_done, on_error)
        self._pool.start(job)
        if not was_busy:
            self.busyChanged.emit(True)
        return self._generation

    def cancel(self) -> None:
        """Stop whatever is running or queued; its result will not be delivered."""
        for job, _done, _error in self._jobs.values():
            job.cancelled.set()
        if self.busy:
            self._generation += 1  # nothing current any more
            self.busyChanged.emit(False)

    def shutdown(self, msecs: int = 30000) -> None:
        """Cancel and wait for the thread (call before the owner goes away)."""
        self._closed = True
        self.cancel()
        self._pool.waitForDone(msecs)
        self._jobs.clear()

    def _finish(self, generation: int) -> tuple[Callable | None, Callable | None] | None:
        entry = self._jobs.pop(generation, None)
        if entry is None or self._closed or generation != self._generation:
            return None
        self.busyChanged.emit(False)
        return entry[1], entry[2]

    def _done(self, generation: int, result: object) -> None:
        callbacks = self._finish(generation)
        if callbacks and callbacks[0] is not None:
            callbacks[0](result)

    def _failed(self, generation: int, exc: BaseException) -> None:
        callbacks = self._finish(generation)
        if callbacks is None or isinstance(exc, Superseded):
            return
        if callbacks[1] is not None:
            callbacks[1](exc)
        else:
            from workshop_app.ui import dialogs

            dialogs.report_exception(None, exc)

    def _progress(self, generation: int, done: int, total: int) -> None:
        if generation == self._generation and not self._closed:
            self.progress.emit(done, total)
