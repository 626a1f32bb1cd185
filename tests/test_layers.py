"""The layers do not leak: the CLI and the window never import each other (``__main__``
chooses), the export modules form no import circle, and both front ends export through the
one export service."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "workshop_app"


def imports_of(path: Path) -> set[str]:
    """Every module ``path`` imports, at the top or inside functions (absolute names)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def offenders(folder: str, forbidden: str) -> list[str]:
    found = []
    for path in (PACKAGE / folder).rglob("*.py"):
        bad = {m for m in imports_of(path) if m == forbidden or m.startswith(forbidden + ".")}
        if bad:
            found.append(f"{path.relative_to(PACKAGE)}: {sorted(bad)}")
    return found


def test_the_cli_does_not_import_the_window():
    assert offenders("cli", "workshop_app.ui") == []


def test_the_window_does_not_import_the_cli():
    assert offenders("ui", "workshop_app.cli") == []


def test_the_entry_point_chooses_between_them():
    names = imports_of(PACKAGE / "__main__.py")
    assert "workshop_app.cli" in names and "workshop_app.ui.app" in names


def test_the_checker_would_catch_a_leak(tmp_path):
    sample = tmp_path / "leak.py"
    sample.write_text("def f():\n    from workshop_app.ui.app import run_gui\n", encoding="utf-8")
    assert "workshop_app.ui.app" in imports_of(sample)


def _export_graph() -> dict[str, set[str]]:
    modules = {f"workshop_app.export.{p.stem}": p for p in (PACKAGE / "export").glob("*.py")}
    return {
        name: {m for m in imports_of(path) if m in modules and m != name}
        for name, path in modules.items()
    }


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import circle in ``graph``, or None."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt):] + [nxt]
            if nxt not in state:
                found = visit(nxt)
                if found:
                    return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state:
            found = visit(node)
            if found:
                return found
    return None


def test_the_export_modules_form_no_import_circle():
    graph = _export_graph()
    assert graph["workshop_app.export.document"].isdisjoint(
        {"workshop_app.export.pdf", "workshop_app.export.docx_export",
         "workshop_app.export.markdown"}
    )
    assert _cycle(graph) is None


def test_the_circle_finder_finds_one():
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set()}) is None


# ---------------------------------------------------------------- one export service
@pytest.fixture
def runs(monkeypatch):
    """Every ExportJob.run: the files it wrote."""
    from workshop_app.export import service

    seen: list[list[str]] = []
    real = service.ExportJob.run

    def spy(self, *args, **kwargs):
        result = real(self, *args, **kwargs)
        seen.append([p.name for p, _size in result.written])
        return result

    monkeypatch.setattr(service.ExportJob, "run", spy)
    return seen


def test_the_cli_exports_through_the_service(cli, demo_db, tmp_path, runs):
    result = cli("export", "md", "--db", demo_db, "--out", tmp_path / "x.md", "--per-meeting")
    assert result.code == 0, result.err
    assert runs == [["x-nørrebro.md", "x-amager.md", "x-tingbjerg.md"]]
    assert cli("export", "json", "--db", demo_db, "--out", tmp_path / "x.json").code == 0
    assert runs[-1] == ["x.json"]


def test_the_window_exports_through_the_service(qtbot, window, tmp_path, runs, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from workshop_app.ui.export_dialogs.summary_dialog import SummaryDialog

    out = tmp_path / "opsamling.md"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    window.actions["export_summary"].trigger()
    dialog = window.findChild(SummaryDialog)
    dialog.set_format("md")
    dialog.set_scope("each")
    dialog.save()
    qtbot.waitUntil(lambda: bool(runs) and not window.workers.active, timeout=60000)
    assert runs == [["opsamling-nørrebro.md", "opsamling-amager.md", "opsamling-tingbjerg.md"]]
    assert all((tmp_path / name).stat().st_mode & 0o077 == 0 for name in runs[0])
    dialog.reject()

