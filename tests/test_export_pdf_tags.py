"""The summary PDF is tagged for PDF/UA-1: structure tree, lists, links, figure, artifacts,
language, metadata. Read with pikepdf, on the file `workshop-app export pdf` writes."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pikepdf
import pytest
from test_export_pdf import EMAIL, URL, pdf_path, summary_db  # noqa: F401  (fixtures)

from workshop_app.export.document import build_summary
from workshop_app.store import Store


def _elements(pdf: pikepdf.Pdf) -> list[tuple[str, pikepdf.Dictionary, tuple[str, ...]]]:
    """Every structure element as (type, element, types of its ancestors), in order."""
    found = []

    def walk(node: pikepdf.Dictionary, parents: tuple[str, ...]) -> None:
        kids = node.get("/K")
        for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
            if isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
                kind = str(kid.S)
                found.append((kind, kid, parents))
                walk(kid, (*parents, kind))

    walk(pdf.Root.StructTreeRoot, ())
    return found


def _of(elements, kind: str) -> list[pikepdf.Dictionary]:
    return [node for k, node, _ in elements if k == kind]


def _kids(node: pikepdf.Dictionary) -> list[pikepdf.Dictionary]:
    kids = node.get("/K")
    return [k for k in (kids if isinstance(kids, pikepdf.Array) else [kids])
            if isinstance(k, pikepdf.Dictionary) and "/S" in k]


@pytest.fixture
def doc(summary_db: Path):  # noqa: F811
    with Store.open(summary_db) as store:
        return build_summary(store)


def test_headings_title_sections_themes(pdf_path: Path, doc) -> None:  # noqa: F811
    with pikepdf.open(pdf_path) as pdf:
        elements = _elements(pdf)
    kinds = [k for k, _, _ in elements]
    assert kinds[0] == "/Document"
    assert kinds.count("/H1") == 1  # the title
    sections = 3 + len(doc.venue_themes)  # next steps, cross-cutting, per theme, venue-only
    assert kinds.count("/H2") == sections
    assert kinds.count("/H3") == len(doc.topics) + len(doc.themes)
    headings = [k for k in kinds if re.fullmatch(r"/H\d", k)]
    assert headings[0] == "/H1"
    # never a level skipped on the way down
    levels = [int(k[2:]) for k in headings]
    assert all(b <= a + 1 for a, b in itertools.pairwise(levels))


def test_every_bullet_is_one_list_item(pdf_path: Path, doc) -> None:  # noqa: F811
    with pikepdf.open(pdf_path) as pdf:
        elements = _elements(pdf)
        items = _of(elements, "/LI")
        bullets = len(doc.theme_names) + len(doc.all_points())
        assert len(items) == bullets
        for item in items:
            assert [str(k.S) for k in _kids(item)] == ["/Lbl", "/LBody"]
        for _, _, parents in (e for e in elements if e[0] == "/LI"):
            assert parents[-1] == "/L"
        # One list per group of bullets: the themes, then each label's bullets.
        groups = 1 + sum(len({p.kind for p in s.points}) for s in
                         (*doc.topics, *doc.themes, *doc.venue_themes))
        assert len(_of(elements, "/L")) == groups


def test_links_are_tagged_with_their_annotations(pdf_path: Path) -> None:  # noqa: F811
    with pikepdf.open(pdf_path) as pdf:
        links = _of(_elements(pdf), "/Link")
        targets = set()
        for link in links:
            refs = [k for k in link.K if isinstance(k, pikepdf.Dictionary)
                    and k.get("/Type") == "/OBJR"]
            assert len(refs) == 1
            annotation = refs[0].Obj
            assert annotation.Subtype == "/Link" and "/StructParent" in annotation
            assert str(annotation.get("/Contents", "")).strip()  # a description for AT
            targets.add(str(annotation.A.URI))
        assert targets == {f"mailto:{EMAIL}", URL}
        annotated = [a for page in pdf.pages for a in page.get("/Annots", [])]
        assert len(annotated) == len(links)
        assert all(page.get("/Tabs") == "/S" for page in pdf.pages)


def test_qr_code_is_a_figure_with_alt_text(pdf_path: Path) -> None:  # noqa: F811
    with pikepdf.open(pdf_path) as pdf:
        (figure,) = _of(_elements(pdf), "/Figure")
        alt = str(figure.Alt)
    assert URL in alt and "høringen" in alt


def _page_streams(pdf: pikepdf.Pdf) -> list[bytes]:
    out = []
    for page in pdf.pages:
        contents = page.Contents
        parts = contents if isinstance(contents, pikepdf.Array) else [contents]
        out.append(b"".join(p.read_bytes() for p in parts))
    return out


def test_header_footer_and_page_numbers_are_artifacts(pdf_path: Path) -> None:  # noqa: F811
    with pikepdf.open(pdf_path) as pdf:
        streams = _page_streams(pdf)
    assert len(streams) > 1
    for number, stream in enumerate(streams, start=1):
        assert re.search(rb"/Artifact\s*<<[^>]*/Subtype\s*/Footer[^>]*>>\s*BDC", stream)
        if number > 1:
            assert re.search(rb"/Artifact\s*<<[^>]*/Subtype\s*/Header[^>]*>>\s*BDC", stream)


def test_document_language_and_viewer_settings(pdf_path: Path, summary_db: Path, tmp_path,  # noqa: F811
                                               cli, doc) -> None:
    with pikepdf.open(pdf_path) as pdf:
        assert pdf.Root.Lang == "da"
        assert pdf.Root.MarkInfo.Marked is True
        assert pdf.Root.ViewerPreferences.DisplayDocTitle is True
        meta = pdf.open_metadata()
        assert meta["dc:title"] == doc.title
        assert str(meta["pdfuaid:part"]) == "1"
        assert pdf.docinfo.Title == doc.title and pdf.docinfo.Subject == doc.subtitle()
    out = tmp_path / "en.pdf"
    assert cli("export", "pdf", "--db", summary_db, "--out", out, "--lang", "en").code == 0
    with pikepdf.open(out) as pdf:
        assert pdf.Root.Lang == "en"


def test_metadata_carries_no_personal_data(summary_db: Path, tmp_path: Path, cli) -> None:  # noqa: F811
    from workshop_app.export.document import TITLE_KEY

    with Store.open(summary_db) as store:
        store.set_setting(TITLE_KEY, "Dialogmøde, ring 22 33 44 55")
    out = tmp_path / "t.pdf"
    assert cli("export", "pdf", "--db", summary_db, "--out", out).code == 0
    with pikepdf.open(out) as pdf:
        texts = [str(v) for v in pdf.docinfo.values()]
        texts.append(str(pdf.open_metadata()))
    assert not any("22 33 44 55" in t for t in texts)
    assert any(t.startswith("Dialogmøde, ring") for t in texts)


def test_a_passage_in_another_language_carries_it(db_path: Path, tmp_path: Path, cli) -> None:
    assert cli("note", "add", "--db", db_path, "--venue", "Amager", "--theme", "Bolig",
               "--kind", "challenge", "--text", "نحتاج إلى مساكن أرخص").code == 0
    out = tmp_path / "ar.pdf"
    assert cli("export", "pdf", "--db", db_path, "--out", out).code == 0
    with pikepdf.open(out) as pdf:
        langs = [str(node.Lang) for _, node, parents in _elements(pdf)
                 if "/Lang" in node and "/LI" in parents]
    assert langs == ["ar"]


def test_english_and_one_meeting(summary_db: Path, tmp_path: Path, cli) -> None:  # noqa: F811
    from pypdf import PdfReader

    out = tmp_path / "amager-en.pdf"
    result = cli("export", "pdf", "--db", summary_db, "--out", out, "--lang", "en",
                 "--meeting", "Amager")
    assert result.code == 0, result.err
    reader = PdfReader(out)
    pages = [p.extract_text() for p in reader.pages]
    assert all(f"Page {n} of {len(pages)}" in text for n, text in enumerate(pages, start=1))
    body = " ".join(pages)
    assert "Frikommuneforsøg (Amager)" in body and "Lad bydelsteamet afprøve" in body
    assert "Åbn hallen fredag aften" not in body  # said in Tingbjerg
    with pikepdf.open(out) as pdf:
        assert pdf.Root.Lang == "en"
        (figure,) = _of(_elements(pdf), "/Figure")
        assert str(figure.Alt) == f"QR code that leads to the hearing at {URL}"


def test_a_blank_title_or_heading_still_makes_a_pdf_ua_file(doc) -> None:
    """PDF/UA-1 forbids an empty heading: a title or theme name of only control characters
    (possible in a merged or hand-edited file) gets the default title or a dash."""
    import dataclasses

    from workshop_app.export.pdf import render_pdf

    theme = dataclasses.replace(doc.themes[0], title="\x1f")
    blank = dataclasses.replace(doc, title="\x07", themes=(theme, *doc.themes[1:]))
    import io

    with pikepdf.open(io.BytesIO(render_pdf(blank))) as pdf:
        assert str(pdf.open_metadata()["pdfuaid:part"]) == "1"
        assert str(pdf.docinfo.Title) == doc.labels.default_title
