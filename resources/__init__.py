"""The program's fonts, icons and translations, found wherever the program is installed."""

from __future__ import annotations

from pathlib import Path

# This package's own folder, wherever it is installed: what importlib.resources.files gives
# for a package on disk, without loading importlib.resources (a tenth of a bare window's
# start) before the first window is painted.
_HERE = Path(__file__).parent


def resource_folder(name: str) -> Path:
    """The folder of shipped files called `name` ("fonts", "icons", "translations").

    Found through the package, not beside the checkout, so an installed copy finds its own.
    """
    return _HERE / name
