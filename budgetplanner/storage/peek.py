"""A glance at a few settings of a plans file before it is opened, without SQLAlchemy.

The window is shown before the plans file is opened (opening it loads SQLAlchemy and checks
the file), yet it should appear at once in the person's text size, contrast and language.
This reads those settings with Python's own sqlite3, as a hint only: the file is opened
read-only and "immutable" (no lock, no journal, nothing made beside it), and a file that
cannot be read this way (missing, locked with a passphrase, damaged, busy) gives no hint.
The store, once open, stays the truth: the window follows it if the two differ.
"""

from __future__ import annotations

import stat
from pathlib import Path
from urllib.parse import quote

from budgetplanner.storage.settings import SettingSpec


def peek_settings(path: Path, specs: tuple[SettingSpec, ...]) -> dict[SettingSpec, str]:
    """The stored values of these (whole-file) settings; a setting not stored is left out,
    and so is every setting when the file cannot be glanced at."""
    try:
        if not stat.S_ISREG(path.stat().st_mode):  # a folder or a pipe: never opened here
            return {}
    except OSError:
        return {}
    import sqlite3

    keys = {spec.key_for(): spec for spec in specs}
    uri = f"file:{quote(str(path.resolve()))}?mode=ro&immutable=1"
    try:
        connection = sqlite3.connect(uri, uri=True)
        try:
            rows = connection.execute(
                f"SELECT key, value FROM settings WHERE key IN ({','.join('?' * len(keys))})",
                list(keys)).fetchall()
        finally:
            connection.close()
    except (sqlite3.Error, OSError, ValueError):
        return {}
    return {keys[key]: value for key, value in rows
            if key in keys and isinstance(value, str)}
