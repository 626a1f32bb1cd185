"""Run a long core call off the UI thread: progress while it runs, errors in one dialog.

Use it for anything that can take more than a blink (export, merge, import)::

    window.workers.run(build_pdf, store_path, options,
                       title=self.tr("Exporting the summary…"),
                       on_done=lambda pdf_bytes: ...)

``fn(*args)`` runs on a pool thread. Its return value goes to ``on_done`` on the UI
thread. A ``UserError`` (bad input, disk full, damaged file) is shown as one line; any
other exception is logged and shown as an internal error. Pass ``progress=True`` and
``fn`` receives a keyword argument ``progress(done: int, total: int, text: str = "")``.

SQLite connections belong to the thread that opened them, so never pass the window's
``Store`` into ``fn``. Use ``run_on_store(db_path, fn, …)``: it opens a second
connection in the worker, calls ``fn(store, *args)`` and closes it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from workshop_app.ui import dialogs


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int, str)


class _Job(QRunnable):
    def __init__(self, fn: Callable[..., Any], args: tuple, kwargs: dict) -> None:
        super().__init__()
        self.setAutoDelete(False)  # Python keeps it until the result is delivered
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.fn(*self.args, **self.kwargs)
        except Exception as exc:  # noqa: BLE001 -- delivered to the UI thread, shown there
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


class Workers(QObject):
    """Runs jobs for one window. ``active`` counts jobs still running."""

    finished = Signal()

    def __init__(self, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self._widget = parent_widget
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._jobs: set[_Job] = set()

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
    ) -> None:
        """Start ``fn(*args)`` on a worker thread; see the module docstring."""
        kwargs: dict[str, Any] = {}
        job = _Job(fn, args, kwargs)
        dialog = QProgressDialog(self._widget)
        dialog.setWindowTitle(title or self.tr("Working…"))
        dialog.setLabelText(title or self.tr("Working…"))
        dialog.setCancelButton(None)
        dialog.setRange(0, 0)
        dialog.setMinimumDuration(400)  # quick jobs finish without a flash of a dialog
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if progress:
            kwargs["progress"] = lambda done, total, text="": job.signals.progress.emit(
                int(done), int(total), str(text)
            )

            def show_progress(done: int, total: int, text: str) -> None:
                dialog.setRange(0, max(total, 0))
                dialog.setValue(min(done, total) if total else 0)
                if text:
                    dialog.setLabelText(text)

            job.signals.progress.connect(show_progress)

        def finish() -> None:
            dialog.close()
            dialog.deleteLater()
            self._jobs.discard(job)
            self.finished.emit()

        def done(result: Any) -> None:
            finish()
            if on_done is not None:
                on_done(result)

        def failed(exc: BaseException) -> None:
            finish()
            if on_error is not None:
                on_error(exc)
            else:
                dialogs.report_exception(self._widget, exc)

        job.signals.done.connect(done)
        job.signals.failed.connect(failed)
        self._jobs.add(job)
        self._pool.start(job)

    def run_on_store(
        self, db_path: Path, fn: Callable[..., Any], *args: Any, **options: Any
    ) -> None:
        """Like ``run``, but ``fn(store, *args)`` gets its own connection to ``db_path``."""
        from workshop_app.store import Store

        def call(*inner: Any, **kw: Any) -> Any:
            with Store.open(db_path, create=False) as store:
                return fn(store, *inner, **kw)

        self.run(call, *args, **options)

    def wait(self, msecs: int = 30000) -> bool:
        """Block until all jobs are done (used when closing and in tests)."""
        return self._pool.waitForDone(msecs)
