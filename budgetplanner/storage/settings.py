"""Every setting the program keeps, declared once: its key, default and what it is for.

Settings live in the plans file's `settings` table and are changed, like everything else,
through the store's one save path. Nothing else invents a key: a key that is not declared
here is refused, so a typo cannot start a setting of its own.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SettingSpec:
    """One setting. A setting `kept_for` "person" or "kind of file" has one value for each
    (stored under "<key>:<person id or kind>")."""

    key: str
    default: str
    label: str
    kept_for: str = ""

    def key_for(self, part: int | str | None = None) -> str:
        if self.kept_for:
            if part is None or part == "":
                raise ValueError(f"the setting {self.key} is kept for each {self.kept_for}")
            return f"{self.key}:{part}"
        return self.key


TEXT_SIZE = SettingSpec("text_size", "100", "Text size, in percent (100, 125, 150, 175, 200)")
HIGH_CONTRAST = SettingSpec("high_contrast", "no", "High contrast colours (yes or no)")
LANGUAGE = SettingSpec(
    "language", "", "The language of the window, e.g. en_GB (empty: the system's)")
LANGUAGE_IGNORED = SettingSpec(
    "language_ignored", "", "Words this person's plan chose not to be told about",
    kept_for="person")
BANK_COLUMNS = SettingSpec(
    "spending.csv_mapping", "", "Which column of my bank's statement is which")
LAST_FOLDER = SettingSpec(
    "last_folder", "", "The folder last used to save or open files, for each kind of file",
    kept_for="kind of file")
# Only in a plans file made by "Take this plan with me" (storage/taking_out.py).
TAKEN_OUT = SettingSpec(
    "taken_out", "", "Where this plan was taken from, when, and the plan as it was then")
# Only in a laptop's plans file whose plans were moved in to the organisation's server.
MOVED_IN = SettingSpec(
    "moved_in", "", "When and where this file's plans were moved in to the organisation's server")

SETTINGS: tuple[SettingSpec, ...] = (
    TEXT_SIZE, HIGH_CONTRAST, LANGUAGE, LANGUAGE_IGNORED, BANK_COLUMNS, LAST_FOLDER, TAKEN_OUT,
    MOVED_IN)


def spec_for_key(key: str) -> SettingSpec:
    """The declared setting a stored key belongs to; KeyError for a key no one declared."""
    for spec in SETTINGS:
        if key == spec.key or (spec.kept_for and key.startswith(spec.key + ":")):
            return spec
    raise KeyError(key)
