"""A merge tells before it changes the consultation: identity, refusal, and the detail report."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from workshop_app.capture.notes import add_note_by_names
from workshop_app.domain.model import CONSULTATION_ID_KEY
from workshop_app.store import Store
from workshop_app.sync import export_session, merge_files


def laptop(path: Path, device: str, *, title: str = "", url: str = "", note: str = "") -> Path:
    with Store.open(path, device=device) as store:
        if title or url:
            store.update_consultation(title=title or None, hearing_url=url or None)
        if note:
            add_note_by_names(
                store, venue="Tingbjerg", date="2026-04-22", theme="Beskæftigelse",
                kind="solution", text=note,
            )
    return path


def session(db: Path, device: str) -> Path:
    out = db.with_suffix(".wsession")
    with Store.open(db, device=device) as store:
        export_session(store, out)
    return out


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def identity(path: Path) -> str | None:
    with Store.open(path, create=False) as store:
        return store.get_setting(CONSULTATION_ID_KEY)


def test_a_new_consultation_gets_an_id_and_merging_carries_it(tmp_path: Path, cli) -> None:
    coordinator = laptop(tmp_path / "coord.sqlite", "coord", title="Dialogmøder 2026")
    ident = identity(coordinator)
    assert ident and len(ident) == 32
    assert json.loads(cli("info", "--db", coordinator).out)["consultation_id"] == ident
    assert identity(laptop(tmp_path / "other.sqlite", "other")) != ident
    # A laptop set up from the coordinator's session file carries the same id.
    setup = session(coordinator, "coord")
    merge_files(tmp_path / "lap1.sqlite", [setup], device="lap1")
    assert identity(tmp_path / "lap1.sqlite") == ident


def test_another_consultation_is_refused_naming_both_titles(cli, tmp_path: Path) -> None:
    ours = laptop(tmp_path / "ours.sqlite", "lapA", title="Dialogmøder 2026", note="Mere lys")
    theirs = session(
        laptop(tmp_path / "theirs.sqlite", "lapB", title="Budget 2027",
               url="https://example.org/budget", note="Flere bænke"),
        "lapB",
    )
    before = digest(ours)
    for extra in ((), ("--dry-run",), ("--json",)):
        result = cli("merge", theirs, "--db", ours, *extra)
        assert result.code == 1, result
        line = result.err.strip()
        assert len(line.splitlines()) == 1 and "Traceback" not in line
        assert "another consultation" in line
        assert "“Budget 2027”" in line and "“Dialogmøder 2026”" in line
        assert "--other-consultation" in line
        assert digest(ours) == before  # nothing written
    # Into a new file: two files of two consultations are refused too, and nothing is created.
    other = session(laptop(tmp_path / "o.sqlite", "lapC", title="Dialogmøder 2026"), "lapC")
    new = tmp_path / "new.sqlite"
    result = cli("merge", other, theirs, "--db", new)
    assert result.code == 1 and "“Budget 2027”" in result.err and not new.exists()


def test_other_consultation_flag_merges_and_reports_it(cli, tmp_path: Path) -> None:
    ours = laptop(tmp_path / "ours.sqlite", "lapA", title="Dialogmøder 2026")
    theirs = session(laptop(tmp_path / "t.sqlite", "lapB", title="Budget 2027", note="Bænke"), "lapB")
    result = cli("merge", theirs, "--db", ours, "--other-consultation", "--json")
    assert result.code == 0, result
    report = json.loads(result.out)
    assert report["other_consultations"][0]["title"] == "Budget 2027"
    assert report["other_consultations"][0]["target_title"] == "Dialogmøder 2026"
    assert report["venues"]["Tingbjerg"]["new"] == 1


def test_same_id_renamed_title_is_the_same_consultation(tmp_path: Path) -> None:
    coord = laptop(tmp_path / "coord.sqlite", "coord", title="Dialogmøder 2026")
    lap = tmp_path / "lap.sqlite"
    merge_files(lap, [session(coord, "coord")], device="lap")
    with Store.open(lap, device="lap") as store:
        store.update_consultation(title="Dialogmøder i København 2026")
    report = merge_files(coord, [session(lap, "lap")], device="coord")
    assert [d.summary.split(" (from")[0] for d in report.details] == [
        "title: Dialogmøder 2026 → Dialogmøder i København 2026"
    ]


def test_independent_laptops_with_no_or_the_same_title_merge(tmp_path: Path) -> None:
    a = session(laptop(tmp_path / "a.sqlite", "lapA", note="En"), "lapA")
    b = session(laptop(tmp_path / "b.sqlite", "lapB", title="Dialogmøder 2026", note="To"), "lapB")
    c = session(laptop(tmp_path / "c.sqlite", "lapC", title="dialogmøder  2026", note="Tre"), "lapC")
    target = tmp_path / "all.sqlite"
    report = merge_files(target, [a, b, c], device="coord")
    assert report.totals().new == 3 and not report.other_consultations
    # The identity made first is kept, whatever the order of merging.
    again = tmp_path / "again.sqlite"
    merge_files(again, [c, b, a], device="coord")
    assert identity(target) == identity(again) == identity(tmp_path / "a.sqlite")


def test_every_changed_detail_is_listed_in_dry_run_report_and_json(cli, tmp_path: Path) -> None:
    coord = laptop(tmp_path / "coord.sqlite", "coord", title="Dialogmøder 2026",
                   url="https://blivhoert.kk.dk/old")
    lap = tmp_path / "lap.sqlite"
    merge_files(lap, [session(coord, "coord")], device="lap7")
    with Store.open(lap, device="lap7") as store:
        store.update_consultation(
            hearing_url="https://blivhoert.kk.dk/ny", hearing_email="hoering@example.dk",
            hearing_from="2026-08-14", hearing_to="2026-09-19",
        )
        store.set_setting("summary.intro", "Borgerne mødtes tre aftener. " * 5)
    file = session(lap, "lap7")
    before = digest(coord)
    dry = cli("merge", file, "--db", coord, "--dry-run")
    assert dry.code == 0 and digest(coord) == before
    expected = [
        "hearing URL: https://blivhoert.kk.dk/old → https://blivhoert.kk.dk/ny (from laptop lap7",
        "e-mail: (none) → hoering@example.dk (from laptop lap7",
        "hearing from: (none) → 2026-08-14 (from laptop lap7",
        "hearing to: (none) → 2026-09-19 (from laptop lap7",
        "summary introduction: (none) → Borgerne mødtes tre aftener.",
    ]
    assert "consultation details that would change:" in dry.out
    for text in expected:
        assert text in dry.out
    assert "title:" not in dry.out  # unchanged details are not listed
    as_json = json.loads(cli("merge", file, "--db", coord, "--dry-run", "--json").out)
    details = {d["key"]: d for d in as_json["details"]}
    assert details["consultation.hearing_url"]["old"] == "https://blivhoert.kk.dk/old"
    assert details["consultation.hearing_url"]["new"] == "https://blivhoert.kk.dk/ny"
    assert details["consultation.hearing_url"]["device"] == "lap7"
    assert details["summary.intro"]["new"] == "Borgerne mødtes tre aftener. " * 5  # whole
    done = cli("merge", file, "--db", coord)
    assert done.code == 0 and "consultation details that changed:" in done.out
    for text in expected:
        assert text in done.out
    again = cli("merge", file, "--db", coord)
    assert "consultation details" not in again.out  # nothing changes the second time


def test_a_new_file_takes_the_identity_without_a_detail_line_but_a_change_is_listed(tmp_path):
    a = laptop(tmp_path / "a.sqlite", "lapA", title="Dialogmøder 2026")
    b = laptop(tmp_path / "b.sqlite", "lapB", title="Dialogmøder 2026")  # set up on its own
    report = merge_files(tmp_path / "new.sqlite", [session(a, "lapA")], device="coord")
    # The title is listed ("(none) → …"); taking on the identity is not.
    assert [d.summary.split(" (from")[0] for d in report.details] == [
        "title: (none) → Dialogmøder 2026"
    ]
    assert identity(tmp_path / "new.sqlite") == identity(a)
    # B's id is younger than A's: merged into B, B takes A's id, and the report says so.
    report = merge_files(b, [session(a, "lapA")], device="lapB")
    assert [d.key for d in report.details] == ["consultation.id"]
    assert report.details[0].old != report.details[0].new == identity(a)
