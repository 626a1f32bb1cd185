"""What the window leaves until after its first paint (issue 17), and that nothing is lost.

The application-wide style sheet arrives after the first paint; before it, the first
page's widgets carry the rules they need themselves (``theme.style_only``). The file
claim's come-forward server listens after the first paint; its lock holds from the start.
No timing here: the benchmark (benchmarks/gui_bench.py) measures.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from workshop_app.ui import theme


def _rules(sheet: str) -> list[str]:
    return [re.sub(r"\s+", " ", r).strip() for r in sheet.split("}") if r.strip()]


def test_rules_for_picks_whole_rules_of_the_style_sheet():
    all_rules = _rules(theme.STYLE_SHEET)
    picked = _rules(theme.rules_for("themeList"))
    assert picked and all(rule in all_rules for rule in picked)
    assert all("themeList" in rule.split("{")[0] for rule in picked)
    assert any(":focus" in rule for rule in picked)  # the focus frame comes along
    assert theme.rules_for("noSuchName") == ""


@pytest.fixture
def no_app_sheet(qapp):
    """The application as ``run_gui`` makes it: no application style sheet yet."""
    qapp.setStyleSheet("")
    yield qapp
    qapp.setStyleSheet(theme.STYLE_SHEET)


def test_the_window_gets_the_style_sheet_icon_and_listens_after_its_first_paint(
    qtbot, no_app_sheet, tmp_path: Path, app_controller
):
    from PySide6.QtGui import QIcon

    from workshop_app.store import Store

    db = tmp_path / "consultation.sqlite"
    Store.open(db).close()
    QApplication.instance().setWindowIcon(QIcon())  # as run_gui starts: no icon yet
    with app_controller() as controller:
        assert controller.start(db)
        window = controller.window
        assert window is not None and controller.claim is not None
        # Before any event: the first page's own rules, the lock held, no server yet.
        assert QApplication.instance().styleSheet() == ""
        assert "pageTabs" in window.pages.tabBar().styleSheet()
        page = window.capture_page
        assert "themeList" in page.theme_list.styleSheet()
        assert "noteField" in page.banner.styleSheet()
        assert "timerLabel" in page.timer_widget.label.styleSheet()
        assert controller.claim._server is None
        assert QApplication.instance().windowIcon().isNull()
        qtbot.waitUntil(lambda: QApplication.instance().styleSheet() == theme.STYLE_SHEET,
                        timeout=10_000)
        assert not QApplication.instance().windowIcon().isNull()  # with the style sheet
        qtbot.waitUntil(lambda: controller.claim._server is not None, timeout=10_000)


def test_every_object_name_of_the_first_page_with_rules_carries_them(qtbot, ui_store):
    """A rule added to STYLE_SHEET for a widget of the first page must also be given to
    that widget before the first paint (else the page would change when the application
    sheet arrives)."""
    from workshop_app.ui.main_window import MainWindow
    from workshop_app.ui.settings import Settings

    window = MainWindow(ui_store, Settings(), "en")
    qtbot.addWidget(window)
    # the widgets rules style: the last part of each selector (``#capturePage QLabel#x`` -> x)
    targets = {
        name
        for rule in _rules(theme.STYLE_SHEET)
        for selector in rule.split("{")[0].split(",")
        for name in re.findall(r"#(\w+)", selector.split()[-1])
    }
    for widget in [window, *window.findChildren(QWidget)]:
        name = widget.objectName()
        if name not in targets or not _on_first_page(window, widget):
            continue
        own = widget
        while own is not None and not own.styleSheet():
            own = own.parentWidget()
        assert own is not None and f"#{name}" in own.styleSheet(), name


def _on_first_page(window, widget) -> bool:
    """In the capture page, the page tabs or the status bar (what the first paint shows)."""
    w = widget
    while w is not None:
        if w is window.capture_page or w is window.statusBar() or w is window.pages.tabBar():
            return True
        w = w.parentWidget()
    return False


def test_opening_the_same_file_again_writes_no_settings(qapp, tmp_path: Path):
    """The start records the file among the recent ones; when nothing changes, nothing is
    written (a QSettings sync rewrites the file, a few milliseconds before the first paint)."""
    from workshop_app.ui.settings import Settings

    settings = Settings(tmp_path / "settings.ini")
    syncs: list[int] = []
    real_sync = settings._qs.sync
    settings._qs.sync = lambda: (syncs.append(1), real_sync())  # type: ignore[method-assign]
    settings.add_recent_file(tmp_path / "a.sqlite")
    settings.add_recent_file(tmp_path / "a.sqlite")
    assert len(syncs) == 1
    settings.add_recent_file(tmp_path / "b.sqlite")
    assert len(syncs) == 2
    settings.timer_minutes = 30
    settings.timer_minutes = 30
    assert len(syncs) == 3
    assert Settings(tmp_path / "settings.ini").recent_files() == [
        str((tmp_path / "b.sqlite").resolve()), str((tmp_path / "a.sqlite").resolve())
    ]


def test_the_search_page_is_made_when_first_shown(qtbot, window):
    from PySide6.QtCore import Qt

    page = window.search_page
    assert not page.is_built  # the window came without it
    followed: list[object] = []
    page.when_built(followed.append)
    qtbot.keyClick(window.capture_page.note_field, Qt.Key.Key_F,
                   Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is page and page.is_built and followed == [page]
    assert page.text.isVisible() and page.table.isVisible()
    qtbot.waitUntil(lambda: page.text.hasFocus())
    assert page.theme.count() > 1 and page.model.rowCount() > 0  # filled and searched


def test_a_search_page_asked_for_a_field_before_it_is_shown_builds_itself(qtbot, ui_store):
    from workshop_app.ui.bus import Bus
    from workshop_app.ui.pages.search_page import SearchPage

    bus = Bus()
    page = SearchPage(ui_store, bus)
    qtbot.addWidget(page)
    bus.consultationChanged.emit()  # before the build: nothing to refill yet
    assert not page.is_built
    assert page.venue.count() > 1 and page.is_built  # reading a field builds the page
    page.show()
    qtbot.waitExposed(page)
    assert page.summary.text()  # searched when shown


def test_a_second_window_waits_for_a_first_that_does_not_listen_yet(qtbot, tmp_path, monkeypatch):
    """The first window listens after its first paint; a second start in between (a double
    click) keeps trying and still brings it forward instead of showing an error."""
    from workshop_app.ui import single_window
    from workshop_app.ui.single_window import FileClaim, HeldElsewhere

    path = tmp_path / "consultation.sqlite"
    first = FileClaim.acquire(path, listen=False)  # as at start-up, before the first paint
    waits: list[float] = []

    def sleep(seconds: float) -> None:  # the first window paints while the second waits
        waits.append(seconds)
        first.listen()

    monkeypatch.setattr(single_window.time, "sleep", sleep)
    try:
        with (
            qtbot.waitSignal(first.activationRequested, timeout=10000),
            pytest.raises(HeldElsewhere) as refused,
        ):
            FileClaim.acquire(path)
        assert refused.value.brought_forward and waits
    finally:
        first.release()


def test_the_windows_modules_without_qt_are_imported_before_pyside6():
    """Every workshop_app module outside ui/ that the window's start imports is imported
    before PySide6 (``workshop_app/ui/__init__.py``): after it, PySide6's import hook taxes
    each of their import statements. A new one shows up here until it is listed there."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "order = []\n"
        "class Watch:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        order.append(name)\n"
        "sys.meta_path.insert(0, Watch())\n"
        "import workshop_app.ui.app\n"
        "first_qt = order.index('PySide6')\n"
        "late = [m for m in order[first_qt:] if m.startswith('workshop_app.')\n"
        "        and not m.startswith('workshop_app.ui')]\n"
        "print(late)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True, timeout=60)
    assert result.stdout.strip() == "[]", result.stdout
