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
        [sys.executable, "-c", ("from workshop_app.paths import resource_path as r; "
                                "print(r('fonts', 'NotoSans-Regular.ttf').is_file())")],
        capture_output=True, text=True, check=True, cwd=tmp_path,
        env={"PYTHONPATH": str(target), "PATH": ""},
    )
    assert out.stdout.strip() == "True"


# ---------------------------------------------------------------- who may write SQL
#: Packages that own the data and may run SQL or call the store's private methods.
SQL_OWNERS = ("store", "sync", "safety")
#: Modules outside those that may still run SQL: none. The curation work moved the last
#: ones (curate/points.py, export/document.py, export/json_export.py) into store/curation.py.
#: Nothing may be added to it.
SQL_ALLOWED_FOR_NOW: frozenset[str] = frozenset()
_SQL_TEXT = __import__("re").compile(
    r"^\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|PRAGMA|WITH|BEGIN|COMMIT|VACUUM|"
    r"ATTACH|REPLACE)\b"
)
_SQL_CALLS = frozenset({"execute", "executescript", "executemany", "query"})


def sql_offences(path: Path) -> list[str]:
    """Raw SQL, a database call or a private store method in one module."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            name = node.func.attr
            receiver = ast.unparse(node.func.value)
            if name in _SQL_CALLS:
                found.append(f"{node.lineno}: {receiver}.{name}(…)")
            elif (name.startswith("_") and not name.startswith("__")
                  and "store" in receiver.rsplit(".", 1)[-1].lower()):
                found.append(f"{node.lineno}: private store method {receiver}.{name}(…)")
        elif (isinstance(node, ast.Constant) and isinstance(node.value, str)
              and _SQL_TEXT.match(node.value)):
            found.append(f"{node.lineno}: SQL text {node.value.strip()[:40]!r}")
    return found


def test_sql_only_in_store_sync_and_safety():
    """Issue 19: the store owns all rows; nothing else runs SQL or calls store._x()."""
    offenders = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).as_posix()
        if rel.split("/", 1)[0] in SQL_OWNERS or rel in SQL_ALLOWED_FOR_NOW:
            continue
        found = sql_offences(path)
        if found:
            offenders[rel] = found
    assert offenders == {}


def test_the_sql_checker_would_catch_an_offender(tmp_path):
    sample = tmp_path / "x.py"
    sample.write_text(
        "def f(store):\n"
        "    store.db.execute('SELECT 1')\n"
        "    store._tombstone('notes', 'x')\n"
        "    store.db.query(\"select 1\")\n"
        "    q = '''\n    DELETE FROM notes'''\n"
    )
    found = sql_offences(sample)
    assert len(found) == 5, found
    assert any("private store method" in f for f in found)


def test_the_allow_list_only_shrinks():
    """Every allowed module exists and still needs it (else remove it from the list)."""
    for rel in SQL_ALLOWED_FOR_NOW:
        path = PACKAGE / rel
        assert not path.exists() or sql_offences(path), f"{rel} is clean: drop it from the list"
