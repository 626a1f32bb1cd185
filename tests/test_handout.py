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


def slip_texts(pdf: Path, per_page: int, *, raw: bool = False) -> list[str]:
    """The text inside each slip's rectangle, in reading order (pdftotext -x -y -W -H);
    *raw*: in drawing order (pdftotext -raw), which keeps a wrapped URL's trailing "&" on a
    right-to-left page, where poppler's reading order moves it."""
    geometry = sheet_geometry(per_page)
    texts = []
    for x, y in geometry.slip_origins():
        top = A4[1] - (y + geometry.slip_h)
        out = subprocess.run(
            [_tool("pdftotext"), *(["-raw"] if raw else []), "-r", "72",
             "-x", str(int(x + 1)), "-y", str(int(top + 1)),
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


@pytest.mark.parametrize("lang", ["da", "ar", "fa", "ur", "so", "tr", "da,ar"])
def test_long_url_with_query_parameters_decodes_on_the_8_up_sheet(cli, hearing_db: Path,
                                                                  tmp_path: Path,
                                                                  lang: str) -> None:
    assert cli("event", "--db", hearing_db, "--hearing-url", LONG_URL).code == 0
    out = tmp_path / "long.pdf"
    result = make(cli, hearing_db, out, "--per-page", "8", "--lang", lang)
    assert result.code == 0, result
    [page] = raster(out)
    codes = qr_codes(page)
    assert [c.text for c in codes] == [LONG_URL] * 8
    assert all(c.ec_level in ("M", "Q", "H") for c in codes)
    # Printed in full on every slip, wrapped but with no character lost.
    for text in slip_texts(out, 8, raw=True):
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
    from workshop_app.export.handout import _wrap
    from workshop_app.export.handout_fonts import text_width

    text = "Integrationsforvaltningsmedarbejderuddannelsesprogrammet og din mening"
    lines = _wrap(text, "da", True, 12.5, 120)
    assert len(lines) >= 3
    assert all(text_width(line, "da", 12.5, bold=True) <= 120 for line in lines)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    # An Arabic sentence is measured shaped (joined letters are narrower than isolated
    # ones) and wrapped between words, in the order it was typed.
    arabic = "يحق لكل شخص أن يرسل رده، وسنقرأ كل رد قبل اعتماد السياسة."
    lines = _wrap(arabic, "ar", False, 10, 110)
    assert len(lines) > 1
    assert " ".join(lines) == arabic
    assert all(text_width(line, "ar", 10) <= 110 for line in lines)


def test_pages_repeat_the_sheet(hearing_db: Path) -> None:
    import io

    import pypdf

    from workshop_app.store import Store

    with Store.open(hearing_db) as s:
        pdf = render_handout(s, 8, "en", pages=3)
    assert len(pypdf.PdfReader(io.BytesIO(pdf)).pages) == 3


# ----------------------------------------------------------------------------- languages
#: Words each language's sheet must give back from its text layer, and the hearing end date
#: (19 September 2026) as that language writes it.
LANGUAGE_FACTS = {
    "da": (["Sig din mening", "Høringsperiode"], "19. september 2026"),
    "en": (["Have your say", "Consultation period"], "19 September 2026"),
    "ar": (["شاركونا", "السياسة", "الجديدة"], "١٩ سبتمبر ٢٠٢٦"),
    "fa": (["سیاست", "جدید", "نظرخواهی"], "۱۹ سپتامبر ۲۰۲۶"),
    # Urdu is set in Naskh, so its words read back like Arabic's (Nastaliq's would not).
    "ur": (["پالیسی", "رائے", "عوامی", "مشاورت"], "19 ستمبر 2026"),
    "so": (["Ka dhiibo fikraddaada", "Muddada"], "19 Sebtembar 2026"),
    "tr": (["görüşünüzü bildirin", "Görüş bildirme süresi"], "19 Eylül 2026"),
}


def page_text(pdf: Path) -> str:
    return subprocess.run([_tool("pdftotext"), str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout


def words(text: str) -> str:
    """The text with pdftotext's bidi embedding marks removed, spaces kept."""
    return "".join(c for c in text if c not in "\u202a\u202b\u202c")


@pytest.mark.parametrize("lang", ["da", "en", "ar", "fa", "ur", "so", "tr", "da,ar", "ar,da"])
def test_every_code_decodes_at_1_2_4_and_8_per_page_in_every_language(
        cli, hearing_db: Path, tmp_path: Path, lang: str) -> None:
    for per_page in (1, 2, 4, 8):
        out = tmp_path / f"h-{lang}-{per_page}.pdf"
        result = make(cli, hearing_db, out, "--per-page", str(per_page), "--lang", lang)
        assert result.code == 0, result
        assert f"{per_page} handout" in result.out and lang in result.out
        [page] = raster(out, dpi=200 if per_page == 8 else 150)
        codes = qr_codes(page)
        assert [c.text for c in codes] == ["https://blivhoert.kk.dk/"] * per_page, (lang,
                                                                                  per_page)


@pytest.mark.parametrize("lang", ["da", "en", "ar", "fa", "ur", "so", "tr"])
def test_each_language_gives_its_words_and_dates_back(cli, hearing_db: Path, tmp_path: Path,
                                                      lang: str) -> None:
    out = tmp_path / f"{lang}.pdf"
    assert make(cli, hearing_db, out, "--per-page", "2", "--lang", lang).code == 0
    phrases, date = LANGUAGE_FACTS[lang]
    for text in slip_texts(out, 2):
        text = words(text)
        for phrase in phrases:
            assert phrase in text, (lang, phrase)
        # pdftotext reorders digits inside right-to-left lines: look for each part.
        assert all(part in text for part in date.split()), (lang, date)
        assert EMAIL in text
        assert "https://blivhoert.kk.dk/" in joined(text)
        for other, (other_phrases, _) in LANGUAGE_FACTS.items():
            if other != lang and other_phrases:
                assert other_phrases[0] not in text, (lang, other)
    import pypdf

    reader = pypdf.PdfReader(out)
    assert reader.trailer["/Root"]["/Lang"] == {"da": "da-DK", "en": "en-GB"}.get(lang, lang)
    fonts = subprocess.run([_tool("pdffonts"), str(out)], check=True, capture_output=True,
                           text=True).stdout
    script_font = {"ar": "NotoNaskhArabic", "fa": "NotoNaskhArabic",
                   "ur": "NotoNaskhArabic"}.get(lang, "NotoSans-")
    assert script_font in fonts
    assert "Nastaliq" not in fonts  # Urdu too: Nastaliq's text layer does not read back
    if lang in ("da", "en", "so", "tr"):
        assert "Naskh" not in fonts and "Nastaliq" not in fonts


def test_right_to_left_sheet_is_mirrored_and_reads_right_to_left(cli, hearing_db: Path,
                                                                 tmp_path: Path) -> None:
    """On an Arabic slip the text sits on the right and the code on the left; inside a line
    the first word typed is the rightmost one; the URL and e-mail stay left to right."""
    out = tmp_path / "ar.pdf"
    assert make(cli, hearing_db, out, "--per-page", "2", "--lang", "ar").code == 0
    boxes = word_boxes(out)
    [page] = raster(out, dpi=100)
    code = qr_codes(page)[0].position
    code_right = max(code.top_right.x, code.bottom_right.x) / 100 * 72
    # pdftotext -bbox gives right-to-left words in drawing order (last letter first).
    first, last = boxes["شاركونا"[::-1]], boxes["الجديدة"[::-1]]
    assert first[0] > code_right and last[0] > code_right
    assert first[0] > last[0] or first[1] < last[1]  # rightmost, or on an earlier line
    second = boxes["رأيكم"[::-1]]
    assert second[1] == first[1] and second[0] + second[2] < first[0]
    email = boxes[EMAIL]
    # The e-mail address is one left-to-right word, right-aligned with the text block.
    assert abs((email[0] + email[2]) - (first[0] + first[2])) < 3


def word_boxes(pdf: Path) -> dict[str, tuple[float, float, float]]:
    """First occurrence of each word: (x, y from the top, width) from pdftotext -bbox."""
    import html
    import re as _re

    out = subprocess.run([_tool("pdftotext"), "-bbox", str(pdf), "-"], check=True,
                         capture_output=True, text=True).stdout
    boxes: dict[str, tuple[float, float, float]] = {}
    for m in _re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" '
                          r'yMax="[\d.]+">([^<]*)</word>', out):
        word = words(html.unescape(m.group(4)))
        boxes.setdefault(word, (float(m.group(1)), float(m.group(2)),
                                float(m.group(3)) - float(m.group(1))))
    return boxes


def test_two_languages_on_every_slip(cli, hearing_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "da-ar.pdf"
    result = make(cli, hearing_db, out, "--per-page", "4", "--lang", "da,ar")
    assert result.code == 0, result
    assert "da,ar" in result.out
    import pypdf

    reader = pypdf.PdfReader(out)
    assert reader.metadata.title == (
        "Sig din mening om den nye politik / شاركونا رأيكم في السياسة الجديدة – QR-folder")
    assert reader.trailer["/Root"]["/Lang"] == "da-DK"
    for text in slip_texts(out, 4):
        text = words(text)
        assert "Sig din mening" in text and "Forslaget til politikken" in text
        assert "شاركونا" in text and "مشروع" in text  # heading and invitation
        assert "19. september 2026" in text
        assert all(part in text for part in ["١٩", "سبتمبر", "٢٠٢٦"])
        assert text.count(EMAIL) == 1
        assert "Scan med mobilen" in text and "امسحوا" in text
    # At 8 per page both headings stay and the invitations go, and the user is told.
    out8 = tmp_path / "da-ar-8.pdf"
    result = make(cli, hearing_db, out8, "--per-page", "8", "--lang", "da,ar")
    assert result.code == 0, result
    assert "leave no room for the invitations" in result.err
    assert "print 4 per page" in result.err
    for text in slip_texts(out8, 8):
        text = words(text)
        assert "Sig din mening" in joined(text) or "Sig din" in text
        assert "شاركونا" in text
        assert "19. september 2026" in text
        assert all(part in text for part in ["١٩", "سبتمبر", "٢٠٢٦"])


def test_first_language_texts_are_edited_and_saved(cli, hearing_db: Path,
                                                   tmp_path: Path) -> None:
    out = tmp_path / "tr.pdf"
    result = make(cli, hearing_db, out, "--lang", "tr,da", "--heading", "Fikrinizi söyleyin")
    assert result.code == 0, result
    from workshop_app.store import Store

    with Store.open(hearing_db) as s:
        assert get_texts(s, "tr").heading == "Fikrinizi söyleyin"
        assert get_texts(s, "da") == default_texts("da")
    for text in slip_texts(out, 4):
        assert "Fikrinizi söyleyin" in text and "Sig din mening" in text


@pytest.mark.parametrize("lang", ["de", "da,da", "da,ar,fa", "da,", "xx,ar"])
def test_bad_languages_are_refused_in_one_line(cli, hearing_db: Path, tmp_path: Path,
                                               lang: str) -> None:
    out = tmp_path / "x.pdf"
    result = make(cli, hearing_db, out, "--lang", lang)
    assert result.code == 2
    assert "handout language" in result.err
    assert "Traceback" not in result.err
    assert not out.exists()


def test_texts_are_set_as_text_never_as_markup(cli, hearing_db: Path, tmp_path: Path) -> None:
    hostile = '#set page(width: 1pt) $x^2$ ] [*bold*] \\ #import "x": y'
    out = tmp_path / "hostile.pdf"
    result = make(cli, hearing_db, out, "--per-page", "1", "--heading", hostile)
    assert result.code == 0, result
    text = joined(page_text(out))
    assert joined(hostile) in text


def test_personal_data_in_handout_texts_is_left_out_and_said(cli, hearing_db: Path,
                                                             tmp_path: Path) -> None:
    out = tmp_path / "pd.pdf"
    invitation = ("Ring til Fatima på 12 34 56 78 eller skriv til fatima.k@example.dk, "
                  f"eller til {EMAIL}.")
    result = make(cli, hearing_db, out, "--per-page", "1", "--invitation", invitation)
    assert result.code == 0, result
    assert "personal data" in result.err and "invitation" in result.err
    text = page_text(out)
    assert "12 34 56 78" not in text and "fatima.k@example.dk" not in joined(text)
    assert "[telefonnummer fjernet]" in text
    assert joined(f"eller til {EMAIL}") in joined(text)  # the hearing's own address stays
    from workshop_app.store import Store

    with Store.open(hearing_db) as s:  # what was typed is saved as typed
        assert get_texts(s, "da").invitation == invitation
    # Asked for, it is printed.
    result = make(cli, hearing_db, out, "--per-page", "1", "--keep-personal-data")
    assert result.code == 0, result
    assert "12 34 56 78" in page_text(out)


def test_a_character_no_font_has_is_reported_not_dropped_silently(cli, hearing_db: Path,
                                                                  tmp_path: Path) -> None:
    out = tmp_path / "pua.pdf"
    result = make(cli, hearing_db, out, "--heading", "Sig din mening \ue000 \U0001f9ff nu")
    assert result.code == 0, result
    assert "U+E000" in result.err
    assert "U+1F9FF" not in result.err  # the emoji font has it
    assert "heading" in result.err


def test_dates_are_written_the_way_each_language_writes_them() -> None:
    from workshop_app.export.handout_i18n import LABELS

    expected = {
        "da": "15. april 2026", "en": "15 April 2026", "tr": "15 Nisan 2026",
        "so": "15 Abriil 2026", "ar": "١٥ أبريل ٢٠٢٦", "fa": "۱۵ آوریل ۲۰۲۶",
        "ur": "15 اپریل 2026",
    }
    assert {lang: labels.date("2026-04-15") for lang, labels in LABELS.items()} == expected
    assert LABELS["ar"].date("2026-12-01", with_year=False) == "١ ديسمبر"
    assert all(len(labels.months) == 12 and len(set(labels.months)) == 12
               for labels in LABELS.values())


@pytest.mark.parametrize("lang", ["ar", "da,ur"])
def test_handout_is_a_tagged_pdf_ua_document(cli, hearing_db: Path, tmp_path: Path,
                                            lang: str) -> None:
    import pikepdf

    out = tmp_path / "ua.pdf"
    assert make(cli, hearing_db, out, "--per-page", "2", "--lang", lang).code == 0
    with pikepdf.open(out) as pdf:
        root = pdf.Root
        assert root.MarkInfo.Marked is True
        assert root.ViewerPreferences.DisplayDocTitle is True
        assert str(root.Lang) == {"ar": "ar", "da,ur": "da-DK"}[lang]
        with pdf.open_metadata() as meta:
            assert meta.get("pdfuaid:part") == "1"
            assert meta.get("dc:title")
        figures, paragraphs = [], 0
        stack = [root.StructTreeRoot]
        while stack:
            node = stack.pop()
            if isinstance(node, pikepdf.Array):
                stack.extend(node)
            elif isinstance(node, pikepdf.Dictionary):
                if node.get("/S") == "/Figure":
                    figures.append(str(node.Alt))
                elif node.get("/S") == "/P":
                    paragraphs += 1
                if "/K" in node:
                    stack.append(node.K)
    # One figure per slip, saying where the code leads; every line its own paragraph.
    assert len(figures) == 2
    assert all(f.endswith(": https://blivhoert.kk.dk/") for f in figures)
    assert paragraphs > 20


def test_a_real_process_prints_urdu_and_says_what_it_left_out(cli_process, hearing_db: Path,
                                                              tmp_path: Path) -> None:
    out = tmp_path / "ur.pdf"
    result = cli_process("handout", "--db", hearing_db, "--out", out, "--lang", "ur,da",
                         "--per-page", "8", "--sender", "کوپن ہیگن \ue000")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"wrote {out} (A4, 8 handouts per page, ur,da)")
    notes = result.stderr.splitlines()
    assert any("U+E000" in line and "Urdu handout sender" in line for line in notes)
    assert any("leave no room for the invitations" in line for line in notes)
    assert all(line.startswith("workshop-app: note: ") for line in notes)
    assert "Traceback" not in result.stderr
    fonts = subprocess.run([_tool("pdffonts"), str(out)], check=True, capture_output=True,
                           text=True).stdout
    assert "NotoNaskhArabic" in fonts and "NotoSans" in fonts and "Nastaliq" not in fonts
    [page] = raster(out)
    assert [c.text for c in qr_codes(page)] == ["https://blivhoert.kk.dk/"] * 8
