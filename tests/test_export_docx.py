"""The summary DOCX: Word's heading and list styles, the same points as the PDF, QR, footer."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from test_export_pdf import EMAIL, ESCAPE_NOTE, EXTRA_CSV, URL

from workshop_app.export.document import DEFAULT_AUTHOR, KINDS_IN_ORDER, build_summary
from workshop_app.store import Store


@pytest.fixture
def summary_db(demo_db: Path, tmp_path: Path) -> Path:
    from workshop_app.capture.csv_import import import_csv

    csv_path = tmp_path / "extra.csv"
    csv_path.write_text(EXTRA_CSV, encoding="utf-8")
    with Store.open(demo_db) as store:
        import_csv(store, csv_path)
    return demo_db


@pytest.fixture
def word(summary_db: Path, tmp_path: Path, cli):
    import docx

    out = tmp_path / "opsamling.docx"
    result = cli("export", "docx", "--db", summary_db, "--out", out, "--provenance")
    assert result.code == 0, result.err
    return docx.Document(str(out))


def _paragraphs(word, style: str) -> list[str]:
    return [p.text for p in word.paragraphs if p.style.name == style]


def test_docx_holds_the_same_points_as_the_document(word, summary_db: Path) -> None:
    with Store.open(summary_db) as store:
        notes = store.notes()
        doc = build_summary(store)
    bullets = _paragraphs(word, "List Bullet")
    points = [b.split("\u00a0(")[0] for b in bullets]
    sections = (*doc.topics, *doc.themes, *doc.venue_themes)
    expected = list(doc.theme_names) + [
        p.text for s in sections for kind in KINDS_IN_ORDER for p in s.by_kind(kind)
    ]
    assert len(expected) == len(doc.theme_names) + len(doc.all_points())
    assert points == expected
    for note in notes:
        assert points.count(note.text) == 1, note.text
    assert ESCAPE_NOTE in points
    amager_only = next(b for b in bullets if b.startswith("Lad bydelsteamet"))
    assert amager_only.endswith("\u00a0(Amager)")


def test_docx_uses_real_heading_styles_in_order(word, summary_db: Path) -> None:
    with Store.open(summary_db) as store:
        doc = build_summary(store)
    labels = doc.labels
    assert _paragraphs(word, "Title") == [doc.title]
    assert _paragraphs(word, "Heading 1") == [
        labels.next_steps, labels.cross_cutting, labels.per_theme, "Frikommuneforsøg (Amager)"
    ]
    assert _paragraphs(word, "Heading 2") == [s.title for s in doc.topics] + [
        s.title for s in doc.themes
    ]
    assert set(_paragraphs(word, "Heading 3")) == {labels.challenges, labels.solutions}
    texts = [p.text for p in word.paragraphs]
    assert texts.index(labels.venue_only.format(venue="Amager")) + 1 == texts.index(
        "Frikommuneforsøg (Amager)"
    )


def test_docx_hearing_details_links_and_qr(word) -> None:
    import zxingcpp
    from PIL import Image

    text = "\n".join(p.text for p in word.paragraphs)
    assert "14. august 2026 – 19. september 2026" in text
    assert EMAIL in text and URL in text
    targets = {r.target_ref for r in word.part.rels.values() if r.is_external}
    assert {URL, "mailto:" + EMAIL} <= targets
    images = [r.target_part.blob for r in word.part.rels.values()
              if "image" in r.reltype and not r.is_external]
    assert len(images) == 1
    with Image.open(io.BytesIO(images[0])) as image:
        decoded = [r.text for r in zxingcpp.read_barcodes(image)]
    assert decoded == [URL]


def test_docx_page_metadata_and_footer(word) -> None:
    section = word.sections[0]
    assert abs(section.page_width.mm - 210) < 0.5 and abs(section.page_height.mm - 297) < 0.5
    props = word.core_properties
    assert props.title == "Dialogmøder om integrationspolitikken"
    assert props.author == DEFAULT_AUTHOR
    assert props.language == "da-DK"
    footer_xml = section.footer._element.xml
    assert " PAGE " in footer_xml and " NUMPAGES " in footer_xml
    assert "Side " in section.footer.paragraphs[0].text and " af " in footer_xml


def test_docx_strips_control_characters_but_keeps_text(db_path: Path, tmp_path: Path) -> None:
    import docx

    from workshop_app.capture.notes import add_note_by_names
    from workshop_app.export.docx_export import render_docx

    with Store.open(db_path) as store:
        add_note_by_names(store, venue="Amager", theme="Beskæftigelse", kind="challenge",
                          text="før\x0befter <ok> & \x01slut")
        doc = build_summary(store)
    word = docx.Document(io.BytesIO(render_docx(doc)))
    assert "førefter <ok> & slut" in [p.text for p in word.paragraphs]


def test_markdown_marks_the_venue_only_theme(summary_db: Path, tmp_path: Path, cli) -> None:
    out = tmp_path / "o.md"
    assert cli("export", "md", "--db", summary_db, "--out", out).code == 0
    text = out.read_text(encoding="utf-8")
    assert "## Frikommuneforsøg (Amager)\n\n*Kun på Amager*" in text
    assert "3 < 5 & 7 > 2 \\<b>ikke fed\\</b>" in text


def test_docx_leaves_out_a_qr_code_too_dense_to_scan(summary_db: Path, tmp_path: Path,
                                                     cli) -> None:
    import docx

    long_url = "https://blivhoert.kk.dk/" + "hoering-" * 150
    assert cli("event", "--db", summary_db, "--hearing-url", long_url).code == 0
    out = tmp_path / "long.docx"
    assert cli("export", "docx", "--db", summary_db, "--out", out).code == 0
    word = docx.Document(str(out))
    assert not [r for r in word.part.rels.values() if "image" in r.reltype]
    assert long_url in {r.target_ref for r in word.part.rels.values() if r.is_external}
