"""QR codes as crisp vectors for reportlab.

``qr_matrix`` asks the ``qrcode`` package for the module matrix (no quiet zone; the mask
is qrcode's own choice, only found faster, see ``_QRCode``);
``draw_qr`` paints it on a reportlab canvas as filled rectangles: dark modules
are merged into horizontal runs, and runs with the same span in consecutive rows
into taller rectangles, all in ONE path filled once. One fill means rasterisers
see the union, so there are no hairline seams between neighbouring modules, and
the PDF stays small (a URL code is typically 1–3 kB of drawing operators).
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise
from typing import Any

import qrcode
import qrcode.constants
import qrcode.exceptions
import qrcode.util

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


#: The 1:1:3:1:1 finder-like pattern with four light modules on one side. Neither overlaps
#: itself, so ``str.count`` finds every occurrence.
_FINDER_LIKE = ("10111010000", "00001011101")


class _QRCode(qrcode.QRCode):
    """qrcode's QRCode, with its mask choice made in a fraction of the time.

    qrcode picks the mask whose test matrix has the lowest penalty (``util.lost_point``; the
    first of equals) by building the whole matrix and scoring it in pure Python eight times
    (about 3 ms for a hearing URL, two thirds of the QR code's cost in an export). This does
    the same arithmetic on rows held as integers and strings: the function patterns and the
    data bits are placed once, each mask is applied with an XOR, and the penalty rules are
    counted with bit operations and ``str.count``. The result is the same mask
    (tests/test_qr.py compares it with qrcode's own choice), and the final matrix is still
    built by qrcode.
    """

    _frame_only = False

    def add_data(self, data: Any, optimize: int = 20) -> None:
        """As qrcode's: numeric and alphanumeric runs of *optimize* bytes or more become their
        own segments, found without the two patterns qrcode compiles for every code (0.6 ms
        in a command that makes one)."""
        if not optimize or isinstance(data, qrcode.util.QRData):
            super().add_data(data, optimize)
            return
        for chunk, mode in _segments(qrcode.util.to_bytestring(data), optimize):
            super().add_data(qrcode.util.QRData(chunk, mode=mode, check_data=False))

    def map_data(self, data: Any, mask_pattern: int) -> None:
        if not self._frame_only:
            super().map_data(data, mask_pattern)

    def best_mask_pattern(self) -> int:
        self._frame_only = True  # qrcode's function patterns; format/version areas as tested
        try:
            self.makeImpl(True, 0)
        finally:
            self._frame_only = False
        frame, n, data = self.modules, self.modules_count, self.data_cache
        full = (1 << n) - 1
        dark = [0] * n  # fixed dark modules per row; bit n-1-c is column c
        free = [0] * n  # data modules per row
        for r, row in enumerate(frame):
            for c, cell in enumerate(row):
                if cell is None:
                    free[r] |= 1 << (n - 1 - c)
                elif cell:
                    dark[r] |= 1 << (n - 1 - c)
        # The data bits, unmasked, where qrcode's map_data puts them (the same walk).
        bits = [0] * n
        index, count = 0, 8 * len(data)
        row, step = n - 1, -1
        for col in range(n - 1, 0, -2):
            if col <= 6:
                col -= 1  # the vertical timing pattern
            while True:
                for c in (col, col - 1):
                    if frame[row][c] is None:
                        if index < count and (data[index >> 3] >> (7 - (index & 7))) & 1:
                            bits[row] |= 1 << (n - 1 - c)
                        index += 1
                row += step
                if row < 0 or row >= n:
                    row -= step
                    step = -step
                    break
        best, best_penalty = 0, 0
        for pattern in range(8):
            flips = _mask_rows(pattern, n)
            rows = [dark[r] | (bits[r] ^ (flips[r] & free[r])) for r in range(n)]
            penalty = _penalty(rows, n, full)
            if pattern == 0 or penalty < best_penalty:
                best, best_penalty = pattern, penalty
        return best


_DIGITS = frozenset(b"0123456789")
_ALPHANUMERIC = frozenset(qrcode.util.ALPHA_NUM)


def _segments(data: bytes, minimum: int) -> list[tuple[bytes, int]]:
    """``qrcode.util.optimal_data_chunks(data, minimum)`` as (bytes, mode) pairs."""
    whole = len(data) <= minimum  # then a segment is all of the data or nothing
    out = []
    for is_number, chunk in _runs(data, _DIGITS, minimum, whole):
        if is_number:
            out.append((chunk, qrcode.util.MODE_NUMBER))
            continue
        for is_alpha, part in _runs(chunk, _ALPHANUMERIC, minimum, whole):
            out.append((part, qrcode.util.MODE_ALPHA_NUM if is_alpha else
                        qrcode.util.MODE_8BIT_BYTE))
    return out


def _runs(data: bytes, members: frozenset[int], minimum: int,
          whole: bool) -> list[tuple[bool, bytes]]:
    """qrcode's ``_optimal_split`` with the pattern ``[members]{minimum,}`` (``whole``:
    ``^[members]+$``): (True, run) for each such run, (False, text) for what lies between."""
    if whole:
        if not data:
            return []
        return [(all(byte in members for byte in data), data)]
    out: list[tuple[bool, bytes]] = []
    start = index = 0
    while index < len(data):
        if data[index] not in members:
            index += 1
            continue
        end = index
        while end < len(data) and data[end] in members:
            end += 1
        if end - index >= minimum:
            if index > start:
                out.append((False, data[start:index]))
            out.append((True, data[index:end]))
            start = end
        index = end
    if start < len(data):
        out.append((False, data[start:]))
    return out


def _mask_rows(pattern: int, n: int) -> list[int]:
    """Rows of qrcode's mask *pattern* for an n x n code, as integers (1 = flip)."""
    test = qrcode.util.mask_func(pattern)
    by_residue = []  # every mask repeats every 12 rows and every 6 columns
    for r in range(12):
        period = "".join("1" if test(r, c) else "0" for c in range(6))
        by_residue.append(int((period * (n // 6 + 1))[:n], 2))
    return [by_residue[r % 12] for r in range(n)]


def _penalty(rows: list[int], n: int, full: int) -> int:
    """``qrcode.util.lost_point`` of the matrix whose rows are *rows* (bit n-1-c: column c)."""
    lines = [format(row, f"0{n}b") for row in rows]
    lines += ["".join(column) for column in zip(*lines, strict=True)]
    text = ",".join(lines)
    # Runs of five or more of one colour, on every row and column at once: one integer with
    # a 0 between the lines; a run of length L has L - 4 windows of five, and the penalty is
    # L - 2, so each run adds two to the windows' count.
    dark = int(text.replace(",", "0"), 2)
    light = ~dark & int(",".join(["1" * n] * (2 * n)).replace(",", "0"), 2)
    runs = 0
    for modules in (dark, light):
        windows = modules & (modules >> 1) & (modules >> 2) & (modules >> 3) & (modules >> 4)
        runs += windows.bit_count() + 2 * (windows & ~(windows >> 1)).bit_count()
    blocks = 0
    pairs = full >> 1  # the n-1 pairs of neighbouring columns
    for upper, lower in pairwise(rows):
        same = ~(upper ^ lower)
        blocks += (same & (same >> 1) & ~(upper ^ (upper >> 1)) & pairs).bit_count()
    finder_like = sum(text.count(pattern) for pattern in _FINDER_LIKE)
    dark_modules = sum(row.bit_count() for row in rows)
    rating = int(abs(float(dark_modules) / (n**2) * 100 - 50) / 5)
    return runs + 3 * blocks + 40 * finder_like + 10 * rating


def _build(data: str, error_correction: str) -> qrcode.QRCode:
    level = ERROR_CORRECTION.get(error_correction.upper())
    if level is None:
        raise ValueError(f"unknown QR error correction {error_correction!r} (use L, M, Q or H)")
    code = _QRCode(version=None, error_correction=level, border=0)
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
