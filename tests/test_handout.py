"""QR handouts: every code on the sheet scans to the hearing URL, every slip is complete,
the English sheet is English, bad input is refused in one line, fonts are embedded."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workshop_app.domain.model import DEFAULT_HEARING_URL
from workshop_app.errors import UserError
from workshop_app.export.handout import (
    A4,
    MM,
    HandoutTexts,
    check_handout,
    default_texts,
    get_texts,
    handout_content,
    render_handout,
    reset_texts,
    set_texts,
    setting_key,
    sheet_geometry,
    wrap_url,
)

EMAIL = "integrationspolitik@bif.kk.dk"
LONG_URL = (
    "https://blivhoert.kk.dk/hoering/integrationspolitik-2026-2029"
    "?utm_source=dialogmoede&utm_medium=folder&utm_campaign=noerrebro&sprog=da&side=2"
)


# ----------------------------------------------------------------------------- helpers
def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} (poppler-utils) is needed to check the printed handouts")
    return path


def raster(pdf: Path, dpi: int = 200) -> list:
    """Pages of *pdf* as greyscale PIL images (pdftoppm)."""
    from PIL import Image

    prefix = pdf.parent / (pdf.stem + f"-r{dpi}")
    subprocess.run([_tool("pdftoppm"), "-r", str(dpi), "-png", str(pdf), str(prefix)], check=True)
    images = []
    for page in sorted(pdf.parent.glob(prefix.name + "-*.png")):
        with Image.open(page) as img:
            images.append(img.convert("L"))
    return images


def qr_codes(image) -> list:
    import zxingcpp

    return [r for r in zxingcpp.read_barcodes(image) if r.format == zxingcpp.BarcodeFormat.QRCode]


def slip_texts(pdf: Path, per_page: int) -> list[str]:
    """The text inside each slip's rectangle, in reading order (pdftotext -x -y -W -H)."""
    geometry = sheet_geometry(per_page)
    texts = []
    for x, y in geometry.slip_origins():
        top = A4[1] - (y + geometry.slip_h)
        out = subprocess.run(
            [_tool("pdftotext"), "-r", "72", "-x", str(int(x + 1)), "-y", str(int(top + 1)),
             "-W", str(int(geometry.slip_w - 2)), "-H", str(int(geometry.slip_h - 2)),
             str(pdf), "-"],
            check=True, capture_output=True, text=True,
        ).stdout
        texts.append(out)
    return texts


def joined(text: str) -> str:
    """Text with line breaks removed, to find a URL wrapped over lines."""
    return "".join(text.split())


@pytest.fixture
def hearing_db(db_path: Path, cli) -> Path:
    """A consultation with the hearing details of the seed's policy hearing."""
    result = cli("event", "--db", db_path, "--title", "Dialogmøder om integrationspolitikken",
                 "--hearing-url", "https://blivhoert.kk.dk/", "--hearing-email", EMAIL,
                 "--hearing-from", "2026-08-14", "--hearing-to", "2026-09-19")
    assert result.code == 0, result
    return db_path


def make(cli, db: Path, out: Path, *args: str):
    return cli("handout", "--db", db, "--out", out, *args)


# ----------------------------------------------------------------------------- scanning
@pytest.mark.parametrize("per_page", [1, 8])
def test_every_code_decodes_to_the_hearing_url(cli, hearing_db: Path, tmp_path: Path,
                                               per_page: int) -> None:
    out = tmp_path / f"handout-{per_page}.pdf"
    result = make(cli, hearing_db, out, "--per-page", str(per_page))
    assert result.code == 0, result
    [page] = raster(out)
    codes = qr_codes(page)
    assert len(codes) == per_page
    assert {c.text for c in codes} == {"https://blivhoert.kk.dk/"}
    assert all(c.ec_level in ("M", "Q", "H") for c in codes)


def test_long_url_with_query_parameters_decodes_on_the_8_up_sheet(cli, hearing_db: Path,
                                                                  tmp_path: Path) -> None:
    assert cli("event", "--db", hearing_db, "--hearing-url", LONG_URL).code == 0
    out = tmp_path / "long.pdf"
    result = make(cli, hearing_db, out, "--per-page", "8")
    assert result.code == 0, result
    [page] = raster(out)
    codes = qr_codes(page)
    assert [c.text for c in codes] == [LONG_URL] * 8
    assert all(c.ec_level in ("M", "Q", "H") for c in codes)
    # Printed in full on every slip, wrapped but with no character lost.
    for text in slip_texts(out, 8):
        assert LONG_URL in joined(text)


def test_code_is_at_least_25_mm_wide_on_the_8_up_sheet(cli, hearing_db: Path,
                                                       tmp_path: Path) -> None:
    assert cli("event", "--db", hearing_db, "--hearing-url", LONG_URL).code == 0
    out = tmp_path / "size.pdf"
    assert make(cli, hearing_db, out, "--per-page", "8").code == 0
    [page] = raster(out)
    for code in qr_codes(page):
        pos = code.position
        width_px = max(pos.top_right.x, pos.bottom_right.x) - min(pos.top_left.x, pos.bottom_left.x)
        assert width_px / 200 * 25.4 >= 25.0  # the symbol alone, quiet zone not counted


def test_codes_on_2_and_4_up_sheets_decode_too(cli, hearing_db: Path, tmp_path: Path) -> None:
    for per_page in (2, 4):
        out = tmp_path / f"h{per_page}.pdf"
        assert make(cli, hearing_db, out, "--per-page", str(per_page), "--lang", "en").code == 0
        [page] = raster(out, dpi=150)
        assert [c.text for c in qr_codes(page)] == ["https://blivhoert.kk.dk/"] * per_page


# ----------------------------------------------------------------------------- content
@pytest.mark.parametrize("per_page", [1, 2, 4, 8])
def test_every_slip_carries_email_end_date_and_url(cli, hearing_db: Path, tmp_path: Path,
                                                   per_page: int) -> None:
    out = tmp_path / "slips.pdf"
    assert make(cli, hearing_db, out, "--per-page", str(per_page)).code == 0
    texts = slip_texts(out, per_page)
    assert len(texts) == per_page
    for text in texts:
        assert EMAIL in text
        assert "19. september 2026" in text
        assert "14. august" in text
        assert "Sig din mening" in text
        assert "https://blivhoert.kk.dk/" in joined(text)
    # Nothing is printed twice on a slip, and nothing outside the slips.
    whole = subprocess.run([_tool("pdftotext"), str(out), "-"], check=True,
                           capture_output=True, text=True).stdout
    assert whole.count(EMAIL) == per_page
    assert whole.count("19. september 2026") == per_page


def test_english_sheet_is_in_english(cli, hearing_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "en.pdf"
    result = make(cli, hearing_db, out, "--per-page", "4", "--lang", "en")
    assert result.code == 0, result
    for text in slip_texts(out, 4):
        assert "Have your say" in text
        assert "14 August – 19 September 2026" in text
        assert "Scan with your phone" in text
        assert EMAIL in text
        for danish in ("Høring", "høring", "Spørgsmål", "Scan med", "Sig din", "Kommune",
                       "september", " og "):
            assert danish not in text, danish
    import pypdf

    reader = pypdf.PdfReader(out)
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"
    assert reader.metadata.title.startswith("Have your say")


def test_danish_sheet_metadata(cli, hearing_db: Path, tmp_path: Path) -> None:
    import pypdf

    out = tmp_path / "da.pdf"
    assert make(cli, hearing_db, out).code == 0
    reader = pypdf.PdfReader(out)
    assert reader.trailer["/Root"]["/Lang"] == "da-DK"
    assert reader.metadata.title == "Sig din mening om den nye politik – QR-folder"
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)


def test_fonts_are_embedded(cli, hearing_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "fonts.pdf"
    assert make(cli, hearing_db, out, "--per-page", "8").code == 0
    listing = subprocess.run([_tool("pdffonts"), str(out)], check=True, capture_output=True,
                             text=True).stdout.splitlines()[2:]
    assert listing, "no fonts at all"
    for line in listing:
        assert "NotoSans" in line, line
        assert line.split()[-5] == "yes", f"not embedded: {line}"


def test_multi_up_sheets_have_cut_marks_outside_the_slips(hearing_db: Path, store,
                                                          tmp_path: Path) -> None:
    store.close()
    from workshop_app.store import Store

    with Store.open(hearing_db) as s:
        for per_page in (1, 8):
            pdf = tmp_path / f"marks{per_page}.pdf"
            pdf.write_bytes(render_handout(s, per_page))
            [page] = raster(pdf, dpi=100)
            geometry = sheet_geometry(per_page)
            px = 100 / 72
            # The margin band around the grid, a little away from it: only cut marks live there.
            left = int((geometry.x0 - 1.5 * MM) * px)
            top = int((A4[1] - geometry.y0 - geometry.rows * geometry.slip_h - 1.5 * MM) * px)
            band = page.crop((0, 0, page.width, top))  # above the grid
            side = page.crop((0, 0, left, page.height))  # left of the grid
            dark_top = sum(band.histogram()[:128])
            dark_side = sum(side.histogram()[:128])
            if per_page == 1:
                assert dark_top == dark_side == 0
            else:
                # One mark per cut line: 3 vertical lines above, 5 horizontal lines left.
                columns = _runs_of_dark(band, axis="x")
                rows = _runs_of_dark(side, axis="y")
                assert len(columns) == geometry.columns + 1
                assert len(rows) == geometry.rows + 1
                for i, position in enumerate(columns):
                    expected = (geometry.x0 + i * geometry.slip_w) * px
                    assert abs(position - expected) <= 2


def _runs_of_dark(image, axis: str) -> list[float]:
    """Centres of the dark stripes of *image* along *axis*."""
    width, height = image.size
    pixels = image.load()
    length = width if axis == "x" else height
    dark = []
    for i in range(length):
        cells = ((i, j) for j in range(height)) if axis == "x" else ((j, i) for j in range(width))
        dark.append(any(pixels[c] < 128 for c in cells))
    runs, start = [], None
    for i, is_dark in enumerate([*dark, False]):
        if is_dark and start is None:
            start = i
        elif not is_dark and start is not None:
            runs.append((start + i - 1) / 2)
            start = None
    return runs


# ----------------------------------------------------------------------------- refusals
@pytest.mark.parametrize("url", ["ftp://blivhoert.kk.dk/", "blivhoert.kk.dk", "https://",
                                 "https://bliv hoert.kk.dk/", "javascript:alert(1)",
                                 "https://blivhoert.kk.dk:99999/", "https://blivhoert.kk.dk:x/"])
def test_bad_hearing_urls_are_refused(cli, hearing_db: Path, url: str) -> None:
    result = cli("event", "--db", hearing_db, "--hearing-url", url)
    assert result.code == 1
    assert result.err.startswith("workshop-app: error: bad hearing URL")
    assert len(result.err.strip().splitlines()) == 1


def test_a_bad_stored_url_is_refused_by_handout(cli, hearing_db: Path, tmp_path: Path) -> None:
    from workshop_app.store import Store

    with Store.open(hearing_db) as s:  # e.g. written by an older version or by hand
        s.set_setting("consultation.hearing_url", "www.blivhoert.kk.dk")
    out = tmp_path / "bad.pdf"
    result = make(cli, hearing_db, out, "--per-page", "8")
    assert result.code == 1
    assert result.err.strip() == (
        "workshop-app: error: bad hearing URL 'www.blivhoert.kk.dk': "
        "it must start with http:// or https://"
    )
    assert not out.exists()


def test_too_long_payload_is_refused_for_small_codes_only(cli, hearing_db: Path,
                                                          tmp_path: Path) -> None:
    url = "https://blivhoert.kk.dk/hoering?" + "&".join(f"felt{i}=vaerdi{i}" for i in range(30))
    assert 400 < len(url) < 500
    assert cli("event", "--db", hearing_db, "--hearing-url", url).code == 0
    out = tmp_path / "toolong.pdf"
    result = make(cli, hearing_db, out, "--per-page", "8")
    assert result.code == 1
    assert "too long for a scannable QR code at 8 per page" in result.err
    assert len(result.err.strip().splitlines()) == 1
    assert not out.exists()
    # The same URL fits a full-page code, and scans.
    result = make(cli, hearing_db, out, "--per-page", "1")
    assert result.code == 0, result
    [page] = raster(out)
    assert [c.text for c in qr_codes(page)] == [url]


def test_payload_beyond_any_qr_version_is_refused(hearing_db: Path) -> None:
    from workshop_app.store import Store

    with Store.open(hearing_db) as s:
        content = handout_content(s, "da")
    huge = dataclasses.replace(content, url="https://blivhoert.kk.dk/?" + "x" * 1990)
    for per_page in (1, 2, 4, 8):
        with pytest.raises(UserError) as exc:
            check_handout(huge, per_page)
        assert "too long" in str(exc.value)


def test_bad_per_page_is_a_usage_error(cli, hearing_db: Path, tmp_path: Path) -> None:
    result = make(cli, hearing_db, tmp_path / "x.pdf", "--per-page", "3")
    assert result.code == 2
    assert "not one of 1, 2, 4, 8" in result.err
    with pytest.raises(UserError):
        sheet_geometry(6)


def test_missing_database_is_refused(cli, tmp_path: Path) -> None:
    result = make(cli, tmp_path / "nope.sqlite", tmp_path / "x.pdf")
    assert result.code == 1
    assert not (tmp_path / "nope.sqlite").exists()


def test_no_url_uses_the_default_and_says_so(cli, db_path: Path, tmp_path: Path) -> None:
    assert cli("event", "--db", db_path, "--hearing-email", EMAIL,
               "--hearing-to", "2026-09-19").code == 0
    out = tmp_path / "default.pdf"
    result = make(cli, db_path, out, "--per-page", "2")
    assert result.code == 0, result
    assert f"no hearing URL; using {DEFAULT_HEARING_URL}" in result.err
    [page] = raster(out, dpi=150)
    assert [c.text for c in qr_codes(page)] == [DEFAULT_HEARING_URL] * 2
    for text in slip_texts(out, 2):
        assert "Høringsfrist" in text and "19. september 2026" in text


# ----------------------------------------------------------------------------- texts
def test_texts_are_built_in_stored_per_language_and_reset(store) -> None:
    assert get_texts(store, "da") == default_texts("da")
    assert get_texts(store, "en") == default_texts("en")
    edited = HandoutTexts(heading="  Giv  dit besyv med ", invitation="Første afsnit.\n\nAndet.",
                          sender="Beskæftigelses- og Integrationsforvaltningen")
    saved = set_texts(store, "da", edited)
    assert saved.heading == "Giv dit besyv med"
    assert saved.invitation == "Første afsnit.\nAndet."
    assert store.get_setting(setting_key("da", "heading")) == "Giv dit besyv med"
    assert get_texts(store, "en") == default_texts("en")  # the other language is untouched
    assert reset_texts(store, "da") == default_texts("da")
    assert get_texts(store, "da") == default_texts("da")


def test_text_equal_to_the_built_in_one_is_not_pinned(store) -> None:
    base = default_texts("en")
    set_texts(store, "en", dataclasses.replace(base, heading="Tell us what you think"))
    assert store.get_setting("handout.en.invitation") is None
    assert store.get_setting("handout.en.heading") == "Tell us what you think"


def test_empty_sender_is_kept_and_empty_heading_refused(store) -> None:
    base = default_texts("da")
    assert set_texts(store, "da", dataclasses.replace(base, sender="")).sender == ""
    with pytest.raises(UserError, match="heading is empty"):
        set_texts(store, "da", dataclasses.replace(base, heading="   "))
    with pytest.raises(UserError, match="invitation is 601 characters"):
        set_texts(store, "da", dataclasses.replace(base, invitation="x" * 601))
    with pytest.raises(UserError, match="unknown handout language"):
        get_texts(store, "de")


def test_cli_saves_edited_texts_and_prints_them(cli, hearing_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "edited.pdf"
    result = make(cli, hearing_db, out, "--per-page", "4", "--lang", "en",
                  "--heading", "Tell us what you think", "--sender", "Employment and Integration")
    assert result.code == 0, result
    for text in slip_texts(out, 4):
        assert "Tell us what you think" in text
        assert "Employment and Integration" in text
    from workshop_app.store import Store

    with Store.open(hearing_db) as s:
        assert get_texts(s, "en").heading == "Tell us what you think"
        assert get_texts(s, "da") == default_texts("da")


def test_texts_that_do_not_fit_are_refused_and_not_saved(cli, hearing_db: Path,
                                                         tmp_path: Path) -> None:
    long_text = " ".join(["Forslaget kommer i høring, og alle kan svare."] * 13)[:600]
    out = tmp_path / "nofit.pdf"
    result = make(cli, hearing_db, out, "--per-page", "8", "--invitation", long_text)
    assert result.code == 1
    assert "do not fit on a slip at 8 per page" in result.err
    assert not out.exists()
    from workshop_app.store import Store

    with Store.open(hearing_db) as s:
        assert get_texts(s, "da") == default_texts("da")
    # The same text fits a full page.
    assert make(cli, hearing_db, out, "--per-page", "1", "--invitation", long_text).code == 0


@pytest.mark.parametrize("where", ["folder", "missing folder"])
def test_texts_are_not_saved_when_the_sheet_cannot_be_written(cli, hearing_db: Path,
                                                              tmp_path: Path, where: str) -> None:
    out = tmp_path if where == "folder" else tmp_path / "gone" / "h.pdf"
    result = make(cli, hearing_db, out, "--heading", "Sig din mening")
    assert result.code == 1
    assert ("is a folder" if where == "folder" else "no such folder") in result.err
    from workshop_app.store import Store

    with Store.open(hearing_db) as s:
        assert get_texts(s, "da") == default_texts("da")


def test_preview_renders_unsaved_texts_without_storing_them(hearing_db: Path) -> None:
    from workshop_app.store import Store

    with Store.open(hearing_db) as s:
        draft = dataclasses.replace(default_texts("da"), heading="Kladde til overskrift")
        pdf = render_handout(s, 2, "da", texts=draft)
        assert pdf.startswith(b"%PDF")
        assert get_texts(s, "da") == default_texts("da")


# ----------------------------------------------------------------------------- URL wrapping
def _char_width(text: str) -> float:
    return 5.0 * len(text)


def test_wrap_url_breaks_after_separators() -> None:
    lines = wrap_url(LONG_URL, 200, _char_width)
    assert "".join(lines) == LONG_URL
    assert all(_char_width(line) <= 200 for line in lines)
    assert all(line[-1] in "/?&=" for line in lines[:-1])
    assert lines[0].startswith("https://")  # the // of the scheme is never split


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="abc/?&=.-_%~:", min_size=1, max_size=300),
       st.integers(min_value=5, max_value=400))
def test_wrap_url_never_loses_a_character(url: str, width: int) -> None:
    lines = wrap_url(url, width, _char_width)
    assert "".join(lines) == url
    assert all(line for line in lines)
    assert all(_char_width(line) <= width or len(line) == 1 for line in lines)


def test_a_word_wider_than_the_column_is_split_not_overflowing() -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from workshop_app.export.fonts import register_fonts
    from workshop_app.export.handout import _wrap

    bold = register_fonts().bold
    text = "Integrationsforvaltningsmedarbejderuddannelsesprogrammet og din mening"
    lines = _wrap(text, bold, 12.5, 120)
    assert all(stringWidth(line, bold, 12.5) <= 120 for line in lines)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")


def test_pages_repeat_the_sheet(hearing_db: Path) -> None:
    import io

    import pypdf

    from workshop_app.store import Store

    with Store.open(hearing_db) as s:
        pdf = render_handout(s, 8, "en", pages=3)
    assert len(pypdf.PdfReader(io.BytesIO(pdf)).pages) == 3
