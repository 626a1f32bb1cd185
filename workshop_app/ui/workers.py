"""Run a long core call off the UI thread: progress while it runs, errors in one dialog.

This is the app's one way to use a thread. Use it for anything that can take more than a
blink (export, merge, import, a backup, a preview)::

    window.workers.run(build_pdf, store_path, options,
                       title=self.tr("Exporting the summary…"),
                       on_done=lambda pdf_bytes: ...)

``fn(*args)`` runs on a pool thread. Its return value goes to ``on_done`` on the UI
thread. A ``UserError`` (bad input, disk full, damaged file) is shown as one line; any
other exception is logged and shown as an internal error (pass ``on_error`` to handle
it yourself). Pass ``progress=True`` and ``fn`` receives a keyword argument
``progress(done: int, total: int, text: str = "")``.

The options the app's other clients need:

- ``dialog=False``: no modal progress dialog (a preview, a backup in the background);
  progress then goes to ``on_progress(done, total, text)``, if given.
- ``Workers(owner, threads=1)``: jobs run one after another, in order (previews share
  module state; backups of one file must not overlap).
- ``run`` returns a ``Job``; ``job.cancel()`` drops its result, a queued job never
  starts, and a running one stops at its next ``progress`` call (which raises
  ``Cancelled``). ``RenderRunner`` supersedes old previews this way.

SQLite connections belong to the thread that opened them, so never pass the window's
``Store`` into ``fn``. Use ``run_on_store(store, fn, …)``: it opens a second connection
to the same file in the worker (without ``Store.open``'s checks and on-open backup: the
window has the file open already), calls ``fn(worker_store, *args)`` and closes it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QWidget

from workshop_app.ui import dialogs

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressDialog

    from workshop_app.store import Store


class Cancelled(Exception):
    """The job was cancelled (superseded, or its owner is closing); its result is dropped."""


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int, str)


class Job(QRunnable):
    """One call on a worker thread; ``cancel()`` drops its result."""

    def __init__(self, fn: Callable[..., Any], args: tuple, kwargs: dict) -> None:
        super().__init__()
        self.setAutoDelete(False)  # Python keeps it until the result is delivered
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.signals = _Signals()
        self._cancelled = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def cancel(self) -> None:
        """Drop the result; a queued job does not start, a running one stops at ``progress``."""
        self._cancelled.set()

    def report(self, done: int, total: int, text: str = "") -> None:
        """The ``progress`` callback ``fn`` receives (raises ``Cancelled`` once cancelled)."""
        if self.cancelled:
            raise Cancelled
        self.signals.progress.emit(int(done), int(total), str(text))

    def run(self) -> None:
        try:
            if self.cancelled:
                raise Cancelled
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:  # noqa: BLE001 -- delivered to the UI thread, shown there
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


class Workers(QObject):
    """Runs jobs for one owner (a window, a dialog's previews, the backups).

    ``active`` counts jobs not yet delivered; ``threads`` is how many run at once.
    """

    finished = Signal()

    def __init__(self, owner: QObject, *, threads: int = 2) -> None:
        super().__init__(owner)
        self._widget = owner if isinstance(owner, QWidget) else None
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(threads)
        self._jobs: set[Job] = set()

    @property
    def active(self) -> int:
        return len(self._jobs)

    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        title: str = "",
        progress: bool = False,
        dialog: bool = True,
        on_progress: Callable[[int, int, str], None] | None = None,
    ) -> Job:
        """Start ``fn(*args)`` on a worker thread; see the module docstring."""
        kwargs: dict[str, Any] = {}
        job = Job(fn, args, kwargs)
        box = self._progress_dialog(title) if dialog and self._widget is not None else None
        if progress:
            kwargs["progress"] = job.report

            def show_progress(done: int, total: int, text: str) -> None:
                if job.cancelled:
                    return
                if box is not None:
                    box.setRange(0, max(total, 0))
                    box.setValue(min(done, total) if total else 0)
                    if text:
                        box.setLabelText(text)
                if on_progress is not None:
                    on_progress(done, total, text)

            job.signals.progress.connect(show_progress)

        def finish() -> bool:
            """Tidy up; False when the owner (a closed window's Workers) is gone already."""
            if box is not None and shiboken6.isValid(box):
                box.close()
                box.deleteLater()
            self._jobs.discard(job)
            if not shiboken6.isValid(self):  # a job outlived its window: nobody to tell
                return False
            self.finished.emit()
            return True

        def done(result: Any) -> None:
            if finish() and on_done is not None and not job.cancelled:
                on_done(result)

        def failed(exc: BaseException) -> None:
            if not finish() or job.cancelled or isinstance(exc, Cancelled):
                return
            if on_error is not None:
                on_error(exc)
            else:
                dialogs.report_exception(self._widget, exc)

        job.signals.done.connect(done)
        job.signals.failed.connect(failed)
        self._jobs.add(job)
        self._pool.start(job)
        return job

    def _progress_dialog(self, title: str) -> QProgressDialog:
        from PySide6.QtWidgets import QProgressDialog  # loaded when first needed (start-up)

        box = QProgressDialog(self._widget)
        box.setWindowTitle(title or self.tr("Working…"))
        box.setLabelText(title or self.tr("Working…"))
        box.setCancelButton(None)
        box.setRange(0, 0)
        box.setMinimumDuration(400)  # quick jobs finish without a flash of a dialog
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAutoClose(False)
        box.setAutoReset(False)
        return box

    def run_on_store(self, store: Store, fn: Callable[..., Any], *args: Any,
                     **options: Any) -> Job:
        """Like ``run``, but ``fn(worker_store, *args)`` gets its own connection to ``store``'s
        file (no checks, no on-open backup: the window holds the file open already)."""
        from workshop_app.ui.sync_dialogs.worker_store import worker_store

        if store.path is None:
            raise ValueError("run_on_store needs a store backed by a file")
        path, device = store.path, store.device

        def call(*inner: Any, **kw: Any) -> Any:
            with worker_store(path, device) as own:
                return fn(own, *inner, **kw)

        return self.run(call, *args, **options)

    def cancel_all(self) -> None:
        """Cancel every job not yet delivered (their results are dropped)."""
        for job in list(self._jobs):
            job.cancel()

    def wait(self, msecs: int = 30000) -> bool:
        """Block until all jobs are done (used when closing and in tests)."""
        return self._pool.waitForDone(msecs)
