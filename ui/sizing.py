"""Heights given in lines of text, kept right when the text size changes; pages that scroll."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget


class _LinesHigh(QObject):
    def __init__(self, widget: QWidget, lines: float, fixed: bool) -> None:
        super().__init__(widget)
        self._lines = lines
        self._fixed = fixed
        self.apply(widget)
        widget.installEventFilter(self)

    def apply(self, widget: QWidget) -> None:
        height = int(widget.fontMetrics().lineSpacing() * self._lines + 14)
        if self._fixed:
            widget.setFixedHeight(height)
        else:
            widget.setMinimumHeight(height)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange) and isinstance(
                watched, QWidget):
            self.apply(watched)
        return False


def lines_high(widget: QWidget, lines: float, *, fixed: bool = True) -> None:
    """Make `widget` as tall as `lines` lines of its font, now and after any text-size change."""
    _LinesHigh(widget, lines, fixed)


def scroll_page(page: QWidget, inner: QWidget) -> QScrollArea:
    """Fill `page` with `inner`, scrolling when it is taller than the window (large text)."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the boxes inside take the focus
    scroll.setWidget(inner)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(scroll)
    return scroll
