"""The one place the program's translation is loaded, for the chosen or the system language.

Strings are marked with `tr()` in ui/; `python scripts/translations.py` extracts them into
resources/translations/budgetplanner_<language>.ts and builds the .qm files loaded here.
The domain's sentences (budgetplanner/, gettext) are switched to the same language here too.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from budgetplanner import translation
from resources import resource_folder

FILE_PREFIX = "budgetplanner"
# A language code ("cy", "en_GB"), or "pseudo" for the test translation; else the system's.
LANGUAGE_VARIABLE = "BUDGETPLANNER_LANGUAGE"

if TYPE_CHECKING:
    # PySide6's stub says the marker returns `object`; it returns the message unchanged, so the
    # marked words can be passed to tr() as they are. Import it from here to keep that type.
    def QT_TRANSLATE_NOOP(context: str, message: str, /) -> str: ...
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP  # noqa: F401 (re-exported for ui/)


class Translate(Protocol):
    """QObject.tr as it is at run time: a class method, so `Page.tr("…")` works before any page
    exists. PySide6's stub declares it on instances only; a class that is asked for words
    before it is built says so with `tr: ClassVar[Translate]`.
    (A `def tr` under `if TYPE_CHECKING:` in the class would lose lupdate the class's name.)
    """

    def __call__(self, source_text: str, /, disambiguation: str | None = None,
                 n: int = -1) -> str: ...


def chosen_language(setting: str = "") -> str:
    """The language asked for: the environment first, then the setting, then the system's."""
    return os.environ.get(LANGUAGE_VARIABLE) or setting or QLocale.system().name()


def install_translator(app: QCoreApplication, language: str = "",
                       folder: str | None = None) -> QTranslator | None:
    """Load budgetplanner_<language>.qm (or the nearest, "cy_GB" falling back to "cy").

    Returns the installed translator, or None when there is no translation for the language
    (English, the language the program is written in, needs none). The translator is kept
    as a child of the application so it lives as long as the application does. The domain's
    catalogue for the same language, from the same folder, is installed with it.
    """
    where = folder or str(resource_folder("translations"))
    translation.install(chosen_language(language), where)
    for old in app.findChildren(QTranslator, "budgetplannerTranslator"):
        app.removeTranslator(old)
        old.deleteLater()
    translator = QTranslator(app)
    translator.setObjectName("budgetplannerTranslator")
    wanted = chosen_language(language)
    loaded = (translator.load(f"{FILE_PREFIX}_{wanted}", where) if wanted == "pseudo"
              else translator.load(QLocale(wanted), FILE_PREFIX, "_", where))
    if not loaded or translator.isEmpty():
        translator.deleteLater()
        return None
    app.installTranslator(translator)
    return translator
