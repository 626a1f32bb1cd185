"""The bundled fonts: registered once for reportlab (handouts), Danish letters covered,
licences shipped, every script of the summary covered by some bundled font."""

from __future__ import annotations

from workshop_app.export.fonts import register_fonts
from workshop_app.paths import resource_path


def test_register_fonts_is_idempotent_and_names_four_styles() -> None:
    first = register_fonts()
    second = register_fonts()
    assert first is second
    names = {first.regular, first.bold, first.italic, first.bold_italic}
    assert len(names) == 4
    assert first.family == first.regular


def test_family_mapping_finds_bold_and_italic() -> None:
    from reportlab.lib.fonts import tt2ps

    fonts = register_fonts()
    assert tt2ps(fonts.family, 1, 0) == fonts.bold
    assert tt2ps(fonts.family, 0, 1) == fonts.italic
    assert tt2ps(fonts.family, 1, 1) == fonts.bold_italic


def test_fonts_cover_danish_and_typographic_characters() -> None:
    from reportlab.pdfbase import pdfmetrics

    fonts = register_fonts()
    for name in (fonts.regular, fonts.bold, fonts.italic, fonts.bold_italic):
        face = pdfmetrics.getFont(name).face
        for ch in "æøåÆØÅéü–—“”„‘’…·•§€":
            assert ord(ch) in face.charToGlyph, (name, ch)


def test_licence_ships_with_the_fonts() -> None:
    text = resource_path("fonts", "OFL.txt").read_text(encoding="utf-8")
    assert "SIL Open Font License" in text


def test_missing_font_file_is_a_user_error(monkeypatch, tmp_path) -> None:
    import pytest

    from workshop_app.errors import UserError
    from workshop_app.export import fonts

    monkeypatch.setattr(fonts, "_registered", None)
    monkeypatch.setattr(fonts, "_FILES", {"regular": ("NotoSans-Missing", "nope.ttf")})
    with pytest.raises(UserError, match="nope.ttf"):
        fonts.register_fonts()


def test_every_script_citizens_write_is_covered_by_a_bundled_font() -> None:
    from workshop_app.export.fonts import uncovered

    samples = {
        "Danish": "æøåÆØÅ", "Turkish": "ğışİĞŞ", "Polish": "żółćęśąźń", "Somali": "Xamar",
        "Arabic": "مرحبا", "Farsi": "پچژگ\u200c", "Urdu": "ٹڈڑںھہے", "Tigrinya": "ቐዀንህጻ",
        "Chinese": "我们需要", "Japanese": "ひらがなカタカナ", "Korean": "도서관한국어",
        "emoji": "👍🏽🌳🚲🇩🇰", "typography": "–—“”„‘’…·•§€\ufffd",
    }
    for script, text in samples.items():
        assert uncovered(text) == [], script


def test_fonts_stay_within_the_size_budget_and_are_listed_with_a_licence() -> None:
    folder = resource_path("fonts")
    files = sorted(folder.glob("*.ttf"))
    assert sum(f.stat().st_size for f in files) < 25 * 1024 * 1024
    listing = (folder / "FONTS.md").read_text(encoding="utf-8")
    for f in files:
        stem = f.stem.split("-")[0]
        assert stem in listing, f.name
    assert (folder / "LICENSE-Apache-2.0.txt").is_file()


def test_noto_sans_covers_the_text_that_skips_the_font_lookup() -> None:
    """``uncovered`` answers without reading the cmaps for such text; this makes that right."""
    import re

    from workshop_app.export.fonts import SURE_LATIN, covered_characters

    sure = re.compile(f"[{SURE_LATIN}]")
    chars = [chr(c) for c in range(0x20, 0x2100) if sure.match(chr(c))]
    chars = [c for c in chars if not 0x7F <= ord(c) < 0xA0]  # C1 controls are never printed
    assert len(chars) > 590
    assert [c for c in chars if c not in covered_characters()] == []


def test_coverage_reads_only_the_fonts_a_text_needs() -> None:
    """An Arabic note does not make the export read the CJK fonts' 46,000 code points, and a
    character no font has is still found after every font was read (a fresh process: the
    fonts are read once per process)."""
    import subprocess
    import sys

    code = (
        "from workshop_app.export import fonts\n"
        "assert fonts.uncovered('مرحبا \\u200c نوربرو 12') == []\n"
        "read = [p.name for p in fonts._font_files()[:len(fonts._cmaps_read)]]\n"
        "assert not any(n.startswith(fonts._READ_LAST) for n in read), read\n"
        "assert fonts.uncovered('我们 ⵣ ⵣ') == ['ⵣ']\n"
        "assert len(fonts._cmaps_read) == len(fonts._font_files())\n"
        "assert '我' in fonts.covered_characters() and 'ⵣ' not in fonts.covered_characters()\n"
    )
    result = subprocess.run([sys.executable, "-c", code], check=False, capture_output=True,
                            text=True)
    assert result.returncode == 0, result.stderr
