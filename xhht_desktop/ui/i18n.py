"""Languages: Vietnamese by default, English switchable at run time.

Source strings are English. Installing or removing a translator makes Qt send every widget a
LanguageChange event; widgets answer it by calling their own `retranslate()`.
"""

from __future__ import annotations

from importlib.resources import files

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QTranslator

VIETNAMESE = "vi"
ENGLISH = "en"
LANGUAGES = (VIETNAMESE, ENGLISH)
_LOCALES = {
    VIETNAMESE: QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam),
    ENGLISH: QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}
DATE_FORMAT = "dd/MM/yyyy"  # CLDR's Vietnamese short date is d/M/yy: never rely on it


def translations_dir() -> str:
    return str(files("xhht_desktop.translations"))


class Languages(QObject):
    """Owns the installed translators (Qt keeps only pointers to them)."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self._app = app
        self._translators: list[QTranslator] = []
        self.current = ENGLISH

    def switch(self, language: str) -> bool:
        """Install `language`; return False (and stay in English) if its files are missing."""
        if language not in LANGUAGES:
            language = VIETNAMESE
        # Every translator of ours goes, including any an earlier window of this process left.
        for translator in self._app.findChildren(QTranslator):
            self._app.removeTranslator(translator)
            translator.deleteLater()
        self._translators.clear()
        QLocale.setDefault(_LOCALES[language])
        self.current = language
        ok = True
        if language != ENGLISH:
            for name in ("qtbase", "xhht"):
                translator = QTranslator(self)
                if translator.load(f"{name}_{language}", translations_dir()):
                    self._app.installTranslator(translator)
                    self._translators.append(translator)
                else:
                    ok = False
        # Qt posts LanguageChange to every window; deliver it now so no screen lags behind.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        return ok
