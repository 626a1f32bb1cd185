"""Loading the UI language: our translations plus Qt's own (dialog buttons)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from workshop_app import paths

# Source strings in the code are English; Danish comes from workshop_app_da.qm.
SOURCE_LANGUAGE = "en"
DEFAULT_LANGUAGE = "da"


def system_language() -> str:
    """The language to start with when none is saved: English on an English system, else Danish."""
    lang = QLocale.system().language()
    return "en" if lang == QLocale.Language.English else DEFAULT_LANGUAGE


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
            qt = QTranslator(app)
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt.load(f"qtbase_{language}", qt_dir):
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
