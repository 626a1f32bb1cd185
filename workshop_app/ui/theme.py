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
QLabel#timerLabel { font-family: "DejaVu Sans Mono", monospace; font-size: 13pt;
    padding: 1px 8px; border-radius: 4px; color: #3a4450; }
QLabel#timerLabel[state="running"] { color: #1f2a35; background: #eef2f6; }
QLabel#timerLabel[state="ended"] { color: #8a3b12; background: #fbeee6; }
QLabel#timerLabel[state="flash"] { color: white; background: #b5541b; }
QListView#themeList { border: none; background: transparent; outline: 0; }
QListView#themeList::item { padding: 6px 6px; border-radius: 4px; }
QListView#themeList::item:selected { background: #dde7f1; color: #102030; }
QListView#noteList { border: 1px solid #d5d9de; border-radius: 4px; }
QTabBar#groupTabs::tab { padding: 5px 14px; }
QWidget#emptyState QLabel { color: #4a5560; }
"""

PROJECTOR_STYLE = """
QWidget#projector { background: #111417; }
QLabel { color: #f4f6f8; }
QLabel#projectorPlace { color: #9fb0c0; }
QLabel#projectorTheme { font-weight: 700; }
QLabel#projectorColumnTitle[kind="challenge"] { color: #f0a36f; font-weight: 700; }
QLabel#projectorColumnTitle[kind="solution"] { color: #7fd3ad; font-weight: 700; }
QLabel#timerLabel { color: #d6dde4; font-family: "DejaVu Sans Mono", monospace; }
QLabel#timerLabel[state="flash"] { color: #111417; background: #f0a36f; }
QLabel#timerLabel[state="ended"] { color: #f0a36f; }
QListView { background: #111417; border: none; }
QScrollBar:vertical { width: 0px; }
"""
