"""Helpers of the attack suite: the CLI in subprocesses, started together, killed mid-way.

Scale: ``ATTACK_SCALE`` (default 1) multiplies the number of trials of the races and kills;
the figures in docs/safety.md (The attack suite) come from ``pytest -m slow tests/attack``
(``ATTACK_SCALE=5`` for more trials). Every test states in its docstring the promise it checks.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCALE = max(1, int(os.environ.get("ATTACK_SCALE", "1")))

#: Starts the CLI after its imports, at the instant given as the first argument, so that
#: several processes really race (the interpreter's start-up would otherwise spread them).
_AT = (
    "import sys, time\n"
    "from workshop_app.cli import run\n"
    "at = float(sys.argv[1])\n"
    "time.sleep(max(0.0, at - time.time()))\n"
    "sys.exit(run(sys.argv[2:]))\n"
)


def env(**extra: str) -> dict[str, str]:
    """The environment of a CLI subprocess: this checkout first on the path."""
    e = dict(os.environ, **extra)
    e["PYTHONPATH"] = str(ROOT) + os.pathsep + e.get("PYTHONPATH", "")
    return e


def start_at(at: float, *argv: str | Path) -> subprocess.Popen:
    """A CLI process that runs ``argv`` at time ``at`` (seconds since the epoch)."""
    return subprocess.Popen(
        [sys.executable, "-c", _AT, repr(at), *map(str, argv)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env(),
    )


def run_cli(*argv: str | Path, timeout: float = 60, stdin: str | None = None,
            home: Path | None = None) -> subprocess.CompletedProcess:
    """Run ``workshop-app ARGV`` in a subprocess and wait (a hang fails the test); ``home``:
    another data folder (backups) than the test's."""
    extra = {"WORKSHOP_APP_HOME": str(home)} if home else {}
    return subprocess.run(
        [sys.executable, "-m", "workshop_app", *map(str, argv)],
        check=False, capture_output=True, text=True, timeout=timeout, env=env(**extra),
        input=stdin,
    )


def mount_tmpfs(folder: Path, size: str = "2m", *, readonly: bool = False) -> bool:
    """Mount a small tmpfs on ``folder`` (root only); False when this machine does not allow
    it (then the test falls back to fault injection or is skipped)."""
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs",
                           str(folder)], check=False, capture_output=True)
    return done.returncode == 0


def remount(folder: Path, mode: str) -> None:
    subprocess.run(["mount", "-o", f"remount,{mode}", str(folder)], check=True,
                   capture_output=True)


def unmount(folder: Path) -> None:
    subprocess.run(["umount", "-l", str(folder)], check=False, capture_output=True)


def kill_after(argv: list[str | Path], delay: float) -> subprocess.CompletedProcess | None:
    """Start the CLI, SIGKILL it after ``delay`` seconds; None when it was killed."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "workshop_app", *map(str, argv)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env(),
    )
    try:
        out, err = proc.communicate(timeout=delay)
        return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        proc.communicate()
        return None


def kill_when(argv: list[str | Path], ready, timeout: float = 60
              ) -> subprocess.CompletedProcess | None:
    """Start the CLI and SIGKILL it the moment ``ready()`` is true (polled every few ms);
    None when it was killed, else its result (it finished first)."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "workshop_app", *map(str, argv)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env(),
    )
    deadline = time.time() + timeout
    while proc.poll() is None and time.time() < deadline:
        if ready():
            proc.send_signal(signal.SIGKILL)
            proc.communicate()
            return None
        time.sleep(0.002)
    out, err = proc.communicate(timeout=timeout)
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


def one_clean_line(result: subprocess.CompletedProcess) -> None:
    """A refusal: exit 1 and exactly one line on stderr, no traceback."""
    assert result.returncode == 1, result
    assert "Traceback" not in result.stderr, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert "internal error" not in result.stderr, result.stderr


def live_notes(db: Path) -> set[str]:
    """The ids of the live notes in a consultation file (read without the app)."""
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return {r[0] for r in conn.execute("SELECT id FROM notes WHERE deleted = 0")}
    finally:
        conn.close()


def file_state(path: Path) -> tuple[bytes, int]:
    """Every byte and the mode of a file (a refused file must keep both)."""
    return path.read_bytes(), path.stat().st_mode


def soon(seconds: float = 1.5) -> float:
    return time.time() + seconds
