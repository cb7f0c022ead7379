"""The look of the program: calm, readable, strong contrast; text size and high contrast."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

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


def _style_sheet(points: float, high_contrast: bool) -> str:
    focus = "#ffff00" if high_contrast else "#1a56db"
    message = "#ffb3b3" if high_contrast else "#9b1c1c"
    edges = ("QLineEdit, QPlainTextEdit, QComboBox, QListView, QTableView, QPushButton "
             "{ border: 1px solid #ffffff; }") if high_contrast else ""
    return edges + f"""
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


def apply_theme(app: QApplication, look: Look | None = None) -> None:
    look = look or Look()
    app.setStyle("Fusion")
    points = BASE_POINT_SIZE * look.text_size / 100
    font = QFont(app.font())
    font.setPointSizeF(points)
    app.setFont(font)
    app.setPalette(_high_contrast_palette() if look.high_contrast
                   else app.style().standardPalette())
    # Widgets that draw in the theme's colours themselves (status icons) ask which it is.
    app.setProperty("highContrast", look.high_contrast)
    app.setStyleSheet(_style_sheet(points, look.high_contrast))
