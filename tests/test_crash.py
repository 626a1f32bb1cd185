"""Crash durability: writers killed with SIGKILL at random moments lose nothing acknowledged.

A note counts as acknowledged when its writer has told the user it is saved:
``workshop-app note add`` printed its id, or the window's writer printed
``ack <id>`` (see ``tests/helpers/gui_writer.py``). After any number of kills,
every acknowledged note must be in the file with its text, and SQLite's
integrity check must say ``ok``. Kill moments come from a seeded generator, so
a failure can be replayed; each test stays within a few seconds.
"""

from __future__ import annotations

import os
import queue
import random
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from workshop_app.safety import backup
from workshop_app.store import Store

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")

ROOT = Path(__file__).resolve().parent.parent
GUI_WRITER = Path(__file__).resolve().parent / "helpers" / "gui_writer.py"
NOTE_ID = re.compile(r"^[0-9a-f]{32}$")


def check_file(db: Path, acknowledged: dict[str, str]) -> int:
    """Every acknowledged note is there with its text; the file is intact. Returns the count."""
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        stored = dict(conn.execute("SELECT id, text FROM notes WHERE deleted = 0").fetchall())
    finally:
        conn.close()
    missing = {i: t for i, t in acknowledged.items() if stored.get(i) != t}
    assert not missing, f"acknowledged notes lost: {missing}"
    with Store.open(db) as store:  # the app itself opens it (integrity, foreign keys)
        assert store.count_notes() == len(stored)
    return len(stored)


def check_backups(db: Path) -> None:
    """A kill during a backup never leaves a damaged backup under a final name."""
    for made in backup.list_backups(db):
        backup.check_backup(made.path)


def note_add(db: Path, text: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "workshop_app", "note", "add", "--db", str(db),
         "--venue", "Nørrebro", "--theme", "Beskæftigelse", "--kind", "challenge",
         "--date", "2026-04-08", "--text", text],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
    )


def test_killed_note_add_processes_lose_nothing_acknowledged(db_path: Path) -> None:
    rng = random.Random(20260408)
    Store.open(db_path).close()
    # Some finished writers: there is an earlier state to lose, and we learn how long one takes.
    started = time.monotonic()
    first = [note_add(db_path, f"cli note warm {i}") for i in range(2)]
    acknowledged: dict[str, str] = {}
    for i, proc in enumerate(first):
        out, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, err
        acknowledged[out.strip()] = f"cli note warm {i}"
    duration = (time.monotonic() - started) or 0.5
    killed = 0
    for round_number in range(2):
        procs = []
        for i in range(6):
            text = f"cli note {round_number}-{i}"
            procs.append((note_add(db_path, text), text, rng.random() < 0.7))
        launched = time.monotonic()
        # Kill moments spread over the whole life of a writer: start-up, open, backup, write.
        plan = sorted(
            ((rng.uniform(0.2, 1.2) * duration, proc) for proc, _t, kill in procs if kill),
            key=lambda item: item[0],
        )
        for moment, proc in plan:
            time.sleep(max(0.0, launched + moment - time.monotonic()))
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
                killed += 1
        for proc, text, _kill in procs:
            out, _err = proc.communicate(timeout=60)
            line = out.strip()
            if NOTE_ID.match(line):  # it said the note is saved
                acknowledged[line] = text
    assert killed > 0
    check_file(db_path, acknowledged)
    check_backups(db_path)


def _read_lines(stream, sink: queue.Queue) -> None:
    for line in stream:
        sink.put(line)
    sink.put(None)


def run_gui_writer(db: Path, kill_after: int, extra_delay: float) -> tuple[dict[str, str], str]:
    """Start the window's writer, wait for ``kill_after`` acknowledgements, SIGKILL it."""
    proc = subprocess.Popen(
        [sys.executable, str(GUI_WRITER), str(db)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    lines: queue.Queue = queue.Queue()
    reader = threading.Thread(target=_read_lines, args=(proc.stdout, lines), daemon=True)
    reader.start()
    acknowledged: dict[str, str] = {}
    deadline = time.monotonic() + 60
    try:
        while len(acknowledged) < kill_after:
            line = lines.get(timeout=max(0.1, deadline - time.monotonic()))
            if line is None:
                break
            _ack, note_id, text = line.rstrip("\n").split(" ", 2)
            acknowledged[note_id] = text
        time.sleep(extra_delay)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    reader.join(timeout=30)
    proc.stdout.close()
    while True:  # lines written before the kill are acknowledged too
        line = lines.get_nowait() if not lines.empty() else None
        if line is None:
            break
        if line.endswith("\n"):
            _ack, note_id, text = line.rstrip("\n").split(" ", 2)
            acknowledged[note_id] = text
    err = proc.stderr.read()
    proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL, err
    assert "Traceback" not in err, err
    return acknowledged, err


def test_killed_window_loses_nothing_acknowledged(db_path: Path) -> None:
    rng = random.Random(1234)
    all_acknowledged: dict[str, str] = {}
    modes = set()
    for _round in range(3):
        acknowledged, err = run_gui_writer(db_path, rng.randint(3, 15), rng.uniform(0, 0.05))
        modes.add(err.split("mode ", 1)[1].split()[0] if "mode " in err else "?")
        assert len(acknowledged) >= 3, err
        all_acknowledged.update(acknowledged)
        # Every round restarts on the file the previous kill left behind.
        check_file(db_path, all_acknowledged)
    check_backups(db_path)
    assert modes <= {"page", "store"}
