"""The declared actions: one table for menus, shortcuts, F1 and the manual's key table."""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import SIGNAL, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QTableWidget

from workshop_app.ui import actions
from workshop_app.ui.export_dialogs import ExportCommands
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.settings import Settings
from workshop_app.ui.summary import SummaryPage
from workshop_app.ui.sync_dialogs import SyncCommands

ROOT = Path(__file__).resolve().parents[1]
MANUAL = ROOT / "docs" / "facilitator.md"  # the facilitator's guide holds the key table


def portable(keys: str) -> str:
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.PortableText)


def test_declared_shortcuts_are_unique_and_readable():
    keys = [portable(k) for a in actions.ACTIONS for k in a.keys]
    assert all(keys), "a key Qt cannot read"
    twice = [k for k, n in Counter(keys).items() if n > 1]
    assert not twice, twice
    assert len({a.id for a in actions.ACTIONS}) == len(actions.ACTIONS)
    assert {a.menu for a in actions.ACTIONS} - {None} <= {m for m, _t in actions.MENUS}


def test_the_window_binds_every_menu_command_with_its_declared_keys(window):
    shown = {}
    for action in window.actions:
        bound = action.receivers(SIGNAL("triggered(bool)")) > 0
        assert bound, f"{action.objectName()} is declared but never bound"
        shown[action.objectName()] = action
    for a in actions.ACTIONS:
        if a.menu is not None and not a.submenu:
            got = [s.toString(QKeySequence.SequenceFormat.PortableText)
                   for s in shown[a.id].shortcuts()]
            assert got == [portable(k) for k in a.keys], a.id


def test_no_two_window_shortcuts_collide(window):
    """Menu actions, and the shortcuts pages bind themselves, in the whole window."""
    window.show_page(window.summary_page)  # built on first show, with its own keys
    QApplication.processEvents()
    seen: dict[str, list[str]] = {}
    for action in window.findChildren(QAction):
        for seq in action.shortcuts():
            seen.setdefault(seq.toString(QKeySequence.SequenceFormat.PortableText), []).append(
                action.objectName() or action.text())
    window_wide = {k: v for k, v in seen.items() if len(set(v)) > 1}
    assert not window_wide, window_wide
    # A page's own window-wide QShortcut must not take a key a menu command has.
    for shortcut in window.findChildren(QShortcut):
        if shortcut.context() == Qt.ShortcutContext.WindowShortcut:
            key = shortcut.key().toString(QKeySequence.SequenceFormat.PortableText)
            assert key not in seen, (key, seen.get(key))


def test_every_shortcut_a_page_binds_is_declared(window):
    window.show_page(window.summary_page)
    QApplication.processEvents()
    declared = {portable(k) for a in actions.ACTIONS for k in a.keys}
    for action in window.findChildren(QAction):
        for seq in action.shortcuts():
            assert seq.toString(QKeySequence.SequenceFormat.PortableText) in declared, (
                action.text())


def test_f1_lists_the_declared_help(qtbot, window, monkeypatch):
    seen = []

    def capture(dialog):
        table = dialog.findChild(QTableWidget)
        seen.extend((table.item(r, 0).text(), table.item(r, 1).text())
                    for r in range(table.rowCount()))
        return 0

    monkeypatch.setattr(QDialog, "exec", capture)
    qtbot.keyClick(window.capture_page.note_field, Qt.Key.Key_F1)
    assert seen == actions.help_rows()
    assert ("Ctrl+T", "Switch between challenges and solutions") in seen
    assert ("Ctrl+Shift+M", "Merge sessions from other laptops") in seen
    assert len(seen) == sum(a.help is not None for a in actions.ACTIONS)


def test_extensions_are_typed_attributes_of_the_window(window):
    assert isinstance(window.exports, ExportCommands)
    assert isinstance(window.sync, SyncCommands)
    assert isinstance(window.summary_page, SummaryPage)
    assert window.exports.summary_action is window.actions["export_summary"]
    assert window.sync.merge_action is window.actions["merge"]


def test_no_module_sets_attributes_on_the_window():
    """Extensions return objects; nothing outside main_window.py writes ``window.x = …``."""
    ui = ROOT / "workshop_app" / "ui"
    writes = []
    for path in ui.rglob("*.py"):
        if path.name == "main_window.py":
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"\bwindow\.\w+\s*=[^=]", line):
                writes.append(f"{path.relative_to(ui)}:{n}: {line.strip()}")
    assert not writes, "\n".join(writes)
    assert "importlib" not in (ui / "main_window.py").read_text(encoding="utf-8")


@pytest.fixture
def declared_page(monkeypatch):
    """A teammate's new page command, declared in the table."""
    extra = actions.Action("show_test_page", "Te&st page", ("Ctrl+Shift+U",), menu="view",
                           help="A page for the test")
    monkeypatch.setattr(actions, "ACTIONS", (*actions.ACTIONS, extra))
    monkeypatch.setattr(actions, "BY_ID", {**actions.BY_ID, extra.id: extra})
    return extra


def test_a_declared_lazy_page_is_built_when_first_shown(qtbot, ui_store, declared_page):
    window = MainWindow(ui_store, Settings(), "en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    built: list[QLabel] = []

    def factory():
        built.append(QLabel("a page"))
        return built[-1]

    holder = window.add_lazy_page("show_test_page", factory)
    assert built == []  # the window starts without it
    assert window.pages.tabText(window.pages.indexOf(holder)) == "Test page"
    qtbot.keyClick(window.capture_page.note_field, Qt.Key.Key_U,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.pages.currentWidget() is holder and holder.page() is built[0]
    window.show_page(window.capture_page)
    window.show_page(built[0])  # the built page itself can be asked for
    assert window.pages.currentWidget() is holder and len(built) == 1
    assert ("Ctrl+Shift+U", "A page for the test") in actions.help_rows()
    window.workers.wait()
    window.sync.periodic_backups.wait()
    window.close()


def test_the_manual_key_table_is_current():
    done = subprocess.run([sys.executable, str(ROOT / "tools" / "key_table.py"), "--check",
                           str(MANUAL)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


def test_the_key_table_tool_notices_a_stale_table(tmp_path):
    stale = tmp_path / "manual.md"
    stale.write_text("# Keys\n<!-- keys:begin -->\n| Keys | What they do |\n<!-- keys:end -->\n",
                     encoding="utf-8")
    tool = [sys.executable, str(ROOT / "tools" / "key_table.py")]
    assert subprocess.run([*tool, "--check", str(stale)], check=False).returncode == 1
    assert subprocess.run([*tool, "--write", str(stale)], check=False).returncode == 0
    assert subprocess.run([*tool, "--check", str(stale)], check=False).returncode == 0
    assert "| Ctrl+T | Switch between challenges and solutions |" in stale.read_text(
        encoding="utf-8")
