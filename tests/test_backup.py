"""Automatic backups: when they are taken, where, how many, and restoring them."""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import shlex
import sqlite3
import stat
import time
from pathlib import Path

import pytest

from workshop_app.errors import DamagedFileError, StoreError, UserError
from workshop_app.safety import backup
from workshop_app.store import Store, database


def add(cli, db: Path, text: str, venue: str = "Nørrebro") -> str:
    result = cli("note", "add", "--db", db, "--venue", venue, "--theme", "Beskæftigelse",
                 "--kind", "challenge", "--text", text)
    assert result.code == 0, result
    return result.out.strip()


def listed(cli, db: Path) -> list[dict]:
    result = cli("backup", "list", "--db", db, "--json")
    assert result.code == 0, result
    return json.loads(result.out)


def note_texts(db: Path) -> set[str]:
    with Store.open(db) as store:
        return {n.text for n in store.notes()}


def corrupt(db: Path) -> None:
    """Overwrite the middle of the file, as a pulled USB stick might leave it."""
    size = db.stat().st_size
    with open(db, "r+b") as fh:
        fh.seek(size // 2)
        fh.write(b"\xde\xad\xbe\xef" * 1024)
    for suffix in ("-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)


# ---------------------------------------------------------------- when and where
def test_backup_on_open_in_the_data_folder(db_path: Path, app_home: Path, cli) -> None:
    add(cli, db_path, "Sagsbehandlerne skifter for tit")  # a new file: nothing to back up yet
    assert listed(cli, db_path) == []
    add(cli, db_path, "Lange ventetider på sprogskole")  # opens a file with one note
    rows = listed(cli, db_path)
    assert [(r["reason"], r["notes"]) for r in rows] == [("open", 1)]
    path = Path(rows[0]["path"])
    assert path.parent.parent == app_home / "backups"
    assert path.parent.name.startswith("consultation-")
    assert path.parent == backup.backup_dir(db_path)


def test_unchanged_file_is_not_backed_up_twice(db_path: Path, cli) -> None:
    add(cli, db_path, "Svært at finde praktikpladser")
    for _ in range(3):
        assert cli("info", "--db", db_path).code == 0
    assert len(listed(cli, db_path)) == 1


def test_a_backup_name_gives_its_creation_time_and_a_bad_one_is_skipped(tmp_path: Path) -> None:
    for name, created in (
        ("20260406T120000.123456Z_open_ab12.sqlite",
         dt.datetime(2026, 4, 6, 12, 0, 0, 123456, tzinfo=dt.UTC)),
        ("20261231T235959.000001Z_manual_0f0f.sqlite",
         dt.datetime(2026, 12, 31, 23, 59, 59, 1, tzinfo=dt.UTC)),
        ("20260230T120000.000000Z_open_ab12.sqlite", None),  # no 30 February
        ("20260406T246000.000000Z_open_ab12.sqlite", None),
    ):
        path = tmp_path / name
        path.write_bytes(b"x")
        parsed = backup._parse(path)
        assert (parsed.created if parsed else None) == created, name
        if parsed:
            assert parsed.created.strftime(backup._TIME_FORMAT) == name.split("_")[0]


def test_the_backup_folder_name_keeps_what_the_pattern_kept() -> None:
    """backup_dir names the folder after the file: runs of characters other than letters,
    digits, "_", "." and "-" become one "_", as re.sub(r"[^\\w.-]+", "_", stem) did (an
    older folder must still be found)."""
    import random
    import re

    def by_pattern(stem: str) -> str:
        return re.sub(r"[^\w.-]+", "_", stem)

    for code in range(0x10000):
        if not 0xD800 <= code < 0xE000:
            stem = f"a{chr(code)}{chr(code)}b"
            assert backup._safe_stem(stem) == by_pattern(stem), hex(code)
    rng = random.Random(7)
    alphabet = "aZ09_.- \t!@#æøå€中ا١\u0301\u200b²Ⅳ/:;"
    for _ in range(5000):
        stem = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 16)))
        assert backup._safe_stem(stem) == by_pattern(stem), repr(stem)


def test_stale_backup_temp_files_are_swept_and_live_ones_kept(db_path: Path, cli) -> None:
    assert cli("demo", "--db", db_path).code == 0
    folder = backup.backup_dir(db_path)
    stale = folder / f"{backup.TEMP_PREFIX}stale.sqlite"  # no process id: after an hour
    fresh = folder / f"{backup.TEMP_PREFIX}fresh.sqlite"
    live = folder / f"{backup.TEMP_PREFIX}{os.getpid()}-x.sqlite"  # this process: kept
    other = folder / "tmp-not-ours.sqlite"
    for path in (stale, fresh, live, other):
        path.write_bytes(b"x")
    old = time.time() - backup.STALE_TEMP_S - 60
    os.utime(stale, (old, old))
    assert backup.sweep_temp_files(db_path) == [stale]
    assert not stale.exists() and fresh.exists() and live.exists() and other.exists()


def test_backup_modes(db_path: Path, app_home: Path, cli) -> None:
    add(cli, db_path, "a")
    add(cli, db_path, "b")
    path = Path(listed(cli, db_path)[0]["path"])
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE((app_home / "backups").stat().st_mode) == 0o700


def test_backup_is_a_consistent_self_contained_copy(db_path: Path, cli) -> None:
    add(cli, db_path, "første")
    made = Path(cli("backup", "create", "--db", db_path).out.strip())
    assert made.exists() and not Path(str(made) + "-wal").exists()
    assert backup.check_backup(made) == database.LATEST_VERSION
    conn = sqlite3.connect(made)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert conn.execute("SELECT text FROM notes").fetchall() == [("første",)]
    conn.close()


def test_list_text_output(db_path: Path, cli) -> None:
    add(cli, db_path, "a")
    assert "no backups" in cli("backup", "list", "--db", db_path).out
    cli("backup", "create", "--db", db_path)
    out = cli("backup", "list", "--db", db_path).out.splitlines()
    assert out[0].startswith("backups of") and "manual" in out[1] and "1 notes" in out[1]


def test_rotation_keeps_twenty_plus_one_per_day(db_path: Path, store: Store) -> None:
    from workshop_app.capture.notes import add_note_by_names

    add_note_by_names(store, venue="Tingbjerg", theme="Sundhed", kind="solution", text="x")
    start = dt.datetime(2026, 4, 1, 10, 0, tzinfo=dt.UTC)
    made = []
    for day in range(5):
        for hour in range(8):  # 40 backups over five days
            when = start + dt.timedelta(days=day, hours=hour)
            made.append((when, backup.snapshot(db_path, "periodic", now=when)))
    kept = {b.path for b in backup.list_backups(db_path)}
    newest_twenty = {p for _, p in made[-20:]}
    assert newest_twenty <= kept
    by_day: dict[dt.date, Path] = {}
    for when, path in made:
        by_day[when.astimezone().date()] = path  # the last one of each day
    assert set(by_day.values()) <= kept
    assert kept == newest_twenty | set(by_day.values())
    assert len(kept) < 40


def test_maybe_backup_waits_for_change_and_interval(db_path: Path, store: Store) -> None:
    from workshop_app.capture.notes import add_note_by_names

    t0 = dt.datetime.now(dt.UTC)
    assert backup.maybe_backup(store, 300, now=t0) is None  # empty consultation
    add_note_by_names(store, venue="Valby", theme="Sundhed", kind="solution", text="a")
    first = backup.maybe_backup(store, 300, now=t0)
    assert first is not None
    add_note_by_names(store, venue="Valby", theme="Sundhed", kind="solution", text="b")
    assert backup.maybe_backup(store, 300, now=t0 + dt.timedelta(seconds=60)) is None  # too soon
    second = backup.maybe_backup(store, 300, now=t0 + dt.timedelta(seconds=301))
    assert second is not None and backup.note_count(second) == 2
    # Nothing changed since: no new backup however long we wait.
    assert backup.maybe_backup(store, 300, now=t0 + dt.timedelta(hours=2)) is None


def test_scheduler_ticks(db_path: Path, store: Store) -> None:
    from workshop_app.capture.notes import add_note_by_names

    scheduler = backup.BackupScheduler(store, min_interval_s=0)
    assert scheduler.tick() is None
    add_note_by_names(store, venue="Valby", theme="Sundhed", kind="solution", text="a")
    made = scheduler.tick()
    assert made is not None and scheduler.last_error is None
    assert scheduler.tick() is None  # unchanged
    add_note_by_names(store, venue="Valby", theme="Sundhed", kind="solution", text="b")
    assert scheduler.tick() is not None
    assert len(backup.list_backups(db_path)) == 2


def test_scheduler_reports_errors_instead_of_raising(db_path: Path, store: Store,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from workshop_app.capture.notes import add_note_by_names

    add_note_by_names(store, venue="Valby", theme="Sundhed", kind="solution", text="a")

    def full(*args, **kwargs):
        raise StoreError("cannot write a backup: the disk is full")

    monkeypatch.setattr(backup, "snapshot", full)
    scheduler = backup.BackupScheduler(store, min_interval_s=0)
    assert scheduler.tick() is None
    assert "disk is full" in scheduler.last_error


def test_failed_backup_on_open_warns_but_opens(db_path: Path, cli,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    add(cli, db_path, "a")

    def full(*args, **kwargs):
        raise StoreError("cannot write a backup: the disk is full")

    monkeypatch.setattr(backup, "snapshot", full)
    result = cli("info", "--db", db_path)
    assert result.code == 0
    assert "warning: no backup taken on open" in result.err and "disk is full" in result.err


def test_failed_snapshot_leaves_no_partial_file(db_path: Path, store: Store,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from workshop_app.capture.notes import add_note_by_names

    add_note_by_names(store, venue="Valby", theme="Sundhed", kind="solution", text="a")

    def no_space(src, dst):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup.os, "replace", no_space)
    with pytest.raises(StoreError, match="disk is full"):
        backup.snapshot(db_path, "manual")
    assert list(backup.backup_dir(db_path).iterdir()) == []


# ---------------------------------------------------------------- before a migration
@pytest.fixture
def next_migration(monkeypatch: pytest.MonkeyPatch):
    """Pretend the app gained one more schema migration; returns (old, new) version."""

    def later(db) -> None:
        db.execute("CREATE TABLE later (id TEXT PRIMARY KEY)")

    old = database.LATEST_VERSION
    migrations = [*database.MIGRATIONS, (old + 1, "a later table", later)]
    monkeypatch.setattr(database, "MIGRATIONS", migrations)
    monkeypatch.setattr(database, "LATEST_VERSION", old + 1)
    monkeypatch.setattr(backup, "MIGRATIONS", migrations, raising=False)
    monkeypatch.setattr(backup, "LATEST_VERSION", old + 1)
    database.expected_schema.cache_clear()  # the layouts of the pretended versions
    database.expected_tables.cache_clear()
    yield old, old + 1
    database.expected_schema.cache_clear()
    database.expected_tables.cache_clear()


def _written_by_the_older_app(db_path: Path, version: int) -> None:
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version={version}")
    conn.execute("DROP TABLE IF EXISTS later")
    conn.commit()
    conn.close()


def test_backup_before_migration(db_path: Path, cli, next_migration) -> None:
    old, new = next_migration
    Store.open(db_path).close()  # written at the current schema (a plain open: no backups)
    _written_by_the_older_app(db_path, old)
    Store.open(db_path, policy=backup.open_policy()).close()
    reasons = [b.reason for b in backup.list_backups(db_path)]
    assert f"before-migration-{new}" in reasons
    before = next(
        b for b in backup.list_backups(db_path) if b.reason == f"before-migration-{new}"
    )
    assert sqlite3.connect(before.path).execute("PRAGMA user_version").fetchone()[0] == old
    assert sqlite3.connect(db_path).execute("PRAGMA user_version").fetchone()[0] == new


def test_failed_backup_stops_the_migration(db_path: Path, next_migration,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    old, _new = next_migration
    Store.open(db_path).close()
    _written_by_the_older_app(db_path, old)

    def full(*args, **kwargs):
        raise StoreError("cannot write a backup: the disk is full")

    monkeypatch.setattr(backup, "snapshot", full)
    with pytest.raises(StoreError, match="disk is full"):
        Store.open(db_path, policy=backup.open_policy())
    assert sqlite3.connect(db_path).execute("PRAGMA user_version").fetchone()[0] == old


def test_backups_only_with_the_policy_the_program_chose(db_path: Path) -> None:
    """No hidden process-wide hooks: a plain open takes no backup, the backup policy does."""
    from workshop_app.capture.notes import add_note_by_names

    with Store.open(db_path) as store:
        add_note_by_names(store, venue="Valby", theme="Sundhed", kind="solution", text="a")
    Store.open(db_path).close()
    assert backup.list_backups(db_path) == []
    Store.open(db_path, policy=backup.open_policy()).close()
    assert [b.reason for b in backup.list_backups(db_path)] == ["open"]
    assert not hasattr(database, "after_open_hooks")


# ---------------------------------------------------------------- restore
def test_restore_round_trip(db_path: Path, cli) -> None:
    add(cli, db_path, "kept")
    made = cli("backup", "create", "--db", db_path).out.strip()
    add(cli, db_path, "added after the backup")
    result = cli("backup", "restore", made, "--db", db_path)
    assert result.code == 0, result
    assert note_texts(db_path) == {"kept"}
    previous = next(b for b in backup.list_backups(db_path) if b.reason == "before-restore")
    assert backup.note_count(previous) == 2  # the state before the restore is kept
    assert str(previous.path) in result.out
    # And the restore can itself be undone.
    assert cli("backup", "restore", previous.path, "--db", db_path).code == 0
    assert note_texts(db_path) == {"kept", "added after the backup"}


def test_restore_by_file_name(db_path: Path, cli) -> None:
    add(cli, db_path, "kept")
    made = Path(cli("backup", "create", "--db", db_path).out.strip())
    add(cli, db_path, "later")
    assert cli("backup", "restore", made.name, "--db", db_path).code == 0
    assert note_texts(db_path) == {"kept"}


def test_restore_while_the_window_has_the_file_open(db_path: Path, cli) -> None:
    add(cli, db_path, "kept")
    made = Path(cli("backup", "create", "--db", db_path).out.strip())
    add(cli, db_path, "later")
    with Store.open(db_path) as window:
        assert window.count_notes() == 2
        backup.restore_backup(made, db_path)
        assert window.count_notes() == 1  # the open connection sees the restored file
        assert window.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_damaged_file_names_the_newest_good_backup(db_path: Path, cli) -> None:
    for i in range(12):
        add(cli, db_path, f"note {i} " + "ord " * 400)
    cli("backup", "create", "--db", db_path)
    good = backup.newest_good_backup(db_path)
    assert good is not None
    corrupt(db_path)
    result = cli("note", "list", "--db", db_path)
    assert result.code == 1
    assert result.err.count("\n") == 1
    assert f"newest good backup: {good.path}" in result.err
    # The message tells how to restore; doing exactly that works.
    command = result.err.split("restore with: ")[1].rstrip(")\n")
    argv = shlex.split(command)
    assert argv[:3] == ["workshop-app", "backup", "restore"]
    restored = cli(*argv[1:])
    assert restored.code == 0, restored
    assert "copy of the damaged file" in restored.out
    assert len(note_texts(db_path)) == 12
    damaged = list(backup.backup_dir(db_path).glob("*" + backup.DAMAGED_SUFFIX))
    assert len(damaged) == 1 and stat.S_IMODE(damaged[0].stat().st_mode) == 0o600


def test_newest_good_backup_skips_damaged_backups(db_path: Path, cli) -> None:
    add(cli, db_path, "a")
    older = Path(cli("backup", "create", "--db", db_path).out.strip())
    add(cli, db_path, "b")
    newer = Path(cli("backup", "create", "--db", db_path).out.strip())
    newer.write_bytes(newer.read_bytes()[:5000])  # truncated
    assert backup.list_backups(db_path)[0].path == newer
    assert backup.newest_good_backup(db_path).path == older


def test_damaged_file_without_backups(tmp_path: Path, cli) -> None:
    db = tmp_path / "x.sqlite"
    db.write_bytes(b"SQLite format 3\x00" + b"\x01" * 5000)
    result = cli("info", "--db", db)
    assert result.code == 1 and "newest good backup" not in result.err


@pytest.mark.parametrize(
    "kind", ["garbage", "foreign", "trigger", "view", "newer", "empty-db", "extra-table"]
)
def test_restore_refuses_untrusted_files(db_path: Path, tmp_path: Path, cli, kind: str) -> None:
    add(cli, db_path, "precious")
    bad = tmp_path / f"{kind}.sqlite"
    if kind == "garbage":
        bad.write_bytes(os.urandom(8192))
    elif kind == "foreign":
        conn = sqlite3.connect(bad)
        conn.execute("CREATE TABLE notes (text TEXT)")
        conn.close()
    elif kind in ("trigger", "view", "newer", "extra-table"):
        made = Path(cli("backup", "create", "--db", db_path).out.strip())
        bad.write_bytes(made.read_bytes())
        conn = sqlite3.connect(bad)
        conn.execute({
            "trigger": "CREATE TRIGGER wipe AFTER INSERT ON notes BEGIN DELETE FROM notes; END",
            "view": "CREATE VIEW v AS SELECT * FROM notes",
            "newer": "PRAGMA user_version=99",
            "extra-table": "CREATE TABLE surprise (x)",
        }[kind])
        conn.commit()
        conn.close()
    else:
        sqlite3.connect(bad).execute(f"PRAGMA application_id={database.APPLICATION_ID}")
    before = db_path.read_bytes()
    result = cli("backup", "restore", bad, "--db", db_path)
    assert result.code == 1
    assert result.err.count("\n") == 1 and "Traceback" not in result.err
    assert db_path.read_bytes() == before
    assert note_texts(db_path) == {"precious"}


def test_backup_create_refuses_other_files(tmp_path: Path, cli) -> None:
    other = tmp_path / "other.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE t (x)")
    result = cli("backup", "create", "--db", other)
    assert result.code == 1 and "not a consultation database" in result.err
    assert backup.list_backups(other) == []
    assert cli("backup", "create", "--db", tmp_path / "missing.sqlite").code == 1


def test_extra_index_is_harmless_and_session_files_are_pointed_to_merge(
    db_path: Path, tmp_path: Path, cli
) -> None:
    add(cli, db_path, "a")
    made = Path(cli("backup", "create", "--db", db_path).out.strip())
    conn = sqlite3.connect(made)
    conn.execute("CREATE INDEX extra ON notes(kind)")
    conn.commit()
    conn.close()
    assert backup.check_backup(made) == database.LATEST_VERSION
    session = _session_from_another_laptop(tmp_path)
    result = cli("backup", "restore", session, "--db", db_path)
    assert result.code == 1 and "is a session file" in result.err and "merge" in result.err


def test_restore_missing_file(db_path: Path, cli) -> None:
    add(cli, db_path, "a")
    result = cli("backup", "restore", "nope.sqlite", "--db", db_path)
    assert result.code == 1 and "no such backup" in result.err


def test_restore_into_a_missing_database(tmp_path: Path, db_path: Path, cli) -> None:
    add(cli, db_path, "a")
    made = cli("backup", "create", "--db", db_path).out.strip()
    target = tmp_path / "new.sqlite"
    assert cli("backup", "restore", made, "--db", target).code == 0
    assert note_texts(target) == {"a"}
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_check_backup_api(tmp_path: Path) -> None:
    with pytest.raises(UserError):
        backup.check_backup(tmp_path / "missing.sqlite")
    (tmp_path / "text.sqlite").write_text("hello")
    with pytest.raises(DamagedFileError):
        backup.check_backup(tmp_path / "text.sqlite")


# ---------------------------------------------------------------- before a merge
def _session_from_another_laptop(tmp_path: Path) -> Path:
    from workshop_app.capture.notes import add_note_by_names
    from workshop_app.sync.session import export_session

    with Store.open(tmp_path / "laptop2.sqlite", device="laptop2") as other:
        add_note_by_names(other, venue="Valby", theme="Sundhed", kind="solution",
                          text="fra den anden computer", date="2026-04-09")
        out = tmp_path / "laptop2.wsession"
        export_session(other, out)
    return out


def test_backup_before_merge(db_path: Path, tmp_path: Path, cli) -> None:
    from workshop_app.sync.merge import merge_files

    add(cli, db_path, "min egen note")
    session = _session_from_another_laptop(tmp_path)
    merge_files(db_path, [session])
    before = [b for b in backup.list_backups(db_path) if b.reason == "before-merge"]
    assert len(before) == 1 and backup.note_count(before[0]) == 1
    assert note_texts(db_path) == {"min egen note", "fra den anden computer"}


def test_no_backup_no_merge(db_path: Path, tmp_path: Path, cli,
                            monkeypatch: pytest.MonkeyPatch) -> None:
    from workshop_app.sync.merge import merge_files

    add(cli, db_path, "min egen note")
    session = _session_from_another_laptop(tmp_path)

    def full(*args, **kwargs):
        raise StoreError("cannot write a backup: the disk is full")

    monkeypatch.setattr(backup, "snapshot", full)
    with pytest.raises(StoreError, match="disk is full"):
        merge_files(db_path, [session])
    assert note_texts(db_path) == {"min egen note"}
