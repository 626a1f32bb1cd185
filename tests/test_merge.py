"""Merging laptops: union, last writer wins, tombstones, conflicts, unification, dry run, CLI."""

from __future__ import annotations

import itertools
import json
import sqlite3
from pathlib import Path

import pytest

from workshop_app.capture.csv_import import import_csv
from workshop_app.capture.notes import add_note_by_names
from workshop_app.domain.clock import HybridClock, parse_stamp
from workshop_app.domain.model import DEFAULT_THEMES
from workshop_app.export.json_export import export_json
from workshop_app.store import Store
from workshop_app.sync import (
    apply_merge,
    catch_up_clock,
    export_session,
    merge_files,
    note_provenance,
    plan_merge,
)

# Three venues' notes as their facilitators typed them (written for these tests).
CSV = {
    "Nørrebro": """venue,date,theme,group,kind,text,topic
Nørrebro,2026-04-08,Unge og uddannelse,Bord 1,challenge,Praktikpladserne slipper op før sommerferien,
Nørrebro,2026-04-08,Unge og uddannelse,Bord 1,solution,Lokale butikker vil gerne have elever hvis nogen hjælper med aftalerne,Brobyggere
Nørrebro,2026-04-08,Beskæftigelse,Bord 2,challenge,Det er svært at få svar fra sagsbehandleren,
Nørrebro,2026-04-08,Beskæftigelse,Bord 2,solution,En fast kontaktperson hele forløbet igennem,Brobyggere
Nørrebro,2026-04-08,Byudvikling og tryghed,Bord 3,challenge,Gården er mørk om aftenen,
Nørrebro,2026-04-08,Klima i hverdagen,Bord 3,solution,Fælles cykelværksted i kælderen,
""",
    "Amager": """sted;dato;tema;gruppe;type;tekst;emne
Amager;2026-04-15;Beskæftigelse;Bord 1;udfordring;Jobannoncer kræver flydende dansk selv til lagerarbejde;
Amager;2026-04-15;Beskæftigelse;Bord 1;løsning;Sprogundervisning på arbejdspladsen i arbejdstiden;Sprog
Amager;2026-04-15;Ældre og sundhed;Bord 2;udfordring;Ældre ved ikke hvor de kan få hjælp til tandlæge;
Amager;2026-04-15;Frikommuneforsøg (Amager);Bord 4;løsning;Lad borgerne selv vælge deres mentor;brobyggere
Amager;2026-04-15;Klima i hverdagen;Bord 4;challenge;Affaldssorteringen forklares kun på dansk;Sprog
""",
    "Tingbjerg": """venue,date,theme,group,kind,text,topic
Tingbjerg,2026-04-22,Fritidsliv og foreningsdeltagelse,Bord 1,challenge,Kontingentet i fodboldklubben er for dyrt for store familier,
Tingbjerg,2026-04-22,Fritidsliv og foreningsdeltagelse,Bord 1,solution,Klubberne kunne låne udstyr ud gratis det første år,
Tingbjerg,2026-04-22,Børn i dagtilbud og folkeskole,Bord 2,challenge,Forældremøder holdes på et sprog mange ikke forstår,Sprog
Tingbjerg,2026-04-22,Børn i dagtilbud og folkeskole,Bord 2,solution,Tolk til forældremøder i indskolingen,
Tingbjerg,2026-04-22,Medborgerskab: At være en del af fællesskabet,Bord 3,solution,Naboskabsfest hvert forår i alle opgange,
""",
}
DEVICES = {"Nørrebro": "lapN", "Amager": "lapA", "Tingbjerg": "lapT"}


def venue_db(tmp_path: Path, venue: str) -> Path:
    """A laptop's database built from its venue's CSV file."""
    csv = tmp_path / f"{venue}.csv"
    csv.write_text(CSV[venue], encoding="utf-8")
    db = tmp_path / f"{DEVICES[venue]}.sqlite"
    with Store.open(db, device=DEVICES[venue]) as store:
        import_csv(store, csv)
    return db


def export(db: Path, out: Path, device: str) -> Path:
    with Store.open(db, device=device) as store:
        export_session(store, out)
    return out


@pytest.fixture
def sessions(tmp_path: Path) -> dict[str, Path]:
    return {
        venue: export(venue_db(tmp_path, venue), tmp_path / f"{venue}.wsession", DEVICES[venue])
        for venue in CSV
    }


def merged_json(path: Path) -> str:
    with Store.open(path, create=False) as store:
        return export_json(store)


def table_dump(path: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(path)
    names = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name"
        )
    ]
    dump = {n: conn.execute(f'SELECT * FROM "{n}" ORDER BY 1').fetchall() for n in names}
    conn.close()
    return dump


def csv_texts() -> list[str]:
    return [
        line.replace(";", ",").split(",")[5]
        for v in CSV.values()
        for line in v.strip().splitlines()[1:]
    ]


# ---------------------------------------------------------------- the basic merge
def test_three_venues_merge_to_the_union_in_any_order_any_number_of_times(
    tmp_path: Path, sessions: dict[str, Path]
) -> None:
    files = list(sessions.values())
    orders = [list(p) for p in itertools.permutations(files)]
    orders.append([files[0], files[1], files[0], files[2], files[1], files[2]])
    results = []
    for n, order in enumerate(orders):
        target = tmp_path / f"coordinator{n}.sqlite"
        merge_files(target, order, device=f"coord{n}")
        results.append(merged_json(target))
    # One file at a time, each more than once, gives the same as all at once.
    target = tmp_path / "one-by-one.sqlite"
    for path in [files[2], files[2], files[0], files[1], files[0]]:
        merge_files(target, [path], device="coordX")
    results.append(merged_json(target))
    assert len(set(results)) == 1

    data = json.loads(results[0])
    texts = [n["text"] for n in data["notes"]]
    assert sorted(texts) == sorted(csv_texts()), "every note exactly once"
    names = [t["name"] for t in data["themes"]]
    assert names[:7] == list(DEFAULT_THEMES)
    assert sorted(names[7:]) == ["Frikommuneforsøg (Amager)", "Klima i hverdagen"]
    assert len({n.casefold() for n in names}) == len(names)
    assert sorted(t["name"].casefold() for t in data["topics"]) == ["brobyggere", "sprog"]
    assert sorted((m["venue"], m["date"]) for m in data["meetings"]) == [
        ("Amager", "2026-04-15"),
        ("Nørrebro", "2026-04-08"),
        ("Tingbjerg", "2026-04-22"),
    ]
    theme_ids = {t["id"] for t in data["themes"]}
    meeting_ids = {m["id"] for m in data["meetings"]}
    group_ids = {g["id"] for g in data["groups"]}
    assert all(n["theme_id"] in theme_ids and n["meeting_id"] in meeting_ids for n in data["notes"])
    assert all(n["group_id"] in group_ids for n in data["notes"])
    assert {n["origin_device"] for n in data["notes"]} == set(DEVICES.values())


def test_merge_is_associative_through_intermediate_coordinators(
    tmp_path: Path, sessions: dict[str, Path]
) -> None:
    nb, am, tb = sessions["Nørrebro"], sessions["Amager"], sessions["Tingbjerg"]
    left = tmp_path / "left.sqlite"
    merge_files(left, [nb, am], device="c1")
    left_then = tmp_path / "left-then.sqlite"
    merge_files(left_then, [export(left, tmp_path / "l.wsession", "c1"), tb], device="c2")
    right = tmp_path / "right.sqlite"
    merge_files(right, [am, tb], device="c3")
    right_then = tmp_path / "right-then.sqlite"
    merge_files(right_then, [nb, export(right, tmp_path / "r.wsession", "c3")], device="c4")
    assert merged_json(left_then) == merged_json(right_then)


def test_the_report_counts_per_venue(tmp_path: Path, sessions: dict[str, Path]) -> None:
    with Store.open(tmp_path / "c.sqlite", device="coord", seed_themes=False) as target:
        report = apply_merge(target, list(sessions.values()))
    assert {v: c.new for v, c in report.venues.items()} == {
        "Nørrebro": 6,
        "Amager": 5,
        "Tingbjerg": 5,
    }
    assert report.totals().updated == report.totals().deleted == report.totals().conflicts == 0
    # The seven default themes of two more laptops, and "Klima i hverdagen" from two venues;
    # "Sprog" from two laptops, and "Brobyggere" / "brobyggere".
    assert report.unified == {"themes": 15, "topics": 2}
    text = "\n".join(report.lines())
    assert "Nørrebro" in text and "Amager" in text and "Tingbjerg" in text


# ---------------------------------------------------------------- later changes
def test_later_edit_and_delete_reach_the_coordinator_and_an_older_file_does_not_undo_them(
    tmp_path: Path, sessions: dict[str, Path]
) -> None:
    laptop = tmp_path / "lapA.sqlite"
    first = sessions["Amager"]
    coordinator = tmp_path / "coordinator.sqlite"
    merge_files(coordinator, list(sessions.values()), device="coord")

    with Store.open(laptop, device="lapA") as store:
        notes = store.notes()
        edited, deleted = notes[0].id, notes[1].id
        store.update_note(edited, text="Rettet efter mødet: annoncerne kræver dansk")
        store.delete_note(deleted)
        second = tmp_path / "Amager-2.wsession"
        export_session(store, second)

    report = merge_files(coordinator, [second], device="coord")
    assert report.venues["Amager"].updated == 1
    assert report.venues["Amager"].deleted == 1
    assert report.totals().conflicts == 0
    after = merged_json(coordinator)

    again = merge_files(coordinator, [first, second, first], device="coord")
    assert again.rows_written == 0
    assert merged_json(coordinator) == after
    with Store.open(coordinator, create=False) as store:
        assert store.note(deleted) is None
        assert store.note(edited).text.startswith("Rettet efter mødet")

    # A coordinator who gets the newer file first and the old one later ends the same.
    other = tmp_path / "other.sqlite"
    merge_files(other, [second, sessions["Tingbjerg"], first, sessions["Nørrebro"]], device="c9")
    assert merged_json(other) == after


def test_merging_a_database_into_itself_changes_nothing(tmp_path: Path, demo_db: Path) -> None:
    before = table_dump(demo_db)
    report = merge_files(demo_db, [demo_db])
    assert report.rows_written == 0 and report.totals().new == 0
    assert table_dump(demo_db) == before
    session = export(demo_db, tmp_path / "demo.wsession", "testdevice")
    assert merge_files(demo_db, [session, session]).rows_written == 0
    assert table_dump(demo_db) == before


def test_a_merged_database_merged_into_itself_and_its_sources_changes_nothing(
    tmp_path: Path, sessions: dict[str, Path]
) -> None:
    target = tmp_path / "c.sqlite"
    merge_files(target, list(sessions.values()), device="coord")
    before = table_dump(target)
    assert merge_files(target, [target, *sessions.values()], device="coord").rows_written == 0
    assert table_dump(target) == before


# ---------------------------------------------------------------- conflicts and tombstones
def _two_laptops_sharing_a_note(tmp_path: Path) -> tuple[Path, Path, str]:
    a, b = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    with Store.open(a, device="lapA") as store:
        note_id = add_note_by_names(
            store,
            venue="Amager",
            theme="Beskæftigelse",
            kind="challenge",
            text="Breve er svære at læse",
            date="2026-04-15",
        )
    merge_files(b, [export(a, tmp_path / "a0.wsession", "lapA")], device="lapB")
    return a, b, note_id


def test_a_real_conflict_keeps_the_later_edit_and_the_other_in_history(tmp_path: Path) -> None:
    a, b, note_id = _two_laptops_sharing_a_note(tmp_path)
    with Store.open(a, device="lapA") as store:
        store.update_note(note_id, text="Breve fra kommunen er svære at læse")
    with Store.open(b, device="lapB") as store:
        store.update_note(note_id, text="Breve fra jobcentret er svære at læse")  # later
    sa, sb = export(a, tmp_path / "a.wsession", "lapA"), export(b, tmp_path / "b.wsession", "lapB")

    coordinator = tmp_path / "c.sqlite"
    report = merge_files(coordinator, [sa, sb], device="coord")
    assert report.venues["Amager"].conflicts == 1
    (conflict,) = report.conflicts
    assert conflict.kept["text"] == "Breve fra jobcentret er svære at læse"
    assert conflict.lost["text"] == "Breve fra kommunen er svære at læse"
    assert "conflict" in "\n".join(report.lines())
    with Store.open(coordinator, create=False) as store:
        assert store.note(note_id).text == "Breve fra jobcentret er svære at læse"
        rows = store.db.execute("SELECT table_name, row_id, row_json FROM history").fetchall()
    assert [(t, r) for t, r, _ in rows] == [("notes", note_id)]
    assert json.loads(rows[0][2])["text"] == "Breve fra kommunen er svære at læse"

    # Merging the same files again reports no new conflict and keeps one history entry.
    again = merge_files(coordinator, [sb, sa], device="coord")
    assert again.totals().conflicts == 0 and again.rows_written == 0
    reverse = tmp_path / "reverse.sqlite"
    merge_files(reverse, [sb, sa], device="coord2")
    assert merged_json(reverse) == merged_json(coordinator)
    # The local laptop's losing edit is kept too when the newer one comes in.
    report_a = merge_files(a, [sb], device="lapA")
    assert report_a.totals().conflicts == 1
    with Store.open(a, device="lapA") as store:
        assert store.note(note_id).text == "Breve fra jobcentret er svære at læse"
        assert store.db.execute("SELECT count(*) FROM history").fetchone()[0] == 1


def test_a_delete_beats_older_edits_and_is_never_resurrected(tmp_path: Path) -> None:
    a, b, note_id = _two_laptops_sharing_a_note(tmp_path)
    with Store.open(a, device="lapA") as store:
        store.update_note(note_id, text="Breve er meget svære at læse")
    with Store.open(b, device="lapB") as store:
        store.delete_note(note_id)  # later than A's edit
    sa, sb = export(a, tmp_path / "a.wsession", "lapA"), export(b, tmp_path / "b.wsession", "lapB")
    old = tmp_path / "a0.wsession"
    for order in ([sa, sb], [sb, sa], [sb, old, sa, old]):
        target = tmp_path / f"c{len(order)}{order[0].stem}.sqlite"
        report = merge_files(target, order, device="coord")
        with Store.open(target, create=False) as store:
            assert store.note(note_id) is None
            assert store.db.execute(
                "SELECT deleted FROM notes WHERE id = ?", [note_id]
            ).fetchone() == (1,)
        assert report.totals().new == 0  # a note deleted before it got here is not "new"
    # The laptop that edited learns of the delete; its edit goes to history.
    report = merge_files(a, [sb, old], device="lapA")
    assert report.venues["Amager"].deleted == 1 and report.venues["Amager"].conflicts == 1
    with Store.open(a, device="lapA") as store:
        assert store.note(note_id) is None


def test_settings_merge_key_by_key(tmp_path: Path) -> None:
    a, b = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    with Store.open(a, device="lapA") as store:
        store.update_consultation(title="Dialogmøder 2026", hearing_email="hoering@example.dk")
    # Laptop B is set up from A's file, so it carries the same consultation id: renaming the
    # title there keeps it the same consultation.
    merge_files(b, [export(a, tmp_path / "setup.ws", "lapA")], device="lapB")
    with Store.open(b, device="lapB") as store:
        store.update_consultation(hearing_url="https://blivhoert.kk.dk/")
        store.update_consultation(title="Dialogmøder om integration")  # later than A's title
    target = tmp_path / "c.sqlite"
    merge_files(
        target,
        [export(a, tmp_path / "a.ws", "lapA"), export(b, tmp_path / "b.ws", "lapB")],
        device="coord",
    )
    with Store.open(target, create=False) as store:
        consultation = store.consultation()
    assert consultation.title == "Dialogmøder om integration"
    assert consultation.hearing_email == "hoering@example.dk"
    assert consultation.hearing_url == "https://blivhoert.kk.dk/"


# ---------------------------------------------------------------- unification
def test_same_names_from_different_laptops_become_one(tmp_path: Path) -> None:
    files = []
    for device, group, topic in (("lapA", "Bord 1", "Sprog"), ("lapB", "bord  1", "sprog ")):
        db = tmp_path / f"{device}.sqlite"
        with Store.open(db, device=device) as store:
            add_note_by_names(
                store,
                venue="Tingbjerg",
                theme="Klima i hverdagen",
                group=group,
                kind="solution",
                text=f"Forslag fra {device}",
                topic=topic,
                date="2026-04-22",
            )
        files.append(export(db, tmp_path / f"{device}.wsession", device))
    target = tmp_path / "c.sqlite"
    report = merge_files(target, files, device="coord")
    assert report.unified == {"themes": 8, "meetings": 1, "topics": 1, "groups": 1}
    with Store.open(target, create=False) as store:
        assert [t.name for t in store.themes()].count("Klima i hverdagen") == 1
        assert len(store.meetings()) == 1 and len(store.groups()) == 1 and len(store.topics()) == 1
        notes = store.notes()
        assert len(notes) == 2
        assert {n.theme for n in notes} == {"Klima i hverdagen"}
        assert len({n.group_id for n in notes}) == 1 and len({n.topic_id for n in notes}) == 1
        kept = min(
            t.id for t in store.themes(include_deleted=True) if t.name == "Klima i hverdagen"
        )
        assert notes[0].theme_id == kept
    # A note added later on a laptop that never saw the other one still lands in the same theme.
    with Store.open(tmp_path / "lapB.sqlite", device="lapB") as store:
        add_note_by_names(
            store,
            venue="Tingbjerg",
            theme="Klima i hverdagen",
            group="bord  1",
            kind="challenge",
            text="Senere forslag",
            date="2026-04-22",
        )
    merge_files(
        target, [export(tmp_path / "lapB.sqlite", tmp_path / "b2.ws", "lapB")], device="coord"
    )
    with Store.open(target, create=False) as store:
        assert len(store.notes()) == 3 and len(store.groups()) == 1
        assert len({n.theme_id for n in store.notes()}) == 1


# ---------------------------------------------------------------- dry run, progress, clock
def test_dry_run_reports_the_same_and_writes_nothing(
    tmp_path: Path, sessions: dict[str, Path], cli
) -> None:
    files = list(sessions.values())
    target = tmp_path / "c.sqlite"
    missing = cli("merge", *files, "--db", target, "--dry-run")
    assert missing.code == 0, missing.err
    assert not target.exists(), "a dry run does not even create the target"

    merge_files(target, files[:1])
    before = target.read_bytes(), table_dump(target)
    dry = cli("merge", *files, "--db", target, "--dry-run")
    assert dry.code == 0, dry.err
    assert (target.read_bytes(), table_dump(target)) == before
    real = cli("merge", *files, "--db", target)
    assert real.code == 0, real.err
    strip = lambda text: [
        line
        for line in text.replace("would merge", "merged").splitlines()
        if not line.startswith("dry run")
    ]
    assert strip(dry.out) == strip(real.out)
    assert "Tingbjerg" in real.out and "new" in real.out

    as_json = cli("merge", *files, "--db", target, "--dry-run", "--json")
    data = json.loads(as_json.out)
    assert data["dry_run"] is True and data["rows_written"] == 0
    assert sum(v["new"] for v in data["venues"].values()) == 0


def test_plan_then_apply_agree_and_progress_is_reported(
    tmp_path: Path, sessions: dict[str, Path]
) -> None:
    files = list(sessions.values())
    calls: list[tuple[int, int]] = []
    with Store.open(tmp_path / "c.sqlite", device="coord", seed_themes=False) as store:
        plan = plan_merge(store, files, progress=lambda d, t: calls.append((d, t)))
        assert store.count_notes() == 0
        assert calls[-1] == (len(files) + 2, len(files) + 2)
        assert [d for d, _ in calls] == sorted(d for d, _ in calls)
        calls.clear()
        done = apply_merge(store, files, progress=lambda d, t: calls.append((d, t)))
        assert store.count_notes() == 16
    assert plan.to_dict() | {"dry_run": False} == done.to_dict() | {"target": plan.target}
    assert calls[-1][0] == calls[-1][1]


def test_the_target_clock_moves_past_every_incoming_stamp(tmp_path: Path) -> None:
    fast = tmp_path / "fast.sqlite"
    with Store.open(fast, device="lapF") as store:
        # This laptop's clock runs a day ahead.
        store.clock = HybridClock("lapF", store.clock.tick(), now=lambda: 4102444800.0)
        note_id = add_note_by_names(
            store,
            venue="Amager",
            theme="Beskæftigelse",
            kind="challenge",
            text="Fra fremtiden",
            date="2026-04-15",
        )
        future = store.db.execute("SELECT hlc FROM notes WHERE id = ?", [note_id]).fetchone()[0]
    session = export(fast, tmp_path / "fast.wsession", "lapF")
    target = tmp_path / "c.sqlite"
    with Store.open(target, device="coord") as store, Store.open(target, device="coord") as window:
        report = apply_merge(store, [session])
        assert report.latest_stamp == future
        assert any("fast.wsession" in w and "future" in w for w in report.warnings)
        store.update_note(note_id, text="Rettet af koordinatoren")
        stamp = store.db.execute("SELECT hlc FROM notes WHERE id = ?", [note_id]).fetchone()[0]
        # Another store on the same file (the window's, while a worker merged) catches up too.
        assert window.clock.tick() < future
        catch_up_clock(window)
        assert window.clock.tick() > stamp
    assert stamp > future and parse_stamp(stamp)[2] == "coord"


# ---------------------------------------------------------------- provenance and note commands
def test_provenance_names_the_laptop_meeting_and_time(tmp_path: Path, sessions) -> None:
    target = tmp_path / "c.sqlite"
    merge_files(target, list(sessions.values()), device="coord")
    with Store.open(target, create=False) as store:
        note = next(n for n in store.notes() if n.venue == "Tingbjerg")
        provenance = note_provenance(store, note.id)
        assert note_provenance(store, "nope") is None
    assert provenance.device == "lapT" and provenance.venue == "Tingbjerg"
    assert provenance.date == "2026-04-22"
    assert provenance.device_name  # the host name from the session manifest
    assert provenance.laptop == provenance.device_name
    assert provenance.created_at.year >= 2024 and provenance.changed_at >= provenance.created_at
    assert provenance.to_dict()["device"] == "lapT"


def test_note_commands_list_edit_delete_and_the_delete_merges(tmp_path: Path, cli) -> None:
    db = tmp_path / "lap.sqlite"
    assert (
        cli(
            "note",
            "add",
            "--db",
            db,
            "--venue",
            "Amager",
            "--theme",
            "Beskæftigelse",
            "--group",
            "Bord 2",
            "--kind",
            "løsning",
            "--text",
            "Mentorer fra lokale firmaer",
            "--topic",
            "Brobyggere",
            "--date",
            "2026-04-15",
        ).code
        == 0
    )
    listed = json.loads(cli("note", "list", "--db", db, "--json").out)
    (note,) = listed
    assert {"id", "text", "kind", "venue", "theme", "group", "topic"} <= set(note)
    assert (note["kind"], note["venue"], note["theme"], note["group"], note["topic"]) == (
        "solution",
        "Amager",
        "Beskæftigelse",
        "Bord 2",
        "Brobyggere",
    )
    session = tmp_path / "lap.wsession"
    assert cli("session", "export", "--db", db, "--out", session).code == 0
    target = tmp_path / "c.sqlite"
    assert cli("merge", session, "--db", target).code == 0

    assert (
        cli(
            "note", "edit", note["id"][:8], "--text", "Mentorer fra firmaer i bydelen", "--db", db
        ).code
        == 0
    )
    assert cli("note", "delete", note["id"], "--db", db).code == 0
    assert json.loads(cli("note", "list", "--db", db, "--json").out) == []
    assert cli("note", "delete", note["id"], "--db", db).code == 1
    assert cli("session", "export", "--db", db, "--out", session).code == 0
    merged = cli("merge", session, "--db", target)
    assert merged.code == 0 and "Amager" in merged.out
    assert json.loads(cli("note", "list", "--db", target, "--json").out) == []


# ---------------------------------------------------------------- the CLI and bad files
def test_cli_merge_refuses_every_bad_file_and_leaves_the_target_unchanged(
    tmp_path: Path, sessions: dict[str, Path], cli
) -> None:
    from test_sync_session import bad_files

    target = tmp_path / "c.sqlite"
    assert cli("merge", sessions["Amager"], "--db", target).code == 0
    before = cli("export", "json", "--db", target, "--out", tmp_path / "before.json")
    assert before.code == 0
    dump = table_dump(target)
    for kind, (path, _error, words) in bad_files(sessions["Tingbjerg"], tmp_path / "bad").items():
        result = cli("merge", sessions["Nørrebro"], path, "--db", target)
        assert result.code == 1, (kind, result)
        assert result.err.count("\n") == 1 and words in result.err, (kind, result.err)
        assert "Traceback" not in result.err and result.out == ""
        assert table_dump(target) == dump, kind
        missing = tmp_path / f"new-{kind.replace(' ', '-')}.sqlite"
        assert cli("merge", path, "--db", missing).code == 1
        assert not missing.exists(), "a refused merge does not create the target"
    after = cli("export", "json", "--db", target, "--out", tmp_path / "after.json")
    assert after.code == 0
    assert (tmp_path / "before.json").read_bytes() == (tmp_path / "after.json").read_bytes()


def test_cli_merge_exit_codes(tmp_path: Path, sessions: dict[str, Path], cli_process) -> None:
    target = tmp_path / "c.sqlite"
    ok = cli_process("merge", *sessions.values(), "--db", target)
    assert ok.returncode == 0, ok.stderr
    assert "Nørrebro" in ok.stdout
    bad = cli_process("merge", tmp_path / "missing.wsession", "--db", target)
    assert bad.returncode == 1 and bad.stderr.count("\n") == 1
    assert "no such file" in bad.stderr
    usage = cli_process("merge", "--db", target)
    assert usage.returncode == 2
    not_ours = tmp_path / "not-a-db.sqlite"
    not_ours.write_text("hej", encoding="utf-8")
    refused_target = cli_process("merge", sessions["Amager"], "--db", not_ours)
    assert refused_target.returncode == 1 and not_ours.read_text(encoding="utf-8") == "hej"
    session_bytes = sessions["Amager"].read_bytes()
    into_session = cli_process("merge", sessions["Nørrebro"], "--db", sessions["Amager"])
    assert into_session.returncode == 1 and "is a session file" in into_session.stderr
    assert sessions["Amager"].read_bytes() == session_bytes


def test_progress_counts_each_step_once_when_files_were_read_first(
    tmp_path: Path, sessions: dict[str, Path]
) -> None:
    from workshop_app.sync import load_sources

    calls: list[tuple[int, int]] = []
    record = lambda done, total: calls.append((done, total))
    snapshots = load_sources(list(sessions.values()), record)
    with Store.open(tmp_path / "c.sqlite", device="coord", seed_themes=False) as store:
        plan_merge(store, snapshots, record)
        apply_merge(store, snapshots, record)
    assert calls == [(1, 5), (2, 5), (3, 5), (5, 5), (4, 5), (5, 5)]


def test_a_rename_racing_a_unification_keeps_notes_with_their_group(tmp_path: Path) -> None:
    """X renames its theme after Y had unified it under the old name: notes follow their group."""
    x = Store.open(tmp_path / "x.sqlite", device="lapX", seed_themes=False)
    y = Store.open(tmp_path / "y.sqlite", device="lapY", seed_themes=False)
    # Fixed ids, so that Y's theme is the one kept when both are called "Klima i hverdagen".
    y._insert("themes", {"id": "0" * 32, "name": "Klima i hverdagen", "position": 1.0})
    x._insert("themes", {"id": "f" * 32, "name": "Klima i hverdagen", "position": 1.0})
    first, second = (
        add_note_by_names(
            x,
            venue="Amager",
            theme="Klima i hverdagen",
            group="Bord 1",
            kind="challenge",
            text=text,
            date="2026-04-15",
        )
        for text in ("Cykelstier mangler", "Skraldespande flyder over")
    )
    export_session(x, tmp_path / "x0.wsession")
    apply_merge(y, [tmp_path / "x0.wsession"])
    x.rename_theme("f" * 32, "Grøn omstilling")
    x.update_note(second, text="Skraldespande flyder over i weekenden")
    export_session(x, tmp_path / "x1.wsession")
    export_session(y, tmp_path / "y1.wsession")
    apply_merge(x, [tmp_path / "y1.wsession"])
    apply_merge(y, [tmp_path / "x1.wsession"])
    coordinator = tmp_path / "c.sqlite"
    merge_files(coordinator, [tmp_path / "y1.wsession", tmp_path / "x1.wsession"], device="c")
    results = {export_json(x), export_json(y), merged_json(coordinator)}
    x.close()
    y.close()
    assert len(results) == 1
    data = json.loads(results.pop())
    (group,) = data["groups"]
    notes = {n["id"]: n for n in data["notes"]}
    assert {notes[first]["theme_id"], notes[second]["theme_id"]} == {group["theme_id"]}
    assert notes[second]["text"] == "Skraldespande flyder over i weekenden"
    assert sorted(t["name"] for t in data["themes"]) == ["Grøn omstilling", "Klima i hverdagen"]
