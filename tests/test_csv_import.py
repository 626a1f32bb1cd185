"""CSV import: encodings, delimiters, Danish headers, all-or-nothing, re-import."""

from __future__ import annotations

import pytest

from workshop_app.capture.csv_import import import_csv, parse_csv
from workshop_app.errors import UserError
from workshop_app.export.json_export import export_json

EXCEL_ROWS = [
    ("sted", "dato", "tema", "gruppe", "type", "tekst", "emne"),
    ("Nørrebro", "08-04-2026", "Beskæftigelse", "Bord 1", "udfordring",
     "Jobcentrets “breve” er svære – især for ældre", ""),
    ("Nørrebro", "08-04-2026", "Ældre og sundhed", "", "løsning",
     "Tolk på plejehjem; også om aftenen", "Sprog"),
    ("Amager", "15.04.2026", "Frikommunetiltag (Amager)", "Bord 7", "løsning",
     "Lønnede brobyggere i stedet for frivillige", ""),
]


def excel_csv(rows=EXCEL_ROWS, encoding="cp1252", delimiter=";", bom=False) -> bytes:
    def cell(value: str) -> str:
        if delimiter in value or '"' in value:
            return '"' + value.replace('"', '""') + '"'
        return value

    text = "\r\n".join(delimiter.join(cell(c) for c in row) for row in rows) + "\r\n"
    data = text.encode(encoding)
    return (b"\xef\xbb\xbf" + data) if bom else data


@pytest.mark.parametrize(
    "encoding,delimiter,bom",
    [("cp1252", ";", False), ("utf-8", ",", False), ("utf-8", ";", True), ("utf-8", ",", True)],
)
def test_danish_excel_and_utf8_files_keep_every_character(store, tmp_path, encoding, delimiter, bom):
    path = tmp_path / "noter.csv"
    path.write_bytes(excel_csv(encoding=encoding, delimiter=delimiter, bom=bom))
    result = import_csv(store, path)
    assert (result.added, result.skipped) == (3, 0)
    texts = {n.text for n in store.notes()}
    assert "Jobcentrets “breve” er svære – især for ældre" in texts
    assert "Tolk på plejehjem; også om aftenen" in texts
    assert [m.label for m in store.meetings()] == ["Nørrebro 2026-04-08", "Amager 2026-04-15"]
    assert store.themes()[-1].name == "Frikommunetiltag (Amager)"  # new themes go last
    assert [t.name for t in store.topics()] == ["Sprog"]


def test_english_headers_without_optional_columns(store, tmp_path):
    path = tmp_path / "notes.csv"
    path.write_text(
        "venue,date,theme,kind,text\nTingbjerg,2026-04-22,Beskæftigelse,solution,Mentorer\n",
        encoding="utf-8",
    )
    assert import_csv(store, path).added == 1
    note = store.notes()[0]
    assert (note.venue, note.group, note.topic, note.kind) == ("Tingbjerg", "", "", "solution")


def test_reimport_adds_nothing(store, tmp_path):
    path = tmp_path / "noter.csv"
    path.write_bytes(excel_csv())
    import_csv(store, path)
    before = export_json(store)
    again = import_csv(store, path)
    assert (again.added, again.skipped) == (0, 3)
    assert "skipped 3" in again.summary()
    assert export_json(store) == before


@pytest.mark.parametrize(
    "row,message",
    [
        (("Amager", "2026-04-15", "Beskæftigelse", "", "idé", "Tekst", ""), "row 3: unknown kind"),
        (("Amager", "2026-04-15", "Beskæftigelse", "", "løsning", "  ", ""), "row 3: the note text is empty"),
        (("Amager", "2026-13-45", "Beskæftigelse", "", "løsning", "Tekst", ""), "row 3: bad date"),
        (("Amager", "2026-04-15", "Beskæftigelse", "", "løsning", "x" * 5001, ""), "row 3: the note is"),
    ],
)
def test_one_bad_row_imports_nothing(store, tmp_path, row, message):
    rows = [*EXCEL_ROWS[:2], row, *EXCEL_ROWS[2:]]
    path = tmp_path / "bad.csv"
    path.write_bytes(excel_csv(rows))
    before = export_json(store)
    with pytest.raises(UserError, match=message):
        import_csv(store, path)
    assert export_json(store) == before


def test_missing_column_is_named(store, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("venue,date,theme,text\nAmager,2026-04-15,Beskæftigelse,Tekst\n", encoding="utf-8")
    with pytest.raises(UserError, match="row 1: missing column kind"):
        import_csv(store, path)


@pytest.mark.parametrize(
    "data,message",
    [
        (b"", "empty"),
        (b"\x00\x01\x02binary", "binary"),
        (b"venue;date\n\x81\x8d\x8f", "neither UTF-8 nor Windows-1252"),
    ],
)
def test_non_csv_files_are_refused(data, message):
    with pytest.raises(UserError, match=message):
        parse_csv(data)


def test_missing_file(store, tmp_path):
    with pytest.raises(UserError, match="no such file"):
        import_csv(store, tmp_path / "nope.csv")


def test_duplicate_rows_within_one_file_are_skipped(store, tmp_path):
    rows = [*EXCEL_ROWS, EXCEL_ROWS[1]]
    path = tmp_path / "dup.csv"
    path.write_bytes(excel_csv(rows))
    result = import_csv(store, path)
    assert (result.added, result.skipped) == (3, 1)


def test_unquoted_separator_in_text_is_refused_not_cut_short(store, tmp_path):
    path = tmp_path / "notes.csv"
    path.write_text(
        "venue,date,theme,kind,text\n"
        "Amager,2026-04-09,Bolig,solution,Flere boliger, også til unge\n",
        encoding="utf-8",
    )
    with pytest.raises(UserError, match=r"row 2: 6 fields but the header has 5"):
        import_csv(store, path)
    assert store.notes() == []


def test_trailing_empty_cells_are_accepted():
    rows = parse_csv(
        "venue;date;theme;kind;text\nAmager;2026-04-09;Bolig;løsning;Lektiecafé;;\n".encode()
    )
    assert [r.text for r in rows] == ["Lektiecafé"]


def test_a_column_named_twice_is_refused():
    data = "venue,sted,date,theme,kind,text\nAmager,Nørrebro,,Bolig,solution,x\n".encode()
    with pytest.raises(UserError, match="the venue column appears twice"):
        parse_csv(data)
