"""Languages: Vietnamese by default, English switchable at run time.

Source strings are English. Installing or removing a translator makes Qt send every widget a
LanguageChange event; widgets answer it by calling their own `retranslate()`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QTranslator

VIETNAMESE = "vi"
ENGLISH = "en"
LANGUAGES = (VIETNAMESE, ENGLISH)
_LOCALES = {
    VIETNAMESE: QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam),
    ENGLISH: QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}
_INSTALLED: list[QTranslator] = []  # CLDR's Vietnamese short date is d/M/yy: never rely on it


def translations_dir() -> str:
    import xhht_desktop.translations as package  # a plain folder: cheaper than importlib.resources

    return str(Path(package.__file__).parent)


class Languages(QObject):
    """Owns the installed translators (Qt keeps only pointers to them)."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self._app = app
        self.current = ENGLISH

    def switch(self, language: str) -> bool:
        """Install `language`; return False (and stay in English) if its files are missing."""
        if language not in LANGUAGES:
            language = VIETNAMESE
        # Translators are process-wide in Qt: every one of ours goes, including any that an
        # earlier Languages of this process installed.
        for translator in _INSTALLED:
            self._app.removeTranslator(translator)
            translator.deleteLater()
        _INSTALLED.clear()
        QLocale.setDefault(_LOCALES[language])
        self.current = language
        ok = True
        if language != ENGLISH:
            for name in ("qtbase", "xhht"):
                translator = QTranslator(self)
                if translator.load(f"{name}_{language}", translations_dir()):
                    self._app.installTranslator(translator)
                    _INSTALLED.append(translator)
                else:
                    ok = False
        # Qt posts LanguageChange to every window; deliver it now so no screen lags behind.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        return ok
