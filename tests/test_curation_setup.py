"""Themes, meetings, groups, topics and the document's words from the command line; venue-only
themes; Danish that reads right."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from workshop_app.capture.notes import add_note_by_names
from workshop_app.domain.model import Meeting
from workshop_app.export import wording
from workshop_app.export.document import SummaryOptions, build_summary
from workshop_app.export.markdown import render_markdown
from workshop_app.store import Store

AMAGER_ONLY = "Frikommunetiltag"


@pytest.fixture
def three(db_path: Path, cli) -> Path:
    for venue, date, people in (
        ("Nørrebro", "2018-04-10", "40"),
        ("Amager", "2018-04-17", "55"),
        ("Tingbjerg", "2018-04-24", "70"),
    ):
        assert (
            cli(
                "meeting",
                "add",
                "--venue",
                venue,
                "--date",
                date,
                "--participants",
                people,
                "--db",
                db_path,
            ).code
            == 0
        )
    with Store.open(db_path) as store:
        for venue in ("Nørrebro", "Amager", "Tingbjerg"):
            add_note_by_names(
                store,
                venue=venue,
                theme="Beskæftigelse",
                kind="challenge",
                text=f"Lange ventetider i jobcentret ({venue})",
            )
        add_note_by_names(
            store,
            venue="Amager",
            theme="Unge og uddannelse",
            kind="solution",
            text="Lektiecafé med frivillige studerende",
        )
    return db_path


# ------------------------------------------------------------------ wording
def test_danish_lists_repeat_the_preposition_only_where_it_changes() -> None:
    meetings = [
        Meeting("a", "Nørrebro", ""),
        Meeting("b", "Amager", ""),
        Meeting("c", "Tingbjerg", ""),
    ]
    assert wording.venues(meetings, "da") == "på Nørrebro, Amager og i Tingbjerg"
    assert wording.venues(meetings[::-1], "da") == "i Tingbjerg, på Amager og Nørrebro"
    assert wording.venues([Meeting("d", "Valby", "")], "da") == "i Valby"  # typed venue: "i"
    assert wording.venues(meetings, "en") == "at Nørrebro, Amager and Tingbjerg"
    set_on = Meeting("e", "Tingbjerg", "", preposition_set="på")
    assert wording.venues([meetings[1], set_on], "da") == "på Amager og Tingbjerg"


def test_numbers_plurals_and_dates() -> None:
    assert wording.counted(1, "dialogmøde", "dialogmøder", neuter=True) == "et dialogmøde"
    assert wording.counted(3, "dialogmøde", "dialogmøder") == "tre dialogmøder"
    assert wording.counted(12, "deltager", "deltagere") == "12 deltagere"
    assert wording.counted(1, "meeting", "meetings", "en") == "one meeting"
    assert wording.number(1250, "da") == "1.250" and wording.number(1250, "en") == "1,250"
    assert wording.date("2018-04-10", "da") == "10. april 2018"
    assert wording.date("2018-04-10", "en") == "10 April 2018"
    assert wording.months(["2018-04-10", "2018-03-01"], "da") == "marts og april 2018"


def test_the_document_writes_danish_right(three: Path) -> None:
    with Store.open(three) as store:
        doc = build_summary(store, SummaryOptions(language="da"))
        assert doc.subtitle() == "Dialogmøder på Nørrebro, Amager og i Tingbjerg · april 2018"
        assert "holdt tre dialogmøder i april 2018 på Nørrebro, Amager og i Tingbjerg" in doc.intro
        one = build_summary(store, SummaryOptions(meeting_id=store.find_meeting("Tingbjerg").id))
        assert one.title == "Opsamling på dialogmødet"  # one meeting: singular
        assert one.subtitle() == "Dialogmøde i Tingbjerg · 24. april 2018"
        english = build_summary(store, SummaryOptions(language="en"))
        assert english.intro.startswith("Three dialogue meetings were held in April 2018 at ")


def test_meeting_preposition_is_editable_and_refused_when_wrong(three: Path, cli) -> None:
    assert cli("meeting", "edit", "Tingbjerg", "--preposition", "på", "--db", three).code == 0
    meetings = json.loads(cli("meeting", "list", "--json", "--db", three).out)
    assert [m["preposition"] for m in meetings] == ["på", "på", "på"]
    bad = cli("meeting", "edit", "Tingbjerg", "--preposition", "ved", "--db", three)
    assert bad.code == 1 and "preposition" in bad.err
    assert json.loads(cli("meeting", "list", "--json", "--db", three).out) == meetings


# ------------------------------------------------------------------ venue-only themes
def test_a_venue_only_theme_stays_out_of_other_meetings(three: Path, cli, tmp_path: Path) -> None:
    assert cli("theme", "add", AMAGER_ONLY, "--only-at", "amager", "--db", three).code == 0
    with Store.open(three) as store:
        add_note_by_names(
            store,
            venue="Amager",
            theme=AMAGER_ONLY,
            kind="solution",
            text="Forsøg med færre regler for de lokale jobcentre",
        )
    listed = json.loads(cli("theme", "list", "--json", "--db", three).out)
    assert listed[-1]["name"] == AMAGER_ONLY and listed[-1]["only_at"] == "Amager"
    out = tmp_path / "o.md"
    assert cli("export", "md", "--per-meeting", "--out", out, "--db", three).code == 0
    amager = (tmp_path / "o-amager.md").read_text(encoding="utf-8")
    tingbjerg = (tmp_path / "o-tingbjerg.md").read_text(encoding="utf-8")
    assert AMAGER_ONLY in amager and AMAGER_ONLY not in tingbjerg
    # per-meeting files leave out themes with no input there
    assert "Unge og uddannelse" not in tingbjerg and "Ingen input" not in tingbjerg
    assert cli("export", "md", "--out", out, "--db", three).code == 0
    combined = out.read_text(encoding="utf-8")
    lead = combined.split("## Videre proces")[0]
    assert AMAGER_ONLY not in lead  # not one of the workshop themes
    assert f"## {AMAGER_ONLY}\n\n*Kun på Amager*" in combined  # its own section
    assert cli("theme", "set", AMAGER_ONLY, "--everywhere", "--db", three).code == 0
    assert json.loads(cli("theme", "list", "--json", "--db", three).out)[-1]["only_at"] is None


def test_a_theme_with_notes_elsewhere_is_not_made_venue_only(three: Path, cli) -> None:
    """Marking a theme venue-only while other venues' notes are under it would print them
    under "only at Amager" and leave them out of their own meeting's file: refused, with
    what to do, and nothing changed."""
    with Store.open(three) as store:
        for venue in ("Nørrebro", "Tingbjerg", "Tingbjerg"):
            add_note_by_names(store, venue=venue, theme="Idræt for piger", kind="challenge",
                              text=f"Hallen er optaget om aftenen ({venue})")
    before = cli("theme", "list", "--json", "--db", three).out
    refused = cli("theme", "set", "Idræt for piger", "--only-at", "Amager", "--db", three)
    assert refused.code == 1
    assert "3 notes from other venues (Nørrebro 1, Tingbjerg 2)" in refused.err
    assert "note move" in refused.err and len(refused.err.strip().splitlines()) == 1
    assert cli("theme", "list", "--json", "--db", three).out == before
    also = cli("theme", "set", "Idræt for piger", "--only-at", "Tingbjerg", "--db", three)
    assert also.code == 1 and "(Nørrebro 1)" in also.err
    with Store.open(three) as store:  # a theme whose notes are all from Tingbjerg may be
        add_note_by_names(store, venue="Tingbjerg", theme="Nattevandring", kind="solution",
                          text="Forældre går en tur sammen fredag aften")
    assert cli("theme", "set", "Nattevandring", "--only-at", "Tingbjerg", "--db", three).code == 0


def test_import_csv_only_at_column_and_one_venue_hint(db_path: Path, cli, tmp_path: Path) -> None:
    csv = tmp_path / "n.csv"
    csv.write_text(
        "venue,date,theme,group,kind,text,topic,only_at\n"
        "Nørrebro,2018-04-10,Beskæftigelse,Bord 1,challenge,Få praktikpladser,,\n"
        f"Amager,2018-04-17,{AMAGER_ONLY},Bord 2,solution,Frihed til lokale forsøg,,Amager\n"
        "Tingbjerg,2018-04-24,Nattevandring,Bord 3,solution,Flere voksne på gaden om natten,,\n",
        encoding="utf-8",
    )
    result = cli("import-csv", csv, "--db", db_path)
    assert result.code == 0, result.err
    assert 'theme set "Nattevandring" --only-at "Tingbjerg"' in result.out
    assert AMAGER_ONLY not in result.out.split("hint:", 1)[-1]
    themes = {
        t["name"]: t["only_at"]
        for t in json.loads(cli("theme", "list", "--json", "--db", db_path).out)
    }
    assert themes[AMAGER_ONLY] == "Amager" and themes["Nattevandring"] is None
    check = cli("export", "--check", "--db", db_path)
    assert "one_venue: every note of Nattevandring comes from Tingbjerg" in check.out


def test_import_csv_refuses_two_venues_for_one_theme(db_path: Path, cli, tmp_path: Path) -> None:
    csv = tmp_path / "bad.csv"
    csv.write_text(
        "venue,date,theme,kind,text,only_at\n"
        "Amager,2018-04-17,Lokalt,solution,Et forslag,Amager\n"
        "Tingbjerg,2018-04-24,Lokalt,solution,Et andet forslag,Tingbjerg\n",
        encoding="utf-8",
    )
    result = cli("import-csv", csv, "--db", db_path)
    assert result.code == 1 and "row 3" in result.err and result.err.count("\n") == 1


# ------------------------------------------------------------------ setup commands
def test_theme_commands(three: Path, cli) -> None:
    assert cli("theme", "add", "Sundhed og trivsel", "--db", three).code == 0
    assert cli("theme", "move", "Sundhed og trivsel", "1", "--db", three).code == 0
    names = [t["name"] for t in json.loads(cli("theme", "list", "--json", "--db", three).out)]
    assert names[0] == "Sundhed og trivsel"
    assert cli("theme", "move", "Sundhed og trivsel", "--after", "Beskæftigelse",
               "--db", three).code == 0
    names = [t["name"] for t in json.loads(cli("theme", "list", "--json", "--db", three).out)]
    assert names[names.index("Beskæftigelse") + 1] == "Sundhed og trivsel"
    assert cli("theme", "move", "Sundhed og trivsel", "--before", names[0], "--db", three).code == 0
    names = [t["name"] for t in json.loads(cli("theme", "list", "--json", "--db", three).out)]
    assert names[0] == "Sundhed og trivsel"
    assert cli("theme", "rename", "sundhed OG trivsel", "Trivsel", "--db", three).code == 0
    assert cli("theme", "remove", "Trivsel", "--db", three).code == 0
    refused = cli("theme", "remove", "Beskæftigelse", "--db", three)
    assert refused.code == 1 and "--with-notes" in refused.err


def test_group_and_topic_commands(three: Path, cli) -> None:
    assert (
        cli(
            "group",
            "add",
            "Bord 4",
            "--meeting",
            "Amager",
            "--theme",
            "Beskæftigelse",
            "--db",
            three,
        ).code
        == 0
    )
    groups = json.loads(cli("group", "list", "--json", "--db", three).out)
    assert [g["name"] for g in groups] == ["Bord 4"] and groups[0]["meeting"].startswith("Amager")
    assert cli("group", "add", "Bord 5", "--venue", "Tingbjerg", "--theme", "Beskæftigelse",
               "--db", three).code == 0
    assert cli("group", "remove", "Bord 5", "--venue", "Tingbjerg", "--db", three).code == 0
    assert cli("group", "rename", "Bord 4", "Bord fire", "--db", three).code == 0
    assert cli("group", "remove", "Bord fire", "--db", three).code == 0
    for name in ("Sprog", "Mentorer", "Projekter"):
        assert cli("topic", "add", name, "--db", three).code == 0
    assert cli("topic", "reorder", "Projekter", "Sprog", "--db", three).code == 0
    topics = [t["name"] for t in json.loads(cli("topic", "list", "--json", "--db", three).out)]
    assert topics == ["Projekter", "Sprog", "Mentorer"]  # the coordinator's order


@pytest.mark.parametrize(
    "argv, message",
    [
        (["theme", "rename", "Findes ikke", "X"], "no such theme"),
        (["theme", "add", "  "], "empty"),
        (["theme", "set", "Beskæftigelse", "--only-at", "Valby"], "no meeting at 'Valby'"),
        (["theme", "move", "Beskæftigelse", "99"], "position"),
        (["meeting", "edit", "Amager", "--date", "2018-02-30"], "bad date"),
        (["meeting", "edit", "Valby", "--date", "2018-02-03"], "no meeting"),
        (["meeting", "add", "--venue", ""], "empty"),
        (["group", "add", "Bord 1", "--meeting", "Amager", "--theme", "Nope"], "no such theme"),
        (["topic", "reorder", "Findes ikke"], "no such cross-cutting topic"),
        (["document", "set", "forord", "Hej"], "unknown document text"),
        (["document", "set", "title", "   "], "empty"),
    ],
)
def test_bad_input_is_one_line_exit_1_and_changes_nothing(three: Path, cli, argv, message) -> None:
    before = cli("export", "json", "--out", three.with_name("before.json"), "--db", three)
    assert before.code == 0
    result = cli(*argv, "--db", three)
    assert result.code == 1 and message in result.err, result.err
    assert result.err.count("\n") == 1
    assert cli("export", "json", "--out", three.with_name("after.json"), "--db", three).code == 0
    assert three.with_name("before.json").read_bytes() == three.with_name("after.json").read_bytes()


def test_document_texts_are_the_coordinators(three: Path, cli, tmp_path: Path) -> None:
    shown = {t["key"]: t for t in json.loads(cli("document", "show", "--json", "--db", three).out)}
    assert shown["next_steps_heading"]["text"] == "Videre proces" and shown["title"]["default"]
    for key, text in (
        ("title", "Opsamling på dialogmøderne om integrationspolitikken"),
        ("subtitle", "Nørrebro, Amager og Tingbjerg, foråret 2018"),
        ("cross_cutting", "Tværgående forslag, som fyldte meget på de tre møder"),
        ("cross_cutting_lead", "Punkterne her gik igen på tværs af temaerne."),
        ("themes_lead", "Følgende er et kort resumé pr. tema:"),
        ("workshop_themes_lead", "Grupperne arbejdede med:"),
        ("next_steps_heading", "Det sker nu"),
        ("next_steps", "Politikken sendes i høring til efteråret."),
        ("intro", "Tre aftener med borgerne."),
    ):
        assert cli("document", "set", key, text, "--db", three).code == 0
    with Store.open(three) as store:
        store.add_topic("Sprog")
        add_note_by_names(
            store,
            venue="Amager",
            theme="Beskæftigelse",
            kind="solution",
            text="Sprogkurser om aftenen",
            topic="Sprog",
        )
    out = tmp_path / "d.md"
    assert cli("export", "md", "--out", out, "--db", three).code == 0
    text = out.read_text(encoding="utf-8")
    for expected in (
        "# Opsamling på dialogmøderne om integrationspolitikken",
        "## Tværgående forslag, som fyldte meget på de tre møder",
        "Punkterne her gik igen",
        "## Følgende er et kort resumé pr. tema:",
        "## Det sker nu",
        "Politikken sendes i høring",
        "Tre aftener med borgerne",
    ):
        assert expected in text, expected
    assert cli("document", "set", "cross_cutting_heading", "Gik igen", "--db", three).code == 0
    assert cli("document", "reset", "next_steps_heading", "--db", three).code == 0
    assert cli("export", "md", "--out", out, "--db", three).code == 0
    assert "## Videre proces" in out.read_text(encoding="utf-8")
    assert "## Gik igen" in out.read_text(encoding="utf-8")


def test_redaction_covers_every_field_of_every_format(three: Path, cli, tmp_path: Path) -> None:
    """A phone number in a venue, a theme and the subtitle is redacted in the Markdown, the
    DOCX (text and metadata) and the PDF metadata alike."""
    phone = "12 34 56 78"
    assert cli("meeting", "edit", "Amager", "--venue", f"Amager {phone}", "--db", three).code == 0
    assert cli("theme", "rename", "Beskæftigelse", f"Job {phone}", "--db", three).code == 0
    assert cli("document", "set", "cross_cutting_lead", f"Ring {phone}", "--db", three).code == 0
    with Store.open(three) as store:
        store.add_topic("Sprog")
        add_note_by_names(
            store,
            venue="Nørrebro",
            theme="Unge og uddannelse",
            kind="solution",
            text="Sprogkurser",
            topic="Sprog",
        )
        doc = build_summary(store, SummaryOptions())
    from workshop_app.export.publish import published_texts, summary_document

    with Store.open(three) as store:
        published = summary_document(store, author=f"Kontor {phone}")
    assert not any(phone in text for text in published_texts(published))
    assert any(phone in text for text in published_texts(doc))  # unredacted on request only
    for fmt in ("md", "docx"):
        out = tmp_path / f"r.{fmt}"
        assert cli("export", fmt, "--out", out, "--author", f"A {phone}", "--db", three).code == 0
    assert phone not in (tmp_path / "r.md").read_text(encoding="utf-8")
    import zipfile

    with zipfile.ZipFile(tmp_path / "r.docx") as z:
        for name in z.namelist():
            assert phone.encode() not in z.read(name), name
    # the review and `privacy` name every place
    places = {row["where"] for row in json.loads(cli("privacy", "--json", "--db", three).out)}
    assert places == {"meeting", "theme", "document"}
    assert render_markdown(published).count("telefonnummer fjernet") >= 4


def test_pdf_metadata_and_subtitle_are_redacted_too(db_path: Path, cli, tmp_path: Path) -> None:
    import pypdf

    venue = "Amager 12 34 56 78"
    assert cli("meeting", "add", "--venue", venue, "--db", db_path).code == 0
    with Store.open(db_path) as store:
        add_note_by_names(store, venue=venue, theme="Beskæftigelse", kind="challenge",
                          text="Svært at finde praktik")
    out = tmp_path / "r.pdf"
    assert cli("export", "pdf", "--out", out, "--author", "Ring 87 65 43 21",
               "--db", db_path).code == 0
    reader = pypdf.PdfReader(out)
    meta = " ".join(str(v) for v in (reader.metadata or {}).values())
    text = " ".join(page.extract_text() for page in reader.pages)
    for phone in ("12 34 56 78", "87 65 43 21"):
        assert phone not in meta and phone not in text
    assert "telefonnummer fjernet" in meta
    assert "Opsamling på dialogmødet" in text  # one meeting: the singular title
