"""The window for everyone: contrast, visible focus, screen-reader names, the personal-data
marker, and the window at 200 % scale.

Contrast is computed with the WCAG 2.x formula from the colour data in ``ui/theme.py``
and from every style sheet in ``workshop_app/ui`` (found in the source, so a new one is
checked without being listed here).
"""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from workshop_app.ui import theme

UI = Path(__file__).resolve().parents[1] / "workshop_app" / "ui"
MINIMUM = 4.5


# ---------------------------------------------------------------------- the formula
def luminance(colour: str | QColor) -> float:
    c = QColor(colour)
    channels = []
    for value in (c.redF(), c.greenF(), c.blueF()):
        channels.append(value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4)
    r, g, b = channels
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str | QColor, b: str | QColor) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def over(fill: str | QColor, alpha: int, surface: str | QColor) -> QColor:
    """``fill`` at ``alpha`` (0–255) painted over an opaque ``surface``."""
    f, s, a = QColor(fill), QColor(surface), alpha / 255
    return QColor.fromRgbF(*(a * x + (1 - a) * y for x, y in zip(
        (f.redF(), f.greenF(), f.blueF()), (s.redF(), s.greenF(), s.blueF()), strict=True)))


def test_the_formula_matches_known_values():
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # famous near-miss
    assert contrast("#308cc6", "#ffffff") < MINIMUM  # Fusion's highlight: why we set our own


# ---------------------------------------------------------------------- colour data
def test_every_text_colour_is_readable_on_every_surface():
    failures = [
        f"{t} {theme.COLOURS[t]} on {s} {theme.COLOURS[s]}: {contrast(theme.COLOURS[t], theme.COLOURS[s]):.2f}"
        for t in theme.TEXT_KEYS
        for s in theme.SURFACE_KEYS
        if contrast(theme.COLOURS[t], theme.COLOURS[s]) < MINIMUM
    ]
    assert not failures, "\n".join(failures)


def test_text_on_fills_and_kind_pills_is_readable():
    for text, fill in theme.FILLS:
        assert contrast(theme.COLOURS[text], theme.COLOURS[fill]) >= MINIMUM, (text, fill)
    for kind in ("challenge", "solution"):
        colour = theme.kind_colour(kind)
        for surface in theme.SURFACE_KEYS:
            pill = over(colour, theme.PILL_ALPHA, theme.COLOURS[surface])
            assert contrast(theme.pill_text_colour(kind), pill) >= MINIMUM, (kind, surface)


def test_projector_text_is_readable():
    colours = theme.PROJECTOR_COLOURS
    for name, value in colours.items():
        if name != "projector_bg":
            assert contrast(value, colours["projector_bg"]) >= MINIMUM, name


def test_the_application_palette_is_readable(styled_app):
    palette = QApplication.palette()
    role = QPalette.ColorRole
    for text, ground in (
        (role.Text, role.Base),
        (role.WindowText, role.Window),
        (role.ButtonText, role.Button),
        (role.PlaceholderText, role.Base),
        (role.HighlightedText, role.Highlight),
        (role.ToolTipText, role.ToolTipBase),
        (role.Link, role.Base),
    ):
        fg, bg = palette.color(text), palette.color(ground)
        assert fg.alpha() == 255, text  # a half-transparent colour hides its real contrast
        assert contrast(fg, bg) >= MINIMUM, (text, fg.name(), bg.name())


# ---------------------------------------------------------------------- style sheets
def style_sheets() -> dict[str, str]:
    """Every module-level string in ui/ that is a style sheet: {"file:NAME": text}."""
    found: dict[str, str] = {}
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            if not isinstance(node, ast.Assign) or len(node.targets) != 1:
                continue
            target = node.targets[0]
            if not isinstance(target, ast.Name) or "STYLE" not in target.id:
                continue
            name = f"{path.relative_to(UI)}:{target.id}"
            if path.name == "theme.py":
                found[name] = getattr(theme, target.id)
            elif isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
                found[name] = node.value.value
    return found


RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")


def rules(sheet: str) -> list[tuple[str, dict[str, str]]]:
    out = []
    for selectors, body in RULE.findall(re.sub(r"/\*.*?\*/", "", sheet, flags=re.DOTALL)):
        decls = {}
        for decl in body.split(";"):
            if ":" in decl:
                key, value = decl.split(":", 1)
                decls[key.strip()] = value.strip()
        for selector in selectors.split(","):
            out.append((" ".join(selector.split()), decls))
    return out


def base_selector(selector: str) -> str:
    """The selector without pseudo-states and property conditions (``::item`` kept)."""
    selector = re.sub(r"\[[^\]]*\]", "", selector)
    return re.sub(r"(?<!:):(?!:)!?[\w-]+", "", selector)


def test_style_sheets_are_found():
    names = set(style_sheets())
    assert "theme.py:STYLE_SHEET" in names and "theme.py:PROJECTOR_STYLE" in names
    assert len(names) >= 3


@pytest.mark.parametrize("name", sorted(style_sheets()))
def test_every_style_sheet_colour_is_readable(name):
    sheet = style_sheets()[name]
    dark = name.endswith("PROJECTOR_STYLE")
    grounds = (
        [theme.PROJECTOR_COLOURS["projector_bg"]]
        if dark
        else [theme.COLOURS[s] for s in theme.SURFACE_KEYS]
    )
    parsed = rules(sheet)
    by_base: dict[str, list[dict[str, str]]] = {}
    for selector, decls in parsed:
        by_base.setdefault(base_selector(selector), []).append(decls)
    failures = []
    for selector, decls in parsed:
        related = by_base[base_selector(selector)]
        fgs = [decls["color"]] if "color" in decls else [d["color"] for d in related
                                                         if "color" in d]
        bg = decls.get("background") or decls.get("background-color")
        if bg and bg != "transparent":
            backgrounds = [bg]
        elif bg == "transparent":
            backgrounds = grounds
        else:  # the backgrounds its states set without a colour of their own
            backgrounds = [d["background"] for d in related if "color" not in d
                           and d.get("background", "transparent") != "transparent"] or grounds
        for fg in fgs:
            for ground in backgrounds:
                if not QColor(fg).isValid() or not QColor(ground).isValid():
                    failures.append(f"{selector}: cannot read {fg!r} / {ground!r}")
                elif contrast(fg, ground) < MINIMUM:
                    failures.append(f"{selector}: {fg} on {ground} = {contrast(fg, ground):.2f}")
    assert not failures, "\n".join(failures)


def test_ui_colours_come_from_the_theme():
    """A colour typed into a widget or delegate is not checked above: name it in theme.py."""
    known = {v.lower() for v in theme.COLOURS.values()}
    known |= {v.lower() for v in theme.PROJECTOR_COLOURS.values()}
    strays = []
    for path in sorted(UI.rglob("*.py")):
        if path.name == "theme.py":
            continue
        text = path.read_text(encoding="utf-8")
        for match in re.finditer(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b", text):
            if match.group().lower() not in known:
                strays.append(f"{path.relative_to(UI)}: {match.group()}")
        for match in re.finditer(r"(?:color|background):\s*(white|black)\b", text):
            strays.append(f"{path.relative_to(UI)}: {match.group()}")
    assert not strays, "\n".join(strays)


# ---------------------------------------------------------------------- the window
def _focusable(root: QWidget) -> list[QWidget]:
    kinds = (QAbstractItemView, QTabBar, QAbstractButton, QLineEdit, QComboBox,
             QAbstractSpinBox, QPlainTextEdit, QTextEdit)
    return [
        w for w in root.findChildren(QWidget)
        if isinstance(w, kinds) and w.isVisibleTo(root) and w.isEnabled()
        and not w.objectName().startswith("qt_")  # a spin box's own line edit and the like
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]


def _pages(window):
    """Every page of the window, each shown once (the Summary page is built then)."""
    for index in range(window.pages.count()):
        window.pages.setCurrentIndex(index)
        QApplication.processEvents()
        yield window.pages.widget(index)
    for _title, section in window.setup_page.sections:
        window.setup_page.show_section(section)
        QApplication.processEvents()
        yield section


def _shot(widget: QWidget) -> QImage:
    QApplication.processEvents()
    return widget.grab().toImage()


def test_keyboard_focus_is_visible_on_every_list_tab_and_button(qtbot, window):
    """Tab through every page: each list, tab bar and button looks different with the focus."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    invisible, checked = [], 0
    for page in _pages(window):
        focused = QApplication.focusWidget()
        if focused is not None:
            focused.clearFocus()
        kinds = (QAbstractItemView, QTabBar, QAbstractButton, QComboBox)
        shots = {w: _shot(w) for w in _focusable(page) if w.isVisible() and isinstance(w, kinds)}
        seen: set[int] = set()
        for _press in range(120):
            qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
            widget = QApplication.focusWidget()
            if widget is None or id(widget) in seen:
                break
            seen.add(id(widget))
            if widget in shots:
                checked += 1
                if _shot(widget) == shots[widget]:
                    invisible.append(f"{type(widget).__name__} {widget.objectName()!r} "
                                     f"{_name(widget)!r} in {type(page).__name__}")
    assert checked >= 20
    assert not invisible, "no visible focus:\n" + "\n".join(invisible)


def _name(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name).strip() if iface is not None else ""


def test_every_control_has_a_screen_reader_name(window):
    nameless, checked = [], 0
    for page in _pages(window):
        for widget in _focusable(page):
            checked += widget.isVisible()
            if widget.isVisible() and not _name(widget):
                nameless.append(f"{type(widget).__name__} {widget.objectName()!r} in "
                                f"{type(page).__name__}")
    assert checked >= 30
    assert not nameless, "\n".join(sorted(set(nameless)))


def test_the_personal_data_marker_is_described_to_screen_readers(qtbot, window, ui_store):
    page = window.capture_page
    window.show_page(page)
    page.note_field.setPlainText("Ring til Amina på 21 43 65 87 om sprogcaféen")
    qtbot.keyClick(page.note_field, Qt.Key.Key_Return)
    model = page.note_list.model()
    row = model.rowCount() - 1
    index = model.index(row, 0)
    assert "Amina" in index.data(Qt.ItemDataRole.AccessibleTextRole)
    description = index.data(Qt.ItemDataRole.AccessibleDescriptionRole)
    assert description and "phone number" in description
    # What a screen reader asks the list for: the row's name and description.
    view = QAccessible.queryAccessibleInterface(page.note_list)
    cells = [view.child(i) for i in range(view.childCount())]
    told = [(c.text(QAccessible.Text.Name), c.text(QAccessible.Text.Description))
            for c in cells if c is not None]
    assert any("Amina" in name and "phone number" in desc for name, desc in told), told
    plain = next(
        model.index(r, 0) for r in range(model.rowCount())
        if "21 43" not in model.index(r, 0).data()
    )
    assert not plain.data(Qt.ItemDataRole.AccessibleDescriptionRole)


# ---------------------------------------------------------------------- 200 % scale
SCALE_PROBE = r"""
import sys
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QScrollArea, QWidget
from workshop_app.store import Store
from workshop_app.ui.app import create_application
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.settings import Settings

app = create_application()
store = Store.open(sys.argv[1])
window = MainWindow(store, Settings(), "en")
screen = app.primaryScreen().availableGeometry()
window.setGeometry(screen)
window.show()
app.processEvents()
problems = []
if window.width() > screen.width() or window.height() > screen.height():
    problems.append(f"window is {window.size()} on {screen.size()}")

def reachable(widget):
    # Not squashed, and inside what its nearest scroll area can scroll to (or the window).
    if widget.width() <= 0 or widget.height() < min(widget.minimumSizeHint().height(), 16):
        return False
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if parent is None:
        frame = window.centralWidget().geometry()
        return frame.contains(widget.rect().translated(widget.mapTo(window, widget.rect().topLeft())))
    content = parent.widget()
    inside = content.rect().contains(
        widget.rect().translated(widget.mapTo(content, widget.rect().topLeft())))
    return inside and (parent is window.centralWidget() or reachable(parent))

def check(page, label):
    app.processEvents()
    for w in page.findChildren(QWidget):
        if w.isVisible() and w.focusPolicy() & Qt.FocusPolicy.TabFocus and not reachable(w):
            problems.append(f"{label}: {type(w).__name__} {w.objectName()!r} "
                            f"{getattr(w, 'text', lambda: '')()!r} out of reach")

for i in range(window.pages.count()):
    window.pages.setCurrentIndex(i)
    check(window.pages.widget(i), window.pages.tabText(i))
for title, section in window.setup_page.sections:
    window.setup_page.show_section(section)
    check(section, title)
from workshop_app.ui.export_dialogs import open_handout_dialog, open_summary_dialog
from workshop_app.ui.sync_dialogs import open_backups_dialog
from workshop_app.ui.help_dialog import show_shortcuts
for name, opener in (("Export summary", open_summary_dialog), ("Handouts", open_handout_dialog),
                     ("Backups", open_backups_dialog)):
    dialog = opener(window)
    app.processEvents()
    if dialog.width() > screen.width() or dialog.height() > screen.height():
        problems.append(f"{name}: the dialog is {dialog.size()} on {screen.size()}")
    frame = dialog.rect()
    for w in dialog.findChildren(QWidget):
        if w.isVisible() and w.focusPolicy() & Qt.FocusPolicy.TabFocus:
            parent = w.parentWidget()
            while parent is not None and parent is not dialog and not isinstance(parent, QScrollArea):
                parent = parent.parentWidget()
            inside = isinstance(parent, QScrollArea) or frame.contains(
                w.rect().translated(w.mapTo(dialog, w.rect().topLeft())))
            if not inside:
                problems.append(f"{name}: {type(w).__name__} {getattr(w, 'text', lambda: '')()!r} out of reach")
    dialog.reject()
    app.processEvents()
print(f"screen {screen.width()}x{screen.height()} dpr {window.devicePixelRatioF()}")
print("\n".join(problems) if problems else "OK")
window.workers.wait()
store.close()
"""


def test_everything_is_reachable_at_200_percent_on_a_1366x768_screen(demo_db, tmp_path):
    # The offscreen platform's screen: a 1366x768 laptop panel at 96 dpi.
    config = tmp_path / "screen.json"
    config.write_text('{"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, '
                      '"height": 768, "logicalDpi": 96, "dpr": 1}]}', encoding="utf-8")
    env = dict(os.environ, QT_SCALE_FACTOR="2", QT_QPA_PLATFORM=f"offscreen:configfile={config}",
               PYTHONPATH=os.pathsep.join([str(Path(__file__).resolve().parents[1]),
                                           os.environ.get("PYTHONPATH", "")]))
    script = tmp_path / "probe.py"
    script.write_text(SCALE_PROBE, encoding="utf-8")
    done = subprocess.run([sys.executable, str(script), str(demo_db)], check=False, capture_output=True,
                          text=True, env=env, timeout=180)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    assert lines[0] == "screen 683x384 dpr 2.0", lines[0]  # really at 200 %
    assert lines[-1] == "OK", done.stdout


def test_every_control_in_the_dialogs_has_a_screen_reader_name(qtbot, window):
    from test_ui_mnemonics import _dialogs

    nameless, checked = [], 0
    for title, dialog in _dialogs(window):
        qtbot.waitExposed(dialog)
        for widget in _focusable(dialog):
            if widget.isVisible():
                checked += 1
                if not _name(widget):
                    nameless.append(f"{title}: {type(widget).__name__} {widget.objectName()!r}")
        dialog.reject()
    assert checked >= 15
    assert not nameless, "\n".join(nameless)
