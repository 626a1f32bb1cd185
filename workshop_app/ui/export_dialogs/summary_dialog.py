"""File → Export summary…: the opsamling as PDF, DOCX or Markdown, with a page preview.

The coordinator chooses the format, language, which meetings, provenance and
whether personal data stays in; edits the title, author, intro and next steps
(stored in the consultation, so they merge like everything else); watches the
preview follow; then saves or prints.

Threads: the document is built from the store on the UI thread (the SQLite
connection belongs to it, and building is fast); rendering it to bytes is a pure
function of the document and runs off the UI thread — the live preview through a
``RenderRunner`` (inline progress, newest request only), Save through the window's
``workers`` (progress dialog, errors in one dialog). The preview is debounced so
typing stays smooth.
"""

from __future__ import annotations

import dataclasses
import itertools
import time
from pathlib import Path

import shiboken6
from PySide6.QtCore import QDate, QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.model import Meeting
from workshop_app.errors import StoreError, UserError
from workshop_app.export.document import (
    AUTHOR_KEY,
    DEFAULT_AUTHOR,
    INTRO_KEY,
    LABELS,
    NEXT_STEPS_KEY,
    TITLE_KEY,
    SummaryDocument,
    default_intro,
    default_next_steps,
)
from workshop_app.export.publish import removed_personal_data, summary_document, summary_texts
from workshop_app.export.service import SUMMARY_FORMATS, ExportJob, plan_files, render_summary
from workshop_app.store import Store
from workshop_app.ui import dialogs
from workshop_app.ui.bus import Bus
from workshop_app.ui.export_dialogs.frame import ButtonText, build_frame
from workshop_app.ui.export_dialogs.pdf_preview import PdfPreview
from workshop_app.ui.export_dialogs.render_runner import RENDER_LOCK, RenderRunner
from workshop_app.ui.i18n import translate_error
from workshop_app.ui.workers import Workers

#: How long typing must pause before the preview is rebuilt.
DEBOUNCE_MS = 400

ALL, EACH, ONE = "all", "each", "one"
TEXT_KEYS = (TITLE_KEY, AUTHOR_KEY, INTRO_KEY, NEXT_STEPS_KEY)
MULTILINE_KEYS = (INTRO_KEY, NEXT_STEPS_KEY)

DIALOG_STYLE = """
QLabel#warning { color: #7a3410; background: #fbeee6; border: 1px solid #e7c2ab;
    border-radius: 4px; padding: 6px 8px; }
QLabel#errorLine { color: #b3261e; }
QLabel#previewMessage { color: #4a5560; font-size: 11pt; }
QLabel#previewMessage[state="error"] { color: #b3261e; }
QLabel#hint { color: #59636d; }
"""


def _render_preview(doc: SummaryDocument, progress=None) -> bytes:
    return render_summary(doc, "pdf", progress)


def _write_job(job: ExportJob, progress=None) -> list[tuple[Path, int]]:
    """Render and write the files (worker thread: no Qt, no database); (path, bytes) pairs."""
    return job.run(progress, lock=RENDER_LOCK).written


class SummaryDialog(QDialog):
    """Options, editable texts and a live page preview of the summary."""

    def __init__(self, store: Store, bus: Bus, workers: Workers,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.bus, self.workers = store, bus, workers
        self.setObjectName("summaryDialog")
        self.setWindowTitle(self.tr("Export summary"))
        self.setStyleSheet(DIALOG_STYLE)
        self._loading = False
        self._dirty: set[str] = set()
        self._after_preview: list = []
        self._saving = False
        self._removed = 0
        self._last_doc: SummaryDocument | None = None
        self.last_saved: list[Path] = []
        #: Documents built for the preview, by the choices they were built with.
        self._built: dict[tuple, SummaryDocument] = {}
        self.meetings: list[Meeting] = store.meetings()

        self.runner = RenderRunner(self)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.refresh)

        self.preview = PdfPreview(self)
        self.runner.busyChanged.connect(self.preview.set_busy)
        self.runner.progress.connect(self.preview.set_progress)

        frame = build_frame(
            self, self._build_options(), self.preview,
            status_name=self.tr("Export status"),
            print_text=ButtonText(self.tr("&Print…"), self.tr("Print the summary"),
                                  self.tr("Print the summary as previewed (Ctrl+P)")),
            on_print=self.print_summary,
            save_text=ButtonText(self.tr("&Save…"), self.tr("Save the summary"),
                                 self.tr("Save the summary in the chosen format (Ctrl+S)")),
            on_save=self.save,
            close_label=self.tr("Close"),
        )
        self.status, self.print_button = frame.status, frame.print_button
        self.save_button, self.close_button = frame.save_button, frame.close_button

        order = [self.format_box, self.language_box, self.scope_box, self.preview_box,
                 self.provenance_box, self.keep_box, *self.edits.values(),
                 self.preview.view, self.print_button, self.save_button, self.close_button]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

        self._fit_to_screen()
        self._load_texts()
        self._update_scope()
        self._update_keep_warning()
        self.format_box.setFocus()
        self.refresh()

    # ================================================================== building
    def _build_options(self) -> QWidget:
        panel = QWidget(self)
        column = QVBoxLayout(panel)
        column.setContentsMargins(0, 0, 8, 0)

        document = QGroupBox(self.tr("Document"), panel)
        form = QFormLayout(document)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.format_box = QComboBox(document)
        self.format_box.setAccessibleName(self.tr("File format"))
        for fmt, name in (("pdf", self.tr("PDF")), ("docx", self.tr("Word (DOCX)")),
                          ("md", self.tr("Markdown"))):
            self.format_box.addItem(name, fmt)
        self.format_box.currentIndexChanged.connect(self._format_changed)
        self.format_hint = QLabel(self.tr("The preview shows the PDF layout; the file has the "
                                          "same content and headings."), document)
        self.format_hint.setObjectName("hint")
        self.format_hint.setWordWrap(True)
        form.addRow(self.format_hint)

        self.language_box = QComboBox(document)
        self.language_box.setAccessibleName(self.tr("Document language"))
        self.language_box.addItem("Dansk", "da")
        self.language_box.addItem("English", "en")
        self.language_box.currentIndexChanged.connect(self._language_changed)
        # Format and language share a row so the whole panel fits a 768-pixel screen.
        row = QHBoxLayout()
        row.addWidget(self.format_box, 1)
        language_label = QLabel(self.tr("&Language:"), document)
        language_label.setBuddy(self.language_box)
        row.addSpacing(6)
        row.addWidget(language_label)
        row.addWidget(self.language_box, 1)
        format_label = QLabel(self.tr("&Format:"), document)
        format_label.setBuddy(self.format_box)
        form.insertRow(0, format_label, row)

        self.scope_box = QComboBox(document)
        self.scope_box.setAccessibleName(self.tr("Meetings"))
        self.scope_box.addItem(self.tr("All meetings in one summary"), (ALL, None))
        if len(self.meetings) > 1:
            self.scope_box.addItem(self.tr("One summary per meeting"), (EACH, None))
        for meeting in self.meetings:
            self.scope_box.addItem(self.tr("Only {0}").format(self._meeting_name(meeting)),
                                   (ONE, meeting.id))
        self.scope_box.currentIndexChanged.connect(self._scope_changed)
        form.addRow(self.tr("&Meetings:"), self.scope_box)

        self.preview_box = QComboBox(document)
        self.preview_box.setAccessibleName(self.tr("Meeting shown in the preview"))
        for meeting in self.meetings:
            self.preview_box.addItem(self._meeting_name(meeting), meeting.id)
        self.preview_box.currentIndexChanged.connect(self._scope_changed)
        self.preview_label = QLabel(self.tr("Pre&view:"), document)
        self.preview_label.setBuddy(self.preview_box)
        form.addRow(self.preview_label, self.preview_box)

        self.provenance_box = QCheckBox(self.tr("Show where each point was raised"), document)
        self.provenance_box.setAccessibleName(self.tr("Show venues after each point"))
        self.provenance_box.setToolTip(self.tr("Adds the venues after each point, "
                                               "e.g. “(Nørrebro, Tingbjerg)”."))
        self.provenance_box.toggled.connect(self.schedule)
        form.addRow(self.provenance_box)

        self.keep_box = QCheckBox(self.tr("Keep personal data"), document)
        self.keep_box.setAccessibleName(self.tr("Keep personal data in the summary"))
        self.keep_box.setToolTip(self.tr("By default CPR numbers, phone numbers and e-mail "
                                         "addresses in the notes are left out."))
        self.keep_box.toggled.connect(self._keep_toggled)
        form.addRow(self.keep_box)
        self.keep_warning = QLabel(self.tr(
            "CPR numbers, phone numbers and e-mail addresses in the notes are exported as "
            "typed. Do not publish or share this file."), document)
        self.keep_warning.setObjectName("warning")
        self.keep_warning.setWordWrap(True)
        self.keep_warning.setAccessibleName(self.tr("Personal data warning"))
        form.addRow(self.keep_warning)
        self.privacy_hint = QLabel(document)
        self.privacy_hint.setObjectName("hint")
        self.privacy_hint.setWordWrap(True)
        form.addRow(self.privacy_hint)
        # Characters no bundled font draws: one line per note, as the CLI prints them.
        self.font_warning = QLabel(document)
        self.font_warning.setObjectName("warning")
        self.font_warning.setWordWrap(True)
        self.font_warning.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.font_warning.setAccessibleName(self.tr("Missing characters warning"))
        self.font_warning.hide()
        form.addRow(self.font_warning)
        column.addWidget(document)

        texts = QGroupBox(self.tr("Texts"), panel)
        texts.setToolTip(self.tr("Saved in the consultation. A field left empty uses the "
                                 "automatic text."))
        texts_layout = QVBoxLayout(texts)
        texts_layout.setSpacing(4)
        labels = {
            TITLE_KEY: self.tr("&Title"),
            AUTHOR_KEY: self.tr("&Author"),
            INTRO_KEY: self.tr("&Introduction"),
            NEXT_STEPS_KEY: self.tr("&Next steps"),
        }
        names = {
            TITLE_KEY: self.tr("Title"),
            AUTHOR_KEY: self.tr("Author"),
            INTRO_KEY: self.tr("Introduction"),
            NEXT_STEPS_KEY: self.tr("Next steps"),
        }
        self.edits: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.reset_buttons: dict[str, QToolButton] = {}
        self.automatic_labels: dict[str, QLabel] = {}
        for key in TEXT_KEYS:
            row = QHBoxLayout()
            label = QLabel(labels[key], texts)
            automatic = QLabel(self.tr("automatic"), texts)
            automatic.setObjectName("hint")
            automatic.setToolTip(self.tr("Made from the consultation's data; type to change it"))
            reset = QToolButton(texts)
            reset.setText(self.tr("Use the automatic text"))
            reset.setAccessibleName(self.tr("Use the automatic text for {0}").format(names[key]))
            reset.setToolTip(self.tr("Forget your text and go back to the one made from the data"))
            reset.setAutoRaise(True)
            reset.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            reset.clicked.connect(lambda _c=False, k=key: self.reset_text(k))
            row.addWidget(label)
            row.addStretch(1)
            row.addWidget(automatic)
            row.addWidget(reset)
            self.automatic_labels[key] = automatic
            texts_layout.addLayout(row)
            if key in MULTILINE_KEYS:
                edit = QPlainTextEdit(texts)
                edit.setTabChangesFocus(True)
                # Room for the automatic text without pushing the next field out of sight.
                edit.setMinimumHeight(84 if key == INTRO_KEY else 64)
                edit.setMaximumHeight(150 if key == INTRO_KEY else 120)
                edit.textChanged.connect(lambda k=key: self._text_edited(k))
            else:
                edit = QLineEdit(texts)
                edit.textEdited.connect(lambda _t, k=key: self._text_edited(k))
            edit.setAccessibleName(names[key])
            label.setBuddy(edit)
            texts_layout.addWidget(edit)
            self.edits[key] = edit
            self.reset_buttons[key] = reset
        column.addWidget(texts)
        column.addStretch(1)
        return panel

    def _fit_to_screen(self) -> None:
        screen = self.screen().availableGeometry() if self.screen() else None
        width, height = 1220, 800
        if screen is not None:
            width = min(width, screen.width() - 40)
            height = min(height, screen.height() - 40)
        self.resize(width, height)

    @staticmethod
    def _meeting_name(meeting: Meeting) -> str:
        if not meeting.date:
            return meeting.venue
        date = QDate.fromString(meeting.date, Qt.DateFormat.ISODate)
        danish = QLocale().language() == QLocale.Language.Danish
        return f"{meeting.venue} · {QLocale().toString(date, 'd. MMM yyyy' if danish else 'd MMM yyyy')}"

    # ================================================================== choices
    def fmt(self) -> str:
        return self.format_box.currentData()

    def language(self) -> str:
        return self.language_box.currentData()

    def scope(self) -> str:
        return self.scope_box.currentData()[0]

    def preview_meeting_id(self) -> str | None:
        """The meeting the preview (and Print) shows; None for the combined summary."""
        kind, meeting_id = self.scope_box.currentData()
        if kind == ONE:
            return meeting_id
        if kind == EACH:
            return self.preview_box.currentData()
        return None

    def set_format(self, fmt: str) -> None:
        self.format_box.setCurrentIndex(self.format_box.findData(fmt))

    def set_language(self, language: str) -> None:
        self.language_box.setCurrentIndex(self.language_box.findData(language))

    def set_scope(self, kind: str, meeting_id: str | None = None) -> None:
        for index in range(self.scope_box.count()):
            if self.scope_box.itemData(index) == (kind, meeting_id):
                self.scope_box.setCurrentIndex(index)
                return
        raise ValueError(f"no such choice: {kind} {meeting_id}")

    def _format_changed(self) -> None:
        self.format_hint.setVisible(self.fmt() != "pdf")
        if self._last_doc is not None:
            self._update_font_warning(self._last_doc)

    def _language_changed(self) -> None:
        self._commit_texts()
        self._load_texts()
        self.schedule()

    def _scope_changed(self) -> None:
        self._update_scope()
        self._commit_texts()
        self._load_texts()  # the automatic intro depends on the meetings
        self.schedule()

    def _update_scope(self) -> None:
        each = self.scope() == EACH
        self.preview_box.setVisible(each)
        self.preview_label.setVisible(each)
        self._format_changed()

    def _keep_toggled(self) -> None:
        self._update_keep_warning()
        self.schedule()

    def _update_keep_warning(self) -> None:
        self.keep_warning.setVisible(self.keep_box.isChecked())
        self.privacy_hint.setVisible(not self.keep_box.isChecked())

    # ================================================================== texts
    def _default_text(self, key: str) -> str:
        language = self.language()
        if key == TITLE_KEY:
            return self.store.consultation().title or LABELS[language].default_title
        if key == AUTHOR_KEY:
            return DEFAULT_AUTHOR
        if key == INTRO_KEY:
            return default_intro(self.store, language, self.preview_meeting_id())
        return default_next_steps(language)

    def _stored_text(self, key: str) -> str:
        value = self.store.get_setting(key)
        return value if isinstance(value, str) else ""

    def _field_text(self, key: str) -> str:
        edit = self.edits[key]
        text = edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()
        return text.strip()

    def _load_texts(self) -> None:
        """Fill the text fields: the stored text, else the automatic one."""
        self._loading = True
        try:
            for key, edit in self.edits.items():
                if key in self._dirty:
                    continue
                text = self._stored_text(key) or self._default_text(key)
                if isinstance(edit, QPlainTextEdit):
                    if edit.toPlainText() != text:
                        edit.setPlainText(text)
                elif edit.text() != text:
                    edit.setText(text)
                    edit.setCursorPosition(0)
                self._show_custom(key, bool(self._stored_text(key)))
        finally:
            self._loading = False

    def _text_edited(self, key: str) -> None:
        if self._loading:
            return
        self._dirty.add(key)
        self.schedule()

    def _commit_texts(self) -> bool:
        """Store the edited texts (an empty or automatic text is stored as "unset")."""
        if not self._dirty:
            return True
        changes: dict[str, str | None] = {}
        for key in self._dirty:
            value = self._field_text(key)
            new = None if not value or value == self._default_text(key) else value
            if new != (self._stored_text(key) or None):
                changes[key] = new
        self._dirty.clear()
        if not changes:
            return True
        try:
            with self.store.transaction():
                for key, value in changes.items():
                    self.store.set_setting(key, value)
        except StoreError as exc:
            self.bus.storeFailed.emit(str(exc))
            return False
        self.bus.saved.emit(time.strftime("%H:%M:%S"))
        for key, value in changes.items():
            self._show_custom(key, value is not None)
        return True

    def _show_custom(self, key: str, custom: bool) -> None:
        """A typed text offers the way back; an automatic one says it is automatic."""
        self.reset_buttons[key].setVisible(custom)
        self.automatic_labels[key].setVisible(not custom)

    def reset_text(self, key: str) -> None:
        """Go back to the automatic text for *key*."""
        self._dirty.discard(key)
        if self._stored_text(key):
            try:
                self.store.set_setting(key, None)
            except StoreError as exc:
                self.bus.storeFailed.emit(str(exc))
                return
            self.bus.saved.emit(time.strftime("%H:%M:%S"))
        self._load_texts()
        self.schedule()

    # ================================================================== preview
    def schedule(self) -> None:
        """Rebuild the preview once typing pauses."""
        self.timer.start()

    def build(self, meeting_id: str | None) -> SummaryDocument:
        """The document as it will be published, from the store (UI thread)."""
        return summary_document(
            self.store,
            language=self.language(),
            provenance=self.provenance_box.isChecked(),
            meeting_id=meeting_id,
            keep_personal_data=self.keep_box.isChecked(),
        )

    def preview_document(self) -> SummaryDocument:
        """The document to preview. Collecting the notes is the slow part (about 0.6 s for
        10,000 notes), so a document built once for a set of choices is kept and only its
        texts are read again; a new set of choices builds it (the dialog is modal: the
        notes cannot change while it is open)."""
        meeting_id = self.preview_meeting_id()
        key = (self.language(), self.provenance_box.isChecked(), meeting_id,
               self.keep_box.isChecked())
        doc = self._built.get(key)
        if doc is not None:
            return dataclasses.replace(doc, **summary_texts(self.store, doc.options))
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            doc = self._built[key] = self.build(meeting_id)
        finally:
            QApplication.restoreOverrideCursor()
        return doc

    def refresh(self) -> None:
        """Store edited texts, build the document and render its preview off the UI thread."""
        self.timer.stop()
        self._commit_texts()
        try:
            doc = self.preview_document()
        except UserError as exc:
            self._preview_failed(exc)
            return
        except StoreError as exc:
            self.bus.storeFailed.emit(str(exc))
            return
        self._removed = removed_personal_data(doc)
        self._update_privacy_hint()
        self._last_doc = doc
        self._update_font_warning(doc)
        self.runner.request(_render_preview, doc, on_done=self._preview_ready,
                            on_error=self._preview_failed)

    def _update_privacy_hint(self) -> None:
        if self._removed:
            self.privacy_hint.setText(self.tr(
                "Personal data in the notes is left out ({0} found): CPR numbers, phone "
                "numbers and e-mail addresses become a placeholder.").format(self._removed))
        else:
            self.privacy_hint.setText(self.tr("No CPR numbers, phone numbers or e-mail "
                                              "addresses found in the notes."))

    def _update_font_warning(self, doc: SummaryDocument) -> None:
        from workshop_app.export.fonts import missing_characters

        missing = missing_characters(doc) if self.fmt() == "pdf" else []
        lines = [self.tr("{0}: no bundled font draws {1}; the PDF prints the code instead").format(
            m.where, m.codes()) for m in missing]
        self.font_warning.setText("\n".join(lines))
        self.font_warning.setVisible(bool(lines))

    def _preview_ready(self, data: bytes) -> None:
        self.preview.set_pdf(data)
        pages = self.preview.page_count()
        if not self._saving:
            self.status.setText(self.tr("1 page") if pages == 1
                                else self.tr("{0} pages").format(pages))
        waiting, self._after_preview = self._after_preview, []
        for action in waiting:
            action()

    def _preview_failed(self, exc: BaseException) -> None:
        self._after_preview = []
        if isinstance(exc, UserError):
            message = translate_error(str(exc))
            self.preview.show_message(message[:1].upper() + message[1:], error=True)
        else:
            self.preview.show_message(self.tr("The preview could not be made."), error=True)
            dialogs.report_exception(self, exc)

    def _when_preview_current(self, action) -> None:
        """Run *action* once the preview shows the current choices and texts."""
        if self.timer.isActive() or self._dirty:
            self._after_preview.append(action)
            self.refresh()
        elif self.runner.busy:
            self._after_preview.append(action)
        else:
            action()

    # ================================================================== actions
    def print_summary(self) -> None:
        """Print the summary as previewed (for one summary per meeting: the meeting shown)."""
        self._when_preview_current(self._print_now)

    def _print_now(self) -> None:
        if not self.preview.showing_pages():
            return
        doc_title = self.edits[TITLE_KEY].text().strip() or self._default_text(TITLE_KEY)
        if self.preview.ask_print(doc_title):
            self.status.setText(self.tr("Sent to the printer."))

    def save(self) -> None:
        """Ask for a file name, then render and write in the background."""
        if self._saving:
            return
        self._commit_texts()
        fmt = self.fmt()
        if self.keep_box.isChecked() and not self._confirm_keep():
            return
        suffix = SUMMARY_FORMATS[fmt]
        filters = {
            "pdf": self.tr("PDF document (*.pdf)"),
            "docx": self.tr("Word document (*.docx)"),
            "md": self.tr("Markdown (*.md)"),
        }
        stem = "opsamling" if self.language() == "da" else "summary"
        kind, meeting_id = self.scope_box.currentData()
        if kind == ONE:
            meeting = next(m for m in self.meetings if m.id == meeting_id)
            stem += "-" + "-".join(meeting.venue.casefold().split())
        folder = self.store.path.parent if self.store.path else Path.home()
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the summary"), str(folder / (stem + suffix)), filters[fmt])
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        try:
            planned = plan_files(path, self.meetings, per_meeting=kind == EACH,
                                 meeting_id=None if kind == EACH else meeting_id)
            existing = [p.name for p, _id in planned if p.exists()]
            if kind == EACH and existing and not self._confirm_replace(existing):
                return
            job = ExportJob(fmt, [(p, self.build(m_id)) for p, m_id in planned])
        except UserError as exc:
            dialogs.show_error(self, str(exc))
            return
        except StoreError as exc:
            self.bus.storeFailed.emit(str(exc))
            return
        self._saving = True
        self._saving_docs = [doc for _path, doc in job.items]  # for the tally once saved
        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Saving…"))
        self.workers.run(_write_job, job, progress=True,
                         title=self.tr("Exporting the summary…"),
                         on_done=self._saved, on_error=self._save_failed)

    def _confirm_keep(self) -> bool:
        answer = QMessageBox.warning(
            self, self.tr("Keep personal data?"),
            self.tr("The file will contain the CPR numbers, phone numbers and e-mail addresses "
                    "typed in the notes. Do not publish or share it.\n\nSave it anyway?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Save

    def _confirm_replace(self, names: list[str]) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Replace files?"),
            self.tr("These files exist already and will be replaced:\n{0}").format(
                "\n".join(names)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _saved(self, written: list[tuple[Path, int]]) -> None:
        if not shiboken6.isValid(self):
            return
        self._saving = False
        self.save_button.setEnabled(True)
        self.last_saved = [path for path, _size in written]
        if len(written) == 1:
            path, size = written[0]
            self.status.setText(self.tr("Saved {0} ({1} kB).").format(
                path.name, max(1, round(size / 1024))))
        else:
            self.status.setText(self.tr("Saved {0} files: {1}").format(
                len(written), ", ".join(path.name for path, _size in written)))
        self.status.setToolTip(str(written[0][0].parent) if written else "")
        docs = getattr(self, "_saving_docs", [])
        if len(docs) == 1:  # where every note went, and the drafts (issue 15)
            from workshop_app.ui.summary.review_panel import drafts_text, tally_text

            extra = tally_text(docs[0].tally)
            if docs[0].drafts:
                extra += " " + drafts_text(docs[0].drafts)
            self.status.setText(self.status.text() + " " + extra)

    def _save_failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            dialogs.report_exception(None, exc)
            return
        self._saving = False
        self.save_button.setEnabled(True)
        self.status.setText(self.tr("Nothing was saved."))
        dialogs.report_exception(self, exc)

    # ================================================================== closing
    def done(self, result: int) -> None:
        self.timer.stop()
        self._commit_texts()
        self.runner.shutdown()
        super().done(result)
