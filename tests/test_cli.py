"""Every core CLI command, its output and its errors."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from workshop_app import __version__


def export(cli, db, tmp_path, name="x.json") -> bytes:
    out = tmp_path / name
    assert cli("export", "json", "--db", db, "--out", out).code == 0
    return out.read_bytes()


def test_version(cli):
    result = cli("--version")
    assert result.code == 0 and __version__ in result.out


def test_help_lists_every_command(cli):
    result = cli("--help")
    for command in ("demo", "event", "note", "import-csv", "info", "export"):
        assert command in result.out


def test_each_command_is_found_in_the_module_the_table_names():
    """A run registers only its command's module (cli.COMMANDS): the table must be right,
    and every command the modules register must be in it (else it would still run, through
    the whole parser, but pay for importing every command module)."""
    from workshop_app import cli as cli_module

    everything = cli_module.build_parser()
    (sub,) = [a for a in everything._actions if a.dest == "command"]
    assert set(sub.choices) == set(cli_module.COMMANDS)
    for command in cli_module.COMMANDS:
        parser = cli_module.build_parser(command)
        (only,) = [a for a in parser._actions if a.dest == "command"]
        assert command in only.choices


def test_a_command_built_alone_reads_its_arguments_as_the_whole_parser_does():
    """Modules with a parser per command (``PARSERS``) build only the command run; it must
    read every argument as the parser with every command does."""
    from workshop_app import cli as cli_module

    only = cli_module.build_parser("export")
    (sub,) = [a for a in only._actions if a.dest == "command"]
    assert set(sub.choices) == {"export"}  # note's many sub-parsers are not built
    for argv in (
        ["--db", "d.sqlite", "export", "pdf", "--out", "x.pdf", "--lang", "en", "--provenance",
         "--per-meeting", "--author", "Forvaltningen"],
        ["export", "--check", "--db", "d.sqlite"],
        ["info", "--db", "d.sqlite"], ["demo"], ["import-csv", "notes.csv"],
        ["event", "--title", "Møder", "--hearing-url", "https://example.org/h"],
        ["note", "add", "--venue", "Amager", "--theme", "Job", "--kind", "løsning", "--text", "x"],
        ["note", "exclude", "abc", "--reason", "dublet"],
    ):
        alone = cli_module.build_parser(cli_module.command_of(argv)).parse_args(argv)
        whole = cli_module.build_parser().parse_args(argv)
        assert vars(alone) == vars(whole), argv


def test_the_command_word_is_found_after_the_global_options():
    from workshop_app.cli import command_of

    assert command_of(["--db", "x.sqlite", "--lang", "da", "info"]) == "info"
    assert command_of(["--db=x.sqlite", "note", "add"]) == "note"
    assert command_of(["--help"]) is None and command_of(["--version"]) == ""
    assert command_of(["no-such-command"]) is None and command_of([]) is None


def test_a_command_given_lazily_still_shows_its_own_help_and_errors(cli):
    result = cli("note", "--help")
    assert result.code == 0 and "add" in result.out and "list" in result.out
    assert cli("info", "--no-such-option").code == 2


def test_usage_error_exits_2(cli):
    assert cli("note", "add", "--db", "x.sqlite").code == 2
    assert cli("no-such-command").code == 2


def test_demo_then_info(cli, db_path):
    assert cli("demo", "--db", db_path).code == 0
    info = json.loads(cli("info", "--db", db_path).out)
    assert [m["venue"] for m in info["meetings"]] == ["Nørrebro", "Amager", "Tingbjerg"]
    assert all(m["participants"] and m["date"].startswith("2026-04") for m in info["meetings"])
    assert info["themes"][0] == "Unge og uddannelse" and len(info["themes"]) == 8
    assert len(info["topics"]) == 3
    assert 35 <= info["notes"] <= 50
    assert info["challenges"] + info["solutions"] == info["notes"]


def test_demo_refuses_a_file_with_data(cli, demo_db, tmp_path):
    before = export(cli, demo_db, tmp_path)
    result = cli("demo", "--db", demo_db)
    assert result.code == 1 and "already holds data" in result.err
    assert "Traceback" not in result.err and len(result.err.strip().splitlines()) == 1
    assert export(cli, demo_db, tmp_path, "y.json") == before


def test_event_sets_details(cli, db_path):
    result = cli(
        "event", "--db", db_path, "--title", "Dialogmøder 2026",
        "--hearing-url", "https://blivhoert.kk.dk/", "--hearing-email", "integration@bif.kk.dk",
        "--hearing-from", "2026-08-14", "--hearing-to", "2026-09-19",
    )
    assert result.code == 0
    info = json.loads(cli("info", "--db", db_path).out)
    assert info["title"] == "Dialogmøder 2026"
    assert info["hearing"] == {
        "url": "https://blivhoert.kk.dk/", "email": "integration@bif.kk.dk",
        "from": "2026-08-14", "to": "2026-09-19",
    }


@pytest.mark.parametrize(
    "args,message",
    [
        (["--hearing-url", "javascript:alert(1)"], "http"),
        (["--hearing-url", "ftp://kk.dk/"], "http"),
        (["--hearing-url", "https://blivhoert.kk.dk/med mellemrum"], "spaces"),
        (["--hearing-url", "https://"], "no host"),
        (["--hearing-email", "ikke-en-adresse"], "e-mail"),
        (["--hearing-from", "2026-09-20", "--hearing-to", "2026-09-19"], "after it ends"),
        (["--hearing-from", "19-09-2026"], "YYYY-MM-DD"),
    ],
)
def test_event_refuses_bad_values_and_changes_nothing(cli, demo_db, tmp_path, args, message):
    before = export(cli, demo_db, tmp_path)
    result = cli("event", "--db", demo_db, *args)
    assert result.code == 1 and message in result.err
    assert export(cli, demo_db, tmp_path, "y.json") == before


def test_note_add_creates_what_is_missing_and_prints_id(cli, db_path):
    result = cli(
        "note", "add", "--db", db_path, "--venue", "Tingbjerg", "--theme", "Ny tema",
        "--group", "Bord 9", "--kind", "løsning", "--text", "Lektiecafé i biblioteket",
        "--topic", "Læring", "--date", "2026-04-22",
    )
    assert result.code == 0
    note_id = result.out.strip()
    notes = json.loads(cli("note", "list", "--db", db_path, "--json").out)
    assert notes == [{
        "id": note_id, "text": "Lektiecafé i biblioteket", "kind": "solution",
        "venue": "Tingbjerg", "date": "2026-04-22", "theme": "Ny tema", "group": "Bord 9",
        "topic": "Læring", "device": "testdevice",
    }]


@pytest.mark.parametrize(
    "args,message",
    [
        (["--kind", "idé", "--text", "x"], "unknown kind"),
        (["--kind", "challenge", "--text", "   "], "empty"),
        (["--kind", "challenge", "--text", "x" * 200_000], "limit is 5,000"),
        (["--kind", "challenge", "--text", "x", "--date", "2026-02-30"], "bad date"),
    ],
)
def test_note_add_refuses_bad_input(cli, demo_db, tmp_path, args, message):
    before = export(cli, demo_db, tmp_path)
    result = cli("note", "add", "--db", demo_db, "--venue", "Amager", "--theme", "Beskæftigelse",
                 *args)
    assert result.code == 1 and message in result.err
    assert export(cli, demo_db, tmp_path, "y.json") == before


def test_note_edit_and_delete(cli, demo_db):
    notes = json.loads(cli("note", "list", "--db", demo_db, "--json").out)
    first = notes[0]["id"]
    assert cli("note", "edit", first[:10], "--text", "Rettet tekst", "--db", demo_db).code == 0
    assert cli("note", "list", "--db", demo_db, "--search", "rettet").out.count("Rettet tekst") == 1
    assert cli("note", "delete", first, "--db", demo_db).code == 0
    after = json.loads(cli("note", "list", "--db", demo_db, "--json").out)
    assert len(after) == len(notes) - 1 and first not in {n["id"] for n in after}
    missing = cli("note", "delete", first, "--db", demo_db)
    assert missing.code == 1 and "no note" in missing.err


def test_import_csv_command(cli, db_path, tmp_path):
    csv = tmp_path / "noter.csv"
    csv.write_bytes(
        "sted;dato;tema;gruppe;type;tekst;emne\r\n"
        "Nørrebro;08-04-2026;Beskæftigelse;Bord 1;udfordring;“Sprogkrav” – for høje;\r\n"
        .encode("cp1252")
    )
    first = cli("import-csv", csv, "--db", db_path)
    assert first.code == 0 and "imported 1 notes, skipped 0" in first.out
    second = cli("import-csv", csv, "--db", db_path)
    assert second.code == 0 and "imported 0 notes, skipped 1" in second.out
    notes = json.loads(cli("note", "list", "--db", db_path, "--json").out)
    assert [n["text"] for n in notes] == ["“Sprogkrav” – for høje"]


def test_import_csv_bad_row_changes_nothing(cli, demo_db, tmp_path):
    before = export(cli, demo_db, tmp_path)
    csv = tmp_path / "bad.csv"
    csv.write_text("venue,date,theme,kind,text\nAmager,2026-04-15,Beskæftigelse,solution,Ok\n"
                   "Amager,2026-04-15,Beskæftigelse,forslag,Ikke ok\n", encoding="utf-8")
    result = cli("import-csv", csv, "--db", demo_db)
    assert result.code == 1 and "row 3: unknown kind" in result.err
    assert export(cli, demo_db, tmp_path, "y.json") == before


def test_info_on_missing_or_damaged_file(cli, tmp_path):
    result = cli("info", "--db", tmp_path / "missing.sqlite")
    assert result.code == 1 and "no such file" in result.err
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"PK\x03\x04 not a database at all" * 50)
    result = cli("info", "--db", junk)
    assert result.code == 1 and "not an SQLite file" in result.err and "Traceback" not in result.err


def test_export_json_is_byte_identical_and_versioned(cli, demo_db, tmp_path):
    first = export(cli, demo_db, tmp_path)
    assert export(cli, demo_db, tmp_path, "again.json") == first
    data = json.loads(first)
    assert data["format"] == "workshop-app/consultation" and data["version"] == 1
    assert len(data["notes"]) == json.loads(cli("info", "--db", demo_db).out)["notes"]


def test_export_md_follows_the_summary_structure(cli, demo_db, tmp_path):
    out = tmp_path / "opsamling.md"
    assert cli("export", "md", "--db", demo_db, "--out", out).code == 0
    text = out.read_text(encoding="utf-8")
    cross = text.index("## Tværgående forslag")
    themes = [text.index(f"### {name}") for name in (
        "Unge og uddannelse", "Beskæftigelse", "Ældre og sundhed",
        "Medborgerskab: At være en del af fællesskabet", "Børn i dagtilbud og folkeskole",
        "Fritidsliv og foreningsdeltagelse", "Byudvikling og tryghed")]
    assert cross < themes[0] and themes == sorted(themes)
    assert text.index("## Frikommuneforsøg (Amager)") > themes[-1]
    notes = json.loads(cli("note", "list", "--db", demo_db, "--json").out)
    for note in notes:  # every note exactly once
        assert text.count(note["text"]) == 1, note["text"]


def test_markdown_escapes_user_text(cli, db_path, tmp_path):
    cli("note", "add", "--db", db_path, "--venue", "Amager", "--theme", "Beskæftigelse",
        "--kind", "challenge", "--text", "3 < 5 & 7 > 2 <b>ikke fed</b> *ikke kursiv*")
    out = tmp_path / "x.md"
    cli("export", "md", "--db", db_path, "--out", out)
    text = out.read_text(encoding="utf-8")
    # Escaped only where Markdown would act (tests/test_export_markdown.py renders it).
    assert r"3 < 5 & 7 > 2 \<b>ikke fed\</b> \*ikke kursiv\*" in text


def test_markdown_autolink_of_an_odd_hearing_url_stays_one_link(cli, db_path, tmp_path):
    assert cli("event", "--db", db_path, "--hearing-url", "https://kk.dk/høring?<x>=1").code == 0
    cli("note", "add", "--db", db_path, "--venue", "Amager", "--theme", "Bolig",
        "--kind", "challenge", "--text", "x")
    out = tmp_path / "x.md"
    assert cli("export", "md", "--db", db_path, "--out", out).code == 0
    assert "<https://kk.dk/høring?%3Cx%3E=1>" in out.read_text(encoding="utf-8")


def test_export_to_missing_folder_is_a_clear_error(cli, demo_db, tmp_path):
    result = cli("export", "json", "--db", demo_db, "--out", tmp_path / "nope" / "x.json")
    assert result.code == 1 and "no such folder" in result.err


def test_real_process_exit_codes(cli_process, tmp_path):
    bad = cli_process("info", "--db", tmp_path / "missing.sqlite")
    assert bad.returncode == 1 and bad.stderr.count("\n") == 1 and "Traceback" not in bad.stderr
    assert cli_process("bogus").returncode == 2


def test_text_that_is_not_utf8_is_one_clear_error(demo_db, cli):
    # Python keeps undecodable argv bytes as lone surrogates; SQLite cannot store them.
    bad = b"Lektiecaf\xe9".decode("utf-8", "surrogateescape")
    before = cli("note", "list", "--db", demo_db, "--json").out
    result = cli("note", "add", "--db", demo_db, "--venue", "Amager", "--theme", "Bolig",
                 "--kind", "solution", "--text", bad)
    assert result.code == 1
    assert result.err == ("workshop-app: error: the text argument is not valid UTF-8 text "
                          "(check the terminal's character encoding)\n")
    assert cli("note", "list", "--db", demo_db, "--json").out == before
    result = cli("event", "--db", demo_db, "--title", bad)
    assert result.code == 1 and "title argument is not valid UTF-8" in result.err



def test_an_unusable_data_folder_is_one_clear_error(demo_db, tmp_path, monkeypatch, cli):
    in_the_way = tmp_path / "home-is-a-file"
    in_the_way.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("WORKSHOP_APP_HOME", str(in_the_way))
    result = cli("info")  # the default database lives in the data folder
    assert result.code == 1
    assert result.err == (f"workshop-app: error: cannot use the data folder {in_the_way}: "
                          "a file is in the way\n")
    # With --db the work is done; only the automatic backup is skipped, with a warning.
    result = cli("info", "--db", demo_db)
    assert result.code == 0 and "warning: no backup taken" in result.err
    # A crash report cannot be written there either: still one line, no traceback.
    try:
        raise RuntimeError("a bug")
    except RuntimeError:
        from workshop_app.cli import _log_crash

        assert _log_crash() is None


@pytest.mark.parametrize(
    "argv",
    [
        ("export", "md"),
        ("export", "pdf", "--per-meeting"),
        ("export", "json"),
        ("handout",),
        ("session", "export"),
    ],
)
@pytest.mark.parametrize("target", ["", "-wal"])
def test_an_export_never_overwrites_the_database(demo_db, cli, argv, target):
    before = demo_db.read_bytes()
    out = demo_db.with_name(demo_db.name + target)
    result = cli(*argv, "--db", demo_db, "--out", out)
    assert result.code == 1 and result.err.count("\n") == 1
    assert "database" in result.err or "the consultation itself" in result.err
    assert demo_db.read_bytes()[:16] == b"SQLite format 3\x00"
    assert cli("info", "--db", demo_db).code == 0
    assert len(demo_db.read_bytes()) == len(before)


@pytest.mark.parametrize(
    "argv",
    [
        ("info", "--db", "{long}.sqlite"),
        ("merge", "{long}.wsession", "--db", "{db}"),
        ("backup", "restore", "{long}", "--db", "{db}"),
        ("session", "export", "--db", "{db}", "--out", "{long}.wsession"),
    ],
)
def test_a_file_name_the_file_system_refuses_is_one_line(demo_db, tmp_path, cli, argv):
    long = str(tmp_path / ("ø" * 200))  # 400 bytes: longer than a file name may be
    result = cli(*(a.format(long=long, db=demo_db) for a in argv))
    assert result.code == 1
    assert result.err.startswith("workshop-app: error: ") and result.err.count("\n") == 1
    assert "too long" in result.err


def test_listings_do_not_send_control_characters_to_the_terminal(db_path, cli):
    text = "Ring\x1b]0;hacked\x07 til\x1b[2J os\tnu\nsenere"
    assert cli("note", "add", "--db", db_path, "--venue", "Amager", "--theme", "Bolig",
               "--kind", "challenge", "--text", text).code == 0
    out = cli("note", "list", "--db", db_path).out
    assert "\x1b" not in out and "\x07" not in out
    assert "Ring\\x1b]0;hacked\\x07 til\\x1b[2J os\tnu\nsenere" in out
    # JSON keeps the text exactly (escaped by JSON itself).
    assert json.loads(cli("note", "list", "--db", db_path, "--json").out)[0]["text"] == text
    assert cli("point", "add", "--db", db_path, "--theme", "Bolig", "--text", text).code == 0
    out = cli("point", "list", "--db", db_path).out
    assert "\x1b" not in out and "Ring\\x1b]0;hacked" in out


def test_note_and_point_ids_are_found_the_same_way(demo_db, cli):
    note_id = json.loads(cli("note", "list", "--db", demo_db, "--json").out)[0]["id"]
    # Upper case and surrounding spaces work for notes as they do for points.
    result = cli("note", "edit", f" {note_id[:10].upper()} ", "--db", demo_db, "--text", "Ny tekst")
    assert result.code == 0 and result.out.strip() == note_id
    point_id = cli("point", "add", "--db", demo_db, "--theme", "Beskæftigelse", "--text", "P",
                   "--notes", note_id[:10].upper()).out.strip()
    assert cli("point", "edit", point_id[:10].upper(), "--db", demo_db, "--text", "Q").code == 0
    for argv, what in ((("note", "delete"), "note"), (("point", "delete"), "summary point")):
        for bad in ("", "%", "_", "zz"):
            result = cli(*argv, bad, "--db", demo_db)
            assert result.code == 1 and f"no {what} with id {bad!r}" in result.err


def test_replacing_an_export_that_another_program_holds_is_explained(demo_db, tmp_path, cli,
                                                                     monkeypatch):
    out = tmp_path / "opsamling.md"
    assert cli("export", "md", "--db", demo_db, "--out", out).code == 0
    before = out.read_bytes()

    real_replace = os.replace

    def locked(src, dst):  # what Windows does while Word has the file open
        if Path(dst) == out:
            raise PermissionError(13, "Permission denied", str(dst))
        real_replace(src, dst)

    monkeypatch.setattr("workshop_app.files.os.replace", locked)
    result = cli("export", "md", "--db", demo_db, "--out", out, "--lang", "en")
    assert result.code == 1
    assert "it is read-only or open in another program" in result.err
    assert out.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".tmp-")] == []


def test_kind_filters_take_the_danish_names_as_note_add_does(demo_db, cli):
    solutions = json.loads(cli("note", "list", "--db", demo_db, "--json", "--kind", "Løsning").out)
    assert solutions and {n["kind"] for n in solutions} == {"solution"}
    note_id = solutions[0]["id"]
    assert cli("note", "edit", note_id, "--db", demo_db, "--text", "Ny",
               "--kind", "udfordring").code == 0
    [note] = [n for n in json.loads(cli("note", "list", "--db", demo_db, "--json").out)
              if n["id"] == note_id]
    assert note["kind"] == "challenge"
    result = cli("note", "list", "--db", demo_db, "--kind", "idé")
    assert result.code == 2 and "unknown kind 'idé'" in result.err


@pytest.mark.parametrize("device", ["lap-A", "lap top", "x" * 65])
def test_a_laptop_id_no_stamp_can_carry_is_one_clear_error(demo_db, cli, monkeypatch, device):
    monkeypatch.setenv("WORKSHOP_APP_DEVICE", device)
    result = cli("note", "add", "--db", demo_db, "--venue", "Amager", "--theme", "Bolig",
                 "--kind", "challenge", "--text", "x")
    assert result.code == 1
    assert result.err.startswith(f"workshop-app: error: bad laptop id {device!r}")


def test_a_damaged_device_id_file_is_one_clear_error(demo_db, cli, monkeypatch, app_home):
    monkeypatch.delenv("WORKSHOP_APP_DEVICE")
    (app_home / "device-id").write_text("to ord\n", encoding="ascii")
    result = cli("info", "--db", demo_db)
    assert result.code == 1 and "bad laptop id 'to ord'" in result.err


def test_names_in_decomposed_unicode_are_the_same_names(db_path, cli):
    import unicodedata

    def nfd(text: str) -> str:
        return unicodedata.normalize("NFD", text)

    for venue, theme, group in (("Tårnby", "Café-liv", "Bord 1"),
                                (nfd("Tårnby"), nfd("café-liv"), nfd("bord 1"))):
        assert cli("note", "add", "--db", db_path, "--venue", venue, "--theme", theme,
                   "--group", group, "--kind", "challenge", "--text", f"Note {len(venue)}").code == 0
    info = json.loads(cli("info", "--db", db_path).out)
    assert [m["venue"] for m in info["meetings"]] == ["Tårnby"]
    assert info["themes"].count("Café-liv") == 1 and info["groups"] == 1
    notes = json.loads(cli("note", "list", "--db", db_path, "--json").out)
    assert len(notes) == 2 and {n["venue"] for n in notes} == {"Tårnby"}


@pytest.mark.parametrize(
    "argv",
    [
        ("import-csv", "missing.csv"),
        ("note", "add", "--venue", "Amager", "--theme", "Bolig", "--kind", "idé", "--text", "x"),
        ("event", "--hearing-url", "ftp://blivhoert.kk.dk/"),
    ],
)
def test_refused_input_creates_no_database(tmp_path, cli, argv):
    db = tmp_path / "new.sqlite"
    argv = tuple(str(tmp_path / a) if a.endswith(".csv") else a for a in argv)
    result = cli(*argv, "--db", db)
    assert result.code == 1 and result.err.count("\n") == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == []
    # An existing database is kept, of course, and stays as it was.
    assert cli("event", "--db", db, "--title", "Møde").code == 0
    before = cli("export", "json", "--db", db, "--out", tmp_path / "a.json").code
    assert before == 0 and cli(*argv, "--db", db).code == 1
    assert db.is_file()
    assert cli("export", "json", "--db", db, "--out", tmp_path / "b.json").code == 0
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()
