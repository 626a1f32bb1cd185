"""Who made the PDF, told truly: this app (and its version) as the Creator, Typst as the
Producer, alike in the information dictionary and the XMP metadata, in the summary and in
the handouts; and the file still reads cleanly after the edit (every cross-reference offset
exact, so no reader has to repair it)."""

from __future__ import annotations

import re
from pathlib import Path

import pikepdf
import pytest
from test_export_pdf import EMAIL, URL, pdf_path, summary_db  # noqa: F401  (fixtures)

from workshop_app import __version__
from workshop_app.export.pdf_meta import creator, stamp_creator


def _offsets_exact(data: bytes) -> None:
    """Every in-use cross-reference entry points at its own ``N 0 obj``, and startxref at
    the table: a reader finds each object without reconstructing the file."""
    start = int(re.search(rb"startxref\s*(\d+)\s*%%EOF\s*$", data).group(1))
    assert data[start:start + 4] == b"xref"
    pos = start + 4
    checked = 0
    while (section := re.compile(rb"\s*(\d+) (\d+)\r?\n").match(data, pos)) is not None:
        first, count = int(section.group(1)), int(section.group(2))
        pos = section.end()
        for n in range(first, first + count):
            entry = data[pos:pos + 20]
            if entry[17:18] == b"n":
                assert data.startswith(b"%d 0 obj" % n, int(entry[:10])), n
                checked += 1
            pos += 20
    assert checked > 5


def _assert_true_makers(path: Path) -> None:
    data = path.read_bytes()
    _offsets_exact(data)
    with pikepdf.open(path) as pdf:
        assert pdf.check_pdf_syntax() == []
        info = pdf.docinfo
        assert str(info.Creator) == f"Workshop App {__version__}" == creator()
        assert re.fullmatch(r"Typst \d+\.\d+\.\d+", str(info.Producer))
        meta = pdf.open_metadata()
        assert meta["xmp:CreatorTool"] == str(info.Creator)
        assert meta["pdf:Producer"] == str(info.Producer)
        assert str(meta["pdfuaid:part"]) == "1"  # the claim survives the edit
        assert meta["dc:title"] == str(info.Title)
    assert b"/Creator(Typst" not in data and b"<xmp:CreatorTool>Typst" not in data


def test_summary_names_this_app_as_creator_and_typst_as_producer(pdf_path: Path) -> None:  # noqa: F811
    _assert_true_makers(pdf_path)


def test_handout_names_this_app_as_creator_too(summary_db: Path, tmp_path: Path, cli) -> None:  # noqa: F811
    out = tmp_path / "handout.pdf"
    result = cli("handout", "--db", summary_db, "--out", out, "--per-page", "4")
    assert result.code == 0, result.err
    _assert_true_makers(out)


def test_a_long_summary_keeps_exact_offsets(db_path: Path, tmp_path: Path, cli) -> None:
    """Hundreds of objects before the edited ones: each still found where the table says."""
    for i in range(120):
        assert cli("note", "add", "--db", db_path, "--venue", "Amager", "--theme",
                   f"Tema {i % 7}", "--kind", "solution", "--text", f"Punkt nummer {i} om ø og å"
                   ).code == 0
    out = tmp_path / "long.pdf"
    assert cli("export", "pdf", "--db", db_path, "--out", out).code == 0
    _assert_true_makers(out)


@pytest.mark.parametrize("data", [b"", b"%PDF-1.7\nnot a pdf", b"%PDF-1.7\n" + b"x" * 5000])
def test_a_file_not_laid_out_as_typst_writes_it_is_left_alone(data: bytes) -> None:
    assert stamp_creator(data) == data


def test_a_name_beyond_ascii_is_written_as_unicode_and_reads_back(tmp_path: Path) -> None:
    import typst

    source = tmp_path / "tiny.typ"
    source.write_text('#set document(title: "Lille")\n#set text(lang: "da")\nHej\n',
                      encoding="utf-8")
    out = tmp_path / "tiny.pdf"
    out.write_bytes(stamp_creator(typst.compile(str(source), format="pdf"), "Dialogmøde (app) 2"))
    _offsets_exact(out.read_bytes())
    with pikepdf.open(out) as pdf:
        assert str(pdf.docinfo.Creator) == "Dialogmøde (app) 2"
        assert str(pdf.docinfo.Producer).startswith("Typst ")
        assert pdf.open_metadata()["xmp:CreatorTool"] == "Dialogmøde (app) 2"
