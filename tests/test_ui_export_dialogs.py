"""File → Export summary… and File → Handouts…: preview, save, print, texts, bad input."""

from __future__ import annotations

import io
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from workshop_app.export.document import INTRO_KEY, TITLE_KEY
from workshop_app.export.handout import default_texts, get_texts

WAIT = 30000  # ms; generous for a loaded 2-core machine, never a timing assertion
PHONE_NOTE = "Ring til Hanne på 12 34 56 78 om lektiecaféen"




def pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def pdf_pages(data: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(data)).pages)


def wait_for_preview(qtbot, dialog) -> None:
    """Until the newest preview has arrived (debounce done, render done, pages shown)."""
    qtbot.waitUntil(
        lambda: not dialog.timer.isActive() and not dialog.runner.busy
        and dialog.preview.showing_pages(),
        timeout=WAIT,
    )


def choose_file(monkeypatch, path: Path, calls: list | None = None) -> None:
    def fake(*args, **kwargs):
        if calls is not None:
            calls.append(args)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))


def open_summary(qtbot, window):
    from workshop_app.ui.export_dialogs.summary_dialog import SummaryDialog

    window.exports.summary_action.trigger()
    dialog = window.findChild(SummaryDialog)
    assert dialog is not None and dialog.isVisible()
    wait_for_preview(qtbot, dialog)
    return dialog


def open_handouts(qtbot, window):
    from workshop_app.ui.export_dialogs.handout_dialog import HandoutDialog

    window.exports.handout_action.trigger()
    dialog = window.findChild(HandoutDialog)
    assert dialog is not None and dialog.isVisible()
    wait_for_preview(qtbot, dialog)
    return dialog


def finish_save(qtbot, window, dialog, *paths: Path) -> None:
    qtbot.waitUntil(lambda: all(p.exists() for p in paths) and not dialog._saving, timeout=WAIT)
    window.workers.wait()


# ====================================================================== summary
def test_file_menu_has_both_dialogs(window):
    texts = [a.text() for a in window.file_menu.actions()]
    assert "Export &summary…" in texts and "&Handouts…" in texts
    assert window.exports.summary_action.shortcut().toString() == "Ctrl+Shift+E"
    assert window.exports.handout_action.shortcut().toString() == "Ctrl+Shift+H"


def test_summary_preview_shows_the_whole_document(qtbot, window):
    dialog = open_summary(qtbot, window)
    data = dialog.preview.pdf_bytes()
    assert dialog.preview.page_count() == pdf_pages(data) > 1
    assert dialog.preview.document.pageCount() == dialog.preview.page_count()
    text = pdf_text(data)
    for heading in ("Videre proces", "Tværgående forslag", "Frikommuneforsøg"):
        assert heading in text
    assert dialog.status.text() == f"{dialog.preview.page_count()} pages"
    # page navigation follows the buttons
    dialog.preview.go_to_page(1)
    assert dialog.preview.page_box.value() == 2
    dialog.preview.previous_page()
    assert dialog.preview.page_box.value() == 1
    assert not dialog.preview.previous_button.isEnabled()
    # a zoom change keeps the page being read at the top
    preview, bar = dialog.preview, dialog.preview.view.verticalScrollBar()
    preview.go_to_page(1)
    qtbot.waitUntil(lambda: bar.value() > 0, timeout=WAIT)
    page_two_at_width = bar.value()
    preview.fit_page()
    preview.go_to_page(1)
    preview.fit_width()
    qtbot.waitUntil(lambda: bar.value() == page_two_at_width, timeout=WAIT)
    assert preview.page_box.value() == 2
    dialog.reject()


def test_summary_options_change_the_preview(qtbot, window, ui_store):
    dialog = open_summary(qtbot, window)
    combined_pages = dialog.preview.page_count()
    dialog.set_language("en")
    wait_for_preview(qtbot, dialog)
    text = pdf_text(dialog.preview.pdf_bytes())
    assert "Next steps" in text and "Videre proces" not in text
    assert dialog.edits[INTRO_KEY].toPlainText().startswith("Three dialogue meetings")

    dialog.provenance_box.setChecked(True)
    wait_for_preview(qtbot, dialog)
    assert "(Nørrebro" in pdf_text(dialog.preview.pdf_bytes())

    amager = next(m for m in ui_store.meetings() if m.venue == "Amager")
    dialog.set_scope("one", amager.id)
    wait_for_preview(qtbot, dialog)
    text = pdf_text(dialog.preview.pdf_bytes())
    assert "Amager" in text and "Tingbjerg" not in text
    assert dialog.preview.page_count() <= combined_pages

    dialog.set_scope("each")
    assert dialog.preview_box.isVisibleTo(dialog)
    dialog.preview_box.setCurrentIndex(dialog.preview_box.findData(amager.id))
    wait_for_preview(qtbot, dialog)
    assert "Tingbjerg" not in pdf_text(dialog.preview.pdf_bytes())
    dialog.reject()


@pytest.mark.parametrize("fmt", ["pdf", "docx", "md"])
def test_summary_save_writes_the_chosen_format(qtbot, window, monkeypatch, tmp_path, fmt):
    dialog = open_summary(qtbot, window)
    dialog.set_format(fmt)
    out = tmp_path / f"opsamling.{fmt}"
    choose_file(monkeypatch, out.with_suffix(""))  # the suffix is added when left out
    dialog.save_button.click()
    finish_save(qtbot, window, dialog, out)
    data = out.read_bytes()
    if fmt == "pdf":
        assert data.startswith(b"%PDF")
        assert pdf_pages(data) == dialog.preview.page_count()
    elif fmt == "docx":
        import docx

        document = docx.Document(io.BytesIO(data))
        headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
        assert "Videre proces" in headings and "Tværgående forslag" in headings
    else:
        text = data.decode("utf-8")
        assert text.startswith("# Dialogmøder om integrationspolitikken")
        assert "## Videre proces" in text
    assert dialog.status.text().startswith(f"Saved opsamling.{fmt}")
    assert out.stat().st_mode & 0o077 == 0  # owner-only, like the CLI
    dialog.reject()


def test_summary_one_file_per_meeting(qtbot, window, monkeypatch, tmp_path, ui_store):
    dialog = open_summary(qtbot, window)
    dialog.set_scope("each")
    dialog.set_format("md")
    choose_file(monkeypatch, tmp_path / "opsamling.md")
    dialog.save()
    expected = [tmp_path / f"opsamling-{v}.md" for v in ("nørrebro", "amager", "tingbjerg")]
    finish_save(qtbot, window, dialog, *expected)
    assert not (tmp_path / "opsamling.md").exists()
    assert "Tingbjerg" not in (tmp_path / "opsamling-amager.md").read_text(encoding="utf-8")
    assert dialog.status.text().startswith("Saved 3 files")
    dialog.reject()


def test_summary_leaves_out_personal_data_unless_kept(qtbot, window, monkeypatch, tmp_path,
                                                      ui_store):
    from workshop_app.capture.notes import add_note_by_names

    add_note_by_names(ui_store, venue="Nørrebro", theme="Beskæftigelse", kind="solution",
                      text=PHONE_NOTE)
    dialog = open_summary(qtbot, window)
    assert "(1 found)" in dialog.privacy_hint.text()
    assert not dialog.keep_warning.isVisibleTo(dialog)
    dialog.set_format("md")
    redacted = tmp_path / "redacted.md"
    choose_file(monkeypatch, redacted)
    dialog.save()
    finish_save(qtbot, window, dialog, redacted)
    text = redacted.read_text(encoding="utf-8")
    assert "12 34 56 78" not in text and "telefonnummer fjernet" in text
    assert "integrationspolitik@bif.kk.dk" in text  # the contact address stays

    dialog.keep_box.setChecked(True)
    assert dialog.keep_warning.isVisibleTo(dialog)
    answers = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(
        lambda *a, **k: answers.append(a) or QMessageBox.StandardButton.Cancel))
    kept = tmp_path / "kept.md"
    choose_file(monkeypatch, kept)
    dialog.save()  # the warning is declined: nothing is written
    assert len(answers) == 1 and not kept.exists()
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(
        lambda *a, **k: QMessageBox.StandardButton.Save))
    dialog.save()
    finish_save(qtbot, window, dialog, kept)
    assert "12 34 56 78" in kept.read_text(encoding="utf-8")
    dialog.reject()


def test_summary_texts_are_stored_and_used(qtbot, window, ui_store):
    dialog = open_summary(qtbot, window)
    assert ui_store.get_setting(INTRO_KEY) is None
    assert dialog.edits[INTRO_KEY].toPlainText().startswith("Beskæftigelses- og")
    assert dialog.automatic_labels[INTRO_KEY].isVisibleTo(dialog)
    intro = dialog.edits[INTRO_KEY]
    intro.selectAll()
    qtbot.keyClicks(intro, "Tre aftener, mange gode samtaler.")
    title = dialog.edits[TITLE_KEY]
    title.selectAll()
    qtbot.keyClicks(title, "Opsamling fra dialogmoederne")
    wait_for_preview(qtbot, dialog)
    assert ui_store.get_setting(INTRO_KEY) == "Tre aftener, mange gode samtaler."
    assert ui_store.get_setting(TITLE_KEY) == "Opsamling fra dialogmoederne"
    text = pdf_text(dialog.preview.pdf_bytes())
    assert "Tre aftener, mange gode samtaler." in text
    assert "Opsamling fra dialogmoederne" in text
    assert dialog.reset_buttons[INTRO_KEY].isVisibleTo(dialog)

    dialog.reset_buttons[INTRO_KEY].click()
    wait_for_preview(qtbot, dialog)
    assert ui_store.get_setting(INTRO_KEY) is None
    assert dialog.edits[INTRO_KEY].toPlainText().startswith("Beskæftigelses- og")
    assert "Tre aftener" not in pdf_text(dialog.preview.pdf_bytes())
    dialog.reject()


def test_summary_text_typed_just_before_closing_is_kept(qtbot, window, ui_store):
    dialog = open_summary(qtbot, window)
    field = dialog.edits[TITLE_KEY]
    field.selectAll()
    qtbot.keyClicks(field, "Sidste udgave")
    assert dialog.timer.isActive()
    dialog.reject()
    assert ui_store.get_setting(TITLE_KEY) == "Sidste udgave"


def test_summary_print_draws_every_page(qtbot, window, monkeypatch, tmp_path):
    from workshop_app.ui.export_dialogs import pdf_preview

    out = tmp_path / "printed.pdf"

    class FakePrintDialog:
        def __init__(self, printer, parent=None):
            self.printer = printer

        def setWindowTitle(self, title):
            pass

        def setOption(self, option, on=True):
            pass

        def setMinMax(self, low, high):
            self.range = (low, high)

        def exec(self):
            self.printer.setOutputFormat(pdf_preview.QPrinter.OutputFormat.PdfFormat)
            self.printer.setOutputFileName(str(out))
            self.printer.setResolution(72)
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(pdf_preview, "QPrintDialog", FakePrintDialog)
    dialog = open_summary(qtbot, window)
    dialog.print_button.click()
    assert pdf_pages(out.read_bytes()) == dialog.preview.page_count()
    assert dialog.status.text() == "Sent to the printer."
    dialog.reject()


# ====================================================================== handouts
def test_handout_preview_and_per_page_choice(qtbot, window, monkeypatch, tmp_path):
    dialog = open_handouts(qtbot, window)
    assert dialog.per_page() == 4
    data = dialog.preview.pdf_bytes()
    assert dialog.preview.page_count() == pdf_pages(data) == 1
    assert pdf_text(data).count("integrationspolitik@bif.kk.dk") == 4
    dialog.set_per_page(8)
    wait_for_preview(qtbot, dialog)
    assert pdf_text(dialog.preview.pdf_bytes()).count("integrationspolitik@bif.kk.dk") == 8
    assert window.store.get_local("ui.handout.per_page") == 8

    dialog.sheets_box.setValue(3)
    out = tmp_path / "folder.pdf"
    choose_file(monkeypatch, out)
    dialog.save_button.click()
    finish_save(qtbot, window, dialog, out)
    assert pdf_pages(out.read_bytes()) == 3
    assert dialog.status.text().startswith("Saved folder.pdf")
    dialog.reject()


def test_handout_texts_are_stored_per_language(qtbot, window, ui_store):
    dialog = open_handouts(qtbot, window)
    assert dialog.heading_edit.text() == default_texts("da").heading
    dialog.heading_edit.selectAll()
    qtbot.keyClicks(dialog.heading_edit, "Kom med dit svar")
    wait_for_preview(qtbot, dialog)
    assert get_texts(ui_store, "da").heading == "Kom med dit svar"
    assert "Kom med dit svar" in pdf_text(dialog.preview.pdf_bytes())

    dialog.set_language("en")
    wait_for_preview(qtbot, dialog)
    assert dialog.heading_edit.text() == default_texts("en").heading
    assert dialog.texts_group.title() == "Texts in English"
    dialog.sender_edit.selectAll()
    qtbot.keyClicks(dialog.sender_edit, "City of Copenhagen, Employment")
    wait_for_preview(qtbot, dialog)
    assert get_texts(ui_store, "en").sender == "City of Copenhagen, Employment"
    assert get_texts(ui_store, "en").heading == default_texts("en").heading
    assert get_texts(ui_store, "da").heading == "Kom med dit svar"
    assert get_texts(ui_store, "da").sender == default_texts("da").sender
    assert "Have your say" in pdf_text(dialog.preview.pdf_bytes())

    dialog.set_language("da")
    wait_for_preview(qtbot, dialog)
    assert dialog.heading_edit.text() == "Kom med dit svar"
    dialog.reset_button.click()
    wait_for_preview(qtbot, dialog)
    assert get_texts(ui_store, "da") == default_texts("da")
    assert ui_store.get_setting("handout.da.heading") is None
    dialog.reject()


def test_handout_languages_and_a_second_language(qtbot, window, ui_store):
    dialog = open_handouts(qtbot, window)
    names = [dialog.language_box.itemText(i) for i in range(dialog.language_box.count())]
    assert [dialog.language_box.itemData(i) for i in range(len(names))] == [
        "da", "en", "ar", "fa", "ur", "so", "tr"]
    assert "Arabic (العربية)" in names and "Turkish (Türkçe)" in names
    dialog.set_language("ar")
    wait_for_preview(qtbot, dialog)
    assert dialog.heading_edit.text() == default_texts("ar").heading
    assert dialog.texts_group.title() == "Texts in Arabic"
    assert dialog.heading_edit.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert "شاركونا" in pdf_text(dialog.preview.pdf_bytes())

    dialog.set_second_language("da")
    wait_for_preview(qtbot, dialog)
    assert dialog.content().languages == ("ar", "da")
    text = pdf_text(dialog.preview.pdf_bytes())
    assert "شاركونا" in text and "Sig din mening" in text
    dialog.set_per_page(8)
    wait_for_preview(qtbot, dialog)
    assert "no room for two invitations" in dialog.notice_label.text()
    assert len([c for c in pdf_text(dialog.preview.pdf_bytes()).split("Sig din") if c]) >= 8

    # Choosing the first language again as the second means one language.
    dialog.set_second_language("ar")
    wait_for_preview(qtbot, dialog)
    assert dialog.second_language() == "" and dialog.content().languages == ("ar",)
    dialog.set_language("da")
    wait_for_preview(qtbot, dialog)
    assert dialog.heading_edit.layoutDirection() == Qt.LayoutDirection.LeftToRight
    dialog.reject()


def test_handout_bad_url_shows_the_error_and_writes_nothing(qtbot, window, monkeypatch,
                                                           tmp_path, ui_store):
    before = ui_store.consultation().hearing_url
    dialog = open_handouts(qtbot, window)
    dialog.heading_edit.selectAll()
    qtbot.keyClicks(dialog.heading_edit, "Ny overskrift")
    dialog.url_edit.selectAll()
    qtbot.keyClicks(dialog.url_edit, "ftp://blivhoert.kk.dk/")
    qtbot.keyClick(dialog.url_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.error_label.text() != "", timeout=WAIT)
    assert "must start with http:// or https://" in dialog.error_label.text()
    assert "\n" not in dialog.error_label.text() and "Traceback" not in dialog.error_label.text()
    assert dialog.preview.message.text() == dialog.error_label.text()
    assert not dialog.save_button.isEnabled() and not dialog.print_button.isEnabled()

    calls: list = []
    out = tmp_path / "never.pdf"
    choose_file(monkeypatch, out, calls)
    dialog.save()
    dialog.print_handouts()
    window.workers.wait()
    assert calls == [] and not out.exists()
    dialog.reject()
    assert ui_store.consultation().hearing_url == before
    assert get_texts(ui_store, "da").heading == default_texts("da").heading  # nothing saved


def test_handout_url_too_long_for_eight_up_is_refused_inline(qtbot, window, ui_store):
    url = "https://blivhoert.kk.dk/hoering?" + "&".join(f"felt{i}=vaerdi{i}" for i in range(40))
    dialog = open_handouts(qtbot, window)
    dialog.set_per_page(8)
    dialog.url_edit.selectAll()
    qtbot.keyClicks(dialog.url_edit, url)
    qtbot.keyClick(dialog.url_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "too long" in dialog.error_label.text(), timeout=WAIT)
    assert not dialog.save_button.isEnabled()
    assert ui_store.consultation().hearing_url != url
    dialog.set_per_page(1)  # a bigger code scans
    wait_for_preview(qtbot, dialog)
    assert dialog.error_label.text() == ""
    assert ui_store.consultation().hearing_url == url  # saved once it prints well
    dialog.reject()


def test_handout_notices_missing_details(qtbot, window, ui_store):
    ui_store.update_consultation(hearing_email="", hearing_to="")
    dialog = open_handouts(qtbot, window)
    assert "No contact e-mail" in dialog.notice_label.text()
    assert "no deadline" in dialog.notice_label.text()
    dialog.reject()


def test_handout_empty_heading_is_refused_and_not_saved(qtbot, window, ui_store):
    dialog = open_handouts(qtbot, window)
    dialog.heading_edit.selectAll()
    qtbot.keyClick(dialog.heading_edit, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: dialog.error_label.text() == "The heading is empty.", timeout=WAIT)
    assert not dialog.print_button.isEnabled()
    dialog.reject()
    assert get_texts(ui_store, "da").heading == default_texts("da").heading


@pytest.fixture
def danish():
    from PySide6.QtCore import QLocale

    from workshop_app.ui.i18n import Translators

    locale = QLocale()
    translators = Translators()
    assert translators.install("da")
    yield
    translators.install("en")
    QLocale.setDefault(locale)


def test_dialogs_speak_danish(qtbot, danish, ui_store):
    from workshop_app.ui.main_window import MainWindow
    from workshop_app.ui.settings import Settings

    window = MainWindow(ui_store, Settings(), "da")
    qtbot.addWidget(window)
    window.show()
    assert window.exports.summary_action.text() == "Eksportér &opsamling…"
    dialog = open_summary(qtbot, window)
    assert dialog.windowTitle() == "Eksportér opsamling"
    assert dialog.status.text() == f"{dialog.preview.page_count()} sider"
    assert "Nørrebro · 8. apr." in dialog.scope_box.itemText(2)
    dialog.reject()
    handouts = open_handouts(qtbot, window)
    assert handouts.windowTitle() == "QR-foldere"
    handouts.url_edit.selectAll()
    qtbot.keyClicks(handouts.url_edit, "blivhoert.kk.dk")
    qtbot.waitUntil(lambda: handouts.error_label.text() != "", timeout=WAIT)
    assert handouts.error_label.text() == "Høringsadressen skal begynde med http:// eller https://."
    handouts.reject()
    window.workers.wait()
    window.close()


# ====================================================================== plumbing
def test_only_the_newest_preview_is_delivered(qtbot):
    from workshop_app.ui.export_dialogs.render_runner import RenderRunner

    runner = RenderRunner()
    started, release = threading.Event(), threading.Event()
    results: list = []
    errors: list = []

    def slow(name, progress=None):
        started.set()
        release.wait(10)
        progress(1, 2)  # the runner stops a superseded render here
        return name

    def fast(name, progress=None):
        return name

    runner.request(slow, "old", on_done=results.append, on_error=errors.append)
    assert started.wait(10)
    runner.request(fast, "new", on_done=results.append, on_error=errors.append)
    assert runner.busy
    release.set()
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT)
    runner.shutdown()
    assert results == ["new"] and errors == []


def test_cli_and_gui_share_the_redaction(ui_store):
    from workshop_app.capture.notes import add_note_by_names
    from workshop_app.export.publish import removed_personal_data, summary_document

    add_note_by_names(ui_store, venue="Amager", theme="Beskæftigelse", kind="challenge",
                      text=PHONE_NOTE + " eller hanne@example.dk")
    doc = summary_document(ui_store)
    texts = [p.text for p in doc.all_points()]
    assert not any("12 34 56 78" in t or "hanne@example.dk" in t for t in texts)
    assert removed_personal_data(doc) == 2
    kept = summary_document(ui_store, keep_personal_data=True, author="  Forvaltningen  ")
    assert any("12 34 56 78" in p.text for p in kept.all_points())
    assert removed_personal_data(kept) == 0
    assert kept.author == "Forvaltningen"


@pytest.mark.parametrize("language", ["da", "en"])
def test_summary_texts_bring_a_built_document_up_to_date(ui_store, language):
    import dataclasses

    from workshop_app.export.document import AUTHOR_KEY, NEXT_STEPS_KEY, build_summary
    from workshop_app.export.publish import summary_document, summary_texts

    amager = next(m for m in ui_store.meetings() if m.venue == "Amager")
    for meeting_id in (None, amager.id):
        doc = summary_document(ui_store, language=language, meeting_id=meeting_id)
        assert dataclasses.replace(doc, **summary_texts(ui_store, doc.options)) == doc
        ui_store.set_setting(INTRO_KEY, "Ring på 12 34 56 78 for at høre mere")
        ui_store.set_setting(TITLE_KEY, "Ny titel")
        ui_store.set_setting(AUTHOR_KEY, "Forvaltningen")
        ui_store.set_setting(NEXT_STEPS_KEY, "Næste skridt")
        updated = dataclasses.replace(doc, **summary_texts(ui_store, doc.options))
        assert updated == build_summary(ui_store, doc.options)
        assert "12 34 56 78" not in updated.intro and updated.title == "Ny titel"
        for key in (INTRO_KEY, TITLE_KEY, AUTHOR_KEY, NEXT_STEPS_KEY):
            ui_store.set_setting(key, None)


def test_closing_while_the_preview_renders_is_clean(qtbot, window, ui_store):
    from workshop_app.ui.export_dialogs.summary_dialog import SummaryDialog

    window.exports.summary_action.trigger()
    dialog = window.findChild(SummaryDialog)
    assert dialog.runner.busy  # the first preview is still being made
    runner = dialog.runner
    dialog.reject()
    assert not runner.busy
    qtbot.wait(50)  # a late result, if any, is dropped without touching the dialog
    window.exports.handout_action.trigger()
    from workshop_app.ui.export_dialogs.handout_dialog import HandoutDialog

    handouts = window.findChild(HandoutDialog)
    handouts.reject()
    assert ui_store.consultation().hearing_url == "https://blivhoert.kk.dk/"
