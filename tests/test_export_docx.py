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
    # "Udfordringer"/"Løsninger" are labels in a custom paragraph style, not headings.
    assert _paragraphs(word, "Heading 3") == []
    kinds = [t for t in _paragraphs(word, "Summary Label")
             if t in (labels.challenges, labels.solutions)]
    assert set(kinds) == {labels.challenges, labels.solutions}
    label = word.styles["Summary Label"]
    assert label.type == 1 and not label.builtin  # WD_STYLE_TYPE.PARAGRAPH, custom
    assert "outlineLvl" not in label.element.xml
    for name in ("Title", "Heading 1", "Heading 2"):
        assert word.styles[name].builtin
    texts = [p.text for p in word.paragraphs]
    assert texts.index(doc.venue_marker(doc.venue_themes[0])) + 1 == texts.index(
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


def test_docx_shows_control_characters_and_keeps_text(db_path: Path, tmp_path: Path) -> None:
    import docx

    from workshop_app.capture.notes import add_note_by_names
    from workshop_app.export.docx_export import render_docx

    with Store.open(db_path) as store:
        add_note_by_names(store, venue="Amager", theme="Beskæftigelse", kind="challenge",
                          text="før\x0befter <ok> & \x01slut")
        doc = build_summary(store)
    word = docx.Document(io.BytesIO(render_docx(doc)))
    # Shown as control pictures (U+240B, U+2401), never dropped; XML cannot hold them raw.
    assert "før\u240befter <ok> & \u2401slut" in [p.text for p in word.paragraphs]


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


# ----------------------------------------------------------------------------- the XML
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {
    "w": W,
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
    "dc": "http://purl.org/dc/elements/1.1/",
    "dcterms": "http://purl.org/dc/terms/",
    "ep": "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
}
ARABIC_NOTE = "نحتاج إلى دروس لغة في المساء بعد العمل"
URDU_NOTE = "ہمیں شام کو زبان کی کلاسیں چاہییں"
FARSI_NOTE = "می‌خواهیم کلاس زبان در شب داشته باشیم"
QUOTING_NOTE = "En deltager skrev på tavlen: «مرحبا بالجميع» og alle klappede"


def w(name: str) -> str:
    return f"{{{W}}}{name}"


def docx_parts(path: Path) -> dict[str, object]:
    import xml.etree.ElementTree as ET
    import zipfile

    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        parts = {name: ET.fromstring(z.read(name)) for name in names if name.endswith(".xml")}
    parts["names"] = names
    return parts


@pytest.fixture
def word_xml(summary_db: Path, tmp_path: Path, cli) -> dict[str, object]:
    from workshop_app.capture.notes import add_note_by_names

    with Store.open(summary_db) as store:
        for text in (ARABIC_NOTE, URDU_NOTE, FARSI_NOTE, QUOTING_NOTE):
            add_note_by_names(store, venue="Nørrebro", theme="Sprog og skrift",
                              kind="solution", text=text)
    out = tmp_path / "a.docx"
    result = cli("export", "docx", "--db", summary_db, "--out", out,
                 "--author", "Sekretariatet for integration")
    assert result.code == 0, result.err
    return docx_parts(out)


def paragraph_text(p) -> str:
    return "".join(t.text or "" for t in p.iter(w("t")))


def paragraph_of(parts, text: str):
    body = parts["word/document.xml"]
    return next(p for p in body.iter(w("p")) if paragraph_text(p) == text)


def test_docx_core_and_app_properties_are_true(word_xml) -> None:
    import datetime as dt

    from workshop_app import __version__

    core = word_xml["docProps/core.xml"]
    assert core.find("dc:creator", NS).text == "Sekretariatet for integration"
    assert core.find("cp:lastModifiedBy", NS).text == "Sekretariatet for integration"
    assert core.find("dc:title", NS).text == "Dialogmøder om integrationspolitikken"
    assert core.find("cp:revision", NS).text == "1"
    now = dt.datetime.now(dt.UTC)
    for name in ("dcterms:created", "dcterms:modified"):
        stamp = dt.datetime.fromisoformat(core.find(name, NS).text)
        assert abs((now - stamp).total_seconds()) < 600, name
    description = core.find("dc:description", NS)
    assert description is None or not description.text
    app = word_xml["docProps/app.xml"]
    assert app.find("ep:Application", NS).text == f"Workshop App {__version__}"
    assert app.find("ep:AppVersion", NS) is None and app.find("ep:Template", NS) is None
    assert not [n for n in word_xml["names"] if "thumbnail" in n]


def test_docx_language_is_danish_with_a_complex_script_language(word_xml) -> None:
    styles = word_xml["word/styles.xml"]
    default = styles.find("w:docDefaults/w:rPrDefault/w:rPr/w:lang", NS)
    assert default.get(w("val")) == "da-DK" and default.get(w("bidi")) == "ar-SA"
    normal = next(s for s in styles.iter(w("style")) if s.get(w("styleId")) == "Normal")
    assert normal.find("w:rPr/w:lang", NS).get(w("val")) == "da-DK"
    theme = word_xml["word/settings.xml"].find("w:themeFontLang", NS)
    assert theme.get(w("val")) == "da-DK"


def test_docx_in_english_is_marked_english(summary_db: Path, tmp_path: Path, cli) -> None:
    out = tmp_path / "en.docx"
    assert cli("export", "docx", "--db", summary_db, "--out", out, "--lang", "en").code == 0
    parts = docx_parts(out)
    default = parts["word/styles.xml"].find("w:docDefaults/w:rPrDefault/w:rPr/w:lang", NS)
    assert default.get(w("val")) == "en-GB"
    assert parts["word/settings.xml"].find("w:themeFontLang", NS).get(w("val")) == "en-GB"
    descr = parts["word/document.xml"].find(".//wp:docPr", NS).get("descr")
    assert descr == f"QR code leading to the consultation page {URL}"


def test_docx_right_to_left_notes(word_xml) -> None:
    expected = {ARABIC_NOTE: ("ar-SA", "Noto Naskh Arabic"),
                URDU_NOTE: ("ur-PK", "Noto Nastaliq Urdu"),
                FARSI_NOTE: ("fa-IR", "Noto Naskh Arabic")}
    for note, (language, font) in expected.items():
        p = paragraph_of(word_xml, note)
        assert p.find("w:pPr/w:bidi", NS) is not None, note
        runs = p.findall("w:r", NS)
        assert runs
        for run in runs:
            rpr = run.find("w:rPr", NS)
            assert rpr.find("w:rtl", NS) is not None
            assert rpr.find("w:rFonts", NS).get(w("cs")) == font
            assert rpr.find("w:lang", NS).get(w("bidi")) == language
    # A Danish note quoting Arabic stays a left-to-right paragraph; only the quote's run is
    # right to left.
    p = paragraph_of(word_xml, QUOTING_NOTE)
    assert p.find("w:pPr/w:bidi", NS) is None
    runs = [(paragraph_text(r), r.find("w:rPr/w:rtl", NS) is not None)
            for r in p.findall("w:r", NS)]
    assert runs == [("En deltager skrev på tavlen: «", False), ("مرحبا بالجميع", True),
                    ("» og alle klappede", False)]
    # Danish notes have no bidi marks at all.
    danish = paragraph_of(word_xml, ESCAPE_NOTE)
    assert danish.find("w:pPr/w:bidi", NS) is None and danish.find(".//w:rtl", NS) is None


def test_docx_hearing_box_and_qr_alt_text(word_xml) -> None:
    styles = word_xml["word/styles.xml"]
    box = next(s for s in styles.iter(w("style")) if s.get(w("styleId")) == "HearingBox")
    assert box.get(w("customStyle")) == "1"
    borders = box.find("w:pPr/w:pBdr", NS)
    assert [b.tag.split("}")[1] for b in borders] == ["top", "left", "bottom", "right"]
    assert box.find("w:pPr/w:shd", NS).get(w("fill"))
    body = word_xml["word/document.xml"]
    inside = [p for p in body.iter(w("p"))
              if (s := p.find("w:pPr/w:pStyle", NS)) is not None
              and s.get(w("val")) in ("HearingBox", "HearingBoxLabel")]
    text = "\n".join(paragraph_text(p) for p in inside)
    assert "14. august 2026 – 19. september 2026" in text
    assert EMAIL in text and URL in text
    # The box is one block: its paragraphs follow each other, the QR picture among them.
    all_paragraphs = list(body.iter(w("p")))
    positions = [all_paragraphs.index(p) for p in inside]
    assert positions == list(range(positions[0], positions[0] + len(positions)))
    pictures = [p for p in inside if p.find(".//wp:docPr", NS) is not None]
    assert len(pictures) == 1
    descr = pictures[0].find(".//wp:docPr", NS).get("descr")
    assert descr == f"QR-kode, der fører til høringssiden {URL}"


def test_docx_author_and_subtitle_are_redacted_like_the_text(summary_db: Path, tmp_path: Path,
                                                             cli) -> None:
    out = tmp_path / "r.docx"
    result = cli("export", "docx", "--db", summary_db, "--out", out,
                 "--author", "Hanne Jensen, tlf. 12 34 56 78")
    assert result.code == 0, result.err
    parts = docx_parts(out)
    core = parts["docProps/core.xml"]
    assert core.find("dc:creator", NS).text == "Hanne Jensen, tlf. [telefonnummer fjernet]"
    body = parts["word/document.xml"]
    assert "12 34 56 78" not in "".join(paragraph_text(p) for p in body.iter(w("p")))
    out2 = tmp_path / "k.docx"
    assert cli("export", "docx", "--db", summary_db, "--out", out2, "--keep-personal-data",
               "--author", "Hanne Jensen, tlf. 12 34 56 78").code == 0
    creator = docx_parts(out2)["docProps/core.xml"].find("dc:creator", NS).text
    assert creator == "Hanne Jensen, tlf. 12 34 56 78"
