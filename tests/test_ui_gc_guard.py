"""Python's cycle collector runs on the UI thread only while the app is up (ui.gc_guard).

A window's Qt objects that Python owns are deleted when Python collects them; collected on
a worker thread (an export, the recurring analysis, a backup), a local server's socket
notifier was deleted from the wrong thread and the UI thread's next event-loop pass
crashed. These tests fail if collection can happen on a worker thread.
"""

from __future__ import annotations

import gc
import threading

import shiboken6

from workshop_app.ui import gc_guard


class _Witness:
    """Part of a reference cycle; records the thread that collected it."""

    def __init__(self, seen: list[str]) -> None:
        self.seen = seen
        self.me = self  # a cycle: only the cycle collector frees it

    def __del__(self) -> None:
        self.seen.append(threading.current_thread().name)


def test_the_app_collects_cycles_on_the_ui_thread_only(qapp, qtbot):
    gc_guard.install(qapp)
    assert not gc.isenabled()
    seen: list[str] = []
    _Witness(seen)  # garbage at once, but only a collection can free it

    kept: list[list] = []

    def allocate() -> None:  # far past every generation's threshold, and kept alive
        kept.extend([] for _ in range(300_000))

    worker = threading.Thread(target=allocate, name="worker")
    worker.start()
    worker.join()
    assert seen == []  # the worker's allocations collected nothing

    qtbot.waitUntil(lambda: seen != [], timeout=5000)
    assert seen == [threading.main_thread().name]
    kept.clear()


def test_the_collector_collects_each_generation_past_its_threshold(qapp):
    collector = gc_guard.MainThreadCollector(qapp, interval_ms=60_000)
    try:
        seen: list[str] = []
        _Witness(seen)
        junk = [[] for _ in range(gc.get_threshold()[0] + 10)]
        assert collector.check() >= 1
        assert seen == [threading.main_thread().name]
        del junk
    finally:
        collector.deleteLater()


def test_a_released_file_claim_deletes_its_server_now(qapp, qtbot, tmp_path, app_home):
    from PySide6.QtNetwork import QLocalServer

    from workshop_app.ui.single_window import FileClaim

    claim = FileClaim.acquire(tmp_path / "consultation.db")
    (server,) = claim.findChildren(QLocalServer)
    assert server.isListening()
    claim.release()
    qtbot.waitUntil(lambda: not shiboken6.isValid(server), timeout=2000)


def test_the_real_application_installs_the_collector():
    import subprocess
    import sys

    code = (
        "import gc; from workshop_app.ui.app import create_application; "
        "print(gc.isenabled(), end=' '); create_application(); print(gc.isenabled())"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=60, check=True).stdout
    assert out.split() == ["True", "False"]


def test_the_window_start_runs_without_the_automatic_collector(monkeypatch, tmp_path):
    """``workshop-app`` without a command switches the automatic collector off before the
    window's modules load (gc_guard collects on the UI thread from the application's
    creation on), and hands it back when the window is gone."""
    import argparse
    import gc
    import types

    from workshop_app import __main__ as entry
    from workshop_app.store import database

    seen = []
    checks = []
    monkeypatch.setattr(database, "start_precheck",
                        lambda path: checks.append((path, gc.isenabled())))
    fake = types.ModuleType("workshop_app.ui.app")
    fake.run_gui = lambda db, language=None: seen.append(gc.isenabled()) or 0
    monkeypatch.setitem(__import__("sys").modules, "workshop_app.ui.app", fake)
    was_enabled = gc.isenabled()  # off when another test's application installed gc_guard
    gc.enable()  # as a fresh process starts
    try:
        db = tmp_path / "consultation.sqlite"
        assert entry.start_window(argparse.Namespace(db=db, lang="da")) == 0
        assert checks == [(db, False)]  # the file's check starts first, collector off
        assert seen == [False]
        assert gc.isenabled()
    finally:
        if not was_enabled:
            gc.disable()
