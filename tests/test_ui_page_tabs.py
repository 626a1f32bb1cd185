"""The window's pages repaint only what changed when something on a page changes size
(``widgets.page_tabs``): QTabWidget repaints every widget of the page, and the page tabs,
for each layout change inside it. No timing here (benchmarks/gui_bench.py measures)."""

from __future__ import annotations

import collections

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from workshop_app.ui.widgets.page_tabs import PageTabs

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("This plugin does not support"),
]


class Paints(QObject):
    """Counts paint events per widget (by object name, else class name)."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: collections.Counter[str] = collections.Counter()

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.seen[obj.objectName() or type(obj).__name__] += 1
        return False


def settle() -> None:
    for _ in range(4):
        QApplication.processEvents()


def test_a_theme_switch_repaints_neither_the_page_tabs_nor_the_whole_page(qtbot, window):
    page = window.capture_page
    page.focus_note_field()
    settle()
    paints = Paints()
    QApplication.instance().installEventFilter(paints)
    try:
        for number in (2, 3, 4, 2):
            QTest.keyClick(page.note_field, Qt.Key(Qt.Key.Key_0.value + number),
                           Qt.KeyboardModifier.ControlModifier)
            settle()
    finally:
        QApplication.instance().removeEventFilter(paints)
    assert paints.seen["themeList"] and paints.seen["placeTitle"]  # what changed is drawn
    assert paints.seen["pageTabs"] == 0  # the page tabs did not change
    assert paints.seen["timerLabel"] == 0  # nor did the round timer


def test_the_tabs_and_pages_are_laid_out_anew_when_the_tab_bar_changes(qtbot):
    tabs = PageTabs()
    qtbot.addWidget(tabs)
    first, second = QWidget(), QWidget()
    label = QLabel("short", first)
    QVBoxLayout(first).addWidget(label)
    tabs.addTab(first, "A")
    tabs.addTab(second, "B")
    tabs.resize(600, 400)
    tabs.show()
    qtbot.waitExposed(tabs)
    settle()
    before = tabs.tabBar().tabRect(0).width()
    tabs.setTabText(0, "A much longer page name than before")
    settle()
    assert tabs.tabBar().tabRect(0).width() > before
    assert tabs.tabBar().geometry().width() >= tabs.tabBar().sizeHint().width()
    label.setText("a longer text\nover two lines")  # a page's own change still lays out
    settle()
    assert label.height() >= label.sizeHint().height()


def test_the_page_scroller_still_learns_when_a_page_needs_more_room(qtbot, window):
    """At 200 % on a small screen a page can need more room than the window has: the scroll
    area around the pages must still hear of a page's larger minimum size (it takes a few
    rounds of the event loop, as the layout requests travel up)."""
    window.resize(480, 320)
    settle()
    bar = window.page_scroller.verticalScrollBar()
    before = bar.maximum()
    window.capture_page.place_title.setMinimumHeight(900)
    qtbot.waitUntil(lambda: bar.maximum() > before + 500, timeout=3000)
    assert window.pages.height() >= window.pages.minimumSizeHint().height() >= 900
    window.capture_page.place_title.setMinimumHeight(0)
    qtbot.waitUntil(lambda: bar.maximum() < before + 500, timeout=3000)
