"""Danish everywhere in the Danish UI: Qt's own dialogs, and the core's error messages."""

from __future__ import annotations

import errno
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel, QMessageBox

from workshop_app import paths
from workshop_app.domain import validation
from workshop_app.errors import UserError
from workshop_app.store import Store, database
from workshop_app.ui import dialogs, i18n


def test_qt_translation_is_bundled_with_the_app():
    bundled = paths.resource_path("translations", "qtbase_da.qm")
    assert bundled.is_file() and bundled.stat().st_size > 10_000
    translator = i18n.load_qt_translation("da")
    assert translator is not None
    assert Path(translator.filePath()).resolve() == bundled.resolve()  # ours, not Qt's folder


def test_qt_buttons_and_the_file_dialog_speak_danish(qtbot, danish):
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Close
    )
    qtbot.addWidget(buttons)
    texts = {b.text().replace("&", "") for b in buttons.buttons()}
    assert texts == {"Annuller", "Luk"}
    dialog = QFileDialog(None, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    labels = {label.text().replace("&", "") for label in dialog.findChildren(QLabel)}
    assert "Filnavn:" in labels or "Kig i:" in labels, labels
    assert QCoreApplication.translate("QMessageBox", "Show Details...") == "Vis detaljer..."


def _errors() -> list[str]:
    """Real messages from the core, made the way a user meets them."""
    messages = []
    for call in (
        lambda: validation.check_note_text("   "),
        lambda: validation.check_note_text("x" * (validation.MAX_NOTE_CHARS + 1)),
        lambda: validation.check_url("ftp://example.org/høring"),
        lambda: validation.check_url("https://"),
        lambda: validation.check_email("ikke en adresse"),
        lambda: validation.check_name("", "theme"),
    ):
        with pytest.raises(UserError) as caught:
            call()
        messages.append(str(caught.value))
    messages.append(database.describe_os_error(OSError(errno.ENOSPC, "full"), Path("/m/a.sqlite")))
    messages.append(database.describe_os_error(OSError(errno.EACCES, "no"), Path("/m/a.sqlite")))
    return messages


def test_core_errors_are_shown_in_danish(danish, tmp_path):
    messages = _errors()
    with Store.open(tmp_path / "c.sqlite") as store:
        store.add_theme("Trafik")
        with pytest.raises(UserError) as caught:
            store.add_theme("Trafik")
        messages.append(str(caught.value))
    junk = tmp_path / "noter.sqlite"
    junk.write_bytes(b"dette er ikke en database" * 10)
    with pytest.raises(UserError) as caught:
        Store.open(junk)
    messages.append(str(caught.value).split("; ")[0])
    for message in messages:
        danish_text = i18n.translate_error(message)
        assert danish_text != message, message
        english_words = ("the ", " is ", "cannot", "already exists", "no permission")
        assert not any(w in danish_text for w in english_words), danish_text
    assert i18n.translate_error(messages[1]) == "Noten er 5.001 tegn lang; grænsen er 5.000 tegn."


def test_english_ui_keeps_the_core_wording(qapp):
    for message in _errors():
        assert i18n.translate_error(message) == message


def test_every_listed_error_has_a_danish_text(danish):
    for _pattern, source, translation in i18n._error_patterns():
        assert translation != source, source


def test_a_refusal_in_a_dialog_is_danish(qtbot, danish, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    try:
        validation.check_note_text("")
    except UserError as exc:
        dialogs.report_exception(None, exc)
    assert shown == ["Noten er tom."]


def test_unknown_wording_is_shown_unchanged(danish):
    assert i18n.translate_error("something new from the core") == "something new from the core"


# Words that are the same in Danish (checked by a Danish reader), and data of the demo.
SAME_IN_DANISH = {"Note", "Invitation", "&Invitation:", "&Format:", "Problem", "PDF",
                  "Word (DOCX)", "Markdown", "Dansk", "English"}


def _texts(root) -> list[tuple[str, str, str]]:
    """(widget kind, which text, the text) of every widget under ``root``, in tree order."""
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTabBar, QWidget

    out = []
    for w in root.findChildren(QWidget):
        kind = f"{type(w).__name__}#{w.objectName()}"
        for attr in ("text", "title", "placeholderText", "toolTip", "accessibleName",
                     "statusTip", "windowTitle"):
            getter = getattr(w, attr, None)
            if not callable(getter) or (attr == "text" and isinstance(w, (QLineEdit,
                                                                          QPlainTextEdit))):
                continue  # a field's text is the user's data
            try:
                value = getter()
            except TypeError:
                continue
            if isinstance(value, str):
                out.append((kind, attr, value))
        if isinstance(w, QTabBar) and w.objectName() != "groupTabs":  # group names are data
            out += [(kind, "tab", w.tabText(i)) for i in range(w.count())]
    return out


def _window_texts(qtbot, store, language):
    from test_ui_mnemonics import _dialogs

    from workshop_app.ui.main_window import MainWindow
    from workshop_app.ui.settings import Settings

    i18n.Translators().install(language)
    window = MainWindow(store, Settings(), language)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    for index in range(window.pages.count()):
        window.pages.setCurrentIndex(index)
        QCoreApplication.processEvents()
    for _title, section in window.setup_page.sections:
        window.setup_page.show_section(section)
    texts = _texts(window)
    texts += [("QAction", a.objectName(), a.text()) for a in window.actions]
    for _name, dialog in _dialogs(window):
        QCoreApplication.processEvents()
        texts += _texts(dialog)
        dialog.reject()
    window.workers.wait()
    window.sync.periodic_backups.wait()
    window.close()
    return texts


def test_the_danish_window_has_no_english_left(qtbot, ui_store, styled_app):
    english = _window_texts(qtbot, ui_store, "en")
    danish = _window_texts(qtbot, ui_store, "da")
    i18n.Translators().install("en")
    assert len(english) == len(danish) > 300
    data = {t.name for t in ui_store.themes()} | {m.venue for m in ui_store.meetings()}
    left = sorted({
        f"{kind}.{attr}: {en_text!r}"
        for (kind, attr, en_text), (_k, _a, da_text) in zip(english, danish, strict=True)
        if en_text == da_text and re.search(r"[A-Za-z]{3}", en_text)
        and en_text not in SAME_IN_DANISH and "://" not in en_text
        and not any(name in en_text for name in data)
        and not kind.endswith(("#placeTitle", "#sectionHeading", "#hint"))  # names, paths
    })
    assert not left, "\n".join(left)


# Modules whose refusals reach the window, and the few messages that cannot.
GUI_REACHABLE = ("domain", "store", "safety", "sync", "curate", "export/fonts.py",
                 "export/document.py")
CLI_ONLY = ("device id must be non-empty",)  # the WORKSHOP_APP_DEVICE variable, at start


def _raised_messages() -> list[tuple[str, str]]:
    """(where, a sample message) for every ``raise …Error(message)`` in those modules."""
    import ast

    core = Path(__file__).resolve().parents[1] / "workshop_app"

    def sample(node):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node.value
        if isinstance(node, ast.JoinedStr):
            return "".join(
                v.value if isinstance(v, ast.Constant) else ("'7'" if v.conversion == 114 else "7")
                for v in node.values
            )
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            left, right = sample(node.left), sample(node.right)
            return left + right if left is not None and right is not None else None
        return None

    found = []
    for name in GUI_REACHABLE:
        root = core / name
        for path in sorted(root.rglob("*.py") if root.is_dir() else [root]):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)
                        and getattr(node.exc.func, "id", "").endswith("Error") and node.exc.args):
                    message = sample(node.exc.args[0])
                    if message is not None:
                        found.append((f"{path.relative_to(core)}:{node.lineno}", message))
    return found


def test_every_refusal_the_window_can_show_is_translated(danish):
    messages = _raised_messages()
    assert len(messages) > 80  # the scan sees the core's refusals
    untranslated = [
        f"{where}: {message}" for where, message in messages
        if i18n.translate_error(message) == message and not message.startswith(CLI_ONLY)
    ]
    assert not untranslated, "\n".join(untranslated)
