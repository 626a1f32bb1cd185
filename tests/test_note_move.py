"""``note move``: notes to another meeting, theme or group, refused cleanly, merged like edits."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from workshop_app.capture.notes import add_note_by_names
from workshop_app.store import Store
from workshop_app.sync import export_session, merge_files, note_provenance


@pytest.fixture
def notes(db_path: Path) -> dict[str, str]:
    """Three notes: two at Nørrebro (Bord 2), one at Amager; the venues' meetings exist."""
    with Store.open(db_path, device="lapA") as store:
        ids = {
            "bus": add_note_by_names(
                store, venue="Nørrebro", date="2026-04-08", theme="Beskæftigelse",
                group="Bord 2", kind="challenge", text="Bussen kører for sjældent om aftenen",
            ),
            "somali": add_note_by_names(
                store, venue="Nørrebro", date="2026-04-08", theme="Beskæftigelse",
                group="Bord 2", kind="solution", text="Shaqo raadin caawimaad luuqadda somaliga",
            ),
            "amager": add_note_by_names(
                store, venue="Amager", date="2026-04-15", theme="Unge og uddannelse",
                group="Bord 1", kind="solution", text="مدرسة مفتوحة في المساء",
            ),
        }
    return ids


def listed(cli, db: Path) -> dict[str, dict]:
    return {n["id"]: n for n in json.loads(cli("note", "list", "--db", db, "--json").out)}


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_move_to_another_theme_keeps_the_group_name(cli, db_path, notes) -> None:
    result = cli("note", "move", notes["bus"][:8], notes["somali"][:8], "--db", db_path,
                 "--theme", "Byudvikling og tryghed")
    assert result.code == 0, result
    assert result.out.count("moved ") == 2
    after = listed(cli, db_path)
    for key in ("bus", "somali"):
        note = after[notes[key]]
        assert (note["venue"], note["theme"], note["group"]) == (
            "Nørrebro", "Byudvikling og tryghed", "Bord 2"
        )
        assert note["device"] == "lapA"  # provenance kept
    assert after[notes["amager"]]["theme"] == "Unge og uddannelse"


def test_move_to_another_meeting_and_existing_group(cli, db_path, notes) -> None:
    result = cli("note", "move", notes["bus"], "--db", db_path, "--meeting", "Amager 2026-04-15",
                 "--theme", "Unge og uddannelse", "--group", "Bord 1")
    assert result.code == 0, result
    note = listed(cli, db_path)[notes["bus"]]
    assert (note["venue"], note["date"], note["theme"], note["group"]) == (
        "Amager", "2026-04-15", "Unge og uddannelse", "Bord 1"
    )
    # Out of its group, then "already at" when nothing changes.
    assert cli("note", "move", notes["bus"], "--db", db_path, "--group", "").code == 0
    assert listed(cli, db_path)[notes["bus"]]["group"] == ""
    again = cli("note", "move", notes["bus"], "--db", db_path, "--group", "")
    assert again.code == 0 and again.out.startswith("already at")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--meeting", "Valby"), "no meeting at 'Valby'"),
        (("--theme", "Ingen sådan"), "no such theme: Ingen sådan"),
        (("--group", "Bord 9"), "no group 'Bord 9' at Nørrebro 2026-04-08 / Beskæftigelse"),
        (("--theme", "Unge og uddannelse", "--group", "Bord 2"), "no group 'Bord 2'"),
        ((), "say where to"),
    ],
)
def test_bad_destinations_are_one_line_and_change_nothing(cli, db_path, notes, args, message):
    before = digest(db_path)
    result = cli("note", "move", notes["bus"], notes["somali"], "--db", db_path, *args)
    assert result.code == 1
    assert message in result.err and len(result.err.strip().splitlines()) == 1
    assert "Traceback" not in result.err
    assert digest(db_path) == before


def test_unknown_or_ambiguous_id_moves_none(cli, db_path, notes) -> None:
    before = digest(db_path)
    result = cli("note", "move", notes["bus"], "ffffffffff", "--db", db_path, "--theme",
                 "Byudvikling og tryghed")
    assert result.code == 1 and "no note with id 'ffffffffff'" in result.err
    assert digest(db_path) == before


def test_venue_only_theme_takes_only_its_venue(cli, db_path, notes) -> None:
    with Store.open(db_path, device="lapA") as store:
        store.add_theme("Frikommuneforsøg", venue="Amager")
    result = cli("note", "move", notes["bus"], "--db", db_path, "--theme", "Frikommuneforsøg")
    assert result.code == 1 and "only for Amager" in result.err
    assert cli("note", "move", notes["amager"], "--db", db_path, "--theme",
               "Frikommuneforsøg").code == 0


def test_a_move_merges_and_the_later_move_wins(cli, tmp_path, db_path, notes, monkeypatch):
    # Laptop B gets A's notes, then both move the same note: B moves later, so B's move wins.
    lap_a, lap_b = db_path, tmp_path / "b.sqlite"
    with Store.open(lap_a, device="lapA") as store:
        export_session(store, tmp_path / "a0.wsession")
    merge_files(lap_b, [tmp_path / "a0.wsession"], device="lapB")
    monkeypatch.setenv("WORKSHOP_APP_DEVICE", "lapA")
    assert cli("note", "move", notes["bus"], "--db", lap_a, "--theme", "Ældre og sundhed").code == 0
    monkeypatch.setenv("WORKSHOP_APP_DEVICE", "lapB")
    with Store.open(lap_b, device="lapB") as store:
        store.add_theme("Klima i hverdagen")
    assert cli("note", "move", notes["bus"], "--db", lap_b, "--theme", "Klima i hverdagen").code == 0
    files = []
    for path, device in ((lap_a, "lapA"), (lap_b, "lapB")):
        with Store.open(path, device=device) as store:
            files.append(tmp_path / f"{device}.wsession")
            export_session(store, files[-1])
    coordinator = tmp_path / "c.sqlite"
    report = merge_files(coordinator, files, device="coord")
    assert report.venues["Nørrebro"].new == 2
    with Store.open(coordinator, create=False) as store:
        note = store.note(notes["bus"])
        assert (note.theme, note.group) == ("Klima i hverdagen", "Bord 2")
        group = next(g for g in store.groups() if g.id == note.group_id)
        assert (group.meeting_id, group.theme_id) == (note.meeting_id, note.theme_id)
        provenance = note_provenance(store, notes["bus"])
        assert provenance.device == "lapA" and provenance.changed_by == "lapB"
    # The other way round gives the same.
    other = tmp_path / "d.sqlite"
    merge_files(other, list(reversed(files)), device="coord")
    with Store.open(other, create=False) as store:
        assert store.note(notes["bus"]).theme == "Klima i hverdagen"
