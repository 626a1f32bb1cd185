"""Summary points: the service API, evidence, promoting recurring groups, export, CLI, merge."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from workshop_app import curate
from workshop_app.analysis.recurring import recurring_in_store
from workshop_app.capture.notes import add_note_by_names
from workshop_app.errors import UserError
from workshop_app.export.document import SummaryOptions, build_summary
from workshop_app.export.json_export import consultation_dict, export_json
from workshop_app.export.markdown import render_markdown
from workshop_app.store import Store

B = "Beskæftigelse"
U = "Unge og uddannelse"

NOTES = (  # venue, theme, kind, text
    ("Nørrebro", U, "solution", "Flere mentorer for unge, der falder fra uddannelsen."),
    ("Amager", B, "solution", "Unge ledige har brug for en mentor, der kender arbejdsmarkedet."),
    ("Tingbjerg", U, "solution", "Ansæt lokale rollemodeller som mentorer for de unge."),
    ("Nørrebro", B, "challenge", "Jobcentrets breve er svære at forstå."),
    ("Amager", U, "challenge", "Der mangler billige ungdomsboliger."),
    ("Tingbjerg", B, "challenge", "Arbejdsgivere kræver kørekort, selv til job uden kørsel."),
    # Unrelated notes, so that the words of the recurring idea stand out.
    ("Nørrebro", U, "challenge", "Eksamensangst fylder meget i udskolingen."),
    ("Amager", B, "solution", "Socialøkonomiske virksomheder kan ansætte flere."),
    ("Tingbjerg", U, "solution", "Sommerskole i matematik for elever, der er bagud."),
    ("Nørrebro", B, "solution", "Anonyme ansøgninger ved kommunens egne stillinger."),
    ("Amager", U, "challenge", "Piger passer små søskende og når ikke lektierne."),
    ("Tingbjerg", B, "challenge", "Udenlandske eksamener bliver ikke anerkendt."),
    ("Nørrebro", U, "solution", "Et kodeværksted for teenagere om eftermiddagen."),
    ("Amager", B, "challenge", "Det er svært at få et fleksjob med kroniske smerter."),
)


@pytest.fixture
def filled(store: Store) -> tuple[Store, list[str]]:
    ids = [
        add_note_by_names(store, venue=v, theme=t, kind=k, text=x, group="Bord 1")
        for v, t, k, x in NOTES
    ]
    return store, ids


def theme_id(store: Store, name: str) -> str:
    theme = store.theme_by_name(name)
    assert theme is not None
    return theme.id


# ------------------------------------------------------------------ service API
def test_add_list_edit_and_delete(filled):
    store, ids = filled
    point = curate.add_point(
        store,
        "  Flere mentorer til unge  ",
        theme_id=theme_id(store, U),
        kind="løsning",
        note_ids=[ids[0], ids[2], ids[0]],
    )
    assert point.text == "Flere mentorer til unge" and point.kind == "solution"
    assert point.note_ids == (ids[0], ids[2]) and point.section == U
    assert [p.id for p in curate.list_points(store)] == [point.id]
    edited = curate.edit_point(store, point.id, text="Mentorer for alle unge", kind=None)
    assert edited.text == "Mentorer for alle unge" and edited.kind is None
    assert curate.edit_point(store, point.id, text="Igen").kind is None  # kind kept
    curate.delete_point(store, point.id)
    assert curate.list_points(store) == []
    # Tombstones, not removals: the delete can reach other laptops.
    assert store.db.execute("SELECT deleted FROM summary_points").fetchall() == [(1,)]
    assert {r[0] for r in store.db.execute("SELECT deleted FROM point_links")} == {1}


def test_restore_point_undoes_a_delete_with_the_same_id_place_and_links(filled):
    store, ids = filled
    tid = theme_id(store, U)
    first = curate.add_point(store, "Første", theme_id=tid, note_ids=ids[:2])
    second = curate.add_point(store, "Anden", theme_id=tid)
    links = curate.delete_point(store, first.id)
    assert len(links) == 2
    back = curate.restore_point(store, first.id, links)
    assert back == first
    assert [p.id for p in curate.list_points(store, theme_id=tid)] == [first.id, second.id]
    with pytest.raises(UserError, match="no such summary point"):
        curate.restore_point(store, "nope")


def test_points_for_topics_come_first_then_themes_in_order(filled):
    store, ids = filled
    later = curate.add_point(store, "Om beskæftigelse", theme_id=theme_id(store, B))
    first = curate.add_point(store, "Om unge", theme_id=theme_id(store, U))
    topic = store.add_topic("Mentorer")
    cross = curate.add_point(store, "Tværgående", topic_id=topic.id, note_ids=ids[:3])
    assert [p.id for p in curate.list_points(store)] == [cross.id, first.id, later.id]
    assert [p.id for p in curate.list_points(store, topic_id=topic.id)] == [cross.id]
    assert [p.id for p in curate.list_points(store, theme_id=theme_id(store, U))] == [first.id]


def test_reorder_within_a_section(filled):
    store, _ = filled
    tid = theme_id(store, U)
    a, _b, c = (curate.add_point(store, t, theme_id=tid) for t in ("A", "B", "C"))
    curate.reorder_points(store, [c.id, a.id])
    assert [p.text for p in curate.list_points(store, theme_id=tid)] == ["C", "A", "B"]
    other = curate.add_point(store, "X", theme_id=theme_id(store, B))
    with pytest.raises(UserError, match="same theme or topic"):
        curate.reorder_points(store, [a.id, other.id])
    with pytest.raises(UserError, match="twice"):
        curate.reorder_points(store, [a.id, a.id])


def test_link_and_unlink(filled):
    store, ids = filled
    point = curate.add_point(store, "Mentorer", theme_id=theme_id(store, U), note_ids=[ids[0]])
    assert curate.link_notes(store, point.id, [ids[0], ids[1], ids[2]]) == 2
    assert curate.get_point(store, point.id).note_ids == tuple(ids[:3])
    assert curate.unlink_notes(store, point.id, [ids[1], ids[5]]) == 1
    assert curate.get_point(store, point.id).note_ids == (ids[0], ids[2])
    # A deleted note drops out of the point's links and evidence.
    store.delete_note(ids[2])
    assert curate.get_point(store, point.id).note_ids == (ids[0],)


def test_move_point_to_a_topic(filled):
    store, ids = filled
    point = curate.add_point(store, "Mentorer", theme_id=theme_id(store, U), note_ids=ids[:2])
    topic = store.add_topic("Mentorer")
    moved = curate.move_point(store, point.id, topic_id=topic.id)
    assert moved.topic_id == topic.id and moved.theme_id is None
    assert moved.note_ids == tuple(ids[:2])


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda s, t, ids: curate.add_point(s, "  ", theme_id=t), "text is empty"),
        (lambda s, t, ids: curate.add_point(s, "x" * 5001, theme_id=t), "limit is 5,000"),
        (lambda s, t, ids: curate.add_point(s, "x"), "exactly one theme"),
        (lambda s, t, ids: curate.add_point(s, "x", theme_id=t, topic_id=t), "exactly one"),
        (lambda s, t, ids: curate.add_point(s, "x", theme_id="nope"), "no such theme"),
        (lambda s, t, ids: curate.add_point(s, "x", theme_id=t, kind="idea"), "unknown kind"),
        (
            lambda s, t, ids: curate.add_point(s, "x", theme_id=t, note_ids=[ids[0], "zz"]),
            "no such note",
        ),
        (lambda s, t, ids: curate.edit_point(s, "nope", text="x"), "no such summary point"),
        (lambda s, t, ids: curate.link_notes(s, "nope", ids), "no such summary point"),
        (lambda s, t, ids: curate.delete_point(s, "nope"), "no such summary point"),
    ],
)
def test_bad_input_raises_one_line_and_changes_nothing(filled, call, message):
    store, ids = filled
    before = export_json(store)
    with pytest.raises(UserError, match=message) as info:
        call(store, theme_id(store, U), ids)
    assert "\n" not in str(info.value)
    assert export_json(store) == before


def test_a_bad_note_id_adds_no_point_and_no_link(filled):
    store, ids = filled
    with pytest.raises(UserError):
        curate.add_point(store, "x", theme_id=theme_id(store, U), note_ids=[ids[0], "missing"])
    assert store.db.execute("SELECT count(*) FROM summary_points").fetchone()[0] == 0
    assert store.db.execute("SELECT count(*) FROM point_links").fetchone()[0] == 0


def test_evidence(filled):
    store, ids = filled
    point = curate.add_point(store, "Mentorer", theme_id=theme_id(store, U), note_ids=ids[:3])
    ev = curate.evidence(store, point.id)
    assert ev.notes == 3 and ev.meetings == 3 and ev.total_meetings == 3 and ev.all_meetings
    assert ev.venues == ("Amager", "Nørrebro", "Tingbjerg")
    assert ev.groups == (
        f"Amager / {B} / Bord 1",
        f"Nørrebro / {U} / Bord 1",
        f"Tingbjerg / {U} / Bord 1",
    )
    assert ev.themes == (B, U)
    empty = curate.add_point(store, "y", theme_id=theme_id(store, B))
    assert curate.evidence(store, empty.id).notes == 0


def test_find_point_id_by_prefix(filled):
    store, _ = filled
    point = curate.add_point(store, "Mentorer", theme_id=theme_id(store, U))
    assert curate.find_point_id(store, point.id[:6]) == point.id
    with pytest.raises(UserError, match="no summary point"):
        curate.find_point_id(store, "%")


# ------------------------------------------------------------------ promoting
def test_promote_group_creates_topic_and_linked_point_once(filled):
    store, ids = filled
    groups = recurring_in_store(store)
    assert len(groups) == 1 and set(groups[0].note_ids) == set(ids[:3])
    topic, point = curate.promote_group(store, groups[0])
    assert topic.name == groups[0].label and "mentor" in topic.name.casefold()
    assert point.topic_id == topic.id and set(point.note_ids) == set(ids[:3])
    assert point.kind == "solution"
    assert point.text in {n[3] for n in NOTES[:3]}  # drafted from the most typical note
    again_topic, again = curate.promote_group(store, groups[0])
    assert (again_topic.id, again.id) == (topic.id, point.id)
    assert len(curate.list_points(store)) == 1 and len(store.topics()) == 1


def test_promote_group_reuses_the_topic_its_notes_carry(filled):
    store, ids = filled
    topic = store.add_topic("Flere mentorer og brobyggere")
    for note_id in ids[:2]:
        store.update_note(note_id, topic_id=topic.id)
    promoted, point = curate.promote_group(store, recurring_in_store(store)[0])
    assert promoted.id == topic.id and point.topic_id == topic.id


def test_summary_document_uses_points_with_evidence(filled):
    store, ids = filled
    topic, point = curate.promote_group(store, recurring_in_store(store)[0])
    curate.add_point(
        store,
        "Breve skal skrives enkelt",
        theme_id=theme_id(store, B),
        kind="challenge",
        note_ids=[ids[3]],
    )
    doc = build_summary(store, SummaryOptions(language="da"))
    cross = next(s for s in doc.topics if s.title == topic.name)
    assert [p.text for p in cross.points] == [point.text]
    # A promoted point is a draft until approved; the evidence counts in words.
    assert cross.points[0].evidence == "udkast; rejst på alle tre møder"
    assert curate.approve_point(store, point.id) is True
    doc = build_summary(store, SummaryOptions(language="da"))
    cross = next(s for s in doc.topics if s.title == topic.name)
    assert cross.points[0].evidence == "rejst på alle tre møder"
    assert cross.points[0].venues == ("Amager", "Nørrebro", "Tingbjerg")
    work = next(s for s in doc.themes if s.title == B)
    # The point first, then every note of the theme that no point condenses: none vanishes.
    condensed = set(point.note_ids) | {ids[3]}
    rest = [x for (v, t, k, x), i in zip(NOTES, ids, strict=True) if t == B and i not in condensed]
    assert work.points[0].text == "Breve skal skrives enkelt"
    assert sorted(p.text for p in work.points[1:]) == sorted(rest)
    assert doc.tally.notes == len(NOTES) and doc.tally.excluded == 0
    assert doc.tally.condensed == len(condensed) and doc.tally.points == 2
    assert doc.tally.bullets == len(NOTES) - len(condensed)
    markdown = render_markdown(doc)
    assert "(rejst på alle tre møder)" in markdown
    assert NOTES[5][3] in markdown  # not condensed by any point: still printed
    data = consultation_dict(store)
    assert {p["id"] for p in data["summary_points"]} == {p.id for p in curate.list_points(store)}
    assert len(data["point_links"]) == 4


# ------------------------------------------------------------------ CLI
def make_db(cli, path: Path) -> list[str]:
    ids = []
    for venue, theme, kind, text in NOTES:
        result = cli(
            "note",
            "add",
            "--db",
            path,
            "--venue",
            venue,
            "--theme",
            theme,
            "--kind",
            kind,
            "--text",
            text,
            "--date",
            "2026-04-08",
        )
        assert result.code == 0, result.err
        ids.append(result.out.strip())
    return ids


def test_cli_point_commands(cli, db_path):
    ids = make_db(cli, db_path)
    add = cli(
        "point",
        "add",
        "--db",
        db_path,
        "--theme",
        U,
        "--text",
        "Mentorer til unge",
        "--kind",
        "solution",
        "--notes",
        f"{ids[0][:10]},{ids[1]}",
    )
    assert add.code == 0, add.err
    point_id = add.out.strip()
    cross = cli("point", "add", "--db", db_path, "--topic", "Sprog", "--text", "Dansk i job")
    assert cross.code == 0
    listed = json.loads(cli("point", "list", "--db", db_path, "--json").out)
    assert [p["text"] for p in listed] == ["Dansk i job", "Mentorer til unge"]
    mentor = listed[1]
    assert mentor["notes"] == ids[:2] and mentor["section"] == U
    assert mentor["section_kind"] == "theme" and mentor["evidence"]["notes"] == 2
    assert cli("point", "link", point_id[:8], ids[2], "--db", db_path).out.startswith("linked 1")
    assert cli("point", "unlink", point_id[:8], ids[0], "--db", db_path).code == 0
    assert cli("point", "edit", point_id[:8], "--db", db_path, "--kind", "none").code == 0
    text = cli("point", "list", "--db", db_path).out
    assert "topic: Sprog" in text and f"theme: {U}" in text
    assert "2 notes, 2 of 3 meetings (Amager, Tingbjerg)" in text
    second = cli("point", "add", "--db", db_path, "--theme", U, "--text", "Andet").out.strip()
    assert cli("point", "reorder", second[:8], point_id[:8], "--db", db_path).code == 0
    assert [
        p["text"]
        for p in json.loads(cli("point", "list", "--db", db_path, "--json", "--theme", U).out)
    ] == ["Andet", "Mentorer til unge"]
    assert cli("point", "delete", point_id[:8], "--db", db_path).code == 0
    assert "Mentorer til unge" not in cli("point", "list", "--db", db_path).out


def test_cli_recurring_promote(cli, db_path):
    make_db(cli, db_path)
    result = cli("recurring", "--db", db_path, "--promote", "1")
    assert result.code == 0 and "group 1 -> topic" in result.out
    points = json.loads(cli("point", "list", "--db", db_path, "--json").out)
    assert len(points) == 1 and points[0]["section_kind"] == "topic"
    assert points[0]["evidence"]["meetings"] == 3
    # With --json the result is JSON too (promoting again reuses the topic and the point).
    result = cli("recurring", "--db", db_path, "--promote", "1", "--json")
    assert result.code == 0, result.err
    [promoted] = json.loads(result.out)
    assert promoted["group"] == 1 and promoted["point_id"] == points[0]["id"]
    assert promoted["topic_id"] == points[0]["topic_id"]
    assert sorted(promoted["notes"]) == sorted(points[0]["notes"])


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("point", "add", "--theme", "Nope", "--text", "x"), "no such theme"),
        (("point", "add", "--theme", U, "--text", " "), "text is empty"),
        (("point", "add", "--theme", U, "--text", "x", "--kind", "idé"),
         "unknown kind 'idé': use challenge, solution or none"),
        (("point", "add", "--theme", U, "--text", "x", "--notes", "zzz"), "no note with id"),
        (("point", "add", "--topic", "Ny", "--text", "x", "--notes", "zzz"), "no note with id"),
        (("point", "link", "abc", "abc"), "no summary point"),
        (("point", "delete", "abc"), "no summary point"),
        (("point", "edit", "abc"), "nothing to change"),
        (("point", "list", "--topic", "Nope"), "no such cross-cutting topic"),
    ],
)
def test_cli_errors_are_one_line_and_change_nothing(cli, db_path, tmp_path, argv, message):
    make_db(cli, db_path)
    before = tmp_path / "before.json"
    cli("export", "json", "--db", db_path, "--out", before)
    result = cli(*argv, "--db", db_path)
    assert result.code == 1, result
    assert message in result.err and result.err.count("\n") == 1
    after = tmp_path / "after.json"
    cli("export", "json", "--db", db_path, "--out", after)
    assert before.read_bytes() == after.read_bytes()


def test_cli_point_usage_error(cli, db_path):
    assert cli("point", "add", "--db", db_path, "--text", "x").code == 2  # no --theme/--topic


# ------------------------------------------------------------------ merging laptops
def merge_exists(cli) -> bool:
    return cli("merge", "--help").code == 0


def test_points_of_two_laptops_survive_a_merge_with_their_links(cli, tmp_path, monkeypatch):
    """Two laptops curate the same notes; the coordinator's merge keeps both sets of points."""
    if not merge_exists(cli):
        pytest.skip("the merge command does not exist yet")
    laptop_a, laptop_b = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    monkeypatch.setenv("WORKSHOP_APP_DEVICE", "laptopA")
    ids = make_db(cli, laptop_a)
    shutil.copyfile(laptop_a, laptop_b)  # both laptops hold the notes after a first merge
    point_a = cli(
        "point",
        "add",
        "--db",
        laptop_a,
        "--topic",
        "Mentorer",
        "--kind",
        "solution",
        "--text",
        "Flere mentorer til unge",
        "--notes",
        ",".join(ids[:3]),
    ).out.strip()
    monkeypatch.setenv("WORKSHOP_APP_DEVICE", "laptopB")
    point_b = cli(
        "point",
        "add",
        "--db",
        laptop_b,
        "--theme",
        B,
        "--kind",
        "challenge",
        "--text",
        "Breve og krav er en barriere",
        "--notes",
        f"{ids[3]},{ids[5]}",
    ).out
    point_b = point_b.strip()
    # A link added after the point was made is a row of its own; it must travel too.
    assert cli("point", "link", point_b[:8], ids[1], "--db", laptop_b).code == 0

    monkeypatch.setenv("WORKSHOP_APP_DEVICE", "coordinator")
    coordinator = tmp_path / "c.sqlite"
    merged = cli("merge", laptop_a, laptop_b, "--db", coordinator)
    assert merged.code == 0, merged.err
    points = {
        p["id"]: p for p in json.loads(cli("point", "list", "--db", coordinator, "--json").out)
    }
    assert set(points) == {point_a, point_b}
    assert points[point_a]["notes"] == ids[:3] and points[point_a]["section"] == "Mentorer"
    assert points[point_b]["notes"] == [ids[1], ids[3], ids[5]]
    assert points[point_a]["evidence"]["venues"] == ["Amager", "Nørrebro", "Tingbjerg"]
    out = tmp_path / "summary.md"
    assert cli("export", "md", "--db", coordinator, "--out", out).code == 0
    summary = out.read_text(encoding="utf-8")
    assert "Flere mentorer til unge *(rejst på alle tre møder)*" in summary
    assert "Breve og krav er en barriere *(rejst på alle tre møder)*" in summary
    # Merging again (or in the other order) changes nothing.
    again = tmp_path / "d.sqlite"
    assert cli("merge", laptop_b, laptop_a, "--db", again).code == 0
    assert cli("merge", laptop_a, "--db", again).code == 0
    for db in (coordinator, again):
        cli("export", "json", "--db", db, "--out", tmp_path / f"{db.stem}.json")
    assert (tmp_path / "c.json").read_bytes() == (tmp_path / "d.json").read_bytes()


def test_a_point_deleted_on_one_laptop_is_deleted_after_the_merge(cli, tmp_path, monkeypatch):
    if not merge_exists(cli):
        pytest.skip("the merge command does not exist yet")
    laptop_a, laptop_b = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    monkeypatch.setenv("WORKSHOP_APP_DEVICE", "laptopA")
    ids = make_db(cli, laptop_a)
    point = cli(
        "point", "add", "--db", laptop_a, "--theme", U, "--text", "Mentorer", "--notes", ids[0]
    ).out.strip()
    shutil.copyfile(laptop_a, laptop_b)
    monkeypatch.setenv("WORKSHOP_APP_DEVICE", "laptopB")
    assert cli("point", "delete", point[:8], "--db", laptop_b).code == 0
    monkeypatch.setenv("WORKSHOP_APP_DEVICE", "coordinator")
    coordinator = tmp_path / "c.sqlite"
    assert cli("merge", laptop_a, laptop_b, "--db", coordinator).code == 0
    assert json.loads(cli("point", "list", "--db", coordinator, "--json").out) == []
    assert os.path.exists(coordinator)


def test_point_list_marks_points_of_a_deleted_theme_or_topic(cli, db_path):
    make_db(cli, db_path)
    assert cli("point", "add", "--db", db_path, "--theme", U, "--text", "Om temaet").code == 0
    assert cli("point", "add", "--db", db_path, "--topic", "Ny tråd", "--text", "Om emnet").code == 0
    with Store.open(db_path) as store:
        store.delete_theme(store.theme_by_name(U).id)
        store.delete_topic(store.topic_by_name("Ny tråd").id)
    text = cli("point", "list", "--db", db_path).out
    assert f"theme: {U}  (deleted; left out of the summary)" in text
    assert "topic: Ny tråd  (deleted; left out of the summary)" in text
