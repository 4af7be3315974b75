"""The user's language: the app's own strings through Qt's translators (resources/translations),
and the codebook's labels in that language where the codebook carries it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from rupture_annotator.domain.codebook import Codebook
from rupture_annotator.storage.codebooks import RESOURCES

TRANSLATIONS = RESOURCES / "translations"
LANGUAGE_ENV = "RUPTURE_ANNOTATOR_LANGUAGE"  # e.g. "de": the app in German whatever the system

_chosen: str | None = None


def user_language() -> str:
    """The user's language as a code: "de_DE" (the system's, or RUPTURE_ANNOTATOR_LANGUAGE)."""
    import os

    return _chosen or os.environ.get(LANGUAGE_ENV) or QLocale().name()


def set_user_language(language: str | None) -> None:
    """Use this language from now on (None: the system's); tests and the settings call it."""
    global _chosen
    _chosen = language


def codebook_language(codebook: Codebook, language: str | None = None) -> str:
    """Which of the codebook's languages to show: the user's ("de_DE", else "de"), or the
    codebook's own when it has neither."""
    wanted = language or user_language()
    given = codebook.languages
    for candidate in (wanted, wanted.split("_")[0]):
        if candidate in given:
            return candidate
    return codebook.language


def shown(codebook: Codebook, language: str | None = None) -> Codebook:
    """The codebook as the user reads it: labels in their language where it has them."""
    return codebook.in_language(codebook_language(codebook, language))


def install_translator(app: QCoreApplication, language: str | None = None) -> QTranslator | None:
    """Load the app's translation for the language (resources/translations/
    rupture_annotator_<lang>.qm), if there is one, and Qt's own for its standard buttons and
    dialogs (OK, Cancel, the file dialogs); the app stays in English otherwise."""
    wanted = language or user_language()
    translator = QTranslator(app)
    for candidate in (wanted, wanted.split("_")[0]):
        path = Path(TRANSLATIONS) / f"rupture_annotator_{candidate}.qm"
        if path.is_file() and translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)
            qt = QTranslator(app)
            qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt.load(f"qtbase_{candidate}", qt_folder):
                app.installTranslator(qt)
                _installed.append(qt)
            return translator
    return None


def remove_translators(app: QCoreApplication) -> None:
    """Back to English: every translator install_translator put in."""
    while _installed:
        app.removeTranslator(_installed.pop())


_installed: list[QTranslator] = []


def tr(context: str, text: str) -> str:
    """A string of the app in the user's language (Qt's translate, for code outside a QObject)."""
    return QCoreApplication.translate(context, text)
