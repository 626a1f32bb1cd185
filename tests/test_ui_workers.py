"""One worker mechanism: ``ui/workers.py`` and its options (serial, no dialog, cancel)."""

from __future__ import annotations

import re
import threading
from pathlib import Path

from PySide6.QtWidgets import QProgressDialog, QWidget

from workshop_app.ui.workers import Cancelled, Workers

UI = Path(__file__).resolve().parents[1] / "workshop_app" / "ui"


def test_threads_are_started_only_by_workers():
    found = []
    for path in UI.rglob("*.py"):
        if path.name == "workers.py":
            continue
        text = path.read_text(encoding="utf-8")
        for pattern in (r"\bQThreadPool\b", r"\bQRunnable\b", r"threading\.Thread\b",
                        r"\bQThread\b", r"concurrent\.futures"):
            if re.search(pattern, text):
                found.append(f"{path.relative_to(UI)}: {pattern}")
    assert not found, found


def test_serial_workers_run_in_order_without_a_dialog(qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)
    workers = Workers(owner, threads=1)
    order: list[int] = []
    running = threading.Lock()

    def step(n):
        assert running.acquire(blocking=False), "two jobs at once"
        order.append(n)
        running.release()
        return n

    done: list[int] = []
    for n in range(5):
        workers.run(step, n, dialog=False, on_done=done.append)
    qtbot.waitUntil(lambda: len(done) == 5)
    assert order == done == [0, 1, 2, 3, 4]
    assert not owner.findChildren(QProgressDialog)


def test_a_cancelled_job_stops_at_progress_and_delivers_nothing(qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)
    workers = Workers(owner, threads=1)
    started, release = threading.Event(), threading.Event()
    stopped: list[bool] = []
    delivered: list[object] = []
    progress_seen: list[int] = []

    def long(progress):
        started.set()
        release.wait(10)
        try:
            progress(1, 2)
        except Cancelled:
            stopped.append(True)
            raise
        return "late"

    job = workers.run(long, progress=True, dialog=False, on_done=delivered.append,
                      on_error=delivered.append, on_progress=lambda d, t, s: progress_seen.append(d))
    queued = workers.run(lambda: "queued", dialog=False, on_done=delivered.append)
    assert started.wait(10)
    job.cancel()
    queued.cancel()
    release.set()
    qtbot.waitUntil(lambda: workers.active == 0)
    assert stopped == [True] and delivered == [] and progress_seen == []
