"""The bundled typeface: registered once, all four styles, Danish letters covered."""

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


def test_reportlab_url_pattern_still_works_after_lazy_import() -> None:
    from reportlab.platypus import paragraph

    import workshop_app.export.pdf  # noqa: F401  (imports reportlab's paragraph module)

    assert paragraph.uri_pat.match("https://blivhoert.kk.dk/hoering?id=1") is not None
    assert paragraph.uri_pat.match("ikke en adresse") is None


def test_missing_font_file_is_a_user_error(monkeypatch, tmp_path) -> None:
    import pytest

    from workshop_app.errors import UserError
    from workshop_app.export import fonts

    monkeypatch.setattr(fonts, "_registered", None)
    monkeypatch.setattr(fonts, "_FILES", {"regular": ("NotoSans-Missing", "nope.ttf")})
    with pytest.raises(UserError, match="nope.ttf"):
        fonts.register_fonts()
