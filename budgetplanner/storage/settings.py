"""Every setting the program keeps, declared once: its key, default and what it is for.

Settings live in the plans file's `settings` table and are changed, like everything else,
through the store's one save path. Nothing else invents a key: a key that is not declared
here is refused, so a typo cannot start a setting of its own.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
from pathlib import Path

from budgetplanner.storage.files import write_private
from budgetplanner.storage.places import data_folder


@dataclass(frozen=True)
class SettingSpec:
    """One setting. A setting `kept_for` "person" or "kind of file" has one value for each
    (stored under "<key>:<person id or kind>"). A setting that is `mine` belongs to the
    person at this computer (text size, contrast, folders, the server I use), not to the
    plans: on an organisation's shared server it is kept on this computer instead (see
    `MySettings`), so one advocate's 200% text is not everyone's."""

    key: str
    default: str
    label: str
    kept_for: str = ""
    mine: bool = False

    def key_for(self, part: int | str | None = None) -> str:
        if self.kept_for:
            if part is None or part == "":
                raise ValueError(f"the setting {self.key} is kept for each {self.kept_for}")
            return f"{self.key}:{part}"
        return self.key


TEXT_SIZE = SettingSpec("text_size", "100", "Text size, in percent (100, 125, 150, 175, 200)",
    mine=True)
HIGH_CONTRAST = SettingSpec("high_contrast", "no", "High contrast colours (yes or no)",
    mine=True)
LANGUAGE = SettingSpec(
    "language", "", "The language of the window, e.g. en_GB (empty: the system's)", mine=True)
LANGUAGE_IGNORED = SettingSpec(
    "language_ignored", "", "Words this person's plan chose not to be told about",
    kept_for="person")
BANK_COLUMNS = SettingSpec(
    "spending.csv_mapping", "", "Which column of my bank's statement is which")
LAST_FOLDER = SettingSpec(
    "last_folder", "", "The folder last used to save or open files, for each kind of file",
    kept_for="kind of file", mine=True)

# The organisation's plans server I connect to (File → Connect to my organisation's plans),
# kept in the plans file on this computer. My password is never kept: it is asked for each time.
SERVER_HOST = SettingSpec(
    "server.host", "", "The organisation's plans server: its name, or a folder on this computer",
    mine=True)
SERVER_PORT = SettingSpec("server.port", "", "The server's port (empty: PostgreSQL's usual 5432)",
                          mine=True)
SERVER_DATABASE = SettingSpec("server.database", "", "The database of plans on that server",
                              mine=True)
SERVER_NAME = SettingSpec("server.name", "", "My name on that server (my database role)",
                          mine=True)
SERVER_CERTIFICATE = SettingSpec(
    "server.certificate", "",
    "The organisation's own certificate file that the server's certificate is checked against "
    "(empty: the certificates this computer trusts)", mine=True)
# Set when I connect to the organisation's plans, cleared when I go back to the plans on this
# computer: the next start offers to open them again (asking my password, never keeping it).
SERVER_AT_START = SettingSpec(
    "server.at_start", "", "Offer to open my organisation's plans when I start", mine=True)
# Only in a plans file made by "Take this plan with me" (storage/taking_out.py).
TAKEN_OUT = SettingSpec(
    "taken_out", "", "Where this plan was taken from, when, and the plan as it was then")
# Only in a laptop's plans file whose plans were moved in to the organisation's server.
MOVED_IN = SettingSpec(
    "moved_in", "", "When and where this file's plans were moved in to the organisation's server")

SETTINGS: tuple[SettingSpec, ...] = (
    TEXT_SIZE, HIGH_CONTRAST, LANGUAGE, LANGUAGE_IGNORED, BANK_COLUMNS, LAST_FOLDER,
    SERVER_HOST, SERVER_PORT, SERVER_DATABASE, SERVER_NAME, SERVER_CERTIFICATE, SERVER_AT_START,
    TAKEN_OUT, MOVED_IN)


def spec_for_key(key: str) -> SettingSpec:
    """The declared setting a stored key belongs to; KeyError for a key no one declared."""
    for spec in SETTINGS:
        if key == spec.key or (spec.kept_for and key.startswith(spec.key + ":")):
            return spec
    raise KeyError(key)


MY_SETTINGS_FILE = "my-settings.json"


class MySettings:
    """The settings that are mine, kept on this computer in a small private file.

    On a shared server the plans' `settings` table is everyone's, so my text size, colours,
    folders and the server I use are read from here instead. Each choice made with a plans
    file on this computer is copied here too, so the window on the server looks as I chose.
    A file that cannot be read counts as empty; one that cannot be written keeps the choice
    for this run only (it is a preference, never part of a plan).
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._values: dict[str, str] | None = None

    @classmethod
    def on_this_computer(cls) -> MySettings:
        return cls(data_folder() / MY_SETTINGS_FILE)

    def _read(self) -> dict[str, str]:
        if self._values is None:
            try:
                loaded = json.loads(self.path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                loaded = {}
            self._values = ({key: value for key, value in loaded.items()
                             if isinstance(key, str) and isinstance(value, str)}
                            if isinstance(loaded, dict) else {})
        return self._values

    def get(self, key: str) -> str | None:
        return self._read().get(key)

    def set(self, key: str, value: str) -> None:
        spec_for_key(key)  # only declared settings are kept
        values = self._read()
        if values.get(key) == value:
            return
        values[key] = value
        with contextlib.suppress(OSError):
            write_private(self.path, json.dumps(values, indent=1, sort_keys=True))
