"""Loading the UI language: our translations plus Qt's own (dialog buttons)."""

from __future__ import annotations

import re

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    QTranslator,
)

from workshop_app import paths

# Source strings in the code are English; Danish comes from workshop_app_da.qm.
SOURCE_LANGUAGE = "en"
DEFAULT_LANGUAGE = "da"


def system_language() -> str:
    """The language to start with when none is saved: English on an English system, else Danish."""
    lang = QLocale.system().language()
    return "en" if lang == QLocale.Language.English else DEFAULT_LANGUAGE


def load_qt_translation(language: str, parent: QObject | None = None) -> QTranslator | None:
    """Qt's own strings (file dialog, message box buttons, text field menus) in ``language``.

    ``resources/translations/qtbase_da.qm`` is a copy of the file PySide6 ships (LGPL, like
    Qt), so the app finds it in the PyInstaller bundle too; the Qt installation's folder
    is the fallback for a language we do not carry.
    """
    for folder in (
        str(paths.resource_path("translations")),
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
    ):
        translator = QTranslator(parent)
        if translator.load(f"qtbase_{language}", folder):
            return translator
    return None


# The translators currently installed (one application, one language at a time).
_installed: list[QTranslator] = []


class Translators:
    """Installs and swaps the application's translators."""

    def __init__(self) -> None:
        self._installed = _installed
        self.language = SOURCE_LANGUAGE

    def install(self, language: str) -> bool:
        """Switch the application to ``language``; False if its files are missing."""
        app = QCoreApplication.instance()
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed.clear()
        ok = True
        if language != SOURCE_LANGUAGE:
            ours = QTranslator(app)
            folder = paths.resource_path("translations")
            ok = ours.load(f"workshop_app_{language}", str(folder))
            if ok:
                self._installed.append(ours)
            qt = load_qt_translation(language, app)
            if qt is not None:
                self._installed.append(qt)
        for translator in self._installed:
            app.installTranslator(translator)
        QLocale.setDefault(
            QLocale(
                QLocale.Language.Danish if language == "da" else QLocale.Language.English,
                QLocale.Country.Denmark if language == "da" else QLocale.Country.UnitedKingdom,
            )
        )
        self.language = language if ok else SOURCE_LANGUAGE
        return ok


# ---------------------------------------------------------------------- core errors
# The core (store, checks, merge, backups) is Qt-free and words its refusals in English,
# one line each (the CLI prints them as they are). The window shows them through
# ``translate_error``: every known wording is a pattern here with a translatable
# template, so the Danish UI shows Danish. A message made of parts joined by "; " (a
# refusal and its hints) is translated part by part; a wording not listed is shown as it
# is rather than hidden. tests/test_ui_i18n.py raises the listed errors through the real
# core functions, so a changed wording in the core shows up as a failing test.
_NAME = r"(?P<name>.+?)"
_PATH = r"(?P<path>.+)"


def _error_patterns() -> list[tuple[re.Pattern[str], str, str]]:
    """(pattern of the core's English, the English template, its translation)."""
    table = [
        # notes, names, details (domain/validation.py, store)
        (r"the note text is empty",
         QT_TRANSLATE_NOOP("Errors", "The note is empty.")),
        (r"the note is (?P<n>[\d,]+) characters long; the limit is (?P<limit>[\d,]+)",
         QT_TRANSLATE_NOOP("Errors", "The note is {n} characters long; the limit is {limit}.")),
        (r"the (?P<what>[\w -]+) name is empty",
         QT_TRANSLATE_NOOP("Errors", "The name is empty ({what}).")),
        (r"the (?P<what>[\w -]+) name is longer than (?P<limit>\d+) characters",
         QT_TRANSLATE_NOOP("Errors", "The name is longer than {limit} characters ({what}).")),
        (r"the title is longer than (?P<limit>\d+) characters",
         QT_TRANSLATE_NOOP("Errors", "The title is longer than {limit} characters.")),
        (r"unknown kind (?P<value>.+): use challenge or solution \(udfordring/løsning\)",
         QT_TRANSLATE_NOOP("Errors", "Unknown kind {value}: use challenge or solution.")),
        (r"bad (?P<what>[\w -]+) (?P<value>'.*'): use YYYY-MM-DD",
         QT_TRANSLATE_NOOP("Errors", "The date {value} is not valid: write it as YYYY-MM-DD.")),
        (r"the hearing URL is empty",
         QT_TRANSLATE_NOOP("Errors", "The hearing URL is empty.")),
        (r"the hearing URL is longer than (?P<limit>\d+) characters",
         QT_TRANSLATE_NOOP("Errors", "The hearing URL is longer than {limit} characters.")),
        (r"bad hearing URL (?P<value>.+): it contains spaces or control characters",
         QT_TRANSLATE_NOOP(
             "Errors",
             "The hearing URL {value} contains spaces or control characters.")),
        (r"bad hearing URL (?P<value>.+): it must start with http:// or https://",
         QT_TRANSLATE_NOOP(
             "Errors",
             "The hearing URL {value} must start with http:// or https://.")),
        (r"bad hearing URL (?P<value>.+): it has no host",
         QT_TRANSLATE_NOOP("Errors", "The hearing URL {value} has no host name.")),
        (r"bad hearing URL (?P<value>.+): the port is not a valid number",
         QT_TRANSLATE_NOOP("Errors", "The port in the hearing URL {value} is not a valid number.")),
        (r"bad hearing URL (?P<value>.+)",
         QT_TRANSLATE_NOOP("Errors", "The hearing URL {value} is not valid.")),
        (r"bad e-mail address (?P<value>.+)",
         QT_TRANSLATE_NOOP("Errors", "The e-mail address {value} is not valid.")),
        (r"the hearing period starts \((?P<start>.+)\) after it ends \((?P<end>.+)\)",
         QT_TRANSLATE_NOOP("Errors", "The hearing period starts ({start}) after it ends ({end}).")),
        (rf"a theme named {_NAME} already exists",
         QT_TRANSLATE_NOOP("Errors", "A theme named {name} already exists.")),
        (rf"a group named {_NAME} already exists here",
         QT_TRANSLATE_NOOP("Errors", "A group named {name} already exists here.")),
        (rf"a cross-cutting topic named {_NAME} already exists",
         QT_TRANSLATE_NOOP("Errors", "A cross-cutting topic named {name} already exists.")),
        (r"bad number of participants (?P<value>.+)",
         QT_TRANSLATE_NOOP("Errors", "The number of participants {value} is not valid.")),
        # files (store/database.py, safety/backup.py, sync/)
        (rf"the disk is full: cannot write {_PATH}",
         QT_TRANSLATE_NOOP("Errors", "The disk is full: cannot write {path}.")),
        (rf"no permission to write {_PATH} \(read-only folder or file\?\)",
         QT_TRANSLATE_NOOP(
             "Errors",
             "No permission to write {path} (is the folder or file read-only?).")),
        (rf"no such file or folder: {_PATH}",
         QT_TRANSLATE_NOOP("Errors", "No such file or folder: {path}")),
        (rf"no such file: {_PATH}",
         QT_TRANSLATE_NOOP("Errors", "No such file: {path}")),
        (rf"no such folder: {_PATH}",
         QT_TRANSLATE_NOOP("Errors", "No such folder: {path}")),
        (rf"no such backup file: {_PATH}",
         QT_TRANSLATE_NOOP("Errors", "No such backup file: {path}")),
        (rf"cannot open {_PATH} \(missing folder or no permission\)",
         QT_TRANSLATE_NOOP(
             "Errors",
             "Cannot open {path} (the folder is missing or there is no permission).")),
        (rf"{_PATH} is a folder, not a consultation file",
         QT_TRANSLATE_NOOP("Errors", "{path} is a folder, not a consultation file.")),
        (rf"{_PATH} is a folder, not a session file",
         QT_TRANSLATE_NOOP("Errors", "{path} is a folder, not a session file.")),
        (rf"{_NAME} is not a consultation database \(not an SQLite file\)",
         QT_TRANSLATE_NOOP("Errors", "{name} is not a consultation file.")),
        (rf"{_NAME} is damaged or not a consultation database(?: \((?P<detail>.*)\))?",
         QT_TRANSLATE_NOOP("Errors", "{name} is damaged, or it is not a consultation file.")),
        (rf"{_NAME} is an SQLite file but not a consultation database",
         QT_TRANSLATE_NOOP("Errors", "{name} is a database, but not a consultation file.")),
        (rf"{_NAME} is not a consultation database",
         QT_TRANSLATE_NOOP("Errors", "{name} is not a consultation file.")),
        (rf"{_NAME} failed the integrity check \((?P<detail>.*)\)",
         QT_TRANSLATE_NOOP("Errors", "{name} failed the integrity check ({detail}).")),
        ((rf"{_NAME} was written by a newer version of the app \(schema (?P<v>\d+); "
         r"this version reads up to (?P<latest>\d+)\): update the app to open it"),
         QT_TRANSLATE_NOOP(
             "Errors",
             "{name} was saved by a newer version of the app: update the app to open it.")),
        ((rf"{_NAME} was written by a newer version of the app \(schema (?P<v>\d+)\): "
         r"update the app to merge it"),
         QT_TRANSLATE_NOOP(
             "Errors",
             "{name} was saved by a newer version of the app: update the app to merge it.")),
        (rf"{_NAME} is damaged \((?P<detail>.*)\)",
         QT_TRANSLATE_NOOP("Errors", "{name} is damaged ({detail}).")),
        (rf"{_NAME} is not a workshop-app session file",
         QT_TRANSLATE_NOOP("Errors", "{name} is not a session file.")),
        (rf"{_NAME} has a damaged session manifest(?: \(format version\))?",
         QT_TRANSLATE_NOOP("Errors", "{name} is a damaged session file.")),
        (rf"{_NAME} is too large to be a session file",
         QT_TRANSLATE_NOOP("Errors", "{name} is too large to be a session file.")),
        (rf"{_NAME} is empty",
         QT_TRANSLATE_NOOP("Errors", "{name} is empty.")),
        (rf"cannot restore: another program is writing to {_NAME}; close it first",
         QT_TRANSLATE_NOOP(
             "Errors",
             "Cannot restore: another program is writing to {name}. Close it first.")),
        (r"the backup and the database are the same file",
         QT_TRANSLATE_NOOP("Errors", "The backup and the consultation are the same file.")),
        (rf"{_PATH} is the consultation itself; give the session file another name",
         QT_TRANSLATE_NOOP(
             "Errors",
             "{path} is the consultation itself: give the session file another name.")),
        ((rf"{_PATH} is a consultation database, not a session file; give the session file "
         r"another name \(nothing was written\)"),
         QT_TRANSLATE_NOOP(
             "Errors",
             "{path} is a consultation file, not a session file: give the session file "
             "another "
           "name (nothing was written).")),
        (r"newest good backup: (?P<path>.+) \((?P<when>[^;]+); restore with: (?P<command>.+)\)",
         QT_TRANSLATE_NOOP("Errors",
                           "Newest good backup: {path} ({when}); restore with: {command}")),
        # stores, backups, sessions, summary points, export
        (r"no (?P<what>[\w -]+) with id (?P<value>'.*')",
         QT_TRANSLATE_NOOP("Errors", "No {what} with the id {value}.")),
        (r"the id (?P<value>'.*') is ambiguous",
         QT_TRANSLATE_NOOP("Errors", "The id {value} fits more than one.")),
        (r"no such (?P<what>[\w -]+): (?P<value>.+)",
         QT_TRANSLATE_NOOP("Errors", "No such {what}: {value}")),
        (rf"cannot switch {_NAME} to write-ahead logging",
         QT_TRANSLATE_NOOP(
             "Errors",
             "Cannot prepare {name} for safe writing (write-ahead logging).")),
        (rf"{_NAME} holds triggers or views; it was not made by this app",
         QT_TRANSLATE_NOOP(
             "Errors",
             "{name} holds triggers or views: it was not made by this app.")),
        ((rf"{_NAME} is a session file, not a backup: merge it instead "
          r"\(workshop-app merge .+ --db …\)"),
         QT_TRANSLATE_NOOP(
             "Errors",
             "{name} is a session file, not a backup: merge it instead (File → Merge "
             "sessions…).")),
        (rf"{_NAME} does not have the tables of a consultation database",
         QT_TRANSLATE_NOOP("Errors", "{name} does not have the tables of a consultation file.")),
        (rf"{_NAME} lacks indexes of a consultation database",
         QT_TRANSLATE_NOOP("Errors", "{name} lacks indexes of a consultation file.")),
        (r"the copy failed SQLite's check \((?P<detail>.*)\)",
         QT_TRANSLATE_NOOP("Errors", "The copy failed SQLite's check ({detail}).")),
        (rf"cannot restore {_NAME}: (?P<detail>.+)",
         QT_TRANSLATE_NOOP("Errors", "Cannot restore {name}: {detail}")),
        (rf"the restored {_NAME} failed the integrity check",
         QT_TRANSLATE_NOOP("Errors", "The restored {name} failed the integrity check.")),
        (rf"{_NAME} was written by a newer version of the app \(schema (?P<v>\d+)\)",
         QT_TRANSLATE_NOOP("Errors", "{name} was saved by a newer version of the app.")),
        (rf"{_NAME} holds no consultation",
         QT_TRANSLATE_NOOP("Errors", "{name} holds no consultation.")),
        (rf"{_NAME} is damaged \((?P<detail>.*)\); no backup taken",
         QT_TRANSLATE_NOOP("Errors", "{name} is damaged ({detail}); no backup was taken.")),
        ((rf"{_NAME} is a session file: merge it into a consultation database "
          r"\(--db NAME\.sqlite\) instead of into it"),
         QT_TRANSLATE_NOOP(
             "Errors",
             "{name} is a session file: merge it into a consultation file, not the "
             "other way round.")),
        (rf"cannot merge into {_PATH}: (?P<detail>.+)",
         QT_TRANSLATE_NOOP("Errors", "Cannot merge into {path}: {detail}")),
        (rf"{_NAME} is not a session file or consultation database \(not an SQLite file\)",
         QT_TRANSLATE_NOOP("Errors", "{name} is neither a session file nor a consultation file.")),
        (rf"{_NAME} is truncated \(the file ends inside its header\)",
         QT_TRANSLATE_NOOP(
             "Errors",
             "{name} is cut short (the file ends inside its header): copy it again.")),
        (rf"{_NAME} is truncated \((?P<size>\d+) of (?P<expected>\d+) bytes\): copy it again",
         QT_TRANSLATE_NOOP(
             "Errors",
             "{name} is cut short ({size} of {expected} bytes): copy it again.")),
        (rf"{_NAME} is truncated \(not a whole number of pages\): copy it again",
         QT_TRANSLATE_NOOP("Errors", "{name} is cut short: copy it again.")),
        (rf"{_NAME} is an SQLite file but not a workshop-app session or consultation",
         QT_TRANSLATE_NOOP(
             "Errors",
             "{name} is a database, but neither a session file nor a consultation "
             "file.")),
        ((rf"{_NAME} was written by a newer version of the app \(schema "
          r"(?P<v>\d+); this version reads up to (?P<latest>\d+)\): update the app to merge it"),
         QT_TRANSLATE_NOOP(
             "Errors",
             "{name} was saved by a newer version of the app: update the app to "
             "merge it.")),
        (rf"{_NAME} is damaged or not a consultation \((?P<detail>.*)\)",
         QT_TRANSLATE_NOOP("Errors", "{name} is damaged, or it is not a consultation file.")),
        ((rf"{_NAME} failed its checksum: the file was changed or damaged after "
          r"export \(if it was opened and edited in the app, export a new session file from it\)"),
         QT_TRANSLATE_NOOP(
             "Errors",
             "{name} failed its checksum: the file was changed or damaged after it "
             "was exported. If it was opened and edited in the app, export a new "
             "session file from it.")),
        (rf"{_NAME} failed its checksum \(row counts differ\)",
         QT_TRANSLATE_NOOP("Errors", "{name} failed its checksum (the number of rows differs).")),
        (rf"{_NAME} is not a workshop-app consultation \(no (?P<detail>.+) table\)",
         QT_TRANSLATE_NOOP("Errors", "{name} is not a consultation file.")),
        (rf"{_NAME} has an unexpected layout \((?P<detail>.+)\)",
         QT_TRANSLATE_NOOP("Errors", "{name} has an unexpected layout ({detail}).")),
        (rf"{_NAME} has a bad value in (?P<field>\S+) \(row (?P<row>'.*')\)",
         QT_TRANSLATE_NOOP("Errors", "{name} has a bad value in {field} (row {row}).")),
        (rf"cannot read {_PATH}: (?P<detail>.+)",
         QT_TRANSLATE_NOOP("Errors", "Cannot read {path}: {detail}")),
        (rf"{_NAME} has a broken reference: (?P<field>\S+) of row (?P<row>'.*')",
         QT_TRANSLATE_NOOP("Errors", "{name} has a broken reference: {field} of row {row}.")),
        (rf"{_PATH} is a folder; give a file name, e\.g\. (?P<example>\S+)",
         QT_TRANSLATE_NOOP("Errors", "{path} is a folder: give a file name, e.g. {example}")),
        ((rf"{_NAME} is a session file of a newer format \(version (?P<v>\d+); "
          r"this app reads up to (?P<latest>\d+)\): update the app to merge it"),
         QT_TRANSLATE_NOOP(
             "Errors",
             "{name} is a session file of a newer format: update the app to merge "
             "it.")),
        (rf"cannot export {_NAME}: (?P<detail>.+)",
         QT_TRANSLATE_NOOP("Errors", "Cannot export {name}: {detail}")),
        (r"the summary point is (?P<n>[\d,]+) characters long; the limit is (?P<limit>[\d,]+)",
         QT_TRANSLATE_NOOP(
             "Errors",
             "The summary point is {n} characters long; the limit is {limit}.")),
        (r"a summary point belongs to exactly one theme or one cross-cutting topic",
         QT_TRANSLATE_NOOP(
             "Errors",
             "A summary point belongs to exactly one theme or one cross-cutting "
             "topic.")),
        (r"no such summary point: (?P<value>.+)",
         QT_TRANSLATE_NOOP("Errors", "No such summary point: {value}")),
        (r"a summary point is named twice in the new order",
         QT_TRANSLATE_NOOP("Errors", "A summary point is named twice in the new order.")),
        (r"only points of the same theme or topic can be put in order together",
         QT_TRANSLATE_NOOP(
             "Errors",
             "Only points of the same theme or topic can be put in order together.")),
        (r"none of the group's notes exist any more",
         QT_TRANSLATE_NOOP("Errors", "None of the group's notes exist any more.")),
        ((r"unknown kind (?P<value>.+): use challenge, solution or none "
          r"\(udfordring/løsning/ingen\)"),
         QT_TRANSLATE_NOOP("Errors", "Unknown kind {value}: use challenge, solution or none.")),
        (r"no such note: (?P<value>.+)",
         QT_TRANSLATE_NOOP("Errors", "No such note: {value}")),
        (r"no such link of this point: (?P<value>.+)",
         QT_TRANSLATE_NOOP("Errors", "This point has no such link: {value}")),
        (rf"the bundled font {_NAME} is missing; reinstall workshop-app",
         QT_TRANSLATE_NOOP("Errors", "The bundled font {name} is missing: reinstall the app.")),
        (r"unknown summary format (?P<value>'.*') \(use (?P<formats>.+)\)",
         QT_TRANSLATE_NOOP("Errors", "Unknown summary format {value} (use {formats}).")),
        (rf"cannot use {_PATH}: (?P<detail>.+)",
         QT_TRANSLATE_NOOP("Errors", "Cannot use {path}: {detail}")),
        (rf"cannot write {_PATH}: (?P<detail>.+)",
         QT_TRANSLATE_NOOP("Errors", "Cannot write {path}: {detail}")),
        # dates, notes, files (domain/dates.py, domain/validation.py, store/database.py)
        (r"bad (?P<what>[\w -]+) (?P<value>'.*'): type it as 15\.04\.2026, 15-04-2026 or 2026-04-15",
         QT_TRANSLATE_NOOP(
             "Errors",
             "The date {value} is not valid: write it as 15.04.2026, 15-04-2026 or 2026-04-15.")),
        (r"bad (?P<what>[\w -]+) (?P<value>'.*'): there is no such day",
         QT_TRANSLATE_NOOP("Errors", "The date {value} does not exist.")),
        (r"bad (?P<what>[\w -]+) (?P<value>'.*'): unknown month (?P<month>'.*')",
         QT_TRANSLATE_NOOP("Errors", "The date {value} has an unknown month: {month}.")),
        (r"the note text is empty \(it holds only invisible characters\)",
         QT_TRANSLATE_NOOP("Errors", "The note is empty (it holds only invisible characters).")),
        (rf"{_PATH} is a folder, not a (?P<what>[\w -]+)",
         QT_TRANSLATE_NOOP("Errors", "{path} is a folder, not a {what}.")),
        (rf"{_PATH} is not a regular file \(a pipe, device or socket\), not a (?P<what>[\w -]+)",
         QT_TRANSLATE_NOOP(
             "Errors",
             "{path} is not an ordinary file (it is a pipe, device or socket), not a {what}.")),
        (r"the (?P<what>[\w -]+) is over (?P<limit>\d+) MB; that is the limit",
         QT_TRANSLATE_NOOP("Errors", "The {what} is larger than the limit of {limit} MB.")),
        (r"the (?P<what>[\w -]+) is (?P<size>[\d.]+) MB; the limit is (?P<limit>\d+) MB",
         QT_TRANSLATE_NOOP("Errors", "The {what} is {size} MB; the limit is {limit} MB.")),
        ((rf"{_NAME} holds a trigger or view not made by this app \((?P<detail>.*)\); "
          r"another program changed it, so it is not used"),
         QT_TRANSLATE_NOOP(
             "Errors",
             "{name} holds a trigger or view that this app did not make ({detail}): another "
             "program has changed the file, so it is not used.")),
        ((rf"{_NAME} is a session file, not a consultation database: merge it instead "
          r"\(workshop-app merge .+ --db …\)"),
         QT_TRANSLATE_NOOP(
             "Errors",
             "{name} is a session file, not a consultation file: merge it instead (File → "
             "Merge sessions…).")),
        ((rf"{_NAME} has a table not made by this app \((?P<detail>.*)\); another program "
          r"changed it, so it is not used"),
         QT_TRANSLATE_NOOP(
             "Errors",
             "{name} has a table that this app did not make ({detail}): another program has "
             "changed the file, so it is not used.")),
        (rf"{_NAME} holds no consultation \(an empty SQLite file\)",
         QT_TRANSLATE_NOOP("Errors", "{name} holds no consultation (it is an empty database).")),
        ((rf"{_NAME} has saved changes in (?P<wal>.+) that cannot be read from a read-only "
          r"folder: copy both files to a writable folder and open the copy"),
         QT_TRANSLATE_NOOP(
             "Errors",
             "{name} has saved changes in {wal} that cannot be read from a read-only folder: "
             "copy both files to a folder you can write to, and open the copy.")),
        # store and curation (store/store.py, curate/)
        (r"unknown preposition (?P<value>'.*'): use på or i",
         QT_TRANSLATE_NOOP("Errors", "Unknown preposition {value}: use på or i.")),
        ((rf"cannot save to {_PATH}: the file or folder is read-only \(a write-protected "
          r"medium\?\); commands that only read it still work"),
         QT_TRANSLATE_NOOP(
             "Errors",
             "Cannot save to {path}: the file or folder is read-only (a write-protected "
             "medium?). It can still be read and exported.")),
        (r"cannot restore rows of (?P<value>.+)",
         QT_TRANSLATE_NOOP("Errors", "Cannot restore rows of {value}.")),
        (r"the group does not belong to that meeting and theme",
         QT_TRANSLATE_NOOP("Errors", "The group does not belong to that meeting and theme.")),
        ((rf"{_NAME} is (?P<what>.+?) of another consultation: (?P<theirs>“.*”), not "
          r"(?P<ours>“.*”) \(nothing was (?P<done>\w+); add --other-consultation to do it "
          r"anyway\)"),
         QT_TRANSLATE_NOOP(
             "Errors",
             "{name} is {what} of another consultation: {theirs}, not {ours}. Nothing was "
             "{done}; if it really belongs here, confirm that it should be used anyway.")),
        ((rf"{_NAME} is another consultation: (?P<theirs>“.*”), not (?P<ours>“.*”): nothing "
          r"was merged \(if it really belongs here, merge again with --other-consultation\)"),
         QT_TRANSLATE_NOOP(
             "Errors",
             "{name} is another consultation: {theirs}, not {ours}. Nothing was merged; if it "
             "really belongs here, merge again and confirm that it should be merged anyway.")),
        ((r"(?P<detail>.+): nothing was merged \(if it really belongs here, merge again with "
          r"--other-consultation\)"),
         QT_TRANSLATE_NOOP(
             "Errors",
             "{detail}: nothing was merged. If it really belongs here, merge again and "
             "confirm that it should be merged anyway.")),
        (r"give a reason for leaving the note out \(--reason TEXT\)",
         QT_TRANSLATE_NOOP("Errors", "Give a reason for leaving the note out.")),
        (r"the reason is longer than (?P<limit>\d+) characters",
         QT_TRANSLATE_NOOP("Errors", "The reason is longer than {limit} characters.")),
        (r"name at least one note",
         QT_TRANSLATE_NOOP("Errors", "Choose at least one note.")),
        (r"no meeting at (?P<value>'.*') \(venues: (?P<known>.*)\)",
         QT_TRANSLATE_NOOP("Errors", "No meeting was held at {value} (venues: {known}).")),
        (r"no meeting at (?P<value>'.*')",
         QT_TRANSLATE_NOOP("Errors", "No meeting was held at {value}.")),
        ((rf"{_NAME} held (?P<n>\d+) meetings \((?P<dates>.*)\): give the date too, "
          r"e\.g\. (?P<example>\".*\")"),
         QT_TRANSLATE_NOOP(
             "Errors",
             "{name} held {n} meetings ({dates}): give the date too, e.g. {example}.")),
        (r"(?P<n>\d+) groups are named (?P<value>'.*'): give --meeting and --theme",
         QT_TRANSLATE_NOOP(
             "Errors",
             "{n} groups are named {value}: choose the meeting and the theme too.")),
        (r"the position must be between 1 and (?P<n>\d+)",
         QT_TRANSLATE_NOOP("Errors", "The position must be between 1 and {n}.")),
        (r"a theme cannot be moved next to itself",
         QT_TRANSLATE_NOOP("Errors", "A theme cannot be moved next to itself.")),
        (r"venue-only themes and the workshop themes keep their own orders",
         QT_TRANSLATE_NOOP(
             "Errors",
             "Themes held at one venue only and the workshop's themes each keep their own "
             "order.")),
        ((rf"{_NAME} has (?P<n>\d+) note\S*: move \S+ first, or give --with-notes to "
          r"delete \S+ too"),
         QT_TRANSLATE_NOOP(
             "Errors",
             "The theme {name} has notes ({n}): move them first, or delete them together "
             "with the theme.")),
        ((rf"{_NAME} has (?P<n>\d+) summary point\S*: move or delete them first "
          r"\(point list --(?:theme|topic) NAME\)"),
         QT_TRANSLATE_NOOP(
             "Errors",
             "{name} has summary points ({n}): move or delete them first.")),
        ((rf"{_NAME} has (?P<n>\d+) note\S* from other venues \((?P<where>.+)\): move them "
          r"first \(note move\) to make it a theme of (?P<venue>.+) only"),
         QT_TRANSLATE_NOOP(
             "Errors",
             "The theme {name} has notes from other venues ({where}): move them first to make "
             "it a theme of {venue} only.")),
        (r"the meeting at (?P<name>.+?) has (?P<n>\d+) note\S*: give --with-notes to delete them too",
         QT_TRANSLATE_NOOP(
             "Errors",
             "The meeting at {name} has notes ({n}): delete them together with the meeting, "
             "or move them first.")),
        (r"the group (?P<name>.+?) has (?P<n>\d+) note\S*: give --with-notes to delete them too",
         QT_TRANSLATE_NOOP(
             "Errors",
             "The group {name} has notes ({n}): delete them together with the group, or move "
             "them first.")),
        (r"a topic is named twice in the new order",
         QT_TRANSLATE_NOOP("Errors", "A cross-cutting topic is named twice in the new order.")),
        (r"unknown document text (?P<value>'.*'): use one of (?P<known>.+)",
         QT_TRANSLATE_NOOP("Errors", "Unknown document text {value}: use one of {known}.")),
        (r"the (?P<key>\S+) text is empty \(use `document reset (?P=key)` for the default\)",
         QT_TRANSLATE_NOOP(
             "Errors",
             "The text for {key} is empty: choose “Use the automatic text” to go back to the "
             "default.")),
        (r"the (?P<key>\S+) text is (?P<n>[\d,]+) characters; the limit is (?P<limit>[\d,]+)",
         QT_TRANSLATE_NOOP(
             "Errors",
             "The text for {key} is {n} characters long; the limit is {limit}.")),
        (r"the (?P<key>\S+) text is one line",
         QT_TRANSLATE_NOOP("Errors", "The text for {key} must be one line.")),
    ]
    return [
        (re.compile(pattern, re.DOTALL), source, QCoreApplication.translate("Errors", source))
        for pattern, source in table
    ]


def _what(word: str) -> str:
    """The thing a name belongs to, as the core names it ("theme", "venue" …)."""
    names = {
        "theme": QCoreApplication.translate("Errors", "theme"),
        "group": QCoreApplication.translate("Errors", "group"),
        "topic": QCoreApplication.translate("Errors", "cross-cutting topic"),
        "venue": QCoreApplication.translate("Errors", "venue"),
        "title": QCoreApplication.translate("Errors", "title"),
        "date": QCoreApplication.translate("Errors", "date"),
        "consultation database": QCoreApplication.translate("Errors", "consultation file"),
        "backup file": QCoreApplication.translate("Errors", "backup file"),
        "CSV file": QCoreApplication.translate("Errors", "CSV file"),
        "a backup": QCoreApplication.translate("Errors", "a backup"),
        "restored": QCoreApplication.translate("Errors", "restored"),
        "merged": QCoreApplication.translate("Errors", "merged"),
    }
    return names.get(word, word)


def _text_name(key: str) -> str:
    """A coordinator's document text, by its key (curate/texts.py), as the window names it."""
    names = {
        "title": QCoreApplication.translate("Errors", "the document's title"),
        "subtitle": QCoreApplication.translate("Errors", "the line under the title"),
        "intro": QCoreApplication.translate("Errors", "the introduction"),
        "workshop_themes_lead": QCoreApplication.translate(
            "Errors", "the lead of the list of workshop themes"),
        "next_steps_heading": QCoreApplication.translate(
            "Errors", "the heading of the next steps"),
        "next_steps": QCoreApplication.translate("Errors", "the next steps"),
        "cross_cutting": QCoreApplication.translate(
            "Errors", "the heading of the cross-cutting proposals"),
        "cross_cutting_lead": QCoreApplication.translate(
            "Errors", "the lead of the cross-cutting proposals"),
        "themes_lead": QCoreApplication.translate("Errors", "the lead of the theme summaries"),
        "author": QCoreApplication.translate("Errors", "the author"),
    }
    return names.get(key, key)


def _translate_part(part: str, patterns: list[tuple[re.Pattern[str], str, str]]) -> str | None:
    for pattern, source, translation in patterns:
        match = pattern.fullmatch(part.strip())
        if match is not None:
            if translation == source:  # the English UI: the core's own words, unchanged
                return part
            values = match.groupdict(default="")
            for key, value in values.items():  # 5,001 -> 5.001 in Danish
                if re.fullmatch(r"\d{1,3}(?:,\d{3})+", value):
                    values[key] = QLocale().toString(int(value.replace(",", "")))
                elif key == "size" and re.fullmatch(r"\d+\.\d", value):  # 1.5 MB -> 1,5 MB
                    values[key] = QLocale().toString(float(value), "f", 1)
            for key in ("what", "done"):
                if key in values:
                    values[key] = _what(values[key])
            if "key" in values:
                values["key"] = _text_name(values["key"])
            return translation.format(**values)
    return None


def translate_error(message: str) -> str:
    """A core error message in the UI language (see the table above)."""
    patterns = _error_patterns()  # built per call: the language may have changed since
    whole = _translate_part(message, patterns)
    if whole is not None:
        return whole
    parts = message.split("; ")
    translated = [_translate_part(part, patterns) or part for part in parts]
    return "\n".join(translated) if translated != parts else message
