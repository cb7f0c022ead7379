"""Whether there is a screen to show the window on (light: read before anything is loaded)."""

from __future__ import annotations

import os
import sys


def has_display() -> bool:
    """Whether a window can be shown (Qt's offscreen platform counts, for tests)."""
    if os.environ.get("QT_QPA_PLATFORM", "").startswith(("offscreen", "minimal")):
        return True
    if sys.platform.startswith("linux"):
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True
