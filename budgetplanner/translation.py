"""The domain's sentences in the person's language: gettext for budgetplanner/, which knows no Qt.

A sentence is marked where it is written, as a literal with named placeholders, so that
Babel's extractor finds it and a translation may put the words in its own order:

    _("I pay {name} {pay} an hour.").format(name=name, pay=money_text(pay))
    ngettext("{count} version", "{count} versions", count).format(count=count)

A label kept in English as data (an enum's label, a constant compared elsewhere) is marked
with `N_` where it is defined and translated with `translated` where it is shown.

The language is chosen as the window's is (BUDGETPLANNER_LANGUAGE, then the setting, then
the system's) and installed once at start: by the window (ui/i18n.py) and by the command
line (commands.py). English, the language the program is written in, needs no catalogue.
`python scripts/translations.py` extracts resources/translations/domain.pot and builds the
domain_<language>.mo files read here.
"""

from __future__ import annotations

import gettext
import locale
import os
from pathlib import Path

from resources import resource_folder

FILE_PREFIX = "domain"
# The same variable the window reads (ui/i18n.py): a code ("cy", "en_GB") or "pseudo".
LANGUAGE_VARIABLE = "BUDGETPLANNER_LANGUAGE"
# The pseudo translation (scripts/translations.py pseudo) wraps every message in these.
PSEUDO_MARKS = ("⟦", "⟧")

_catalogue: gettext.NullTranslations = gettext.NullTranslations()
# The code of the catalogue in use ("cy", "en_GB", "pseudo"), None for the words as written.
_installed: str | None = None


def system_language() -> str:
    """The system's language as gettext finds it ("cy_GB"), or "" when none is set."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "").split(":")[0]
        if value:
            return value
    found, _encoding = locale.getlocale()
    return found or ""


def chosen_language(setting: str = "") -> str:
    """The language asked for: the environment first, then the setting, then the system's."""
    return os.environ.get(LANGUAGE_VARIABLE) or setting or system_language()


def _codes(language: str) -> list[str]:
    """"cy-GB.UTF-8" → ["cy_GB", "cy"]: the nearest catalogue first."""
    code = language.split(".")[0].split("@")[0].replace("-", "_")
    return [code, code.split("_")[0]] if "_" in code else [code]


def install(language: str = "", folder: Path | str | None = None) -> str | None:
    """Use the catalogue for `language` (empty: the chosen one) from now on.

    Returns the code of the catalogue loaded ("cy" for "cy_GB" when only Welsh is there),
    or None when there is none: the sentences are then written as they are in the source.
    """
    global _catalogue, _installed
    where = Path(folder) if folder is not None else resource_folder("translations")
    for code in _codes(chosen_language(language)):
        path = where / f"{FILE_PREFIX}_{code}.mo"
        if code and path.is_file():
            with path.open("rb") as catalogue:
                _catalogue = gettext.GNUTranslations(catalogue)
            _installed = code
            return code
    uninstall()
    return None


def uninstall() -> None:
    """Back to the words as written (for tests that installed another language)."""
    global _catalogue, _installed
    _catalogue = gettext.NullTranslations()
    _installed = None


def installed() -> str | None:
    """The code of the catalogue in use ("cy"), or None when the sentences are as written.

    The formatter writes dates in this language (formatting.py), so that a Welsh sentence
    has a Welsh month in it, and an English one an English month.
    """
    return _installed


def _(message: str) -> str:
    """`message`, a literal marked for translation, in the chosen language."""
    return _catalogue.gettext(message) if message else message


def ngettext(singular: str, plural: str, count: int) -> str:
    """The form of a sentence for `count`, in the chosen language."""
    return _catalogue.ngettext(singular, plural, count)


def N_(message: str) -> str:
    """Mark a literal for translation, leaving it as it is: it is kept as data, and
    translated with `translated` where it is shown."""
    return message


def translated(message: str) -> str:
    """Words marked elsewhere (with `N_`, or a label of plan_fields) in the chosen language.

    Empty words stay empty (gettext would give the catalogue's header for them).
    """
    return _catalogue.gettext(message) if message else message


def unmarked(words: str) -> str:
    """Translated words as they read inside a translated sentence.

    A word translated on its own comes out of the pseudo translation as "⟦budget⟧", but a
    sentence that uses it is wrapped as a whole ("⟦My budget is …⟧"), so a word looked for in
    a sentence is looked for without the marks. A real translation has none: unchanged.
    """
    for mark in PSEUDO_MARKS:
        words = words.replace(mark, "")
    return words
