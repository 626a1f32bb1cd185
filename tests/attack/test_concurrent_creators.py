"""Several processes creating the same new consultation file at once (defect 1 of issue 18)."""

from __future__ import annotations

import sqlite3
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
