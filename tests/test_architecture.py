"""House rules that keep the core Qt-free and fast to start."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "workshop_app"


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_nothing_outside_ui_imports_pyside6():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if PACKAGE / "ui" in path.parents:
            continue
        if any(m == "PySide6" or m.startswith("PySide6.") for m in imported_modules(path)):
            offenders.append(str(path.relative_to(PACKAGE)))
    assert offenders == []


def test_the_checker_would_catch_an_offender(tmp_path):
    sample = tmp_path / "x.py"
    sample.write_text("def f():\n    from PySide6.QtCore import QTimer\n")
    assert "PySide6.QtCore" in imported_modules(sample)


def test_cli_commands_do_not_load_qt_or_heavy_libraries(tmp_path):
    db = str(tmp_path / "x.sqlite")
    code = (
        "import sys\n"
        "from workshop_app.cli import run\n"
        f"assert run(['demo', '--db', {db!r}]) == 0\n"
        f"assert run(['info', '--db', {db!r}]) == 0\n"
        "heavy = [m for m in ('PySide6', 'reportlab', 'docx') if m in sys.modules]\n"
        "print('heavy:' + ','.join(heavy))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "heavy:"


def test_installed_wheel_carries_the_resources(tmp_path):
    """`pip install .` must ship fonts, icons and translations, not only the checkout."""
    import zipfile

    root = PACKAGE.parent
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(root), "--no-deps", "--no-build-isolation",
         "-q", "-w", str(tmp_path)],
        check=True, capture_output=True, cwd=tmp_path,
    )
    (wheel,) = tmp_path.glob("*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in ("workshop_app/_resources/fonts/NotoSans-Regular.ttf",
                   "workshop_app/_resources/fonts/OFL.txt",
                   "workshop_app/_resources/translations/workshop_app_da.qm",
                   "workshop_app/_resources/icons/app-icon.png"):
        assert needed in names
    # and the installed copy looks there
    target = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(target)
    out = subprocess.run(
        [sys.executable, "-c", "from workshop_app.paths import resource_path as r; "
         "print(r('fonts', 'NotoSans-Regular.ttf').is_file())"],
        capture_output=True, text=True, check=True, cwd=tmp_path,
        env={"PYTHONPATH": str(target), "PATH": ""},
    )
    assert out.stdout.strip() == "True"
