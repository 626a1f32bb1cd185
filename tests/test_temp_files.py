"""No copies of citizens' words left behind: temporary files of killed merges and exports are
owner-only and removed at the next start or the next write (attacks with SIGKILL)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

import pytest

from workshop_app import files
from workshop_app.store import Store
from workshop_app.sync import export_session

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and POSIX modes")


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A temporary folder of the test's own, for this process and its children."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def killed(code: str, env_tmp: Path) -> str:
    """Run ``code`` in a process that kills itself with SIGKILL; return what it printed."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TMPDIR": str(env_tmp)}
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )
    assert result.returncode == -signal.SIGKILL, result.stderr
    return result.stdout


def session_file(tmp_path: Path) -> Path:
    db = tmp_path / "laptop.sqlite"
    with Store.open(db, device="lapK") as store:
        meeting = store.add_meeting("Tingbjerg", "2026-04-22")
        store.add_note(meeting.id, store.themes()[0].id, "challenge", "Waxaa loo baahan yahay tarjumaan")
        export_session(store, tmp_path / "laptop.wsession")
    return tmp_path / "laptop.wsession"


def test_a_killed_merge_leaves_an_owner_only_copy_that_the_next_start_removes(
    tmp_path, private_tmp, cli_process
):
    session = session_file(tmp_path)
    out = killed(
        f"""
        import os, signal
        from pathlib import Path
        from workshop_app.sync import incoming
        with incoming._private_copy(Path({str(session)!r})) as copy:
            print(copy, flush=True)
            os.kill(os.getpid(), signal.SIGKILL)  # killed in the middle of checking the file
        """,
        private_tmp,
    )
    copy = Path(out.strip())
    assert copy.is_file() and copy.parent.parent == private_tmp
    assert copy.parent.stat().st_mode & 0o777 == 0o700  # an owner-only folder
    assert copy.stat().st_mode & 0o777 == 0o600  # and an owner-only copy
    assert copy.parent.name.startswith(files.MERGE_PREFIX)
    # The next start of the app (any command) sweeps it.
    result = cli_process("info", "--db", tmp_path / "laptop.sqlite", env={
        **os.environ, "PYTHONPATH": str(ROOT), "TMPDIR": str(private_tmp),
    })
    assert result.returncode == 0, result.stderr
    assert not copy.parent.exists()
    assert list(private_tmp.iterdir()) == []


def test_a_merge_leaves_no_copy_and_another_process_copy_is_kept(tmp_path, private_tmp):
    from workshop_app.sync import merge_files

    session = session_file(tmp_path)
    running = private_tmp / f"{files.MERGE_PREFIX}{os.getppid()}-keepme1"  # a live process
    running.mkdir(mode=0o700)
    old_style = private_tmp / f"{files.MERGE_PREFIX}ab3k9x1q"  # older app version, long ago
    old_style.mkdir(mode=0o700)
    long_ago = time.time() - 2 * files.UNNAMED_STALE_AFTER_S
    os.utime(old_style, (long_ago, long_ago))
    merge_files(tmp_path / "coord.sqlite", [session], device="coord")
    assert sorted(p.name for p in private_tmp.iterdir()) == [running.name]


def test_a_killed_session_export_leaves_a_temp_file_the_next_export_removes(tmp_path, cli):
    db = tmp_path / "laptop.sqlite"
    session_file(tmp_path)  # makes the laptop's file
    out_dir = tmp_path / "usb"
    out_dir.mkdir()
    killed(
        f"""
        import os, signal
        from workshop_app.store import Store
        from workshop_app.sync import session

        def die(path, device):  # the snapshot is written: now the process is killed
            print(path, flush=True)
            os.kill(os.getpid(), signal.SIGKILL)

        session._finish_snapshot = die
        with Store.open({str(db)!r}, device="lapK") as store:
            session.export_session(store, {str(out_dir / "bord3.wsession")!r})
        """,
        tmp_path,
    )
    left = [p for p in out_dir.iterdir()]
    assert len(left) == 1 and left[0].name.startswith(".tmp-")
    assert left[0].name.endswith(".wsession") and left[0].stat().st_mode & 0o777 == 0o600
    assert left[0].stat().st_size > 0  # every note of the laptop, hidden on the stick
    # Older app versions named them without a process id: removed once they are old.
    old = out_dir / ".tmp-k2j4h5g6.wsession"
    old.write_bytes(b"SQLite format 3\x00")
    os.utime(old, (time.time() - 7200, time.time() - 7200))
    foreign = out_dir / ".tmp-notes.txt"  # not ours: never touched
    foreign.write_text("x", encoding="utf-8")
    result = cli("session", "export", "--db", db, "--out", out_dir / "bord3.wsession")
    assert result.code == 0, result.err
    assert sorted(p.name for p in out_dir.iterdir()) == [".tmp-notes.txt", "bord3.wsession"]


def test_a_killed_export_leaves_a_temp_file_the_next_export_removes(tmp_path, demo_db, cli):
    out = tmp_path / "opsamling.md"
    killed(
        f"""
        import os, signal
        from workshop_app import files
        with files.atomic_path({str(out)!r}, suffix=".md") as tmp:
            tmp.write_bytes(b"# halvt skrevet")
            os.kill(os.getpid(), signal.SIGKILL)
        """,
        tmp_path,
    )
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".tmp-")]
    assert cli("export", "md", "--db", demo_db, "--out", out).code == 0
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".tmp-")] == []
    assert out.stat().st_mode & 0o777 == 0o600


def test_atomic_write_keeps_the_old_file_when_the_write_fails(tmp_path, monkeypatch):
    target = tmp_path / "opsamling.md"
    target.write_bytes(b"gammel")

    def broken(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "replace", broken)
    with pytest.raises(OSError):
        files.atomic_write(target, "ny tekst")
    assert target.read_bytes() == b"gammel"
    assert [p.name for p in tmp_path.iterdir()] == ["opsamling.md"]
