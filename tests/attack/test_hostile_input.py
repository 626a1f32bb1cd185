"""Hostile and unlucky CSV files and texts (defects 8, 9, 11 and 13 of issue 18)."""

from __future__ import annotations

from pathlib import Path

import pytest
from attack_helpers import one_clean_line, run_cli

HEADER = "venue,date,theme,group,kind,text,topic\n"  # the README's own header


def _json(cli, db: Path, tmp_path: Path) -> bytes:
    out = tmp_path / "dump.json"
    assert cli("export", "json", "--db", db, "--out", out).code == 0
    return out.read_bytes()


def _refused_unchanged(cli, db: Path, tmp_path: Path, csv: Path, words: str) -> str:
    before = _json(cli, db, tmp_path)
    result = cli("import-csv", csv, "--db", db)
    assert result.code == 1 and result.err.count("\n") == 1, result
    assert words in result.err, result.err
    assert _json(cli, db, tmp_path) == before
    return result.err


@pytest.mark.parametrize("topic_column", ["empty", "left out"])
def test_unquoted_comma_with_an_empty_last_column_is_refused(cli, demo, tmp_path, topic_column):
    """Promise: a text with an unquoted comma is refused naming its row, also when the last
    column (the topic) is empty, so the extra field looks empty too: nothing is cut short."""
    csv = tmp_path / "in.csv"
    tail = "," if topic_column == "empty" else ",,"
    csv.write_text(HEADER + "Valby,2026-04-08,Sundhed,,challenge,Lange ventetider\"ok\",\n"
                   "Valby,2026-04-08,Sundhed,,challenge,Lange ventetider, især om aftenen"
                   + tail + "\n", encoding="utf-8")
    err = _refused_unchanged(cli, demo, tmp_path, csv, "row 3")
    assert "double quotes" in err


def test_one_bad_byte_in_utf8_is_refused_not_mojibake(cli, demo, tmp_path):
    """Promise: one bad byte in an otherwise UTF-8 file is refused naming its line; the file is
    not read as Windows-1252 (no "NÃ¸rrebro" venue, no "Ã†ldre" theme)."""
    good = (HEADER + "Nørrebro,2026-04-08,Ældre og sundhed,,challenge,Få hænder,\n"
            "Nørrebro,2026-04-08,Ældre og sundhed,,solution,Flere hænder,\n").encode("utf-8")
    bad = good.replace(b"Flere", b"Fl\xffre")
    csv = tmp_path / "in.csv"
    csv.write_bytes(bad)
    err = _refused_unchanged(cli, demo, tmp_path, csv, "line 3")
    assert "0xFF" in err and "UTF-8" in err


def test_a_real_windows_1252_file_still_imports(cli, demo, tmp_path):
    """Promise: a file that is wholly Windows-1252 (Danish Excel) imports with æ, ø, å intact."""
    csv = tmp_path / "excel.csv"
    csv.write_bytes(("sted;dato;tema;gruppe;type;tekst;emne\n"
                     "Nørrebro;08-04-2026;Ældre og sundhed;;udfordring;“Få” hænder – især om "
                     "aftenen;\n").encode("cp1252"))
    result = cli("import-csv", csv, "--db", demo)
    assert result.code == 0, result
    listed = cli("note", "list", "--db", demo, "--json", "--search", "hænder")
    assert "“Få” hænder – især om aftenen" in listed.out and "Ã" not in listed.out


def test_import_is_linear_in_new_themes_and_groups(cli, tmp_path, monkeypatch):
    """Promise: an import with many new themes and groups looks at the existing themes and
    groups a fixed number of times, not once per new name (which made 10,000 themes take
    minutes). Counted, not timed: speed lives in benchmarks/."""
    from workshop_app.store import Store

    calls = {"themes": 0, "groups": 0, "topics": 0, "meetings": 0}
    for name in calls:
        real = getattr(Store, name)

        def counting(self, *args, _real=real, _name=name, **kwargs):
            calls[_name] += 1
            return _real(self, *args, **kwargs)

        monkeypatch.setattr(Store, name, counting)

    def import_themes(count: int) -> dict[str, int]:
        for name in calls:
            calls[name] = 0
        csv = tmp_path / f"many{count}.csv"
        csv.write_text(HEADER + "".join(
            f"Valby,2026-04-08,Tema {i},Bord {i},challenge,Tekst {i},Emne {i}\n"
            for i in range(count)), encoding="utf-8")
        result = cli("import-csv", csv, "--db", tmp_path / f"c{count}.sqlite")
        assert result.code == 0, result
        return dict(calls)

    assert import_themes(20) == import_themes(200)


@pytest.mark.parametrize("url", [
    "https://kk.dk/\u202ehøring",       # right-to-left override: spoofs what is shown
    "https://kk.dk/h\u200børing",       # zero-width space
    "https://kk.dk/høring\u2066x\u2069",  # isolates
    "https://kk.dk/\u00adhøring",       # soft hyphen (a format character)
    "https://kk.dk/høring\ufeff",       # byte order mark
])
def test_spoofable_hearing_url_is_refused_by_event(cli, demo, tmp_path, url):
    """Promise: a hearing URL with a bidi control or an invisible or format character is
    refused by ``event`` (not printed on handouts or encoded into a QR code later)."""
    before = _json(cli, demo, tmp_path)
    result = cli("event", "--db", demo, "--hearing-url", url)
    assert result.code == 1 and result.err.count("\n") == 1, result
    assert "hearing URL" in result.err
    assert _json(cli, demo, tmp_path) == before


@pytest.mark.parametrize("text", ["\u200b", "\u200e\u200f", "\u202e \u200b\u2060", "\ufeff",
                                  "\u00ad\u00ad", " \u3000\u200d "])
def test_invisible_note_counts_as_empty(cli, demo, tmp_path, text):
    """Promise: a note made only of invisible characters (zero-width, bidi marks, format
    characters) is refused as empty, on the command line and through the store."""
    before = _json(cli, demo, tmp_path)
    result = cli("note", "add", "--db", demo, "--venue", "Valby", "--theme", "Sundhed",
                 "--kind", "challenge", "--text", text)
    assert result.code == 1 and "empty" in result.err, result
    assert _json(cli, demo, tmp_path) == before


def test_visible_text_with_marks_is_kept_exactly(cli, demo, tmp_path):
    """Promise: citizens' words with bidi marks next to visible letters are kept as typed
    (Arabic with a right-to-left mark, Farsi with a zero-width non-joiner)."""
    for text in ("\u200fمشكلة في المواصلات", "می\u200cخواهم"):
        result = cli("note", "add", "--db", demo, "--venue", "Valby", "--theme", "Sundhed",
                     "--kind", "challenge", "--text", text)
        assert result.code == 0, result
        listed = cli("note", "list", "--db", demo, "--json", "--search", text[-3:])
        assert text in listed.out  # --json keeps the text exactly (ensure_ascii off)


def test_hostile_csv_through_a_process(tmp_path):
    """Promise: the installed command refuses a CSV with an unquoted comma with one line, exit 1,
    and creates no consultation file when there was none."""
    csv = tmp_path / "in.csv"
    csv.write_text(HEADER + "Valby,2026-04-08,Sundhed,,challenge,A, B,\n", encoding="utf-8")
    db = tmp_path / "new.sqlite"
    one_clean_line(run_cli("import-csv", csv, "--db", db))
    assert not db.exists() and sorted(p.name for p in tmp_path.iterdir()) == ["in.csv"]


def test_a_setting_conflict_names_the_whole_setting() -> None:
    """Promise: a merge conflict on a setting names the setting in full (not "consulta")."""
    from workshop_app.sync.merge import Conflict

    kept = {"key": "consultation.title", "value": "\"Borgermøde\"", "device": "lapA"}
    lost = {"key": "consultation.title", "value": "\"Dialogmøde\"", "device": "lapB"}
    line = Conflict("settings", "consultation.title", "", kept, lost).summary
    assert "consultation.title" in line
    note = Conflict("notes", "0123456789abcdef" * 2, "Valby", {"text": "a", "device": "x"},
                    {"text": "b", "device": "y"}).summary
    assert "note 01234567:" in note


def test_merge_refuses_points_the_editor_would_refuse(cli, demo, tmp_path) -> None:
    """Promise: the merge and the editor share one limit (domain/limits.py): a session file
    with a 20,000-character summary point is refused, and the target is unchanged."""
    from workshop_app.domain.limits import MAX_POINT_CHARS
    from workshop_app.store import Store
    from workshop_app.sync.session import export_session

    laptop = tmp_path / "laptop.sqlite"
    with Store.open(laptop, device="lapB") as store:
        theme = store.themes()[0]
        stamp = store.clock.tick()
        store.db.execute(  # written by hand: no code path of the app writes one this long
            "INSERT INTO summary_points (id, theme_id, topic_id, kind, text, position, device,"
            " origin_device, hlc, created, deleted) VALUES (?, ?, NULL, NULL, ?, 1, 'lapB',"
            " 'lapB', ?, ?, 0)",
            ["p" * 32, theme.id, "x" * (4 * MAX_POINT_CHARS), stamp, stamp],
        )
        export_session(store, tmp_path / "long.wsession")
    before = _json(cli, demo, tmp_path)
    result = cli("merge", tmp_path / "long.wsession", "--db", demo)
    assert result.code == 1 and result.err.count("\n") == 1, result
    assert "summary_points" in result.err or "summary point" in result.err, result.err
    assert _json(cli, demo, tmp_path) == before
