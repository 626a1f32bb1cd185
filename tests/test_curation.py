"""Curation without silent loss: exclusions, drafts, the tally, --check, --final, migration 2."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from workshop_app import curate
from workshop_app.capture.notes import add_note_by_names
from workshop_app.curate.exclusions import exclude_notes, include_notes
from workshop_app.export.document import SummaryOptions, build_summary
from workshop_app.store import Store

W = "Beskæftigelse"
Y = "Unge og uddannelse"
TOPIC = "Sprog som adgang"

NOTES = (  # venue, theme, kind, text, topic
    ("Nørrebro", W, "challenge", "Sagsbehandlerne skifter for tit, så tilliden forsvinder.", None),
    ("Amager", W, "solution", "En fast kontaktperson i jobcentret hele forløbet.", None),
    ("Tingbjerg", W, "solution", "Virksomhedspraktik i lokalområdet, tæt på hjemmet.", None),
    (
        "Nørrebro",
        Y,
        "challenge",
        "Lektier på dansk er svære, når forældrene ikke kan hjælpe.",
        TOPIC,
    ),
    ("Amager", Y, "solution", "Sprogcafé på biblioteket for hele familien.", TOPIC),
    ("Tingbjerg", Y, "challenge", "Ventelisten til danskundervisning er for lang.", TOPIC),
    ("Amager", Y, "solution", "هناك حاجة إلى دروس لغة مسائية للأمهات", TOPIC),  # Arabic
    (
        "Tingbjerg",
        Y,
        "solution",
        "Waxaa loo baahan yahay fasallo luqadeed fiidkii.",
        TOPIC,
    ),  # Somali
)


def make(store: Store) -> list[str]:
    return [
        add_note_by_names(store, venue=v, theme=t, kind=k, text=x, group="Bord 2", topic=p)
        for v, t, k, x, p in NOTES
    ]


@pytest.fixture
def filled_db(db_path: Path) -> tuple[Path, list[str]]:
    with Store.open(db_path) as store:
        ids = make(store)
    return db_path, ids


def _doc(store: Store, **options):
    return build_summary(store, SummaryOptions(**options))


def test_a_point_on_two_of_five_topic_notes_keeps_the_other_three(store: Store) -> None:
    ids = make(store)
    topic = store.topic_by_name(TOPIC)
    curate.add_point(
        store,
        "Mere sprogundervisning tæt på familierne",
        topic_id=topic.id,
        kind="solution",
        note_ids=[ids[4], ids[6]],
    )
    doc = _doc(store)
    (section,) = doc.topics
    assert section.points[0].curated and section.points[0].text.startswith("Mere sprog")
    rest = [p.text for p in section.points[1:]]
    assert sorted(rest) == sorted(NOTES[i][3] for i in (3, 5, 7))  # nothing vanished
    assert doc.tally.line() == "8 notes: 2 condensed into 1 point, 6 as bullets, 0 left out"


def test_excluded_notes_are_left_out_counted_listed_and_can_come_back(store: Store) -> None:
    ids = make(store)
    exclude_notes(store, [ids[0]], "Gentager et andet input ordret")
    doc = _doc(store)
    texts = [p.text for p in doc.all_points()]
    assert NOTES[0][3] not in texts and NOTES[1][3] in texts
    assert doc.tally.excluded == 1 and doc.tally.bullets == 7
    assert [(n.note_id, n.reason) for n in doc.excluded] == [
        (ids[0], "Gentager et andet input ordret")
    ]
    from workshop_app.export.json_export import consultation_dict

    assert consultation_dict(store)["excluded_notes"] == [
        {"note_id": ids[0], "reason": "Gentager et andet input ordret"}
    ]
    include_notes(store, [ids[0]])
    assert NOTES[0][3] in [p.text for p in _doc(store).all_points()]
    assert consultation_dict(store)["excluded_notes"] == []


def test_every_live_note_is_accounted_for_exactly_once(store: Store) -> None:
    ids = make(store)
    theme = store.theme_by_name(W)
    curate.add_point(
        store, "Stabil kontakt til jobcentret", theme_id=theme.id, note_ids=[ids[0], ids[1]]
    )
    exclude_notes(store, [ids[2]], "Uklart noteret")
    store.delete_note(ids[7])  # deleted notes are not counted
    doc = _doc(store)
    t = doc.tally
    assert t.notes == 7 and t.condensed + t.bullets + t.excluded == t.notes
    assert (t.condensed, t.points, t.bullets, t.excluded) == (2, 1, 4, 1)


def test_json_export_never_lists_links_to_deleted_rows(store: Store) -> None:
    from workshop_app.export.json_export import consultation_dict

    ids = make(store)
    theme = store.theme_by_name(W)
    point = curate.add_point(store, "Et punkt", theme_id=theme.id, note_ids=[ids[0], ids[1]])
    store.delete_note(ids[0])
    links = consultation_dict(store)["point_links"]
    assert [link["note_id"] for link in links] == [ids[1]]
    curate.delete_point(store, point.id)
    assert consultation_dict(store)["point_links"] == []


def test_evidence_counts_live_linked_notes_only(store: Store) -> None:
    ids = make(store)
    theme = store.theme_by_name(W)
    curate.add_point(store, "Kontakt og praktik", theme_id=theme.id, note_ids=ids[:3])
    assert _doc(store).themes[1].points[0].evidence == "rejst på alle tre møder"
    store.delete_note(ids[2])
    section = next(s for s in _doc(store).themes if s.title == W)
    assert section.points[0].evidence == "rejst på to af tre møder"
    assert section.points[0].venues == ("Amager", "Nørrebro")
    english = next(s for s in _doc(store, language="en").themes if s.title == W)
    assert english.points[0].evidence == "raised at two of three meetings"


def test_promoted_points_are_drafts_until_edited_or_approved(store: Store) -> None:
    ids = make(store)
    topic = store.topic_by_name(TOPIC)
    point = curate.add_point(
        store, "Udkast fra appen", topic_id=topic.id, note_ids=ids[3:5], draft=True
    )
    assert point.draft and _doc(store).drafts == 1
    curate.edit_point(store, point.id, kind="solution")  # a new kind is no new text
    assert curate.get_point(store, point.id).draft
    assert curate.edit_point(store, point.id, text="Koordinatorens ord").draft is False
    other = curate.add_point(store, "Endnu et udkast", topic_id=topic.id, draft=True)
    assert curate.approve_point(store, other.id) is True
    assert curate.approve_point(store, other.id) is False
    assert _doc(store).drafts == 0


def test_promote_never_reuses_a_topic_because_the_name_matches(store: Store) -> None:
    from types import SimpleNamespace

    ids = make(store)
    existing = store.add_topic("Job")
    # What promote_group reads of a recurring group (analysis.recurring.RecurringGroup).
    group = SimpleNamespace(
        label="Job",
        notes=tuple(SimpleNamespace(id=i) for i in ids[:3]),
        kind="solution",
        representative=ids[1],
    )
    topic, point = curate.promote_group(store, group)
    assert topic.id != existing.id and topic.name == "Job (2)"
    assert point.draft and set(point.note_ids) == set(ids[:3])
    again_topic, again = curate.promote_group(store, group)
    assert again.id == point.id and again_topic.id == topic.id


# ------------------------------------------------------------------ CLI
def test_cli_exclude_include_and_the_tally_on_stderr(filled_db, cli, tmp_path: Path) -> None:
    db, ids = filled_db
    result = cli("note", "exclude", ids[0][:8], ids[1], "--reason", "Dublet", "--db", db)
    assert result.code == 0, result.err
    assert result.out.count("left out") == 2
    out = tmp_path / "s.md"
    result = cli("export", "md", "--db", db, "--out", out)
    assert result.code == 0, result.err
    assert "8 notes: 0 condensed into 0 points, 6 as bullets, 2 left out" in result.err
    text = out.read_text(encoding="utf-8")
    assert "tilliden forsvinder" not in text and "Sprogcafé" in text
    assert cli("note", "include", ids[0], "--db", db).code == 0
    result = cli("export", "md", "--db", db, "--out", out)
    assert "7 as bullets, 1 left out" in result.err
    result = cli("export", "json", "--db", db, "--out", tmp_path / "x.json")
    assert result.code == 0 and "7 as bullets, 1 left out" in result.err
    data = json.loads((tmp_path / "x.json").read_text(encoding="utf-8"))
    assert data["excluded_notes"] == [{"note_id": ids[1], "reason": "Dublet"}]


@pytest.mark.parametrize(
    "argv, message",
    [
        (["note", "exclude", "ffffffff", "--reason", "x"], "no note"),
        (["note", "exclude", "NOTE", "--reason", "   "], "reason"),
        (["note", "include", "zz"], "no note"),
        (["point", "approve", "abc"], "no summary point"),
    ],
)
def test_cli_bad_input_is_one_line_and_changes_nothing(filled_db, cli, argv, message) -> None:
    db, ids = filled_db
    argv = [ids[0] if a == "NOTE" else a for a in argv]
    result = cli(*argv, "--db", db)
    assert result.code == 1 and message in result.err and result.err.count("\n") == 1
    with Store.open(db) as store:
        assert store.curation.exclusions() == {}


def test_cli_ambiguous_prefix_is_refused(filled_db, cli) -> None:
    db, ids = filled_db
    with Store.open(db) as store:
        while len({i[0] for i in ids}) == len(ids):  # until two ids share a first digit
            ids.append(add_note_by_names(store, venue="Amager", theme=W, kind="solution",
                                         text=f"Endnu et forslag {len(ids)}"))
    shared = next(i[0] for i in ids if sum(j[0] == i[0] for j in ids) > 1)
    result = cli("note", "exclude", shared, "--reason", "x", "--db", db)
    assert result.code == 1 and "ambiguous" in result.err
    with Store.open(db) as store:
        assert store.curation.exclusions() == {}


def test_final_refuses_drafts_and_check_lists_problems(filled_db, cli, tmp_path: Path) -> None:
    db, ids = filled_db
    with Store.open(db) as store:
        topic = store.topic_by_name(TOPIC)
        point = curate.add_point(
            store, "Sprogtilbud til familier", topic_id=topic.id, note_ids=ids[3:5], draft=True
        )
    out = tmp_path / "final.md"
    result = cli("export", "md", "--db", db, "--out", out, "--final")
    assert result.code == 1 and "1 draft point" in result.err and not out.exists()
    result = cli("export", "md", "--db", db, "--out", out)
    assert result.code == 0 and "1 point is a draft" in result.err
    assert "udkast" in out.read_text(encoding="utf-8")
    check = cli("export", "--check", "--db", db)
    assert check.code == 1
    kinds = {line.split(":")[0] for line in check.out.splitlines()}
    assert {"draft", "uncondensed"} <= kinds
    assert not list(tmp_path.glob("*.pdf"))
    assert cli("point", "approve", point.id[:8], "--db", db).code == 0
    result = cli("export", "md", "--db", db, "--out", out, "--final")
    assert result.code == 0, result.err
    report = json.loads(cli("export", "--check", "--json", "--db", db).out)
    assert "draft" not in {p["kind"] for p in report["problems"]}
    assert report["tally"]["condensed"] == 2


def test_check_is_clean_for_a_tidy_summary_and_flags_personal_data(db_path, cli) -> None:
    with Store.open(db_path) as store:
        add_note_by_names(
            store, venue="Amager", theme=W, kind="solution", text="Flere praktikpladser"
        )
        add_note_by_names(
            store, venue="Tingbjerg", theme=W, kind="challenge", text="Lange ventetider"
        )
        for theme in store.themes():
            if theme.name != W:
                store.delete_theme(theme.id)
    assert cli("export", "--check", "--db", db_path).code == 0
    with Store.open(db_path) as store:
        store.update_meeting(store.meetings()[0].id, venue="Amager 12 34 56 78")
        store.set_setting("summary.intro", "Skriv til anna@example.dk")
    check = cli("export", "--check", "--db", db_path)
    assert check.code == 1
    assert check.out.count("personal_data") == 2
    privacy = json.loads(cli("privacy", "--json", "--db", db_path).out)
    assert {row["where"] for row in privacy} == {"meeting", "document"}


# ------------------------------------------------------------------ migration and merge
def test_exclusions_and_drafts_merge_and_converge(tmp_path: Path, cli, monkeypatch) -> None:
    a, b = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    monkeypatch.setenv("WORKSHOP_APP_DEVICE", "laptopa")
    with Store.open(a) as store:
        ids = make(store)
        topic = store.topic_by_name(TOPIC)
        point = curate.add_point(store, "Udkast", topic_id=topic.id, note_ids=ids[3:5], draft=True)
    assert cli("merge", a, "--db", b).code == 0
    monkeypatch.setenv("WORKSHOP_APP_DEVICE", "laptopb")
    with Store.open(b) as store:
        exclude_notes(store, [ids[0]], "Personfølsomt")
        curate.approve_point(store, point.id)
        store.update_meeting(store.find_meeting("Tingbjerg").id, preposition="på")
    monkeypatch.setenv("WORKSHOP_APP_DEVICE", "laptopa")
    with Store.open(a) as store:
        exclude_notes(store, [ids[1]], "Uden for emnet")
    assert cli("merge", b, "--db", a).code == 0
    assert cli("merge", a, "--db", b).code == 0
    for path in (a, b):
        with Store.open(path) as store:
            assert store.curation.exclusions() == {
                ids[0]: "Personfølsomt",
                ids[1]: "Uden for emnet",
            }
            assert curate.get_point(store, point.id).draft is False
            assert store.find_meeting("Tingbjerg").preposition == "på"
    assert cli("export", "json", "--db", a, "--out", tmp_path / "a.json").code == 0
    assert cli("export", "json", "--db", b, "--out", tmp_path / "b.json").code == 0
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()


def test_a_session_file_of_the_previous_schema_still_merges(tmp_path: Path, cli) -> None:
    """A laptop that has not been updated (schema 1) hands in a session file: its checksum
    covers the columns it had, and the merge brings its notes in."""
    from workshop_app.store.database import APPLICATION_ID, MIGRATIONS
    from workshop_app.sync import schema
    from workshop_app.sync.session import export_session

    new = tmp_path / "new.sqlite"
    with Store.open(new) as store:
        make(store)
        export_session(store, tmp_path / "new.wsession")
    old = tmp_path / "old.wsession"
    conn = sqlite3.connect(old)
    import sqlite_utils

    MIGRATIONS[0][2](sqlite_utils.Database(conn))
    conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
    conn.execute("PRAGMA user_version=1")
    conn.execute("ATTACH ? AS src", [str(tmp_path / "new.wsession")])
    for name, spec in schema.specs_at(1).items():
        cols = ", ".join(f'"{c}"' for c in spec.columns)
        conn.execute(f"INSERT INTO {name} ({cols}) SELECT {cols} FROM src.{name}")
    conn.execute("CREATE TABLE session_manifest AS SELECT * FROM src.session_manifest")
    conn.commit()
    conn.execute("DETACH src")
    state = schema.read_state(conn, 1)
    conn.execute(
        "UPDATE session_manifest SET value = ? WHERE key = 'checksum'",
        [json.dumps(schema.checksum(state, 1))],
    )
    conn.execute(
        "UPDATE session_manifest SET value = ? WHERE key = 'counts'",
        [json.dumps(schema.counts(state, 1))],
    )
    conn.execute("UPDATE session_manifest SET value = '1' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    target = tmp_path / "coordinator.sqlite"
    result = cli("merge", old, "--db", target)
    assert result.code == 0, result.err
    with Store.open(target) as store:
        assert len(store.notes()) == len(NOTES)
    # and an edited old file is still refused
    conn = sqlite3.connect(old)
    conn.execute("UPDATE notes SET text = 'ændret' WHERE rowid = 1")
    conn.commit()
    conn.close()
    result = cli("merge", old, "--db", tmp_path / "other.sqlite")
    assert result.code == 1 and "checksum" in result.err


def test_curate_and_export_run_no_sql_and_call_no_private_store_method() -> None:
    """The store owns the rows of curation (issue 19): curate/ and export/ use its public API."""
    import ast

    package = Path(__file__).resolve().parent.parent / "workshop_app"
    offenders = []
    for folder in ("curate", "export"):
        for path in (package / folder).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if not isinstance(node, ast.Attribute):
                    continue
                owner = node.value
                if node.attr in ("db", "execute", "executescript") and (
                    isinstance(owner, ast.Name) and owner.id == "store"
                    or isinstance(owner, ast.Attribute) and owner.attr == "db"
                ):
                    offenders.append(f"{path.name}:{node.lineno} .{node.attr}")
                if (node.attr.startswith("_") and not node.attr.startswith("__")
                        and isinstance(owner, ast.Name) and owner.id == "store"):
                    offenders.append(f"{path.name}:{node.lineno} store.{node.attr}")
    assert offenders == []
