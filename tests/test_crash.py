"""Crash durability: writers killed with SIGKILL at random moments lose nothing acknowledged.

A note counts as acknowledged when its writer has told the user it is saved:
``workshop-app note add`` printed its id, or the window's writer printed
``ack <id>`` (see ``tests/helpers/gui_writer.py``). After any number of kills,
every acknowledged note must be in the file with its text, and SQLite's
integrity check must say ``ok``. Kill moments come from a seeded generator, so
a failure can be replayed; each test stays within a few seconds.
"""

from __future__ import annotations

import contextlib
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


def _has_open(pid: int, db: Path) -> bool:
    """Whether process ``pid`` has the database open (Linux: /proc/PID/fd)."""
    try:
        for fd in os.listdir(f"/proc/{pid}/fd"):
            with contextlib.suppress(OSError):
                if os.readlink(f"/proc/{pid}/fd/{fd}").startswith(str(db)):
                    return True
    except OSError:
        pass
    return False


def test_killed_note_add_processes_lose_nothing_acknowledged(db_path: Path) -> None:
    rng = random.Random(20260408)
    db = db_path.resolve()
    Store.open(db).close()
    acknowledged: dict[str, str] = {}
    # Two writers that finish: there is saved work to lose, and a measure of a writer's life.
    started = time.monotonic()
    first = [(note_add(db, f"cli note warm {i}"), f"cli note warm {i}") for i in range(2)]
    for proc, text in first:
        out, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, err
        acknowledged[out.strip()] = text
    life = time.monotonic() - started
    watch_fds = Path("/proc/self/fd").is_dir()
    outcomes: dict[str, int] = {}
    for round_number in range(3):
        # Three writers at once (they contend for the write lock); two of them are killed.
        procs = [(note_add(db, f"cli note {round_number}-{i}"), f"cli note {round_number}-{i}")
                 for i in range(3)]
        launched = time.monotonic()
        # Most of a writer's life is Python starting up. Where /proc shows open files, aim
        # at the interesting part: a random moment in the 80 ms after it opened the file
        # (integrity check, backup on open, the write, the acknowledgement, exit).
        # Elsewhere, a random moment in its expected life.
        victims = {proc.pid: (proc, None if watch_fds else launched + rng.uniform(0.3, 1.2) * life)
                   for proc, _text in procs[:2]}
        deadline = launched + 60
        while victims and time.monotonic() < deadline:
            for pid, (proc, when) in list(victims.items()):
                if proc.poll() is not None:
                    del victims[pid]
                elif when is None:
                    if _has_open(pid, db):
                        victims[pid] = (proc, time.monotonic() + rng.uniform(0, 0.08))
                elif time.monotonic() >= when:
                    proc.send_signal(signal.SIGKILL)
                    del victims[pid]
            time.sleep(0.002)
        for proc, text in procs:
            out, _err = proc.communicate(timeout=60)
            line = out.strip()
            if NOTE_ID.match(line):  # it said the note is saved
                acknowledged[line] = text
            outcome = "killed" if proc.returncode == -signal.SIGKILL else "exited"
            outcomes[outcome] = outcomes.get(outcome, 0) + 1
    assert outcomes.get("killed", 0) > 0, outcomes
    check_file(db, acknowledged)
    check_backups(db)


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
