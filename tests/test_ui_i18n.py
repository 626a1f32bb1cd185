"""Danish everywhere in the Danish UI: Qt's own dialogs, and the core's error messages."""

from __future__ import annotations

import errno
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
