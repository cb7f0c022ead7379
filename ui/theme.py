"""The look of the program: calm, readable, strong contrast; text size and high contrast."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

TEXT_SIZES = (100, 125, 150, 200)
BASE_POINT_SIZE = 11


class Status(StrEnum):
    """What a message means for me: colour, icon and words all say the same."""

    GOOD = "good"
    NEUTRAL = "neutral"
    WARNING = "warning"
    PROBLEM = "problem"


# Text, background and edge (also the icon) of a status panel, in each theme. Checked for
# WCAG AA contrast by tests/ui/test_contrast.py: text 4.5:1, edge and icon 3:1.
STATUS_COLOURS: dict[bool, dict[Status, tuple[str, str, str]]] = {
    False: {
        Status.GOOD: ("#14532d", "#e6f4ea", "#2f7d45"),
        Status.NEUTRAL: ("#1f2933", "#eef2f6", "#616e7c"),
        Status.WARNING: ("#5a3300", "#fff3d6", "#a15c00"),
        Status.PROBLEM: ("#7f1d1d", "#fde8e8", "#c81e1e"),
    },
    True: {
        Status.GOOD: ("#ffffff", "#000000", "#4ade80"),
        Status.NEUTRAL: ("#ffffff", "#000000", "#ffffff"),
        Status.WARNING: ("#ffffff", "#000000", "#ffc940"),
        Status.PROBLEM: ("#ffffff", "#000000", "#ff7b7b"),
    },
}


def _status_style(points: float, high_contrast: bool) -> str:
    rules = [f"QLabel#statusText {{ font-size: {points * 1.15:.1f}pt; }}"]
    for status, (text, background, edge) in STATUS_COLOURS[high_contrast].items():
        rules.append(
            f'QFrame#statusPanel[status="{status}"] {{ background: {background}; '
            f"border: 2px solid {edge}; border-left-width: 6px; border-radius: 4px; }}\n"
            f'QFrame#statusPanel[status="{status}"] QLabel {{ color: {text}; '
            "background: transparent; border: none; }")
    return "\n".join(rules)


@dataclass(frozen=True)
class Look:
    text_size: int = 100  # percent of the normal size
    high_contrast: bool = False


ICON_FOLDER = Path(__file__).resolve().parent.parent / "resources" / "icons"


@dataclass(frozen=True)
class Colours:
    """The colours the style sheet draws with, besides the palette (WCAG 2.2 AA: text
    4.5:1 on its background; edges of controls, ticks, grid lines and focus rings 3:1)."""

    focus: str
    message: str
    edge: str  # borders of boxes, buttons and tick boxes
    grid: str
    button: str
    button_hover: str
    tick_fill: str
    tick: str  # check-white or check-black, drawn on tick_fill


COLOURS = {
    False: Colours(focus="#1a56db", message="#9b1c1c", edge="#6b6b6b", grid="#7b8089",
                   button="#f3f4f6", button_hover="#e2e5e9", tick_fill="#1a56db",
                   tick="check-white"),
    True: Colours(focus="#ffff00", message="#ffb3b3", edge="#ffffff", grid="#ffffff",
                  button="#000000", button_hover="#333333", tick_fill="#ffff00",
                  tick="check-black"),
}


def _controls_style(points: float, high_contrast: bool) -> str:
    """Edges every control and tick box can be seen by, and grid lines between cells."""
    c = COLOURS[high_contrast]
    side = max(13, round(points * 96 / 72 * 0.95))  # a tick box grows with the text
    tick = (ICON_FOLDER / f"{c.tick}.svg").as_posix()
    header = ("QHeaderView::section { background: #000000; color: #ffffff; "
              "border: 1px solid #ffffff; padding: 4px; }") if high_contrast else ""
    return f"""
QLineEdit, QPlainTextEdit, QTextBrowser, QComboBox, QSpinBox, QDateEdit, QListView,
QTableView {{ border: 1px solid {c.edge}; }}
QPushButton {{ border: 1px solid {c.edge}; border-radius: 4px; background: {c.button}; }}
QPushButton:hover {{ background: {c.button_hover}; }}
QTableView {{ gridline-color: {c.grid}; }}
QPushButton, QTabBar, QCheckBox, QRadioButton {{ icon-size: {side}px; }}
QCheckBox::indicator, QRadioButton::indicator, QListView::indicator {{
    width: {side}px; height: {side}px; border: 2px solid {c.edge}; }}
QRadioButton::indicator {{ border-radius: {side // 2 + 2}px; }}
QCheckBox::indicator:checked, QRadioButton::indicator:checked,
QListView::indicator:checked {{ background: {c.tick_fill}; border-color: {c.tick_fill};
    image: url("{tick}"); }}
QCheckBox::indicator:disabled, QListView::indicator:disabled {{ border-style: dashed; }}
{header}
"""


def _style_sheet(points: float, high_contrast: bool) -> str:
    colours = COLOURS[high_contrast]
    focus, message = colours.focus, colours.message
    return _controls_style(points, high_contrast) + f"""
QWidget {{ font-size: {points:.1f}pt; }}
QLabel#fieldMessage {{ color: {message}; font-weight: bold; }}
QLabel#subtotal {{ padding: 4px 0; }}
QTabBar::tab {{ padding: 6px 9px; }}
QListView::item {{ padding: 6px; }}
QLineEdit:focus, QPlainTextEdit:focus, QListView:focus, QTableView:focus, QComboBox:focus,
QSpinBox:focus, QDateEdit:focus {{
    border: 3px solid {focus};
}}
QPushButton {{ padding: 6px 14px; }}
QPushButton:focus, QCheckBox:focus, QRadioButton:focus {{ border: 3px solid {focus}; }}
QTabBar::tab:focus {{ border: 3px solid {focus}; }}
""" + _status_style(points, high_contrast)


def _high_contrast_palette() -> QPalette:
    palette = QPalette()
    black, white, yellow = QColor("#000000"), QColor("#ffffff"), QColor("#ffff00")
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base,
                 QPalette.ColorRole.AlternateBase, QPalette.ColorRole.Button,
                 QPalette.ColorRole.ToolTipBase):
        palette.setColor(role, black)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText, QPalette.ColorRole.ToolTipText,
                 QPalette.ColorRole.BrightText, QPalette.ColorRole.PlaceholderText):
        palette.setColor(role, white)
    palette.setColor(QPalette.ColorRole.Highlight, yellow)
    palette.setColor(QPalette.ColorRole.HighlightedText, black)
    palette.setColor(QPalette.ColorRole.Link, yellow)
    for group in (QPalette.ColorGroup.Disabled,):
        palette.setColor(group, QPalette.ColorRole.WindowText, QColor("#bbbbbb"))
        palette.setColor(group, QPalette.ColorRole.Text, QColor("#bbbbbb"))
        palette.setColor(group, QPalette.ColorRole.ButtonText, QColor("#bbbbbb"))
    return palette


def _standard_palette(app: QApplication) -> QPalette:
    palette = app.style().standardPalette()
    # The standard grey of examples in empty boxes is too faint to read (WCAG 4.5:1).
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#5f6368"))
    # White on the standard light blue of a chosen row is 3.7:1; on this blue, 6.7:1.
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#1a56db"))
    return palette


# The look last applied to the application, so an unchanged one is not applied again.
_APPLIED_LOOK = "budgetplannerLook"


def apply_theme(app: QApplication, look: Look | None = None) -> bool:
    """Style the whole application for `look`; returns False when it already had that look.

    Setting a style sheet re-polishes every widget of every window, which takes longer the
    more widgets exist; each new window asks for the same look, so only a change is applied.
    """
    look = look or Look()
    points = BASE_POINT_SIZE * look.text_size / 100
    sheet = _style_sheet(points, look.high_contrast)
    key = f"{look.text_size}:{look.high_contrast}"
    if app.property(_APPLIED_LOOK) == key and app.styleSheet() == sheet:
        return False
    app.setStyle("Fusion")
    font = QFont(app.font())
    font.setPointSizeF(points)
    app.setFont(font)
    app.setPalette(_high_contrast_palette() if look.high_contrast
                   else _standard_palette(app))
    # Widgets that draw in the theme's colours themselves (status icons) ask which it is.
    app.setProperty("highContrast", look.high_contrast)
    app.setStyleSheet(sheet)
    app.setProperty(_APPLIED_LOOK, key)
    return True
