"""QR codes: the matrix from qrcode, drawn as vectors that rasterise to a readable code."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workshop_app.errors import UserError
from workshop_app.export.qr import (
    _rectangles,
    draw_qr,
    module_size,
    qr_info,
    qr_matrix,
)

MM = 72 / 25.4


def _raster(pdf: Path, dpi: int = 200) -> list:
    """Pages of *pdf* as PIL images, through poppler's pdftoppm."""
    from PIL import Image

    if shutil.which("pdftoppm") is None:
        pytest.fail("pdftoppm (poppler-utils) is needed to check the rastered QR codes")
    prefix = pdf.with_suffix("")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(prefix)], check=True)
    pages = sorted(pdf.parent.glob(prefix.name + "-*.png"))
    images = []
    for page in pages:
        with Image.open(page) as img:
            images.append(img.convert("L"))
    return images


def _decode(image) -> list:
    import zxingcpp

    return [r for r in zxingcpp.read_barcodes(image) if r.format == zxingcpp.BarcodeFormat.QRCode]


def _pdf_with(draw, path: Path) -> Path:
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(300, 300))
    draw(canvas)
    canvas.showPage()
    canvas.save()
    path.write_bytes(buffer.getvalue())
    return path


def test_matrix_has_the_size_of_its_version_and_finder_patterns() -> None:
    matrix = qr_matrix("https://blivhoert.kk.dk/")
    info = qr_info("https://blivhoert.kk.dk/")
    assert len(matrix) == info.modules == 17 + 4 * info.version
    assert all(len(row) == len(matrix) for row in matrix)
    n = len(matrix)
    # The three finder patterns: a 7x7 dark ring with a dark 3x3 core, no quiet zone around.
    for top, left in ((0, 0), (0, n - 7), (n - 7, 0)):
        assert all(matrix[top][left + i] and matrix[top + 6][left + i] for i in range(7))
        assert not matrix[top + 1][left + 1]
        assert matrix[top + 3][left + 3]


def test_higher_error_correction_needs_a_bigger_code() -> None:
    url = "https://blivhoert.kk.dk/hoering/integrationspolitik?sprog=da&kilde=folder"
    versions = [qr_info(url, error_correction=level).version for level in "LMQH"]
    assert versions == sorted(versions) and versions[0] < versions[-1]
    assert qr_info(url, error_correction="q").error_correction == "Q"


def test_unknown_error_correction_is_a_programming_error() -> None:
    with pytest.raises(ValueError):
        qr_matrix("x", error_correction="X")


def test_data_that_fits_no_version_is_refused_in_one_line() -> None:
    with pytest.raises(UserError) as exc:
        qr_matrix("https://example.org/?" + "a" * 3000)
    assert "too long for a QR code" in str(exc.value)
    assert "\n" not in str(exc.value)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.booleans(), min_size=9, max_size=9), min_size=9, max_size=9))
def test_rectangles_cover_exactly_the_dark_modules(matrix: list[list[bool]]) -> None:
    covered: list[tuple[int, int]] = []
    for col, row, width, height in _rectangles(matrix):
        assert width > 0 and height > 0
        covered.extend((r, c) for r in range(row, row + height) for c in range(col, col + width))
    dark = {(r, c) for r in range(9) for c in range(9) if matrix[r][c]}
    assert len(covered) == len(set(covered)), "rectangles overlap"
    assert set(covered) == dark


def test_rectangles_merge_runs_into_few_shapes() -> None:
    matrix = qr_matrix("https://blivhoert.kk.dk/")
    dark = sum(sum(row) for row in matrix)
    assert len(_rectangles(matrix)) < dark / 2


def test_drawn_code_decodes_to_the_exact_text(tmp_path: Path) -> None:
    text = "https://blivhoert.kk.dk/høring?navn=Åse&sprog=da"
    pdf = _pdf_with(lambda c: draw_qr(c, text, 50, 50, 30 * MM), tmp_path / "qr.pdf")
    [page] = _raster(pdf)
    results = _decode(page)
    assert [r.text for r in results] == [text]


def test_vector_drawing_has_no_image_and_keeps_a_white_quiet_zone(tmp_path: Path) -> None:
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(300, 300), pageCompression=0)
    canvas.setFillColorRGB(0.6, 0.6, 0.6)
    canvas.rect(0, 0, 300, 300, stroke=0, fill=1)  # grey paper: the quiet zone must be white
    size = 200.0
    draw_qr(canvas, "https://blivhoert.kk.dk/", 50, 50, size)
    canvas.showPage()
    canvas.save()
    data = buffer.getvalue()
    assert b"/Subtype /Image" not in data  # vectors, not a bitmap
    pdf = tmp_path / "zone.pdf"
    pdf.write_bytes(data)
    [page] = _raster(pdf, dpi=72)
    quiet = module_size("https://blivhoert.kk.dk/", size) * 4
    # Sample just inside the code's outer edge, within the quiet zone: white, not grey.
    top_left = (50 + 2, 300 - 50 - size + 2)
    inner = (50 + quiet - 2, 300 - 50 - size + quiet - 2)
    for x, y in (top_left, inner):
        assert page.getpixel((int(x), int(y))) > 240
    # And a finder pattern's corner, just inside the quiet zone, is black.
    corner = (50 + quiet + 1, 300 - 50 - size + quiet + 1)
    assert page.getpixel((int(corner[0]), int(corner[1]))) < 40
    assert len(_decode(page)) == 1
