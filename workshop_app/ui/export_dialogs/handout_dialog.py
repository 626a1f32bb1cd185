"""The Handouts dialog: QR slips for the public hearing, with a live preview and Print.

The coordinator picks the language (Danish, English, Arabic, Farsi, Urdu, Somali or
Turkish) and, if wanted, a second language printed on the same slips, how many slips
go on an A4 sheet (1, 2, 4 or 8), checks the hearing URL and edits the heading, the
invitation and the sender line. The preview follows every change. Texts are saved
per language in the consultation once they print well (they fit the slip and the
code scans); the hearing URL is saved when its field is left. Anything the
handouts refuse — a bad URL, a URL too long to scan at this size, a text that does
not fit — is shown as one line, and nothing is saved or written.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from workshop_app.domain.model import DEFAULT_HEARING_URL
from workshop_app.errors import StoreError, UserError
from workshop_app.export.handout import (
    LANGUAGES,
    MAX_TEXT_CHARS,
    NATIVE_NAMES,
    PER_PAGE_CHOICES,
    RTL_LANGUAGES,
    HandoutContent,
    HandoutTexts,
    check_handout,
    get_texts,
    handout_content,
    set_texts,
)
from workshop_app.store import Store
from workshop_app.ui import dialogs
from workshop_app.ui.bus import Bus
from workshop_app.ui.export_dialogs.frame import (
    ButtonText,
    build_frame,
    fit_to_screen,
    form_group,
    options_column,
    preview_parts,
    set_tab_order,
)
from workshop_app.ui.export_dialogs.render_runner import RENDER_LOCK
from workshop_app.ui.export_dialogs.summary_dialog import DIALOG_STYLE
from workshop_app.ui.i18n import translate_error
from workshop_app.ui.workers import Workers

DEFAULT_PER_PAGE = 4
#: This laptop's last choices (never merged).
PER_PAGE_LOCAL_KEY = "ui.handout.per_page"


def _render_preview(content: HandoutContent, per_page: int, progress=None
                    ) -> tuple[bytes, bool]:
    """The sheet, and whether a two-language slip had to leave the invitations out."""
    from workshop_app.export.handout import fit_notices, render_handout

    return render_handout(content, per_page), bool(fit_notices(content, per_page))


def render_and_write(content: HandoutContent, per_page: int, sheets: int, path: Path,
                     progress=None) -> tuple[Path, int]:
    """Render the sheet *sheets* times and write it atomically (worker thread: no Qt, no DB)."""
    from workshop_app.export.handout import render_handout
    from workshop_app.export.service import write_output

    with RENDER_LOCK:
        data = render_handout(content, per_page, pages=sheets)
    write_output(path, data)
    return path, len(data)


def one_line(exc: BaseException) -> str:
    """A UserError's message as a sentence, in the UI language."""
    text = translate_error(str(exc))
    return text[:1].upper() + text[1:]


class HandoutDialog(QDialog):
    """Language, slips per sheet, hearing URL and texts, next to a live preview."""

    def __init__(self, store: Store, bus: Bus, workers: Workers,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.bus, self.workers = store, bus, workers
        self.setObjectName("handoutDialog")
        self.setWindowTitle(self.tr("Handouts"))
        self.setStyleSheet(DIALOG_STYLE)
        self._loading = False
        self._texts_dirty = False
        self._language = "da"
        self._second = ""  # the second language printed on the slips, or ""
        #: Unsaved edits per language (kept when switching language, until they print well).
        self._unsaved: dict[str, HandoutTexts] = {}
        self._content: HandoutContent | None = None
        self._error = ""
        self._after_preview: list = []
        self._saving = False
        self.last_saved: Path | None = None

        parts = preview_parts(self, self.refresh)
        self.runner, self.timer, self.preview = parts.runner, parts.timer, parts.preview
        self.preview.fit_page()  # a whole sheet at a glance

        frame = build_frame(
            self, self._build_options(), self.preview,
            status_name=self.tr("Handout status"),
            print_text=ButtonText(self.tr("&Print…"), self.tr("Print the handouts"),
                                  self.tr("Print the sheet (Ctrl+P)")),
            on_print=self.print_handouts,
            save_text=ButtonText(self.tr("&Save PDF…"), self.tr("Save the handouts as PDF"),
                                 self.tr("Save the sheet as a PDF file (Ctrl+S)")),
            on_save=self.save,
            close_label=self.tr("Close"),
        )
        self.status, self.print_button = frame.status, frame.print_button
        self.save_button, self.close_button = frame.save_button, frame.close_button

        set_tab_order([self.language_box, self.second_box, *self.per_page_buttons.values(),
                       self.sheets_box,
                       self.url_edit, self.heading_edit, self.invitation_edit, self.sender_edit,
                       self.reset_button, self.preview.view, self.print_button,
                       self.save_button, self.close_button])
        fit_to_screen(self, 1180, 780)
        self._load()
        self.language_box.setFocus()
        self.refresh()

    # ================================================================== building
    def _build_options(self) -> QWidget:
        panel, column = options_column(self)
        sheet, form = form_group(self.tr("Sheet"), panel)
        self.language_box = QComboBox(sheet)
        self.language_box.setAccessibleName(self.tr("Handout language"))
        for lang in LANGUAGES:
            self.language_box.addItem(self._language_item(lang), lang)
        self.language_box.currentIndexChanged.connect(self._language_changed)
        form.addRow(self.tr("&Language:"), self.language_box)
        self.second_box = QComboBox(sheet)
        self.second_box.setAccessibleName(self.tr("Second language on the same handouts"))
        self.second_box.setToolTip(self.tr("Print a second language on every slip, under the "
                                           "first. Its texts are edited by choosing it as "
                                           "the language."))
        self.second_box.addItem(self.tr("None"), "")
        for lang in LANGUAGES:
            self.second_box.addItem(self._language_item(lang), lang)
        self.second_box.currentIndexChanged.connect(self._second_changed)
        form.addRow(self.tr("Second lan&guage:"), self.second_box)

        row = QHBoxLayout()
        self.per_page_group = QButtonGroup(self)
        self.per_page_buttons: dict[int, QRadioButton] = {}
        for count in PER_PAGE_CHOICES:
            button = QRadioButton(str(count), sheet)
            button.setAccessibleName(self.tr("{0} per sheet").format(count))
            self.per_page_group.addButton(button, count)
            self.per_page_buttons[count] = button
            row.addWidget(button)
        row.addStretch(1)
        self.per_page_group.idToggled.connect(lambda _id, on: on and self._per_page_changed())
        per_page_label = QLabel(self.tr("Per sh&eet:"), sheet)
        per_page_label.setBuddy(self.per_page_buttons[PER_PAGE_CHOICES[0]])
        form.addRow(per_page_label, row)

        self.sheets_box = QSpinBox(sheet)
        self.sheets_box.setRange(1, 100)
        self.sheets_box.setAccessibleName(self.tr("Number of sheets"))
        self.sheets_box.setToolTip(self.tr("How many sheets to print, or to put in the PDF file"))
        form.addRow(self.tr("Shee&ts:"), self.sheets_box)

        self.url_edit = QLineEdit(sheet)
        self.url_edit.setAccessibleName(self.tr("Hearing URL"))
        self.url_edit.setPlaceholderText(DEFAULT_HEARING_URL)
        self.url_edit.setToolTip(self.tr("The address the QR code points to. Saved in the "
                                         "consultation when you leave the field."))
        self.url_edit.textEdited.connect(lambda _t: self.schedule())
        self.url_edit.editingFinished.connect(self._url_finished)
        form.addRow(self.tr("Hearing &URL:"), self.url_edit)
        column.addWidget(sheet)

        self.texts_group, texts = form_group("", panel)
        texts.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.heading_edit = QLineEdit(self.texts_group)
        self.heading_edit.setAccessibleName(self.tr("Heading"))
        self.heading_edit.setMaxLength(MAX_TEXT_CHARS["heading"])
        self.heading_edit.textEdited.connect(lambda _t: self._texts_edited())
        texts.addRow(self.tr("&Heading:"), self.heading_edit)
        self.invitation_edit = QPlainTextEdit(self.texts_group)
        self.invitation_edit.setAccessibleName(self.tr("Invitation"))
        self.invitation_edit.setTabChangesFocus(True)
        self.invitation_edit.setMinimumHeight(100)
        self.invitation_edit.setMaximumHeight(160)
        self.invitation_edit.textChanged.connect(self._texts_edited)
        self.invitation_count = QLabel(self.texts_group)
        self.invitation_count.setObjectName("hint")
        self.invitation_count.setAlignment(Qt.AlignmentFlag.AlignRight)
        invitation_label = QLabel(self.tr("&Invitation:"), self.texts_group)
        invitation_label.setBuddy(self.invitation_edit)
        texts.addRow(invitation_label, self.invitation_edit)
        texts.addRow(self.invitation_count)
        self.sender_edit = QLineEdit(self.texts_group)
        self.sender_edit.setAccessibleName(self.tr("Sender"))
        self.sender_edit.setMaxLength(MAX_TEXT_CHARS["sender"])
        self.sender_edit.textEdited.connect(lambda _t: self._texts_edited())
        texts.addRow(self.tr("Se&nder:"), self.sender_edit)
        self.reset_button = QPushButton(self.tr("&Restore the built-in texts"), self.texts_group)
        self.reset_button.setAutoDefault(False)
        self.reset_button.clicked.connect(self.reset_texts)
        texts.addRow(self.reset_button)
        hint = QLabel(self.tr("Saved in the consultation for each language."), self.texts_group)
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        texts.addRow(hint)
        column.addWidget(self.texts_group)

        self.error_label = QLabel(panel)
        self.error_label.setObjectName("errorLine")
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(self.tr("Problem"))
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.error_label)
        self.notice_label = QLabel(panel)
        self.notice_label.setObjectName("hint")
        self.notice_label.setWordWrap(True)
        column.addWidget(self.notice_label)
        column.addStretch(1)
        return panel

    # ================================================================== state
    def language(self) -> str:
        return self._language

    def per_page(self) -> int:
        return self.per_page_group.checkedId()

    def second_language(self) -> str:
        """The second language printed on the slips, or "" for none."""
        return self._second

    def set_language(self, language: str) -> None:
        self.language_box.setCurrentIndex(self.language_box.findData(language))

    def set_second_language(self, language: str) -> None:
        self.second_box.setCurrentIndex(self.second_box.findData(language))

    def _language_item(self, lang: str) -> str:
        """"Arabisk (العربية)": the name in the UI language, and in its own."""
        name = self._language_name(lang)
        native = NATIVE_NAMES[lang]
        return name if native == name else f"{name} ({native})"

    def _language_name(self, lang: str) -> str:
        return {
            "da": self.tr("Danish"), "en": self.tr("English"), "ar": self.tr("Arabic"),
            "fa": self.tr("Farsi"), "ur": self.tr("Urdu"), "so": self.tr("Somali"),
            "tr": self.tr("Turkish"),
        }[lang]

    def set_per_page(self, count: int) -> None:
        self.per_page_buttons[count].setChecked(True)

    def texts(self) -> HandoutTexts:
        """The texts in the fields, as typed."""
        return HandoutTexts(heading=self.heading_edit.text(),
                            invitation=self.invitation_edit.toPlainText(),
                            sender=self.sender_edit.text())

    def _load(self) -> None:
        self._loading = True
        try:
            stored = self.store.get_local(PER_PAGE_LOCAL_KEY, DEFAULT_PER_PAGE)
            self.per_page_buttons[stored if stored in PER_PAGE_CHOICES
                                  else DEFAULT_PER_PAGE].setChecked(True)
            self.url_edit.setText(self.store.consultation().hearing_url)
            self._fill_texts()
        finally:
            self._loading = False

    def _fill_texts(self) -> None:
        lang = self._language
        texts = self._unsaved.get(lang) or get_texts(self.store, lang)
        self._loading = True
        try:
            self.heading_edit.setText(texts.heading)
            self.heading_edit.setCursorPosition(0)
            self.invitation_edit.setPlainText(texts.invitation)
            self.sender_edit.setText(texts.sender)
        finally:
            self._loading = False
        self._texts_dirty = lang in self._unsaved
        self.texts_group.setTitle({
            "da": self.tr("Texts in Danish"), "en": self.tr("Texts in English"),
            "ar": self.tr("Texts in Arabic"), "fa": self.tr("Texts in Farsi"),
            "ur": self.tr("Texts in Urdu"), "so": self.tr("Texts in Somali"),
            "tr": self.tr("Texts in Turkish"),
        }[lang])
        # Arabic, Farsi and Urdu are typed and read from the right.
        direction = (Qt.LayoutDirection.RightToLeft if lang in RTL_LANGUAGES
                     else Qt.LayoutDirection.LeftToRight)
        for edit in (self.heading_edit, self.invitation_edit, self.sender_edit):
            edit.setLayoutDirection(direction)
        self._update_count()

    def _update_count(self) -> None:
        limit = MAX_TEXT_CHARS["invitation"]
        used = len(" ".join(self.invitation_edit.toPlainText().split()))
        self.invitation_count.setText(self.tr("{0} of {1} characters").format(used, limit))

    # ================================================================== changes
    def schedule(self) -> None:
        self.timer.start()

    def _texts_edited(self) -> None:
        self._update_count()
        if self._loading:
            return
        self._texts_dirty = True
        self._unsaved[self._language] = self.texts()
        self.schedule()

    def _language_changed(self) -> None:
        self.flush()
        self._language = self.language_box.currentData()
        if self._second == self._language:  # the same language twice is one language
            self.second_box.setCurrentIndex(0)
        self._fill_texts()
        self.refresh()

    def _second_changed(self) -> None:
        second = self.second_box.currentData() or ""
        if second == self._language:
            # Choosing the first language as the second one swaps nothing: it means "none".
            self.second_box.setCurrentIndex(0)
            return
        self._second = second
        self.refresh()

    def _per_page_changed(self) -> None:
        if self._loading:
            return
        try:
            self.store.set_local(PER_PAGE_LOCAL_KEY, self.per_page())
        except StoreError as exc:
            self.bus.storeFailed.emit(str(exc))
        self.refresh()

    def _url_finished(self) -> None:
        if self.url_edit.text().strip() != self.store.consultation().hearing_url:
            self.refresh()

    def reset_texts(self) -> None:
        """Back to the built-in texts of the current language (saved at once)."""
        self._unsaved.pop(self._language, None)
        self._texts_dirty = False
        try:
            from workshop_app.export.handout import reset_texts

            reset_texts(self.store, self._language)
        except StoreError as exc:
            self.bus.storeFailed.emit(str(exc))
            return
        self._announce_saved()
        self._fill_texts()
        self.refresh()

    # ================================================================== preview
    def content(self) -> HandoutContent:
        """What goes on a slip now, checked (UserError for a bad URL or bad texts)."""
        return handout_content(self.store, self._language, texts=self.texts(),
                               url=self.url_edit.text().strip(), second=self._second or None)

    def refresh(self) -> None:
        """Check the current choices and render the preview off the UI thread."""
        self.timer.stop()
        try:
            content = self.content()
        except UserError as exc:
            self._show_error(exc)
            return
        except StoreError as exc:
            self.bus.storeFailed.emit(str(exc))
            return
        self._show_notices(content)
        typed = self.texts()
        self.runner.request(_render_preview, content, self.per_page(),
                            on_done=lambda result: self._preview_ready(content, typed, *result),
                            on_error=self._show_error)

    def _preview_ready(self, content: HandoutContent, typed: HandoutTexts, data: bytes,
                       compact: bool = False) -> None:
        self._content = content
        self._show_notices(content, compact)
        self._error = ""
        self.error_label.clear()
        self.preview.set_pdf(data)
        self._set_actions_enabled(True)
        # It prints well: keep what was typed.
        self._save_texts(content, typed)
        if not self.url_edit.hasFocus():
            self._save_url(content)
        if not self._saving:
            self.status.setText(self.tr("{0} per sheet, A4").format(self.per_page()))
        waiting, self._after_preview = self._after_preview, []
        for action in waiting:
            action()

    def _show_error(self, exc: BaseException) -> None:
        self._after_preview = []
        self._content = None
        if not isinstance(exc, UserError):
            self._error = self.tr("The preview could not be made.")
            dialogs.report_exception(self, exc)
        else:
            self._error = self.describe(exc)
        self.error_label.setText(self._error)
        self.preview.show_message(self._error, error=True)
        self._set_actions_enabled(False)

    def describe(self, exc: BaseException) -> str:
        """The refusal as one sentence in the UI language (the common ones are translated)."""
        text = str(exc)
        per_page = self.per_page()
        if "must start with http" in text:
            return self.tr("The hearing URL must start with http:// or https://.")
        if "has no host" in text:
            return self.tr("The hearing URL has no host name (like https://blivhoert.kk.dk/).")
        if "contains spaces" in text:
            return self.tr("The hearing URL must not contain spaces.")
        if "too long for a scannable QR code" in text or "too long to print" in text:
            if per_page == 1:
                return self.tr("The hearing URL is too long for a handout: use a shorter URL.")
            return self.tr("The hearing URL is too long for a handout at {0} per sheet: use a "
                           "shorter URL or fewer per sheet.").format(per_page)
        if "texts do not fit" in text:
            if per_page == 1:
                return self.tr("The texts do not fit on the sheet: shorten the heading or "
                               "the invitation.")
            return self.tr("The texts do not fit on a slip at {0} per sheet: shorten the "
                           "heading or the invitation, or print fewer per sheet.").format(per_page)
        if "heading is empty" in text:
            return self.tr("The heading is empty.")
        if "invitation is empty" in text:
            return self.tr("The invitation is empty.")
        return one_line(exc)

    def _show_notices(self, content: HandoutContent, compact: bool = False) -> None:
        from workshop_app.export.handout_fonts import describe, uncovered

        consultation = self.store.consultation()
        notices = []
        if not self.url_edit.text().strip():
            notices.append(self.tr("No hearing URL is set: the code points to {0}.")
                           .format(DEFAULT_HEARING_URL))
        if not consultation.hearing_email:
            notices.append(self.tr("No contact e-mail is set, so the slips show none. "
                                   "Add it under Setup → Consultation."))
        if not consultation.hearing_to:
            notices.append(self.tr("No hearing end date is set, so the slips show no deadline. "
                                   "Add it under Setup → Consultation."))
        parts = [content] if content.second is None else [content, content.second]
        for part in parts:
            printed = part.printed_texts()
            if printed != part.texts:
                notices.append(self.tr("{0}: the texts contain personal data (a CPR number, "
                                       "phone number or e-mail address), which is left out "
                                       "of the handouts.").format(self._language_name(part.lang)))
            missing = uncovered(" ".join(printed.__dict__.values()))
            if missing:
                notices.append(self.tr("{1}: no bundled font can draw {0} in the texts; it "
                                       "prints as an empty box.")
                               .format(describe(missing), self._language_name(part.lang)))
        if compact:
            notices.append(self.tr("At {0} per sheet there is no room for two invitations: each "
                                   "slip carries both headings, the dates, the contact and the "
                                   "code. Choose fewer per sheet to have them.")
                           .format(self.per_page()))
        self.notice_label.setText("\n".join(notices))
        self.notice_label.setVisible(bool(notices))

    def _set_actions_enabled(self, enabled: bool) -> None:
        self.print_button.setEnabled(enabled)
        self.save_button.setEnabled(enabled and not self._saving)

    def _when_preview_current(self, action) -> None:
        if self.timer.isActive():
            self._after_preview.append(action)
            self.refresh()
            if self._error:
                self._after_preview = []
        elif self.runner.busy:
            self._after_preview.append(action)
        elif self._content is not None:
            action()

    # ================================================================== saving texts
    def _save_texts(self, content: HandoutContent, typed: HandoutTexts) -> None:
        """Store *content*'s texts for its language; *typed* is what the fields held."""
        if not self._texts_dirty:
            return
        lang = content.lang

        def write() -> None:
            if content.texts != get_texts(self.store, lang):
                set_texts(self.store, lang, content.texts)
                self._announce_saved()

        if not self._written(write):
            return
        if lang == self._language and typed == self.texts():  # nothing typed since
            self._texts_dirty = False
            self._unsaved.pop(lang, None)

    def _save_url(self, content: HandoutContent) -> None:
        url = self.url_edit.text().strip()
        if url == self.store.consultation().hearing_url or (url and url != content.url):
            return
        if not self._written(lambda: self.store.update_consultation(hearing_url=url)):
            return
        self._announce_saved()
        self.bus.consultationChanged.emit()

    def _written(self, write: Callable[[], object]) -> bool:
        """Run a store write; a failing disk goes to the window, a refusal is shown here."""
        try:
            write()
        except StoreError as exc:
            self.bus.storeFailed.emit(str(exc))
            return False
        except UserError as exc:
            self._show_error(exc)
            return False
        return True

    def _announce_saved(self) -> None:
        self.bus.saved.emit(time.strftime("%H:%M:%S"))

    def flush(self) -> None:
        """Save typed texts and URL now if they print well (used when closing or switching)."""
        self.timer.stop()
        if not self._texts_dirty and \
                self.url_edit.text().strip() == self.store.consultation().hearing_url:
            return
        try:
            content = self.content()
            check_handout(content, self.per_page())
        except UserError:
            return  # shown inline already; nothing is saved
        self._save_texts(content, self.texts())
        self._save_url(content)

    # ================================================================== actions
    def print_handouts(self) -> None:
        """Print the sheet as previewed; the Sheets field sets the number of copies."""
        self._when_preview_current(self._print_now)

    def _print_now(self) -> None:
        if self._content is None or not self.preview.showing_pages():
            return
        self._save_url(self._content)
        title = self._content.texts.heading
        if self.preview.ask_print(title, copies=self.sheets_box.value()):
            self.status.setText(self.tr("Sent to the printer."))

    def save(self) -> None:
        """Ask for a file name and write the sheet(s) as PDF in the background."""
        self._when_preview_current(self._save_now)

    def _save_now(self) -> None:
        content = self._content
        if content is None or self._saving:
            return
        self._save_url(content)
        per_page = self.per_page()
        folder = self.store.path.parent if self.store.path else Path.home()
        stem = ("qr-folder" if content.lang == "da" else "qr-handouts") + f"-{per_page}"
        langs = "-".join(content.languages)
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the handouts"), str(folder / f"{stem}-{langs}.pdf"),
            self.tr("PDF document (*.pdf)"))
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        self._saving = True
        self.save_button.setEnabled(False)
        self.workers.run(render_and_write, content, per_page, self.sheets_box.value(), path,
                         title=self.tr("Saving the handouts…"),
                         on_done=self._saved, on_error=self._save_failed)

    def _saved(self, result: tuple[Path, int]) -> None:
        if not shiboken6.isValid(self):
            return
        path, size = result
        self._saving = False
        self.save_button.setEnabled(self._content is not None)
        self.last_saved = path
        self.status.setText(self.tr("Saved {0} ({1} kB).").format(
            path.name, max(1, round(size / 1024))))
        self.status.setToolTip(str(path))

    def _save_failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            dialogs.report_exception(None, exc)
            return
        self._saving = False
        self.save_button.setEnabled(self._content is not None)
        self.status.setText(self.tr("Nothing was saved."))
        dialogs.report_exception(self, exc)

    # ================================================================== closing
    def done(self, result: int) -> None:
        self.flush()
        self.runner.shutdown()
        super().done(result)
