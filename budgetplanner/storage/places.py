"""Where the plans are: the data folder, the default plans file, a server's address.

Light on purpose (no SQLAlchemy): the window's start reads these before it is first painted,
and opens the plans file only after.
"""

from __future__ import annotations

import os
from pathlib import Path

from budgetplanner.storage.files import make_private_folder

APP_NAME = "BudgetPlanner"
DATABASE_FILE = "plans.sqlite3"


def data_folder() -> Path:
    """The user's own data folder for the program (made owner-only on first use).

    A folder that already exists is left as it is: it may be one the person chose.
    """
    from platformdirs import user_data_dir  # only when no folder is given

    folder = Path(os.environ.get("BUDGETPLANNER_DATA") or user_data_dir(APP_NAME, appauthor=False))
    make_private_folder(folder)
    return folder


def default_database_path() -> Path:
    return data_folder() / DATABASE_FILE


def is_server_address(location: str) -> bool:
    """Whether a --db value names a PostgreSQL server rather than a plans file."""
    return location.startswith(("postgresql://", "postgresql+psycopg://", "postgres://"))
