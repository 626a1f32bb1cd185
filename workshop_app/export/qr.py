"""QR codes as crisp vectors for reportlab.

``qr_matrix`` asks the ``qrcode`` package for the module matrix (no quiet zone);
``draw_qr`` paints it on a reportlab canvas as filled rectangles: dark modules
are merged into horizontal runs, and runs with the same span in consecutive rows
into taller rectangles, all in ONE path filled once. One fill means rasterisers
see the union, so there are no hairline seams between neighbouring modules, and
the PDF stays small (a URL code is typically 1–3 kB of drawing operators).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import qrcode
import qrcode.constants
import qrcode.exceptions

from workshop_app.errors import UserError

#: Error-correction levels by their usual letters.
ERROR_CORRECTION = {
    "L": qrcode.constants.ERROR_CORRECT_L,
    "M": qrcode.constants.ERROR_CORRECT_M,
    "Q": qrcode.constants.ERROR_CORRECT_Q,
    "H": qrcode.constants.ERROR_CORRECT_H,
}

#: Modules of white margin the QR specification asks for on every side.
STANDARD_QUIET_ZONE = 4


@dataclass(frozen=True)
class QrInfo:
    """Facts about the code for a payload: version (1–40) and modules per side."""

    version: int
    modules: int  # without quiet zone; 17 + 4 * version
    error_correction: str


def _build(data: str, error_correction: str) -> qrcode.QRCode:
    level = ERROR_CORRECTION.get(error_correction.upper())
    if level is None:
        raise ValueError(f"unknown QR error correction {error_correction!r} (use L, M, Q or H)")
    code = qrcode.QRCode(version=None, error_correction=level, border=0)
    code.add_data(data)
    try:
        code.make(fit=True)
    except (qrcode.exceptions.DataOverflowError, ValueError):
        # qrcode signals "fits no version" either way, depending on how far over it is.
        raise UserError(
            f"the text is too long for a QR code ({len(data.encode('utf-8'))} bytes; "
            f"error correction {error_correction.upper()} holds at most about 2,300)"
        ) from None
    return code


def qr_info(data: str, *, error_correction: str = "M") -> QrInfo:
    """Return the version and module count the code for *data* needs.

    Raises ``UserError`` when *data* does not fit in any QR version.
    """
    code = _build(data, error_correction)
    return QrInfo(version=code.version, modules=17 + 4 * code.version,
                  error_correction=error_correction.upper())


def qr_matrix(data: str, *, error_correction: str = "M") -> list[list[bool]]:
    """Return the QR module matrix for *data*, True = dark, without the quiet zone.

    *error_correction* is one of ``"L"``, ``"M"``, ``"Q"``, ``"H"``. The data is
    encoded as given (UTF-8 bytes when not plain ASCII); the smallest version that
    fits is chosen. Raises ``UserError`` when the data does not fit at all.
    """
    code = _build(data, error_correction)
    return [[bool(cell) for cell in row] for row in code.get_matrix()]


def _rectangles(matrix: list[list[bool]]) -> list[tuple[int, int, int, int]]:
    """Dark areas as (column, row, width, height) rectangles in module units.

    Horizontal runs per row, then identical runs in consecutive rows are stacked.
    """
    open_runs: dict[tuple[int, int], list[int]] = {}  # (col, width) -> [row, height]
    done: list[tuple[int, int, int, int]] = []
    for r, row in enumerate(matrix):
        runs: set[tuple[int, int]] = set()
        c = 0
        n = len(row)
        while c < n:
            if row[c]:
                start = c
                while c < n and row[c]:
                    c += 1
                runs.add((start, c - start))
            else:
                c += 1
        for key in list(open_runs):
            if key not in runs:
                top, height = open_runs.pop(key)
                done.append((key[0], top, key[1], height))
        for key in runs:
            if key in open_runs:
                open_runs[key][1] += 1
            else:
                open_runs[key] = [r, 1]
    for key, (top, height) in open_runs.items():
        done.append((key[0], top, key[1], height))
    done.sort(key=lambda rect: (rect[1], rect[0]))
    return done


def draw_matrix(canvas: Any, matrix: list[list[bool]], x: float, y: float, size: float,
                *, quiet_zone: int = STANDARD_QUIET_ZONE) -> None:
    """Draw an already computed *matrix*; see ``draw_qr`` for the geometry."""
    n = len(matrix)
    total = n + 2 * quiet_zone
    module = size / total
    canvas.saveState()
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(x, y, size, size, stroke=0, fill=1)  # the quiet zone stays white on tinted paper
    canvas.setFillColorRGB(0, 0, 0)
    path = canvas.beginPath()
    top = y + size
    for col, row, width, height in _rectangles(matrix):
        path.rect(x + (quiet_zone + col) * module,
                  top - (quiet_zone + row + height) * module,
                  width * module, height * module)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()


def matrix_svg(matrix: list[list[bool]], *, quiet_zone: int = STANDARD_QUIET_ZONE) -> str:
    """The code as a small SVG document in module units: a white square (the quiet zone
    included) and the dark modules as ONE path, so a renderer fills their union without
    seams. Used where the page is drawn by Typst (the handouts)."""
    total = len(matrix) + 2 * quiet_zone
    path = "".join(f"M{quiet_zone + col} {quiet_zone + row}h{width}v{height}h-{width}z"
                   for col, row, width, height in _rectangles(matrix))
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {total} {total}" '
            f'width="{total}" height="{total}" shape-rendering="crispEdges">'
            f'<rect width="{total}" height="{total}" fill="#fff"/>'
            f'<path d="{path}" fill="#000"/></svg>')


def draw_qr(canvas: Any, data: str, x: float, y: float, size: float,
            *, quiet_zone: int = STANDARD_QUIET_ZONE, error_correction: str = "M") -> None:
    """Draw a QR code for *data* on a reportlab *canvas* as vector rectangles.

    (*x*, *y*) is the lower-left corner in points; *size* is the total width and
    height in points INCLUDING the quiet zone of *quiet_zone* modules, which is
    painted white. Dark modules are pure black, filled as one path.
    """
    draw_matrix(canvas, qr_matrix(data, error_correction=error_correction), x, y, size,
                quiet_zone=quiet_zone)


def module_size(data: str, size: float, *, quiet_zone: int = STANDARD_QUIET_ZONE,
                error_correction: str = "M") -> float:
    """Width in points of one module when the code for *data* is drawn *size* wide."""
    info = qr_info(data, error_correction=error_correction)
    return size / (info.modules + 2 * quiet_zone)
