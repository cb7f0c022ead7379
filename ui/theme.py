"""The look of the program: calm, readable, strong contrast; text size and high contrast."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

TEXT_SIZES = (100, 125, 150, 200)
BASE_POINT_SIZE = 11


@dataclass(frozen=True)
class Look:
    text_size: int = 100  # percent of the normal size
    high_contrast: bool = False


def _style_sheet(points: float, high_contrast: bool) -> str:
    focus = "#ffff00" if high_contrast else "#1a56db"
    message = "#ffb3b3" if high_contrast else "#9b1c1c"
    verdict = ("background: #000000; border: 2px solid #ffffff;" if high_contrast
               else "background: #eef5ee; border: 1px solid #9cc29c;")
    edges = ("QLineEdit, QPlainTextEdit, QComboBox, QListView, QTableView, QPushButton "
             "{ border: 1px solid #ffffff; }") if high_contrast else ""
    return edges + f"""
QWidget {{ font-size: {points:.1f}pt; }}
QLabel#fieldMessage {{ color: {message}; font-weight: bold; }}
QLabel#verdict {{ font-size: {points * 1.15:.1f}pt; padding: 8px; {verdict} }}
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
"""


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
                   else app.style().standardPalette())
    app.setStyleSheet(sheet)
    app.setProperty(_APPLIED_LOOK, key)
    return True
