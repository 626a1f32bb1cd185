"""The summary PDF in every script citizens write: words back out of the text layer, right to
left by coordinates, each note's language tagged, hostile notes printed literally, and a
warning (never silence) for a character no bundled font draws.

The notes are written for these tests (not taken from the seeds).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="needs pdftotext (poppler-utils)"
)

ARABIC = "نحتاج إلى مكان للشباب بعد المدرسة"
FARSI = "می‌خواهیم کلاس زبان برای مادران باشد"  # ZWNJ after می
URDU = "ہمیں بچوں کے لیے بڑی لائبریری چاہیے"
TIGRINYA = "ንቆልዑ ዝኸውን ቦታ የድልየና"
CHINESE = "我们需要更多的公园和图书馆"
JAPANESE = "図書館をもっと長く開けてほしい"
KOREAN = "도서관이 더 오래 열려 있으면 좋겠습니다"
TURKISH = "Gençler için akşamları açık bir spor salonu istiyoruz"
SOMALI = "Waxaan u baahanahay fasallo luqadda ah oo hooyooyinka loogu talagalay"
POLISH = "Potrzebujemy więcej żłobków w dzielnicy"
EMOJI = "Mere grønt 🌳 og cykelstier 🚲 tak 👍🏽"
QUOTING = "Min nabo skrev «مرحبا بكم» på opslaget i opgangen"

SCRIPT_NOTES = {
    "ar": ARABIC, "fa": FARSI, "ur": URDU, "ti": TIGRINYA, "zh": CHINESE, "ja": JAPANESE,
    "ko": KOREAN, "tr": TURKISH, "so": SOMALI, "pl": POLISH, "emoji": EMOJI, "quote": QUOTING,
}

HOSTILE = [
    '#read("/etc/passwd") and #import "x": * done',
    "$x^2$ *fed* _kursiv_ `kode` @ref <label> \\ back",
    "#set page(fill: red) #show: none = Heading? [ ] { } ~ ---",
    "Stray RLO \u202eRLO here and then U+FFFD \ufffd kept",
    "isolates \u2066left\u2069 \u2067right\u2069 marks a\u200eb\u200fc",
    "Z" + "x" * 400,
]
COMBINING = "a" + "\u0301" * 4000 + " efter mærkerne"


def _add(cli, db: Path, text: str, venue: str = "Amager", theme: str = "Bolig") -> str:
    result = cli("note", "add", "--db", db, "--venue", venue, "--theme", theme,
                 "--kind", "solution", "--text", text)
    assert result.code == 0, result.err
    return result.out.strip()


@pytest.fixture
def scripts_pdf(db_path: Path, tmp_path: Path, cli) -> Path:
    for text in SCRIPT_NOTES.values():
        _add(cli, db_path, text)
    assert cli("event", "--db", db_path, "--hearing-url", "https://blivhoert.kk.dk/",
               "--hearing-email", "bif@kk.dk").code == 0
    out = tmp_path / "scripts.pdf"
    result = cli("export", "pdf", "--db", db_path, "--out", out)
    assert result.code == 0, result.err
    assert "no bundled font" not in result.err  # every one of these scripts is covered
    return out


def _pdftotext(path: Path, *args: str) -> str:
    out = subprocess.run(["pdftotext", *args, str(path), "-"], capture_output=True, check=True)
    return out.stdout.decode("utf-8")


def _logical_text(path: Path) -> str:
    """The text layer in reading order; pdftotext marks RTL runs with U+202B/U+202C itself."""
    return " ".join(re.sub("[\u202b\u202c]", "", _pdftotext(path)).split())


def _pypdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())


@needs_poppler
@pytest.mark.parametrize("key", [k for k in SCRIPT_NOTES if k not in ("fa", "quote")])
def test_words_come_back_out_of_the_text_layer(scripts_pdf: Path, key: str) -> None:
    # poppler gives right-to-left lines in reading order; pypdf keeps a colour emoji (a Type 3
    # glyph) in its place in the line. The words must come back whole from one of them.
    note = " ".join(SCRIPT_NOTES[key].split())
    poppler, pypdf = _logical_text(scripts_pdf), _pypdf_text(scripts_pdf)
    assert note in poppler or note in pypdf
    for text in (poppler, pypdf):
        assert not re.search("[\ue000-\uf8ff]", text), "private-use codes in the text layer"
        assert not re.search("[\ufb50-\ufdff\ufe70-\ufefe]", text), "presentation forms"


def test_farsi_keeps_the_zero_width_non_joiner_and_quotes_keep_their_words(
    scripts_pdf: Path
) -> None:
    words = set(_pypdf_text(scripts_pdf).replace("•", " ").split())
    assert "می\u200cخواهیم" in words  # the ZWNJ, where the citizen typed it
    assert set(FARSI.split()) <= words
    assert {"Min", "nabo", "skrev", "مرحبا", "بكم", "på", "opslaget"} <= {
        w.strip("«»") for w in words}


def _boxes(path: Path) -> list[tuple[str, float, float]]:
    """(word, xMin, yMin) of every word; RTL words as pdftotext lists them (visual order)."""
    html = _pdftotext(path, "-bbox")
    return [(w, float(x), float(y)) for x, y, w in re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>', html)]


def _find(boxes: list, word: str, near_y: float | None = None) -> tuple[float, float]:
    for w, x, y in boxes:
        if w.strip("«»") in (word, word[::-1]) and (near_y is None or abs(y - near_y) < 3):
            return x, y
    raise AssertionError(f"{word!r} not found")


@needs_poppler
def test_right_to_left_order_by_coordinates(scripts_pdf: Path) -> None:
    boxes = _boxes(scripts_pdf)
    # Arabic: the first word read is the rightmost.
    x1, y = _find(boxes, "نحتاج")
    x2, _ = _find(boxes, "إلى", y)
    x3, _ = _find(boxes, "المدرسة", y)
    assert x1 > x2 > x3
    # Urdu (set in Naskh, see below) the same way.
    x1, y = _find(boxes, "ہمیں")
    x2, _ = _find(boxes, "بچوں", y)
    assert x1 > x2
    # A Danish line quoting Arabic: Danish left to right, the quote right to left inside it.
    xs = [_find(boxes, w)[0] for w in ("Min", "nabo", "skrev")]
    _, y = _find(boxes, "Min")
    after = [_find(boxes, w, y)[0] for w in ("på", "opslaget")]
    quote_first, _ = _find(boxes, "مرحبا", y)
    quote_second, _ = _find(boxes, "بكم", y)
    assert xs == sorted(xs) and after == sorted(after)
    assert xs[-1] < quote_second < quote_first < after[0]


def _lines(path: Path) -> list[list[tuple[str, float]]]:
    """Each line of each page as (word, xMin) left to right (words within 3 pt of height)."""
    lines = []
    for page in _pdftotext(path, "-bbox").split("<page ")[1:]:
        rows: dict[float, list[tuple[str, float]]] = {}
        for x, y, w in re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>',
                                  page):
            key = next((k for k in rows if abs(k - float(y)) < 3), float(y))
            rows.setdefault(key, []).append((w, float(x)))
        lines += [sorted(row, key=lambda b: b[1]) for _, row in sorted(rows.items())]
    return lines


def _line_of(lines: list, word: str) -> list[tuple[str, float]]:
    for line in lines:
        if any(w.strip("«»") in (word, word[::-1]) for w, _x in line):
            return line
    raise AssertionError(f"{word!r} not found")


@needs_poppler
def test_bullets_sit_where_their_note_starts_reading(scripts_pdf: Path) -> None:
    """A right-to-left note's bullet is at the right end of its line, right of every word
    of the note, near the right margin; a left-to-right note's at the left end."""
    lines = _lines(scripts_pdf)
    page_width = 595.3
    for word in ("نحتاج", "ہمیں", "بچوں"):
        line = _line_of(lines, word)
        assert line[-1][0] == "•", (word, line)
        assert line[0][0] != "•", (word, line)  # and no bullet on the left
        assert line[-1][1] > page_width / 2  # in the right half: the reading start
    for word in ("Min", "Gençler", "Potrzebujemy"):
        line = _line_of(lines, word)
        assert line[0][0] == "•" and line[1][0] == word, (word, line)
        assert line[0][1] < page_width / 4
    # The bullets of one group share their margin: every left bullet at one x, every right
    # one at one x, whatever order the directions come in.
    bullets = [x for line in lines for w, x in line if w == "•"]
    lefts = {round(x) for x in bullets if x < page_width / 2}
    rights = {round(x) for x in bullets if x > page_width / 2}
    assert len(lefts) == 1 and len(rights) == 1, (lefts, rights)
    # Still tagged as lists: one LI per printed bullet, each inside an L.
    import pikepdf

    with pikepdf.open(scripts_pdf) as pdf:
        kinds = [kind for kind, _node in _struct(pdf)]
    assert kinds.count("/LI") == len(bullets) and "/L" in kinds
    with pikepdf.open(scripts_pdf) as pdf:  # and Typst still vouches for PDF/UA-1
        assert str(pdf.open_metadata()["pdfuaid:part"]) == "1"


def _struct(pdf) -> list:
    """The structure tree as (type, element) in document order."""
    import pikepdf

    found = []

    def walk(node) -> None:
        kind = node.get("/S")
        if kind is not None:
            found.append((str(kind), node))
        kids = node.get("/K")
        if isinstance(kids, pikepdf.Array):
            for kid in kids:
                if isinstance(kid, pikepdf.Dictionary):
                    walk(kid)
        elif isinstance(kids, pikepdf.Dictionary):
            walk(kids)

    walk(pdf.Root.StructTreeRoot)
    return found


def test_each_note_carries_the_language_its_letters_tell(scripts_pdf: Path) -> None:
    import pikepdf

    with pikepdf.open(scripts_pdf) as pdf:
        langs = {str(node.Lang) for _, node in _struct(pdf) if "/Lang" in node}
    assert {"ar", "fa", "ur", "ti", "zh", "ja", "ko"} <= langs


def test_script_and_direction_detection() -> None:
    from workshop_app.export.fonts import is_rtl, text_language

    assert [text_language(SCRIPT_NOTES[k]) for k in ("ar", "fa", "ur", "ti", "zh", "ja", "ko")] \
        == ["ar", "fa", "ur", "ti", "zh", "ja", "ko"]
    assert text_language("گ") == "fa" and text_language("کتاب\u200cها") == "fa"
    for latin in (TURKISH, SOMALI, POLISH, QUOTING, EMOJI, "123 !"):
        assert text_language(latin) is None
    assert is_rtl(ARABIC) and is_rtl(URDU) and is_rtl(FARSI)
    assert not is_rtl(QUOTING) and not is_rtl(CHINESE)
    assert is_rtl("\u2066Dansk\u2069 " + ARABIC)  # what stands in an isolate does not count


def test_hostile_notes_print_literally_and_isolated(db_path: Path, tmp_path: Path, cli) -> None:
    from pypdf import PdfReader

    for text in HOSTILE:
        _add(cli, db_path, text)
    out = tmp_path / "hostile.pdf"
    result = cli("export", "pdf", "--db", db_path, "--out", out, "--provenance")
    assert result.code == 0, result.err
    assert "no bundled font" not in result.err  # marks and isolates are not "missing"
    body = " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())
    for text in HOSTILE[:3]:
        assert " ".join(text.split()) in body, text
    assert "root:" not in body  # nothing was read from the disk
    assert "\ufffd kept" in body or "\ufffd" in body
    assert "Z" + "x" * 400 in "".join(body.split())  # the long word, broken but whole
    # The override inside the note ends with the note: its provenance still reads normally.
    assert "(Amager)" in body
    raw = _pdftotext(out) if shutil.which("pdftotext") else body
    assert "left" in raw and "right" in raw
    # Typst refuses, under PDF/UA-1, any character it would draw as a box; this file claims
    # PDF/UA-1, so the marks, isolates and U+FFFD were all drawn (or invisible), none boxed.
    import pikepdf

    with pikepdf.open(out) as pdf:
        assert str(pdf.open_metadata()["pdfuaid:part"]) == "1"


def test_an_undrawable_character_is_printed_as_its_code(db_path: Path, tmp_path: Path,
                                                        cli) -> None:
    import pikepdf

    _add(cli, db_path, "Tifinagh ⵣ og mere")
    out = tmp_path / "code.pdf"
    assert cli("export", "pdf", "--db", db_path, "--out", out).code == 0
    assert "Tifinagh [U+2D63] og mere" in _pypdf_text(out)  # visible, copyable, searchable
    with pikepdf.open(out) as pdf:  # and the file still claims (and passed) PDF/UA-1
        assert str(pdf.open_metadata()["pdfuaid:part"]) == "1"


@needs_poppler
def test_thousands_of_combining_marks_render_without_hanging(db_path: Path, tmp_path: Path,
                                                             cli, cli_process) -> None:
    _add(cli, db_path, COMBINING)
    out = tmp_path / "marks.pdf"
    result = cli_process("export", "pdf", "--db", db_path, "--out", out, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "efter mærkerne" in _logical_text(out)


def test_uncovered_character_is_warned_about_per_note_and_still_printed(
    db_path: Path, tmp_path: Path, cli
) -> None:
    tifinagh = "ⵜⴰⵎⴰⵣⵉⵖⵜ ⵣ"  # Tifinagh: no bundled font has it
    note_id = _add(cli, db_path, f"Skilte på tamazight: {tifinagh}")
    other = _add(cli, db_path, "Sinhala ක and Cherokee Ꭰ")
    fine = _add(cli, db_path, ARABIC + " 👍")
    out = tmp_path / "missing.pdf"
    result = cli("export", "pdf", "--db", db_path, "--out", out)
    assert result.code == 0 and out.is_file()
    lines = [line for line in result.err.splitlines() if "no bundled font" in line]
    assert len(lines) == 2, result.err
    assert note_id in lines[0] and "U+2D63" in lines[0] and "U+2D5C" in lines[0]
    assert other in lines[1] and "U+0D9A" in lines[1] and "U+13A0" in lines[1]
    assert fine not in result.err
    from pypdf import PdfReader

    body = " ".join(p.extract_text() for p in PdfReader(out).pages)
    assert "Skilte på tamazight: [U+2D5C]" in body


def test_uncovered_characters_warned_per_meeting_too(db_path: Path, tmp_path: Path,
                                                     cli) -> None:
    note_id = _add(cli, db_path, "Tifinagh ⵣ", venue="Tingbjerg")
    _add(cli, db_path, "Alt er fint her", venue="Amager")
    result = cli("export", "pdf", "--db", db_path, "--out", tmp_path / "m.pdf", "--per-meeting")
    assert result.code == 0, result.err
    lines = [line for line in result.err.splitlines() if "no bundled font" in line]
    assert len(lines) == 1 and note_id in lines[0] and "U+2D63" in lines[0]


def test_invisible_format_characters_are_not_missing() -> None:
    from workshop_app.export.fonts import uncovered

    invisible = "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e" \
                "\u2066\u2067\u2068\u2069\ufe0f\ufe0e\u00ad\ufeff\U000e0100"
    assert uncovered("ok" + invisible) == []
    assert uncovered("ⵣ and ⵣ") == ["ⵣ"]


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="needs pdffonts (poppler-utils)")
def test_pdf_embeds_only_bundled_fonts(scripts_pdf: Path) -> None:
    from workshop_app.paths import resource_path

    out = subprocess.run(["pdffonts", str(scripts_pdf)], capture_output=True, text=True,
                         check=True).stdout
    rows = out.splitlines()[2:]
    bundled = {p.stem for p in resource_path("fonts").glob("*.ttf")}
    names = set()
    for row in rows:
        assert row.split()[-5] == "yes", row  # embedded
        name = row.split()[0].split("+")[-1]
        if name != "[none]":  # the colour emoji are drawn as a Type 3 font of images
            names.add(name)
    assert names <= bundled | {"DroidSansFallback"}, names - bundled
    assert {"NotoSans-Regular", "NotoNaskhArabic-Regular",
            "NotoSansEthiopic-Regular", "DroidSansFallback"} <= names
    assert any(n.startswith("Nanum") for n in names)  # Hangul
    # Urdu is set in Naskh: Nastaliq's text layer does not read back (next test).
    assert not any("Nastaliq" in n for n in names)


@needs_poppler
def test_nastaliq_text_layer_still_does_not_read_back(tmp_path: Path) -> None:
    """Why Urdu is printed in Naskh: Typst (0.15) writes each glyph of a Nastaliq letter,
    at its own height, with the whole letter as its text, so pdftotext returns letters
    doubled and words split. When this test fails, Typst has fixed that: set Urdu notes in
    Noto Nastaliq Urdu in summary.typ and handout_fonts.families (the issue asks for it)."""
    import typst

    from workshop_app.paths import resource_path

    source = tmp_path / "nastaliq.typ"
    source.write_text('#set text(font: "Noto Nastaliq Urdu", lang: "ur", dir: rtl)\n'
                      "#sys.inputs.t\n", encoding="utf-8")
    fonts = typst.Fonts(include_system_fonts=False, include_embedded_fonts=False,
                        font_paths=[resource_path("fonts")])
    pdf = typst.Compiler(source, font_paths=fonts, ignore_system_fonts=True).compile(
        format="pdf", sys_inputs={"t": URDU})
    out = tmp_path / "nastaliq.pdf"
    out.write_bytes(pdf)
    words = set(re.sub("[\u202b\u202c]", "", _pdftotext(out)).split())
    assert not set(URDU.split()) <= words, "Nastaliq reads back now: use it for Urdu"


def _compiled(payload: str, long_words: str) -> bytes:
    """The summary compiled as compile_summary does, at a fixed time, with the given
    over-wide-word pattern."""
    import datetime as dt

    from workshop_app.export import pdf

    return pdf._typst_compiler().compile(
        format="pdf", sys_inputs={"doc": payload, "long-words": long_words},
        pdf_standards=[pdf.PDF_STANDARD], timestamp=dt.datetime(2026, 12, 6, tzinfo=dt.UTC),
    )


@pytest.mark.parametrize("notes, plain", [
    # too wide (broken into letters), a long URL that fits, a long Cyrillic word, dashes
    (["Z" + "x" * 120 + " slut", "Se https://blivhoert.kk.dk/hoering/integrationspolitik-2026",
      "Слово" * 7 + " og mere", "2025–2026 – fint"], True),
    (["Kort og godt", "Noter uden lange ord"], True),
    ([ARABIC, CHINESE, TURKISH], True),  # other scripts, but no run of 30
    (["x" * 40 + "مرحبا" + " slut"], False),  # a long run that reaches Arabic
    ([CHINESE * 3], False),  # CJK runs have no spaces
    (["x" * 28 + "ሀ"], False),  # 29 characters: with the JSON quotes around it, 31
])
def test_the_plain_over_wide_word_pattern_gives_the_same_pdf(
    db_path: Path, cli, notes: list[str], plain: bool
) -> None:
    """pdf.plain_long_words lets Typst use the cheap pattern only where it finds exactly the
    runs the full one does: there, the file is the same byte for byte."""
    import json

    from workshop_app.export.pdf import plain_long_words
    from workshop_app.export.pdf_data import summary_data
    from workshop_app.export.publish import summary_document
    from workshop_app.store import Store

    for text in notes:
        _add(cli, db_path, text)
    assert cli("event", "--db", db_path, "--hearing-url", "https://blivhoert.kk.dk/").code == 0
    with Store.open(db_path, readonly=True) as store:
        payload = json.dumps(summary_data(summary_document(store)), ensure_ascii=False)
    assert plain_long_words(payload) is plain
    if plain:
        assert _compiled(payload, "plain") == _compiled(payload, "scripts")


def test_the_long_word_check_agrees_with_its_definition() -> None:
    """plain_long_words looks only around characters from U+0590 on; it must answer as if it
    had read every run of 30 or more non-spaces (Unicode White_Space, as Typst's \\s)."""
    import random

    from workshop_app.export.pdf import _CHECKED_AT_MOST, plain_long_words

    space = "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
    runs, non_space = re.compile(f"[^{space}]{{30,}}"), re.compile(f"[^{space}]")
    rng = random.Random(13)
    others = " \t\n\xa0\u2003\u3000\u0590\u058f\u05d0\u0627\u4e00\u2013ሀ😀«"
    for _ in range(3000):
        share = rng.choice((0.01, 0.05, 0.2))
        text = "".join(rng.choice(others) if rng.random() < share else rng.choice("abcæ-/")
                       for _ in range(rng.randint(0, 160)))
        beyond = [c for c in non_space.findall(text) if c >= "\u0590"]
        expected = len(beyond) <= _CHECKED_AT_MOST and not any(
            max(run) >= "\u0590" for run in runs.findall(text))
        assert plain_long_words(text) is expected, repr(text)
