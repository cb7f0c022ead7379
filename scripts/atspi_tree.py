"""Print the program's accessibility tree as a screen reader (Orca) reads it, through AT-SPI.

Run with scripts/atspi_tree.sh, which starts a private D-Bus session, a virtual screen and the
program with accessibility on. Uses Debian's python3-pyatspi (system Python, not .venv).
Exits non-zero when an interactive control has no name.
"""

from __future__ import annotations

import sys
import time

import pyatspi  # type: ignore[import-not-found]

INTERACTIVE = {"push button", "text", "combo box", "list", "table", "check box", "radio button",
               "page tab", "spin button", "toggle button", "menu item", "tree", "slider",
               "entry", "password text"}


def find_app(name: str, wait: float = 30.0) -> object:
    deadline = time.time() + wait
    while time.time() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            if app is not None and name.lower() in (app.name or "").lower():
                return app
        time.sleep(0.5)
    raise SystemExit(f"The program did not appear on the accessibility bus within {wait:.0f} s.")


def walk(node: object, depth: int, unnamed: list[str]) -> None:
    role = node.getRoleName()  # type: ignore[attr-defined]
    name = node.name or ""  # type: ignore[attr-defined]
    states = node.getState()  # type: ignore[attr-defined]
    showing = states.contains(pyatspi.STATE_SHOWING)
    if showing or depth < 3:
        print(f"{'  ' * depth}{role}: {name!r}")
    if showing and role in INTERACTIVE and not name.strip():
        unnamed.append(f"{role} under {node.parent.getRoleName()} "  # type: ignore[attr-defined]
                       f"{node.parent.name!r}")  # type: ignore[attr-defined]
    if role in {"table", "list"} and depth > 0:
        return  # cells are read through their table; listing thousands helps no one
    for child in node:  # type: ignore[attr-defined]
        if child is not None:
            walk(child, depth + 1, unnamed)


def main() -> int:
    app = find_app(sys.argv[1] if len(sys.argv) > 1 else "main.py")
    unnamed: list[str] = []
    walk(app, 0, unnamed)
    if unnamed:
        print("\nControls without a name:")
        for item in unnamed:
            print(f"  {item}")
        return 1
    print("\nEvery control that is showing has a name.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
