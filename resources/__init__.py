"""The program's fonts, icons and translations, found wherever the program is installed."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def resource_folder(name: str) -> Path:
    """The folder of shipped files called `name` ("fonts", "icons", "translations").

    Found through the package, not beside the checkout, so an installed copy finds its own.
    """
    return Path(str(resources.files(__name__) / name))
