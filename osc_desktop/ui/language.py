"""Interface language: fonts that cover Devanagari, and live switching between English and Hindi."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTranslator, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from osc_desktop.errors import FieldInvalid, OscError
from osc_desktop.i18n import VALIDATION_CONTEXT
from osc_desktop.resources import fonts_dir, translations_dir

log = logging.getLogger(__name__)

APP_FONT_FAMILY = "Noto Sans Devanagari"
FONT_FILES = ("NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf")
# Our strings, and Qt's own (standard buttons, wizard buttons, the text-field menu) that Qt
# itself ships no Hindi for.
CATALOGUES = ("osc_desktop", "qt_extra")
LANGUAGE_NAMES = {"en": "English", "hi": "हिन्दी"}


def load_fonts(app: QApplication) -> None:
    """Load the bundled Noto Sans Devanagari (Latin too) and make it the interface font."""
    families: set[str] = set()
    for font_file in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(fonts_dir() / font_file))
        if font_id < 0:
            log.warning("could not load bundled font %s", font_file)
            continue
        families.update(QFontDatabase.applicationFontFamilies(font_id))
    if APP_FONT_FAMILY in families:
        font = QFont(APP_FONT_FAMILY)
        font.setPointSizeF(max(app.font().pointSizeF(), 10.0))
        app.setFont(font)


class LanguageSwitcher(QObject):
    """Installs the translators of one language; Qt then sends every widget a LanguageChange."""

    language_changed = Signal(str)

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._translators: list[QTranslator] = []
        self.language = "en"

    def set_language(self, language: str) -> None:
        """Switch the whole interface to `language` ("en" or "hi"), live."""
        for translator in self._translators:
            self._app.removeTranslator(translator)
        self._translators = []
        if language != "en":
            for catalogue in CATALOGUES:
                translator = QTranslator(self)
                if translator.load(f"{catalogue}_{language}", str(translations_dir())):
                    self._app.installTranslator(translator)
                    self._translators.append(translator)
                else:
                    log.warning("translation %s_%s.qm not found", catalogue, language)
        locale = QLocale(
            QLocale.Language.Hindi if language == "hi" else QLocale.Language.English,
            QLocale.Country.India,
        )
        QLocale.setDefault(locale)
        self.language = language
        self.language_changed.emit(language)


def tr_error(error: OscError) -> str:
    """The error's message in the interface language, with its %1... filled in."""
    text = QCoreApplication.translate(error.context, error.message)
    for number, value in enumerate(error.args_for_message, start=1):
        text = text.replace(f"%{number}", str(value))
    return text


def tr_advice(advice: str) -> str:
    return QCoreApplication.translate("errors", advice)


def tr_field_problem(problem: FieldInvalid) -> str:
    """A field's validation message in the interface language, with its %1... filled in."""
    return problem.render(QCoreApplication.translate(VALIDATION_CONTEXT, problem.message))
