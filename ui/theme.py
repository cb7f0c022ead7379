"""The look of the program: calm, readable, strong contrast."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

STYLE_SHEET = """
QWidget { font-size: 11pt; }
QLabel#fieldMessage { color: #9b1c1c; font-weight: bold; }
QLabel#fieldMessage::before { content: "!"; }
QLabel#verdict { font-size: 13pt; padding: 8px; background: #eef5ee; border: 1px solid #9cc29c; }
QLabel#subtotal { padding: 4px 0; }
QTabBar::tab { padding: 8px 16px; }
QListView::item { padding: 6px; }
QTableView { gridline-color: #d0d4da; }
*:focus { outline: 2px solid #1a56db; }
QLineEdit:focus, QPlainTextEdit:focus, QListView:focus, QTableView:focus, QComboBox:focus {
    border: 2px solid #1a56db;
}
QPushButton { padding: 6px 14px; }
QPushButton:focus { border: 2px solid #1a56db; }
"""


def apply_theme(app: QApplication) -> None:
    app.setStyle("Fusion")
    app.setStyleSheet(STYLE_SHEET)
