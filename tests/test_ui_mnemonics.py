"""No Alt mnemonic is used twice in a menu, a dialog or a page (with the menu bar), in either
language."""

from __future__ import annotations

import re
from collections import defaultdict

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMenu,
    QTabBar,
    QWidget,
)

from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.settings import Settings

MNEMONIC = re.compile(r"(?<!&)&(?!&)(\w)")


def mnemonic(text: str) -> str | None:
    match = MNEMONIC.search(text.replace("&&", ""))
    return match.group(1).casefold() if match else None


def clashes(owner: str, texts: list[str]) -> list[str]:
    keys: dict[str, list[str]] = defaultdict(list)
    for text in texts:
        key = mnemonic(text)
        if key:
            keys[key].append(text)
    return [f"{owner}: Alt+{k.upper()} in {', '.join(v)}" for k, v in keys.items() if len(v) > 1]


def menu_clashes(menu: QMenu, path: str) -> list[str]:
    menu.aboutToShow.emit()  # menus filled when opened (recent files) fill now
    found = clashes(path, [a.text() for a in menu.actions() if a.isVisible()])
    for action in menu.actions():
        if action.menu() is not None:
            found += menu_clashes(action.menu(), f"{path} > {action.text()}")
    return found


def widget_texts(root: QWidget) -> list[str]:
    """Texts whose mnemonic acts while ``root`` is shown."""
    texts = []
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root.window()) and not w.isVisible():
            continue
        if isinstance(w, QAbstractButton) or isinstance(w, QLabel) and w.buddy() is not None:
            texts.append(w.text())
        elif isinstance(w, QGroupBox):
            texts.append(w.title())
        elif isinstance(w, QTabBar):
            texts += [w.tabText(i) for i in range(w.count())]
    return texts


@pytest.fixture(params=["en", "da"])
def any_window(request, qtbot, ui_store, styled_app):
    from workshop_app.ui.i18n import Translators

    translators = Translators()
    translators.install(request.param)
    window = MainWindow(ui_store, Settings(), request.param)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.workers.wait()
    window.close()
    translators.install("en")


def test_menus_have_no_mnemonic_clash(any_window):
    bar = any_window.menuBar()
    found = clashes("menu bar", [a.text() for a in bar.actions()])
    for action in bar.actions():
        found += menu_clashes(action.menu(), action.text())
    assert not found, "\n".join(found)


def test_pages_have_no_mnemonic_clash_with_each_other_or_the_menu_bar(any_window):
    window = any_window
    bar_titles = [a.text() for a in window.menuBar().actions()]
    found = []
    for index in range(window.pages.count()):
        window.pages.setCurrentIndex(index)
        QApplication.processEvents()
        page = window.pages.widget(index)
        if page is window.setup_page:
            for title, section in page.sections:
                page.show_section(section)
                QApplication.processEvents()
                found += clashes(f"Setup > {title}", bar_titles + widget_texts(page))
        else:
            found += clashes(window.pages.tabText(index), bar_titles + widget_texts(page))
    assert not found, "\n".join(found)


def _dialogs(window: MainWindow):
    from workshop_app.ui.export_dialogs import open_handout_dialog, open_summary_dialog
    from workshop_app.ui.sync_dialogs import open_backups_dialog

    yield "Export summary", open_summary_dialog(window)
    yield "Handouts", open_handout_dialog(window)
    yield "Backups", open_backups_dialog(window)


def test_dialogs_have_no_mnemonic_clash(qtbot, any_window):
    found = []
    for name, dialog in _dialogs(any_window):
        qtbot.waitExposed(dialog)
        QApplication.processEvents()
        found += clashes(name, widget_texts(dialog))
        dialog.reject()
    assert not found, "\n".join(found)


def test_the_check_finds_a_clash():
    assert clashes("x", ["&Save", "&Send", "S&kip"]) == ["x: Alt+S in &Save, &Send"]
    assert mnemonic("Fish && &Chips") == "c" and mnemonic("A && B") is None
    assert QCoreApplication.instance() is not None
