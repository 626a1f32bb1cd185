"""The export benchmark's import floor imports exactly the command's modules (no timing)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

# The benchmarks are not part of the installed package (CI installs it with `pip install .`):
# load the script from the checkout.
_SPEC = importlib.util.spec_from_file_location(
    "export_bench", Path(__file__).resolve().parent.parent / "benchmarks" / "export_bench.py"
)
assert _SPEC is not None and _SPEC.loader is not None
export_bench = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(export_bench)
only_these_modules = export_bench.only_these_modules


def test_floor_refuses_an_optional_import_the_command_never_made(tmp_path):
    # Like qrcode, which imports Pillow when it can: the command blocked Pillow, so the floor
    # must not import it either, or the floor is heavier than the command's imports.
    package = tmp_path / "withoptional"
    package.mkdir()
    (package / "__init__.py").write_text(
        "try:\n    import decimal\n    OPTIONAL = True\nexcept ImportError:\n"
        "    OPTIONAL = False\n", encoding="utf-8")
    check = (
        "\nimport withoptional\n"
        "print(withoptional.OPTIONAL, 'decimal' in sys.modules, 'colorsys' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", only_these_modules(["colorsys", "withoptional"]) + check],
        cwd=tmp_path, capture_output=True, text=True, check=True,
    )
    assert done.stdout.split() == ["False", "False", "True"]
