"""A panel that says how things stand: good news, a plain fact, a warning or a problem.

Colour is never the only signal: each kind has its own icon, and the words say it too.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QWidget

from ui.icons import tinted_icon
from ui.theme import STATUS_COLOURS, Status

ICONS = {Status.GOOD: "circle-check", Status.NEUTRAL: "info",
         Status.WARNING: "triangle-alert", Status.PROBLEM: "octagon-x"}


def status_word(status: Status) -> str:
    """What a screen reader says for the icon."""
    words = {Status.GOOD: QCoreApplication.translate("StatusPanel", "Good news"),
             Status.NEUTRAL: QCoreApplication.translate("StatusPanel", "For information"),
             Status.WARNING: QCoreApplication.translate("StatusPanel", "Warning"),
             Status.PROBLEM: QCoreApplication.translate("StatusPanel", "Problem")}
    return words[status]


class StatusPanel(QFrame):
    """An icon and words in a coloured box; `show_status` says which kind it is."""

    def __init__(self, name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusPanel")
        self._status = Status.NEUTRAL
        self.setProperty("status", str(self._status))
        self.icon_label = QLabel()
        self.icon_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.text_label = QLabel()
        self.text_label.setObjectName("statusText")
        self.text_label.setWordWrap(True)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(10)
        layout.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text_label, 1)
        if name:
            self.setAccessibleName(name)
        self._draw_icon()

    # QLabel-like, so callers that only set words keep working.
    def text(self) -> str:
        return self.text_label.text()

    def setText(self, text: str) -> None:
        self.text_label.setText(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        self.setText("")

    def status(self) -> Status:
        return self._status

    def show_status(self, status: Status, text: str) -> None:
        """Say `text` as good news, a plain fact, a warning or a problem."""
        if status is not self._status:
            self._status = status
            self.setProperty("status", str(status))
            # Property selectors in the style sheet are matched again only on a re-polish.
            for widget in (self, self.text_label, self.icon_label):
                self.style().unpolish(widget)
                self.style().polish(widget)
            self._draw_icon()
        self.setText(text)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange,
                            QEvent.Type.PaletteChange):
            self._draw_icon()

    def _draw_icon(self) -> None:
        app = QApplication.instance()
        high_contrast = bool(app.property("highContrast")) if app is not None else False
        edge = STATUS_COLOURS[high_contrast][self._status][2]
        # As tall as a line of the panel's words, so it grows with the text size.
        side = max(16, int(self.text_label.fontMetrics().height() * 1.2))
        self.icon_label.setPixmap(tinted_icon(ICONS[self._status], edge).pixmap(
            QSize(side, side)))
        self.icon_label.setFixedWidth(side)
        self.icon_label.setAccessibleName(status_word(self._status))
