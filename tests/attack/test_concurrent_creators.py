"""Several processes creating the same new consultation file at once (defect 1 of issue 18)."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest
from attack_helpers import SCALE, live_notes, soon, start_at


def _race(db: Path, writers: int) -> tuple[set[str], list[str]]:
    """``writers`` processes run ``note add`` on the missing file ``db`` at the same instant.
    Returns the acknowledged note ids and the error lines."""
    at = soon(2.0)
    procs = [
        start_at(at, "note", "add", "--db", db, "--venue", "Nørrebro", "--theme", "Sundhed",
                 "--kind", "challenge", "--text", f"Skriver nummer {i} ٣ 𝄞", "--date",
                 "2026-04-08")
        for i in range(writers)
    ]
    acked: set[str] = set()
    errors: list[str] = []
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        if proc.returncode == 0:
            acked.add(out.strip())
        else:
            errors.append(err.strip())
    return acked, errors


@pytest.mark.parametrize("trial", range(2 * SCALE))
def test_concurrent_creators_lose_nothing_and_all_wait(tmp_path: Path, trial: int) -> None:
    """Promise: eight processes creating one new file at once all succeed (they wait for each
    other instead of failing), every acknowledged note is in the file, and the file has the
    seven default themes once (not once per creator)."""
    db = tmp_path / "new.sqlite"
    acked, errors = _race(db, 8)
    assert errors == []
    assert len(acked) == 8
    assert live_notes(db) == acked
    conn = sqlite3.connect(db)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM themes WHERE deleted = 0")]
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    assert len(names) == len(set(names)), names
    assert (db.stat().st_mode & 0o777) == 0o600
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]
    assert leftovers == []


@pytest.mark.slow
def test_concurrent_creators_many_trials(tmp_path: Path) -> None:
    """Promise (figures): 20 trials of 8 creators of a new file lose no acknowledged note."""
    total = lost = failed = 0
    for trial in range(20 * SCALE):
        db = tmp_path / f"new{trial}.sqlite"
        acked, errors = _race(db, 8)
        total += len(acked)
        failed += len(errors)
        lost += len(acked - (live_notes(db) if db.exists() else set()))
    print(f"\nconcurrent creators: {20 * SCALE} trials x 8 writers, {total} acknowledged, "
          f"{lost} lost, {failed} failed")
    assert (lost, failed) == (0, 0)


def _writers_with_kills(db: Path, writers: int, kill_share: float, seed: int
                        ) -> tuple[int, int, int]:
    """``writers`` processes add a note each to ``db`` in waves of 8 started together; a
    share of them is SIGKILLed at a random moment. Returns (acknowledged, lost, killed)."""
    import random
    import signal

    rng = random.Random(seed)
    acked: set[str] = set()
    killed = 0
    for wave in range(0, writers, 8):
        at = soon(1.5)
        procs = [start_at(at, "note", "add", "--db", db, "--venue", "Valby", "--theme",
                          "Sundhed", "--kind", "solution", "--text", f"Skriver {wave + i}")
                 for i in range(min(8, writers - wave))]
        doomed = {i for i in range(len(procs)) if rng.random() < kill_share}
        time.sleep(max(0.0, at - time.time()))  # they start writing now
        for i in sorted(doomed):
            time.sleep(rng.uniform(0.0, 0.1))
            procs[i].send_signal(signal.SIGKILL)
        for i, proc in enumerate(procs):
            out, _err = proc.communicate(timeout=120)
            if proc.returncode == 0:
                acked.add(out.strip())
            elif i in doomed:
                killed += 1
            else:
                raise AssertionError(f"a writer failed instead of waiting: {_err}")
    present = live_notes(db)
    return len(acked), len(acked - present), killed


def test_writers_with_kills_lose_nothing_acknowledged(tmp_path: Path) -> None:
    """Promise: writers started together on one file, some killed mid-write, never lose a
    note whose id was printed, and the others wait instead of failing."""
    db = tmp_path / "c.sqlite"
    acked, lost, _killed = _writers_with_kills(db, 16, 0.3, seed=1)
    assert lost == 0 and acked > 0
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


@pytest.mark.slow
def test_writers_with_kills_figures(tmp_path: Path) -> None:
    """Promise (figures): 300 writers, 30 % of them SIGKILLed: no acknowledged note lost."""
    db = tmp_path / "c.sqlite"
    acked, lost, killed = _writers_with_kills(db, 300 * SCALE, 0.3, seed=7)
    print(f"\nwriters with kills: {300 * SCALE} writers, {killed} killed, {acked} acknowledged, "
          f"{lost} lost")
    assert lost == 0


def test_creators_on_a_file_system_without_hard_links(tmp_path: Path, monkeypatch) -> None:
    """Promise: where hard links do not exist (FAT on a USB stick), creators racing on one new
    file still all succeed, each note is kept and the default themes are seeded once (an
    empty file is claimed and migrated under SQLite's write lock)."""
    import errno
    import os
    import threading

    from workshop_app.capture.notes import add_note_by_names
    from workshop_app.store import Store, database

    def no_links(src, dst):
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(database.os, "link", no_links)
    db = tmp_path / "fat.sqlite"
    start = threading.Barrier(6)
    ids: list[str] = []
    errors: list[BaseException] = []

    def writer(i: int) -> None:
        try:
            start.wait()
            with Store.open(db, device=f"t{i}") as store:
                ids.append(add_note_by_names(store, venue="Valby", theme="Sundhed",
                                             kind="challenge", text=f"Tråd {i}"))
        except BaseException as exc:  # noqa: BLE001 -- reported below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(i,)) for i in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert errors == [] and len(ids) == 6
    assert live_notes(db) == set(ids)
    conn = sqlite3.connect(db)
    names = [r[0] for r in conn.execute("SELECT name FROM themes WHERE deleted = 0")]
    conn.close()
    assert len(names) == len(set(names))
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    assert os.stat(db).st_mode & 0o777 == 0o600
