"""Colours and the small style sheet: calm, light, with two clear kind colours.

Every colour the window paints text or a surface with is named once here, as data:
``COLOURS`` (the light window) and ``PROJECTOR_COLOURS`` (light on dark). The style
sheets are filled in from those names, delegates paint with them, and
``tests/test_ui_a11y.py`` computes the WCAG contrast of every text colour against
every surface it can sit on (at least 4.5:1), so a new colour is checked the day it
is added. Keyboard focus is always visible: lists, tabs and buttons draw an accent
frame when they hold the focus (the same test checks it pixel by pixel).
"""

from __future__ import annotations

from string import Template

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

from workshop_app.domain.model import CHALLENGE

#: The light window. Keys ending in ``_bg`` are surfaces, the rest text (or fills that
#: carry white text: see ``FILLS``).
COLOURS: dict[str, str] = {
    # text
    "text": "#1f2a35",  # notes, field text
    "text_strong": "#102030",  # selected rows, current tab
    "text_secondary": "#3a4450",  # section titles, group tabs
    "text_tertiary": "#4a5560",  # page tabs, empty states, preview messages
    "muted": "#59636d",  # hints, counts, placeholders, detail lines (4.9:1 on the darkest surface)
    "error": "#b3261e",
    "accent": "#2b5c8a",  # focus frames, the current page, messages
    "challenge": "#a0461a",  # warm rust: problems, barriers
    "solution": "#17684a",  # deep green: proposals, ideas
    "challenge_strong": "#8a3b12",  # a kind's name on its own tinted pill
    "solution_strong": "#115238",
    "timer_ended": "#8a3b12",
    "warning_text": "#7a3410",
    "draft_text": "#4a3500",  # the summary's drafts banner
    "on_fill": "#ffffff",  # text on a filled pill, badge or highlight
    # fills that carry ``on_fill`` text
    "badge": "#9a4f00",  # the personal-data "!" badge (amber)
    # surfaces
    "window_bg": "#efefef",
    "base_bg": "#ffffff",
    "selected_bg": "#dde7f1",  # a selected row or tab
    "hover_bg": "#eef2f6",
    "selected_focus_bg": "#e3ecf5",
    "selected_idle_bg": "#edf1f5",
    "drop_bg": "#dbe8f5",
    "focus_row_bg": "#f3f7fb",
    "points_bg": "#fcfdfd",
    "panel_bg": "#f3f6f9",
    "challenge_bg": "#fbeee6",  # the challenges phase banner, warnings
    "solution_bg": "#e6f3ed",  # the solutions phase banner
    "draft_bg": "#fff4d6",  # the summary's drafts banner
    # lines (not text: 3:1 is enough, and they never carry words)
    "line": "#c9ced4",
    "line_soft": "#d5d9de",
    "line_faint": "#edf0f3",
    "panel_line": "#dde3e9",
    "challenge_line": "#e7c2ab",
    "solution_line": "#b2d6c4",
    "tab_hover_line": "#c5d3e0",
    "draft_line": "#e0b84a",
}

#: Filled shapes and the text painted on them (pills, the phase label, the badge).
FILLS: tuple[tuple[str, str], ...] = (
    ("on_fill", "challenge"),
    ("on_fill", "solution"),
    ("on_fill", "badge"),
    ("on_fill", "accent"),  # the application palette's Highlight / HighlightedText
)

#: The projector: light text on a dark room-friendly background.
PROJECTOR_COLOURS: dict[str, str] = {
    "projector_bg": "#111417",
    "fg": "#f4f6f8",
    "place": "#9fb0c0",
    "challenge": "#f0a36f",
    "solution": "#7fd3ad",
    "inactive": "#7d8995",
    "timer": "#d6dde4",
    "muted": "#b8c2cc",
}

TEXT_KEYS = tuple(k for k in COLOURS if not k.endswith("_bg") and not k.startswith("line")
                  and not k.endswith("_line") and k not in ("on_fill", "badge"))
SURFACE_KEYS = tuple(k for k in COLOURS if k.endswith("_bg"))


def colour(name: str) -> QColor:
    """A named colour of the light window (see ``COLOURS``)."""
    return QColor(COLOURS[name])


CHALLENGE_COLOUR = colour("challenge")
SOLUTION_COLOUR = colour("solution")
ACCENT = colour("accent")
MUTED = colour("muted")
TEXT_STRONG = colour("text_strong")
SELECTED_BG = colour("selected_bg")
HOVER_BG = colour("hover_bg")
BADGE = colour("badge")
ON_FILL = colour("on_fill")
PROJECTOR_BG = QColor(PROJECTOR_COLOURS["projector_bg"])
PROJECTOR_FG = QColor(PROJECTOR_COLOURS["fg"])
PROJECTOR_MUTED = QColor(PROJECTOR_COLOURS["muted"])

#: Alpha of a kind pill's fill over its row (the pill's text is the kind colour itself).
PILL_ALPHA = 34


def kind_colour(kind: str) -> QColor:
    return QColor(CHALLENGE_COLOUR if kind == CHALLENGE else SOLUTION_COLOUR)


def pill_text_colour(kind: str) -> QColor:
    """The text of a kind pill (the kind colour at ``PILL_ALPHA`` over the row)."""
    return colour("challenge_strong" if kind == CHALLENGE else "solution_strong")


def projector_kind_colour(kind: str) -> QColor:
    """A kind's colour on the projector's dark background."""
    return QColor(PROJECTOR_COLOURS["challenge" if kind == CHALLENGE else "solution"])


def application_palette(base: QPalette) -> QPalette:
    """``base`` (the Fusion palette) with the roles that carry text set from ``COLOURS``.

    Fusion's own highlight (#308cc6 under white text, 3.7:1) and its half-transparent
    placeholder text (about 3:1) are below 4.5:1; these are not.
    """
    palette = QPalette(base)
    role = QPalette.ColorRole
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for r, name in (
            (role.Window, "window_bg"),
            (role.Base, "base_bg"),
            (role.AlternateBase, "hover_bg"),
            (role.Text, "text"),
            (role.WindowText, "text"),
            (role.ButtonText, "text"),
            (role.PlaceholderText, "muted"),
            (role.Highlight, "accent"),
            (role.HighlightedText, "on_fill"),
            (role.Link, "accent"),
            (role.ToolTipBase, "base_bg"),
            (role.ToolTipText, "text"),
        ):
            palette.setColor(group, r, colour(name))
    return palette


def _fill(template: str, colours: dict[str, str]) -> str:
    return Template(template).substitute(colours)


# The note lists (QTreeView#noteList, the projector's QTreeView) get no ``background`` here:
# a style-sheet background on an item view is drawn at the view's contents offset, and a
# QTreeView with rows of different heights finds that offset by measuring every row above
# the visible ones, on every repaint (an add cost ~1 ms more per 300 notes in the group).
# Their background is the palette's Base colour (``NoteListView.set_background``).
STYLE_SHEET = _fill(
    """
QWidget#phaseBanner[kind="challenge"] { background: $challenge_bg;
    border: 1px solid $challenge_line; border-radius: 6px; }
QWidget#phaseBanner[kind="solution"] { background: $solution_bg;
    border: 1px solid $solution_line; border-radius: 6px; }
QPushButton#phaseLabel { font-weight: 700; padding: 4px 14px; border-radius: 12px; color: $on_fill;
    border: 2px solid transparent; }
QPushButton#phaseLabel[kind="challenge"] { background: $challenge; }
QPushButton#phaseLabel[kind="solution"] { background: $solution; }
QPushButton#phaseLabel:focus { border: 2px solid $text_strong; }
NoteEdit#noteField { background: $base_bg; border: 1px solid $line; border-radius: 4px;
    padding: 2px 4px; }
NoteEdit#noteField:focus { border: 2px solid $accent; padding: 1px 3px; }
QLabel#pageTitle { font-size: 15pt; font-weight: 600; }
QLabel#sectionTitle { font-size: 11pt; font-weight: 600; color: $text_secondary; }
QLabel#hint, QLabel#savedLabel, QLabel#countLabel { color: $muted; }
QLabel#savedLabel[state="error"] { color: $error; font-weight: 600; }
QLabel#placeTitle { font-size: 13pt; font-weight: 600; }
#capturePage QLabel#timerLabel { font-family: "DejaVu Sans Mono", monospace; font-size: 13pt;
    padding: 1px 8px; border-radius: 4px; color: $text_secondary; }
#capturePage QLabel#timerLabel[state="running"] { color: $text_strong; background: $hover_bg; }
#capturePage QLabel#timerLabel[state="ended"] { color: $timer_ended; background: $challenge_bg; }
#capturePage QLabel#timerLabel[state="flash"] { color: $on_fill; background: $challenge; }
QListView#themeList { border: 1px solid transparent; border-radius: 4px; background: transparent;
    outline: 0; }
QListView#themeList:focus { border: 1px solid $accent; }
QListView#themeList::item { padding: 6px 6px; border-radius: 4px; }
QListView#themeList::item:selected { background: $selected_bg; color: $text_strong; }
QTreeView#noteList { border: 1px solid $line_soft; border-radius: 4px; }
QTreeView#noteList:focus { border: 1px solid $accent; }
QTabBar#pageTabs::tab { padding: 7px 18px; border: none; border-bottom: 2px solid transparent;
    background: transparent; color: $text_tertiary; }
QTabBar#pageTabs::tab:selected { color: $text_strong; border-bottom: 2px solid $accent;
    font-weight: 600; }
QTabBar#pageTabs::tab:hover:!selected { color: $text_strong; border-bottom: 2px solid $tab_hover_line; }
QTabBar#pageTabs::tab:focus { background: $selected_bg; color: $text_strong; }
QTabBar#groupTabs::tab { padding: 4px 13px; border: 2px solid transparent; border-radius: 4px;
    margin-right: 4px; background: transparent; color: $text_secondary; }
QTabBar#groupTabs::tab:selected { background: $selected_bg; color: $text_strong; font-weight: 600; }
QTabBar#groupTabs::tab:hover:!selected { background: $hover_bg; }
QTabBar#groupTabs::tab:focus { border: 2px solid $accent; }
QListWidget#sectionNav { border: 1px solid transparent; border-radius: 4px; background: transparent;
    outline: 0; }
QListWidget#sectionNav:focus { border: 1px solid $accent; }
QListWidget#sectionNav::item { border-radius: 4px; padding-left: 6px; color: $text_secondary;
    border: 2px solid transparent; }
QListWidget#sectionNav::item:selected { background: $selected_bg; color: $text_strong; }
QListWidget#sectionNav::item:focus { border: 2px solid $accent; }
QWidget#emptyState QLabel { color: $text_tertiary; }
QListWidget#orderedList { outline: 0; border: 1px solid $line_soft; }
QListWidget#orderedList:focus { border: 1px solid $accent; }
QListWidget#orderedList::item { padding: 6px 8px; border-bottom: 1px solid $line_faint;
    color: $text; }
QListWidget#orderedList::item:selected { background: $selected_bg; color: $text_strong; }
QListWidget#orderedList::item:focus { border: 2px solid $accent; padding: 4px 6px; }
QStatusBar QLabel { padding: 0 8px; }
QHeaderView::section { padding: 4px 6px; }
""",
    COLOURS,
)

PROJECTOR_STYLE = _fill(
    """
QWidget#projector { background: $projector_bg; }
QLabel { color: $fg; }
QLabel#projectorPlace { color: $place; }
QLabel#projectorTheme { font-weight: 700; }
QLabel#projectorColumnTitle[kind="challenge"] { color: $challenge; font-weight: 700; }
QLabel#projectorColumnTitle[kind="solution"] { color: $solution; font-weight: 700; }
QLabel#projectorColumnTitle[current="no"] { color: $inactive; }
QLabel#timerLabel { color: $timer; padding: 2px 10px; border-radius: 6px; }
QLabel#timerLabel[state="flash"] { color: $projector_bg; background: $challenge; }
QLabel#timerLabel[state="ended"] { color: $challenge; }
QTreeView { border: none; }
QScrollBar:vertical { width: 0px; }
""",
    PROJECTOR_COLOURS,
)


def rules_for(*names: str) -> str:
    """The rules of ``STYLE_SHEET`` whose selectors name one of ``names`` (an object name
    such as ``"themeList"`` or a selector fragment such as ``"QStatusBar QLabel"``)."""
    return "".join(rule for rule in _RULES if any(name in rule.split("{", 1)[0] for name in names))


def style_only(widget: QWidget, *names: str) -> None:
    """Give ``widget`` (and its children) the rules of ``STYLE_SHEET`` it needs, as its own
    style sheet.

    The window's first page is styled this way before the first paint: a style sheet makes
    every widget under it go through Qt's style-sheet style, and before the first paint
    only the few widgets that have rules pay for it. The application gets the whole
    ``STYLE_SHEET`` right after the first paint (``ui.app``); the rules are the same, so
    nothing changes on screen.
    """
    widget.setStyleSheet(rules_for(*names))


_RULES = [rule.strip() + "}\n" for rule in STYLE_SHEET.split("}") if rule.strip()]
