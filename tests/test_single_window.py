"""One window per consultation file, across processes; command-line writers are not held up."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile
from PySide6.QtNetwork import QLocalSocket

from workshop_app.ui.single_window import FileClaim, HeldElsewhere, key_of, lock_folder, server_name

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("This plugin does not support"),
]

ROOT = Path(__file__).resolve().parent.parent
WAIT_S = 90  # generous for a loaded machine; never a timing assertion


def test_a_second_claim_is_refused_and_asks_the_first_to_come_forward(qtbot, tmp_path):
    path = tmp_path / "consultation.sqlite"
    first = FileClaim.acquire(path)
    try:
        with (
            qtbot.waitSignal(first.activationRequested, timeout=10000),
            pytest.raises(HeldElsewhere) as refused,
        ):
            FileClaim.acquire(tmp_path / "." / "consultation.sqlite")  # the same file
        assert refused.value.brought_forward
        assert "consultation.sqlite" in str(refused.value) and "another window" in str(
            refused.value
        )
        other = FileClaim.acquire(tmp_path / "other.sqlite")  # another file: no problem
        other.release()
    finally:
        first.release()
    FileClaim.acquire(path).release()  # released: it can be claimed again
    assert oct(lock_folder().stat().st_mode & 0o777) == "0o700"


def _env(home: Path) -> dict[str, str]:
    return {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "WORKSHOP_APP_HOME": str(home),
        "WORKSHOP_APP_DEVICE": "winlaptop",
    }


def _window(db: Path, env: dict[str, str]) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "workshop_app", "--db", str(db), "--lang", "en"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _wait_until_held_by(db: Path, process: subprocess.Popen) -> None:
    """Until ``process`` holds the file's window lock and answers on its socket."""
    lock = QLockFile(str(lock_folder() / f"{key_of(db)}.lock"))
    deadline = time.monotonic() + WAIT_S
    while time.monotonic() < deadline:
        assert process.poll() is None, process.communicate()
        pid, _host, _app = lock.getLockInfo()  # (0, "", "") when there is no lock
        if pid == process.pid:
            socket = QLocalSocket()
            socket.connectToServer(server_name(key_of(db)))
            if socket.waitForConnected(500):
                socket.disconnectFromServer()
                return
        time.sleep(0.2)
    raise AssertionError("the window did not claim its file")


def test_two_processes_one_window_then_a_killed_window_does_not_lock_the_file(
    qtbot, tmp_path, cli_process
):
    db = tmp_path / "consultation.sqlite"
    env = _env(tmp_path / "home")
    assert subprocess.run(
        [sys.executable, "-m", "workshop_app", "demo", "--db", str(db)], env=env, check=False
    ).returncode == 0
    first = _window(db, env)
    try:
        _wait_until_held_by(db, first)
        second = subprocess.run(
            [sys.executable, "-m", "workshop_app", "--db", str(db)],
            env=env, capture_output=True, text=True, timeout=WAIT_S, check=False,
        )
        assert second.returncode == 0
        # In the window's language (Danish unless chosen otherwise), one line.
        assert "er allerede åben i et andet vindue" in second.stderr, second.stderr
        assert "hentet frem" in second.stderr and "Traceback" not in second.stderr
        assert len(second.stderr.strip().splitlines()) == 1
        # A script still writes to the file the window holds (and waits if it must).
        added = subprocess.run(
            [sys.executable, "-m", "workshop_app", "note", "add", "--db", str(db),
             "--venue", "Amager", "--theme", "Beskæftigelse", "--kind", "solution",
             "--text", "Mentorordning for nyankomne"],
            env=env, capture_output=True, text=True, timeout=WAIT_S, check=False,
        )
        assert added.returncode == 0, added.stderr
    finally:
        first.send_signal(signal.SIGKILL)  # a crash: the lock file stays behind
        first.communicate(timeout=WAIT_S)
    third = _window(db, env)
    try:
        _wait_until_held_by(db, third)  # the dead window's lock was taken over
    finally:
        # Before the window is up SIGTERM is the default action, or, while the command line
        # is still starting, one "interrupted" line and exit 130 (cli.run's SIGTERM handling).
        third.send_signal(signal.SIGTERM)
        _out, err = third.communicate(timeout=WAIT_S)
    assert third.returncode in (0, 130, -signal.SIGTERM) and "Traceback" not in err, err


@pytest.fixture
def controller(qapp):
    from workshop_app.ui.app import AppController
    from workshop_app.ui.i18n import Translators
    from workshop_app.ui.settings import Settings

    translators = Translators()
    translators.install("en")
    c = AppController(Settings(), translators)
    yield c
    if c.window is not None:
        c.window.close()
    if c.store is not None:
        c.store.close()
    c.release_claim()


def test_file_open_of_a_file_another_window_holds_is_one_dialog(
    qtbot, controller, tmp_path, monkeypatch
):
    from workshop_app.store import Store
    from workshop_app.ui import dialogs

    first, second = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    for path in (first, second):
        Store.open(path).close()
    errors: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, text, title=None: errors.append(text))
    assert controller.start(first)
    other_window = FileClaim.acquire(second)  # "another window of the app" holds b.sqlite
    try:
        with qtbot.waitSignal(other_window.activationRequested, timeout=10000):
            controller.switch_file(second, create=False)
        assert len(errors) == 1 and "b.sqlite" in errors[0] and "another window" in errors[0]
        assert controller.store.path == first  # nothing else was opened
        controller.reopen()  # its own file again (after a restore): no refusal
        assert len(errors) == 1 and controller.store.path == first
    finally:
        other_window.release()
    controller.switch_file(second, create=False)
    assert controller.store.path == second and len(errors) == 1
    FileClaim.acquire(first).release()  # the first file was given up when the window moved on
    with pytest.raises(HeldElsewhere):
        FileClaim.acquire(second)
