"""The store: migrations, pragmas, file checks, change stamps and tombstones."""

from __future__ import annotations

import sqlite3
import stat
import sys

import pytest

from workshop_app.domain.clock import HybridClock
from workshop_app.domain.model import DEFAULT_THEMES
from workshop_app.errors import DamagedFileError, NewerVersionError, StoreError, UserError
from workshop_app.store import Store
from workshop_app.store.database import APPLICATION_ID
from workshop_app.store.migrations import LATEST_VERSION, MIGRATIONS


def test_new_file_has_schema_pragmas_and_default_themes(db_path):
    with Store.open(db_path) as store:
        assert [t.name for t in store.themes()] == list(DEFAULT_THEMES)
        db = store.db
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert db.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
        assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_new_file_is_owner_only(db_path):
    Store.open(db_path).close()
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_existing_world_readable_file_is_tightened(db_path):
    Store.open(db_path).close()
    db_path.chmod(0o644)
    Store.open(db_path).close()
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600


def test_migrations_are_numbered_and_recorded(db_path):
    numbers = [m[0] for m in MIGRATIONS]
    assert numbers == list(range(1, len(numbers) + 1))
    with Store.open(db_path) as store:
        tables = set(store.db.utils.table_names())
    assert {"themes", "meetings", "groups", "notes", "topics", "settings", "history"} <= tables


def test_reopening_does_not_rerun_migrations_or_reseed(db_path):
    Store.open(db_path).close()
    with Store.open(db_path) as store:
        assert len(store.themes()) == len(DEFAULT_THEMES)


def test_newer_schema_is_refused(db_path):
    Store.open(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version={LATEST_VERSION + 1}")
    conn.close()
    with pytest.raises(NewerVersionError, match="newer version"):
        Store.open(db_path)


def test_not_sqlite_is_refused_and_left_alone(db_path):
    db_path.write_bytes(b"this is a word document, honestly" * 10)
    before = db_path.read_bytes()
    with pytest.raises(DamagedFileError, match="not an SQLite file"):
        Store.open(db_path)
    assert db_path.read_bytes() == before


def test_foreign_sqlite_file_is_refused(db_path):
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE photos (id INTEGER)")
    conn.commit()
    conn.close()
    with pytest.raises(DamagedFileError, match="not a consultation"):
        Store.open(db_path)


def test_truncated_file_is_refused(db_path, tmp_path):
    from workshop_app.capture.demo import build_demo

    with Store.open(db_path) as store:
        build_demo(store)
    data = db_path.read_bytes()
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(data[: len(data) // 2])
    with pytest.raises(StoreError):
        Store.open(broken)


def test_missing_file_without_create(tmp_path):
    with pytest.raises(StoreError, match="no such file"):
        Store.open(tmp_path / "nope.sqlite", create=False)


def test_every_write_is_committed_at_once(db_path):
    """A second connection sees a note as soon as add_note returns (no Save button)."""
    with Store.open(db_path) as store:
        meeting = store.add_meeting("Nørrebro", "2026-04-08", 50)
        theme = store.themes()[0]
        note_id = store.add_note(meeting.id, theme.id, "challenge", "Første note")
        other = sqlite3.connect(db_path)
        assert other.execute("SELECT text FROM notes WHERE id = ?", [note_id]).fetchone() == (
            "Første note",
        )
        other.close()


def test_rows_carry_uuid_device_stamp_and_tombstones(store):
    meeting = store.add_meeting("Amager", "2026-04-15")
    theme = store.themes()[1]
    note_id = store.add_note(meeting.id, theme.id, "solution", "Flere praktikpladser")
    row = store.db.execute(
        "SELECT id, device, origin_device, hlc, created, deleted FROM notes WHERE id = ?", [note_id]
    ).fetchone()
    assert len(row[0]) == 32 and row[1] == row[2] == "testdevice" and row[3] == row[4]
    store.update_note(note_id, text="Flere praktikpladser i bydelen")
    store.delete_note(note_id)
    hlc, deleted = store.db.execute(
        "SELECT hlc, deleted FROM notes WHERE id = ?", [note_id]
    ).fetchone()
    assert deleted == 1 and hlc > row[3]  # tombstone with a later stamp, row kept
    assert store.note(note_id) is None and store.count_notes() == 0
    store.restore_note(note_id)
    assert store.note(note_id).text == "Flere praktikpladser i bydelen"


def test_clock_is_monotonic_even_when_wall_clock_goes_back():
    times = iter([1000.0, 1000.0, 999.0, 1001.0, 1001.0])
    clock = HybridClock("dev", now=lambda: next(times))
    stamps = [clock.tick() for _ in range(4)]
    assert stamps == sorted(stamps) and len(set(stamps)) == 4
    clock.observe("000009999999999-000003-other")
    assert clock.tick() > "000009999999999-000003-other"


def test_clock_resumes_after_reopen(db_path):
    with Store.open(db_path) as store:
        last = store._latest_stamp()
    with Store.open(db_path) as store:
        assert store.clock.tick() > last


def test_theme_rules(store):
    with pytest.raises(UserError, match="already exists"):
        store.add_theme("beskæftigelse")
    venue_theme = store.add_theme("Frikommunetiltag (Amager)", venue="Amager")
    names = [t.name for t in store.themes()]
    assert names[-1] == venue_theme.name
    ids = [t.id for t in store.themes() if not t.venue]
    store.reorder_themes(list(reversed(ids)))
    assert [t.id for t in store.themes() if not t.venue] == list(reversed(ids))
    store.rename_theme(ids[0], "Unge, uddannelse og job")
    assert store.theme_by_name("Unge, uddannelse og job").id == ids[0]


def test_consultation_details_validated_together(store):
    store.update_consultation(hearing_from="2026-08-14", hearing_to="2026-09-19")
    with pytest.raises(UserError, match="after it ends"):
        store.update_consultation(hearing_from="2026-10-01")
    assert store.consultation().hearing_from == "2026-08-14"


def test_a_quoted_tilde_in_the_path_means_the_home_folder(tmp_path, monkeypatch):
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.chdir(tmp_path)
    with Store.open("~/møde.sqlite") as store:
        assert store.path == home / "møde.sqlite"
    assert (home / "møde.sqlite").is_file() and not (tmp_path / "~").exists()


def test_an_open_file_is_not_read_through_a_second_descriptor(db_path, monkeypatch):
    """Closing any descriptor of a file drops this process's SQLite locks on it."""
    import builtins

    from workshop_app.store import database

    first = Store.open(db_path)
    opened: list[str] = []
    real_open = builtins.open

    def spy(file, *args, **kwargs):
        opened.append(str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", spy)
    database.sniff_sqlite(db_path)
    assert str(db_path) not in opened
    second = Store.open(db_path)  # e.g. the window reopening its own file
    second.close()
    first.close()
    database.sniff_sqlite(db_path)  # closed now: sniffed as usual
    assert str(db_path) in opened


def test_search_folds_case_in_every_script_not_only_a_to_z(store):
    meeting = store.add_meeting("Tingbjerg", "2026-04-22")
    theme = store.themes()[0]
    texts = ["ÆLDRE borgere ØNSKER åbne tilbud", "Åbne værksteder om aftenen",
             "Ιστορίες από τη ΓΕΙΤΟΝΙΆ", "Kursus i DANSK for mødre", "نحتاج إلى دورات لغة"]
    for text in texts:
        store.add_note(meeting.id, theme.id, "challenge", text)

    def found(search: str) -> list[str]:
        assert store.count_matching_notes(search=search) == len(store.notes(search=search))
        return [n.text for n in store.notes(search=search)]

    assert found("ønsker") == [texts[0]]  # SQLite's lower() left Ø as it was
    assert found("ældre borgere") == [texts[0]]
    assert found("åbne") == texts[:2]
    assert found("ÅBNE VÆRKSTEDER") == [texts[1]]
    assert found("γειτονιά") == [texts[2]]
    assert found("dansk for MØDRE") == [texts[3]]  # an ASCII run narrows, Python confirms
    assert found("دورات لغة") == [texts[4]]
    assert found("dansk") == [texts[3]]
    assert found("%") == [] and found("_") == []  # literal, no wildcards


def test_search_reads_a_damaged_text_cell_instead_of_failing(store):
    meeting = store.add_meeting("Amager", "2026-04-15")
    note_id = store.add_note(meeting.id, store.themes()[0].id, "solution", "Ønsker mere lys")
    store.db.execute("UPDATE notes SET text = CAST(X'C3984E534B4552FF20' AS TEXT) WHERE id = ?",
                     [note_id])  # "ØNSKER" and a byte that is not UTF-8
    assert store.count_matching_notes(search="ønsker") == 1


def test_a_venue_filter_finds_the_meeting_as_adding_a_note_does(store):
    meeting = store.add_meeting("Ørestad", "2026-05-01")
    store.add_note(meeting.id, store.themes()[0].id, "solution", "Lys på cykelstien")
    assert store.find_meeting("ØRESTAD") == meeting
    for spelling in ("ØRESTAD", "ørestad", " Ørestad  "):
        assert [n.text for n in store.notes(venue=spelling)] == ["Lys på cykelstien"]
        assert store.count_matching_notes(venue=spelling) == 1
    assert store.notes(venue="Amager") == []


def test_a_page_of_notes_is_the_same_slice_as_reading_them_all(store):
    """Pages are read theme by theme (store._notes_page_by_theme); they must be exactly the
    slices of the one-query order, with ties in theme position and venue-only themes."""
    themes = store.themes()
    store.db.execute("UPDATE themes SET position = ? WHERE id = ?",
                     [themes[1].position, themes[2].id])  # a tie in the order
    venue_theme = store.add_theme("Frikommuneforsøg", venue="Amager")
    amager = store.add_meeting("Amager", "2026-04-15")
    tingbjerg = store.add_meeting("Tingbjerg", "2026-04-22")
    words = ["sprog og job", "Sprog i skolen", "lys på stien", "SPROG for ældre"]
    for i in range(60):
        meeting = amager if i % 3 else tingbjerg
        theme = venue_theme if i % 7 == 0 and meeting is amager else themes[i % 4]
        store.add_note(meeting.id, theme.id, "challenge" if i % 2 else "solution",
                       f"{words[i % 4]} {i}")
    for filters in ({}, {"search": "sprog"}, {"search": "ældre"}, {"venue": "amager"},
                    {"kind": "solution", "search": "sprog"}, {"search": "ingen sådan"}):
        everything = [n.id for n in store.notes(**filters)]
        assert store.count_matching_notes(**filters) == len(everything)
        for limit in (1, 4, 7, 200):
            for offset in range(0, len(everything) + 2, 3):
                page = [n.id for n in store.notes(**filters, limit=limit, offset=offset)]
                assert page == everything[offset:offset + limit], (filters, limit, offset)
