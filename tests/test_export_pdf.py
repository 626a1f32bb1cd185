"""The summary PDF: complete text in the right order, QR code, fonts, escaping, metadata.

The data: the demo's three meetings (Nørrebro, Amager, Tingbjerg) plus a CSV from each venue
with notes that are awkward to typeset, all in one database with the hearing details set.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from workshop_app.domain.model import DEFAULT_THEMES
from workshop_app.export.document import (
    AUTHOR_KEY,
    DEFAULT_AUTHOR,
    SummaryOptions,
    build_summary,
)
from workshop_app.store import Store

URL = "https://blivhoert.kk.dk/"
EMAIL = "integrationspolitik@bif.kk.dk"
ESCAPE_NOTE = "3 < 5 & 7 > 2 <b>ikke fed</b>"

# Extra notes from each venue's laptop, written for these tests.
EXTRA_CSV = """venue,date,theme,group,kind,text,topic
Nørrebro,2026-04-08,Beskæftigelse,Bord 8,challenge,"3 < 5 & 7 > 2 <b>ikke fed</b>",
Nørrebro,2026-04-08,Beskæftigelse,Bord 8,solution,"Skriv &amp; og &lt; ud som tegn, ikke som koder; <i>ingen kursiv</i> og <font color=red>ingen farve</font>",
Nørrebro,2026-04-08,Unge og uddannelse,Bord 8,solution,"Et langt forslag om lektiecaféer: De frivillige skal have et fast lokale, en fast kontaktperson på skolen og en lille pulje til materialer, så caféen ikke afhænger af én ildsjæl, og så eleverne ved, hvor de kan komme hen hver tirsdag og torsdag efter skoletid, også i ferierne, hvor behovet ofte er størst.",
Amager,2026-04-15,Ældre og sundhed,Bord 8,challenge,"Lægen siger ""tag medicinen to gange dagligt"" – men hvad betyder det, når man faster?",
Amager,2026-04-15,Frikommuneforsøg (Amager),Bord 8,solution,"Lad bydelsteamet afprøve én fælles indgang for borgerne – uden ventetid.",
Amager,2026-04-15,Byudvikling og tryghed,Bord 8,solution,"Se forslaget på https://eksempel.kk.dk/et/meget/langt/link/til/et/forslag/om/belysning/i/gaarden",
Tingbjerg,2026-04-22,Fritidsliv og foreningsdeltagelse,Bord 8,solution,"Åbn hallen fredag aften for piger – med en kvindelig træner & gratis adgang.",
Tingbjerg,2026-04-22,Medborgerskab: At være en del af fællesskabet,Bord 8,challenge,"Foreningerne får ikke fat i de nye familier; opslag på dansk når ikke frem.",Sprog som nøgle til fællesskabet
"""


def _normal(text: str) -> str:
    # A URL wrapped after one of its slashes comes out of the text layer with a line break
    # there; it is still the same URL.
    return " ".join(re.sub(r"/\n(?=\S)", "/", text).split())


@pytest.fixture
def summary_db(demo_db: Path, tmp_path: Path) -> Path:
    from workshop_app.capture.csv_import import import_csv

    csv_path = tmp_path / "extra.csv"
    csv_path.write_text(EXTRA_CSV, encoding="utf-8")
    with Store.open(demo_db) as store:
        result = import_csv(store, csv_path)
        assert result.added == 8
    return demo_db


@pytest.fixture
def pdf_path(summary_db: Path, tmp_path: Path, cli) -> Path:
    out = tmp_path / "opsamling.pdf"
    result = cli("export", "pdf", "--db", summary_db, "--out", out)
    assert result.code == 0, result.err
    return out


def _pages(path: Path) -> list[str]:
    from pypdf import PdfReader

    return [page.extract_text() for page in PdfReader(path).pages]


def _body_text(path: Path, title: str) -> str:
    """All pages' text as one string, with the running footer of each page taken out."""
    pages = _pages(path)
    out = []
    for number, text in enumerate(pages, start=1):
        footer = f"Side {number} af {len(pages)}"
        assert footer in text, f"page {number} lacks its footer"
        text = text.replace(footer, " ", 1)
        assert title in text
        # The footer's title is the first text drawn on the page (the footer form comes first).
        text = text.replace(title, " ", 1) if number > 1 else text
        out.append(text)
    return _normal(" ".join(out))


def _store_notes(db: Path) -> tuple[list, object]:
    with Store.open(db) as store:
        return store.notes(), build_summary(store)


def test_pdf_text_is_complete_and_in_order(pdf_path: Path, summary_db: Path) -> None:
    notes, doc = _store_notes(summary_db)
    assert len(notes) == 51
    body = _body_text(pdf_path, doc.title)
    for note in notes:
        assert body.count(_normal(note.text)) == 1, note.text

    labels = doc.labels
    cross = body.index(labels.cross_cutting)
    per_theme = body.index(labels.per_theme)
    assert body.index(labels.next_steps) < cross < per_theme
    positions = [body.index(section.title, per_theme) for section in doc.themes]
    assert positions == sorted(positions) and len(positions) == 7
    topic_positions = [body.index(s.title, cross) for s in doc.topics]
    assert all(cross < p < per_theme for p in topic_positions)
    venue = doc.venue_themes[0]
    marker = body.index(doc.venue_marker(venue).upper())
    assert positions[-1] < marker < body.index(venue.title, marker)
    assert venue.title == "Frikommuneforsøg (Amager)"

    assert "14. august 2026 – 19. september 2026" in body
    assert EMAIL in body and URL in body
    for name in doc.theme_names:
        assert name in body[: body.index(labels.next_steps)]


def test_topic_note_is_printed_under_its_topic_only(pdf_path: Path, summary_db: Path) -> None:
    notes, doc = _store_notes(summary_db)
    body = _body_text(pdf_path, doc.title)
    topic_note = next(n for n in notes if n.text.startswith("Foreningerne får ikke fat"))
    at = body.index(_normal(topic_note.text))
    assert body.index("Sprog som nøgle til fællesskabet") < at < body.index(doc.labels.per_theme)


def test_markup_in_notes_prints_literally(pdf_path: Path) -> None:
    body = _normal(" ".join(_pages(pdf_path)))
    assert ESCAPE_NOTE in body
    assert "Skriv &amp; og &lt; ud som tegn" in body
    assert "<i>ingen kursiv</i> og <font color=red>ingen farve</font>" in body
    assert 'Lægen siger "tag medicinen to gange dagligt" – men' in body


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="needs pdffonts (poppler-utils)")
def test_every_font_is_embedded(pdf_path: Path) -> None:
    out = subprocess.run(["pdffonts", str(pdf_path)], capture_output=True, text=True, check=True)
    rows = out.stdout.splitlines()[2:]
    assert rows, out.stdout
    for row in rows:
        name, emb = row.split()[0], row.split()[-5]
        assert emb == "yes", row
        assert "NotoSans" in name, row


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs pdftoppm (poppler-utils)")
def test_qr_code_on_page_one_decodes_to_the_hearing_url(pdf_path: Path, tmp_path: Path) -> None:
    import zxingcpp
    from PIL import Image

    subprocess.run(
        ["pdftoppm", "-r", "200", "-png", "-f", "1", "-l", "1", str(pdf_path),
         str(tmp_path / "page")],
        check=True,
    )
    (image_path,) = tmp_path.glob("page*.png")
    with Image.open(image_path) as image:
        results = zxingcpp.read_barcodes(image)
    assert [r.text for r in results if r.format == zxingcpp.BarcodeFormat.QRCode] == [URL]


def test_metadata_language_and_outline(pdf_path: Path, summary_db: Path) -> None:
    from pypdf import PdfReader

    _, doc = _store_notes(summary_db)
    reader = PdfReader(pdf_path)
    assert reader.metadata.title == doc.title
    assert reader.metadata.author == DEFAULT_AUTHOR
    assert reader.trailer["/Root"]["/Lang"] == "da"
    assert all(
        abs(float(p.mediabox.width) - 595.28) < 0.1 and abs(float(p.mediabox.height) - 841.89) < 0.1
        for p in reader.pages
    )

    def walk(items, level=0):
        for item in items:
            if isinstance(item, list):
                yield from walk(item, level + 1)
            else:
                yield level, item.title, reader.get_destination_page_number(item)

    # The title (H1) holds the sections (H2), which hold the topics and themes (H3): the
    # outline follows the tagged heading levels.
    outline = list(walk(reader.outline))
    assert [title for level, title, _ in outline if level == 0] == [doc.title]
    sections = [title for level, title, _ in outline if level == 1]
    assert sections == [doc.labels.next_steps, doc.labels.cross_cutting,
                        doc.labels.per_theme, "Frikommuneforsøg (Amager)"]
    nested = [title for level, title, _ in outline if level == 2]
    assert nested == [s.title for s in doc.topics] + [s.title for s in doc.themes]
    assert len(outline) == 1 + len(sections) + len(nested)
    pages = [page for _, _, page in outline]
    assert pages == sorted(pages) and pages[-1] == len(reader.pages) - 1


def test_author_from_setting_and_from_option(summary_db: Path, tmp_path: Path, cli) -> None:
    from pypdf import PdfReader

    with Store.open(summary_db) as store:
        store.set_setting(AUTHOR_KEY, "Københavns Kommune, Integrationsenheden")
    out = tmp_path / "a.pdf"
    assert cli("export", "pdf", "--db", summary_db, "--out", out).code == 0
    reader = PdfReader(out)
    assert reader.metadata.author == "Københavns Kommune, Integrationsenheden"
    assert "Københavns Kommune, Integrationsenheden" in reader.pages[0].extract_text()
    assert cli("export", "pdf", "--db", summary_db, "--out", out, "--author", "BIF").code == 0
    assert PdfReader(out).metadata.author == "BIF"


def test_provenance_names_the_venues(summary_db: Path, tmp_path: Path, cli) -> None:
    out = tmp_path / "p.pdf"
    assert cli("export", "pdf", "--db", summary_db, "--out", out, "--provenance").code == 0
    body = _normal(" ".join(_pages(out)))
    assert "hver tirsdag og torsdag efter skoletid, også i ferierne, hvor behovet ofte er " \
           "størst. (Nørrebro)" in body
    assert "(Tingbjerg)" in body and "(Amager)" in body


def test_redaction_hook_reaches_every_user_text_but_not_the_contact(summary_db: Path) -> None:
    from pypdf import PdfReader

    from workshop_app.export.pdf import render_pdf

    with Store.open(summary_db) as store:
        doc = build_summary(store, SummaryOptions(redact=lambda text: "[X]"))
    import io

    body = _normal(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(render_pdf(doc))).pages))
    assert "praktikplads" not in body and "ikke fed" not in body
    assert body.count("[X]") >= 51
    assert EMAIL in body and URL in body


def test_per_meeting_writes_one_file_per_venue(summary_db: Path, tmp_path: Path, cli) -> None:
    out = tmp_path / "opsamling.pdf"
    result = cli("export", "pdf", "--db", summary_db, "--out", out, "--per-meeting")
    assert result.code == 0, result.err
    files = {p.name: p for p in tmp_path.glob("opsamling-*.pdf")}
    assert sorted(files) == ["opsamling-amager.pdf", "opsamling-nørrebro.pdf",
                             "opsamling-tingbjerg.pdf"]
    notes, _ = _store_notes(summary_db)
    for name, path in files.items():
        body = _normal(" ".join(_pages(path)))
        venue = {"amager": "Amager", "nørrebro": "Nørrebro", "tingbjerg": "Tingbjerg"}[
            name[len("opsamling-"):-4]]
        preposition = "i" if venue == "Tingbjerg" else "på"  # "i Tingbjerg", "på Amager"
        assert f"Dialogmøde {preposition} {venue}" in body
        for note in notes:
            assert (_normal(note.text) in body) == (note.venue == venue), (name, note.text)
    assert ("Frikommuneforsøg" in _normal(" ".join(_pages(files["opsamling-amager.pdf"]))))
    assert "Frikommuneforsøg" not in _normal(" ".join(_pages(files["opsamling-tingbjerg.pdf"])))


def test_per_meeting_and_json_refused(summary_db: Path, tmp_path: Path, cli) -> None:
    result = cli("export", "json", "--db", summary_db, "--out", tmp_path / "x.json",
                 "--per-meeting")
    assert result.code == 1 and "--per-meeting" in result.err
    result = cli("export", "pdf", "--db", summary_db, "--out", tmp_path / "x.pdf",
                 "--per-meeting", "--meeting", "Amager")
    assert result.code == 1 and "not both" in result.err
    result = cli("export", "json", "--db", summary_db, "--out", tmp_path / "x.json",
                 "--meeting", "Amager")  # would silently export every meeting
    assert result.code == 1 and "--meeting is for the summary formats" in result.err
    assert not list(tmp_path.glob("x*"))


def test_per_meeting_refuses_a_folder_as_out_and_writes_nothing(
    summary_db: Path, tmp_path: Path, cli
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    result = cli("export", "md", "--db", summary_db, "--out", folder, "--per-meeting")
    assert result.code == 1 and "is a folder" in result.err
    assert not list(tmp_path.glob("out-*"))
    # One of the per-meeting names is taken by a folder: refused before any file is written.
    (tmp_path / "x-amager.md").mkdir()
    result = cli("export", "md", "--db", summary_db, "--out", tmp_path / "x.md", "--per-meeting")
    assert result.code == 1 and "x-amager.md is a folder" in result.err
    assert [p.name for p in tmp_path.glob("x-*")] == ["x-amager.md"]


def test_meeting_names_one_of_several_at_a_venue_by_date(db_path: Path, tmp_path: Path,
                                                         cli) -> None:
    for date, text in (("2026-04-08", "Første aften om lektiehjælp"),
                       ("2026-04-15", "Anden aften om cykelstier")):
        assert cli("note", "add", "--db", db_path, "--venue", "Amager", "--theme", "Bolig",
                   "--kind", "challenge", "--text", text, "--date", date).code == 0
    out = tmp_path / "amager.md"
    result = cli("export", "md", "--db", db_path, "--out", out, "--meeting", "Amager")
    assert result.code == 1 and not out.exists()
    assert "Amager held 2 meetings (2026-04-08, 2026-04-15): give the date too" in result.err
    result = cli("export", "md", "--db", db_path, "--out", out, "--meeting", "amager 2026-04-15")
    assert result.code == 0, result.err
    body = out.read_text(encoding="utf-8")
    assert "Anden aften om cykelstier" in body and "Første aften" not in body
    result = cli("export", "md", "--db", db_path, "--out", out, "--meeting", "Amager 2026-04-16")
    assert result.code == 1 and "no meeting at 'Amager 2026-04-16'" in result.err


def test_missing_folder_is_one_line_error(summary_db: Path, tmp_path: Path, cli) -> None:
    result = cli("export", "pdf", "--db", summary_db, "--out", tmp_path / "nope" / "x.pdf")
    assert result.code == 1 and len(result.err.strip().splitlines()) == 1
    assert "Traceback" not in result.err


def test_progress_is_reported_up_to_the_total(summary_db: Path) -> None:
    from workshop_app.export.service import render_summary

    calls: list[tuple[int, int]] = []
    with Store.open(summary_db) as store:
        doc = build_summary(store)
    data = render_summary(doc, "pdf", progress=lambda done, total: calls.append((done, total)))
    assert data.startswith(b"%PDF-")
    assert calls and calls[-1][0] == calls[-1][1]
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


def test_progress_callback_can_cancel(summary_db: Path) -> None:
    from workshop_app.export.pdf import render_pdf

    class Cancelled(Exception):
        pass

    def stop(done: int, total: int) -> None:
        raise Cancelled

    with Store.open(summary_db) as store:
        doc = build_summary(store)
    with pytest.raises(Cancelled):
        render_pdf(doc, progress=stop)


def test_cli_pdf_export_does_not_import_qt(summary_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "q.pdf"
    code = (
        "import sys; from workshop_app.cli import run; "
        f"rc = run(['export', 'pdf', '--db', {str(summary_db)!r}, '--out', {str(out)!r}]); "
        "assert rc == 0; "
        "assert not [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)
    assert out.read_bytes().startswith(b"%PDF-")


def test_empty_consultation_still_exports(db_path: Path, tmp_path: Path, cli) -> None:
    Store.open(db_path).close()
    out = tmp_path / "empty.pdf"
    assert cli("export", "pdf", "--db", db_path, "--out", out).code == 0
    assert "Opsamling på dialogmøderne" in _pages(out)[0]


TYPST_SYNTAX = "#$*_`@<>\\[]{}()=-+/~'\":;,.!?%&^|"


@settings(max_examples=25, deadline=None)
@given(st.text(alphabet=TYPST_SYNTAX + "abcæøå 19\n", min_size=1, max_size=60))
def test_no_text_becomes_markup(text: str) -> None:
    """Whatever a note holds, Typst prints it: every visible character, in order."""
    import io

    from pypdf import PdfReader

    from workshop_app.export.pdf import compile_summary
    from workshop_app.export.pdf_data import run

    data = _minimal_data(run("«" + text + "»"))
    shown = PdfReader(io.BytesIO(compile_summary(data))).pages[0].extract_text()
    assert "«" + "".join(text.split()) + "»" in "".join(shown.split())


def _minimal_data(title: dict) -> dict:
    return {
        "lang": "da", "meta": {"title": "t", "author": "a", "subject": "s"},
        "running_title": "t", "page_pattern": "{page}/{pages}", "author_line": "",
        "title": title, "subtitle": "", "intro": [], "themes_lead": "", "theme_names": [],
        "next_steps": {"heading": "N", "paragraphs": [], "facts": [], "qr": None},
        "cross_cutting": {"heading": "", "lead": ""}, "topics": [], "per_theme": "",
        "themes": [], "venue_themes": [],
    }


def test_three_laptops_merged_export_every_note_once(tmp_path: Path, cli, monkeypatch) -> None:
    """The real path: one laptop per venue, merged by the coordinator, then exported."""
    import csv
    import io

    from workshop_app.capture import demo

    rows = [dict(zip(("venue", "theme", "group", "kind", "text", "topic"), n, strict=True))
            for n in demo.NOTES]
    rows += list(csv.DictReader(io.StringIO(EXTRA_CSV)))
    dates = {venue: date for venue, date, _ in demo.MEETINGS}
    laptops = []
    for number, venue in enumerate(dates, start=1):
        monkeypatch.setenv("WORKSHOP_APP_DEVICE", f"laptop{number}")
        path = tmp_path / f"{venue}.csv"
        with path.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, ["venue", "date", "theme", "group", "kind", "text",
                                         "topic"])
            writer.writeheader()
            writer.writerows({**r, "date": dates[venue]} for r in rows if r["venue"] == venue)
        laptop = tmp_path / f"laptop{number}.sqlite"
        assert cli("import-csv", path, "--db", laptop).code == 0
        laptops.append(laptop)
    monkeypatch.setenv("WORKSHOP_APP_DEVICE", "coordinator")
    target = tmp_path / "coordinator.sqlite"
    result = cli("merge", "--db", target, *laptops)
    assert result.code == 0, result.err
    assert cli("event", "--db", target, "--hearing-url", URL, "--hearing-email", EMAIL,
               "--hearing-from", "2026-08-14", "--hearing-to", "2026-09-19").code == 0
    with Store.open(target) as store:
        theme = store.theme_by_name(demo.FREE_MUNICIPALITY)
        store.set_theme_venue(theme.id, "Amager")
        notes = store.notes()
        doc = build_summary(store)
    assert len(notes) == len(rows) == 51
    assert [s.title for s in doc.themes] == list(DEFAULT_THEMES)
    out = tmp_path / "merged.pdf"
    assert cli("export", "pdf", "--db", target, "--out", out).code == 0
    body = _body_text(out, doc.title)
    for note in notes:
        assert body.count(_normal(note.text)) == 1, note.text
    assert body.index(doc.labels.cross_cutting) < body.index(doc.labels.per_theme)
    positions = [body.index(s.title, body.index(doc.labels.per_theme)) for s in doc.themes]
    assert positions == sorted(positions)
    assert body.index("KUN PÅ AMAGER") > positions[-1]
    assert "14. august 2026 – 19. september 2026" in body and EMAIL in body and URL in body


def test_per_meeting_file_names_are_distinct() -> None:
    from workshop_app.domain.model import Meeting
    from workshop_app.export.document import per_meeting_paths

    meetings = [
        Meeting("1", "Amager", "2026-04-15"), Meeting("2", "Amager", "2026-05-01"),
        Meeting("3", "Nørrebro", "2026-04-08"), Meeting("4", "Sydhavn / Valby", ""),
        Meeting("5", "Nørrebro", "2026-04-08"),
    ]
    names = [p.name for _, p in per_meeting_paths(Path("/x/opsamling.pdf"), meetings)]
    assert names == [
        "opsamling-amager-2026-04-15.pdf", "opsamling-amager-2026-05-01.pdf",
        "opsamling-nørrebro-2026-04-08.pdf", "opsamling-sydhavn-valby.pdf",
        "opsamling-nørrebro-2026-04-08-2.pdf",
    ]


def test_qr_left_out_when_too_dense_to_scan_but_url_printed(summary_db: Path, tmp_path: Path,
                                                           cli) -> None:
    long_url = "https://blivhoert.kk.dk/" + "hoering-" * 150
    assert cli("event", "--db", summary_db, "--hearing-url", long_url).code == 0
    out = tmp_path / "long.pdf"
    assert cli("export", "pdf", "--db", summary_db, "--out", out).code == 0
    pages = _pages(out)
    assert long_url in "".join("".join(pages).split())  # printed in full, wrapped
    assert "Scan koden" not in " ".join(pages)


def test_per_meeting_file_names_fit_the_file_system(db_path: Path, tmp_path: Path, cli) -> None:
    venue = "Ø" * 200  # the longest venue name: 400 bytes as UTF-8
    assert cli("note", "add", "--db", db_path, "--venue", venue, "--theme", "Bolig",
               "--kind", "solution", "--text", "Flere boliger").code == 0
    result = cli("export", "md", "--db", db_path, "--out", tmp_path / "x.md", "--per-meeting")
    assert result.code == 0, result.err
    assert [p.name for p in tmp_path.glob("x-*.md")] == ["x-" + "ø" * 60 + ".md"]
    result = cli("export", "md", "--db", db_path, "--out", tmp_path / ("ø" * 200 + ".md"))
    assert result.code == 1 and "too long" in result.err and result.err.count("\n") == 1
    assert "internal error" not in result.err


def test_one_meetings_summary_keeps_only_the_points_about_that_meeting(demo_db: Path,
                                                                       tmp_path: Path,
                                                                       cli) -> None:
    notes = json.loads(cli("note", "list", "--db", demo_db, "--json").out)
    theme = "Beskæftigelse"
    in_theme = [n for n in notes if n["theme"] == theme and not n["topic"]]
    amager = next(n for n in in_theme if n["venue"] == "Amager")
    nørrebro = next(n for n in in_theme if n["venue"] == "Nørrebro")
    tingbjerg = [n for n in in_theme if n["venue"] == "Tingbjerg"]
    assert tingbjerg, "the demo has raw notes from Tingbjerg under the theme"
    assert cli("point", "add", "--db", demo_db, "--theme", theme, "--text", "Punkt fra Amager",
               "--notes", amager["id"]).code == 0
    assert cli("point", "add", "--db", demo_db, "--theme", theme, "--text", "Fælles punkt",
               "--notes", f"{amager['id']},{nørrebro['id']}").code == 0

    def section(venue: str) -> str:
        out = tmp_path / f"{venue}.md"
        assert cli("export", "md", "--db", demo_db, "--out", out, "--meeting", venue,
                   "--provenance").code == 0
        body = out.read_text(encoding="utf-8")
        return body.split(f"### {theme}\n", 1)[1].split("\n### ", 1)[0]

    # Tingbjerg's own summary: no points about other meetings, and its own notes are kept.
    text = section("Tingbjerg")
    assert "Punkt fra Amager" not in text and "Fælles punkt" not in text
    for note in tingbjerg:
        assert _normal(md_unescape(note["text"])) in _normal(md_unescape(text))
    # Nørrebro's: the shared point, attributed to Nørrebro only.
    text = section("Nørrebro")
    assert "Fælles punkt *(Nørrebro)*" in text and "Punkt fra Amager" not in text
    text = section("Amager")
    assert "Punkt fra Amager *(Amager)*" in text and "Fælles punkt *(Amager)*" in text


def md_unescape(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40))
@example("byte-order mark \ufeff inside, ogham space \u1680, noncharacter \uffff, "
         "private use \ue000, tag \U000e0041, line separator \u2028")
def test_any_text_typesets_as_pdf_ua(text: str) -> None:
    """No character a citizen can type stops the PDF or its PDF/UA-1 claim."""
    from workshop_app.export.pdf import compile_summary
    from workshop_app.export.pdf_data import run

    assert compile_summary(_minimal_data(run("«" + text + "»"))).startswith(b"%PDF-")
