"""Colours and the small style sheet: calm, light, with two clear kind colours."""

from __future__ import annotations

from PySide6.QtGui import QColor

from workshop_app.domain.model import CHALLENGE

CHALLENGE_COLOUR = QColor("#b5541b")  # warm rust: problems, barriers
SOLUTION_COLOUR = QColor("#1c7453")  # deep green: proposals, ideas
ACCENT = QColor("#2b5c8a")
PROJECTOR_BG = QColor("#111417")
PROJECTOR_FG = QColor("#f4f6f8")


def kind_colour(kind: str) -> QColor:
    return CHALLENGE_COLOUR if kind == CHALLENGE else SOLUTION_COLOUR


STYLE_SHEET = """
QWidget#phaseBanner[kind="challenge"] { background: #fbeee6; border: 1px solid #e7c2ab;
    border-radius: 6px; }
QWidget#phaseBanner[kind="solution"] { background: #e6f3ed; border: 1px solid #b2d6c4;
    border-radius: 6px; }
QPushButton#phaseLabel { font-weight: 700; padding: 4px 14px; border-radius: 12px; color: white;
    border: none; }
QPushButton#phaseLabel[kind="challenge"] { background: #b5541b; }
QPushButton#phaseLabel[kind="solution"] { background: #1c7453; }
NoteEdit#noteField { background: white; border: 1px solid #c9ced4; border-radius: 4px;
    padding: 2px 4px; }
NoteEdit#noteField:focus { border: 2px solid #2b5c8a; padding: 1px 3px; }
QLabel#pageTitle { font-size: 15pt; font-weight: 600; }
QLabel#sectionTitle { font-size: 11pt; font-weight: 600; color: #3a4450; }
QLabel#hint, QLabel#savedLabel, QLabel#countLabel { color: #6b7580; }
QLabel#savedLabel[state="error"] { color: #b3261e; font-weight: 600; }
QLabel#placeTitle { font-size: 13pt; font-weight: 600; }
#capturePage QLabel#timerLabel { font-family: "DejaVu Sans Mono", monospace; font-size: 13pt;
    padding: 1px 8px; border-radius: 4px; color: #3a4450; }
#capturePage QLabel#timerLabel[state="running"] { color: #1f2a35; background: #eef2f6; }
#capturePage QLabel#timerLabel[state="ended"] { color: #8a3b12; background: #fbeee6; }
#capturePage QLabel#timerLabel[state="flash"] { color: white; background: #b5541b; }
QListView#themeList { border: none; background: transparent; outline: 0; }
QListView#themeList::item { padding: 6px 6px; border-radius: 4px; }
QListView#themeList::item:selected { background: #dde7f1; color: #102030; }
QTreeView#noteList { border: 1px solid #d5d9de; border-radius: 4px; background: white; }
QTabBar#pageTabs::tab { padding: 7px 18px; border: none; border-bottom: 2px solid transparent;
    background: transparent; color: #4a5560; }
QTabBar#pageTabs::tab:selected { color: #102030; border-bottom: 2px solid #2b5c8a;
    font-weight: 600; }
QTabBar#pageTabs::tab:hover:!selected { color: #102030; border-bottom: 2px solid #c5d3e0; }
QTabBar#groupTabs::tab { padding: 5px 14px; border: 1px solid transparent; border-radius: 4px;
    margin-right: 4px; background: transparent; color: #3a4450; }
QTabBar#groupTabs::tab:selected { background: #dde7f1; color: #102030; font-weight: 600; }
QTabBar#groupTabs::tab:hover:!selected { background: #eef2f6; }
QListWidget#sectionNav { border: none; background: transparent; outline: 0; }
QListWidget#sectionNav::item { border-radius: 4px; padding-left: 8px; color: #3a4450; }
QListWidget#sectionNav::item:selected { background: #dde7f1; color: #102030; }
QWidget#emptyState QLabel { color: #4a5560; }
QListWidget#orderedList { outline: 0; }
QListWidget#orderedList::item { padding: 6px 8px; border-bottom: 1px solid #edf0f3; color: #1f2a35; }
QListWidget#orderedList::item:selected { background: #dde7f1; color: #102030; }
QStatusBar QLabel { padding: 0 8px; }
QHeaderView::section { padding: 4px 6px; }
"""

PROJECTOR_STYLE = """
QWidget#projector { background: #111417; }
QLabel { color: #f4f6f8; }
QLabel#projectorPlace { color: #9fb0c0; }
QLabel#projectorTheme { font-weight: 700; }
QLabel#projectorColumnTitle[kind="challenge"] { color: #f0a36f; font-weight: 700; }
QLabel#projectorColumnTitle[kind="solution"] { color: #7fd3ad; font-weight: 700; }
QLabel#projectorColumnTitle[current="no"] { color: #7d8995; }
QLabel#timerLabel { color: #d6dde4; padding: 2px 10px; border-radius: 6px; }
QLabel#timerLabel[state="flash"] { color: #111417; background: #f0a36f; }
QLabel#timerLabel[state="ended"] { color: #f0a36f; }
QTreeView { background: #111417; border: none; }
QScrollBar:vertical { width: 0px; }
"""
