"""The circle of people in my life: rings by closeness, me in the middle, names on the rings."""

from __future__ import annotations

import math
from typing import ClassVar

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from budgetplanner.storage.models import PlanVersion
from ui.i18n import QT_TRANSLATE_NOOP, Translate

# Marked for lupdate here, translated where shown (`self.tr(label)`).
RING_NAMES = {1: QT_TRANSLATE_NOOP("CircleView", "Closest to me"),
              2: QT_TRANSLATE_NOOP("CircleView", "Close"),
              3: QT_TRANSLATE_NOOP("CircleView", "Around me"),
              4: QT_TRANSLATE_NOOP("CircleView", "People paid to help")}


class CircleView(QWidget):
    """Paints the circle; its accessible description says who is on which ring, in words."""

    # Called on the class too (`CircleView.tr(...)`), as PySide6 allows and its stub does not.
    tr: ClassVar[Translate]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.version: PlanVersion | None = None
        side = self.fontMetrics().height() * 22
        self.setMinimumSize(QSize(side, side))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("The circle of people in my life"))
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def set_version(self, version: PlanVersion | None) -> None:
        self.version = version
        self.refresh()

    def description(self) -> str:
        """Who is on which ring, for screen readers and anyone who cannot see the drawing."""
        if self.version is None or not self.version.relationships:
            return self.tr("No one is in the circle yet.")
        parts = []
        for ring, label in RING_NAMES.items():
            names = [p.name for p in self.version.relationships if p.closeness == ring and p.name]
            if names:
                parts.append(f"{self.tr(label)}: {', '.join(names)}.")
        return " ".join(parts)

    def refresh(self) -> None:
        self.setAccessibleDescription(self.description())
        self.setToolTip(self.description())
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        ink = palette.color(QPalette.ColorRole.WindowText)
        side = min(self.width(), self.height()) - 20
        centre = QPointF(self.width() / 2, self.height() / 2)
        ring_step = side / 2 / 4.6
        fills = ["#dce8f5", "#e6eff8", "#eef4fa", "#f6f9fc"]
        high_contrast = palette.color(QPalette.ColorRole.Window).lightness() < 60
        for ring in range(4, 0, -1):
            radius = ring_step * (ring + 0.6)
            painter.setPen(QPen(ink, 1.5 if ring < 4 else 1.0,
                                Qt.PenStyle.SolidLine if ring < 4 else Qt.PenStyle.DashLine))
            painter.setBrush(palette.color(QPalette.ColorRole.Window) if high_contrast
                             else QColor(fills[ring - 1]))
            painter.drawEllipse(centre, radius, radius)
        font = QFont(self.font())
        painter.setPen(ink)
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        me = ""
        if self.version is not None:
            me = self.version.preferred_name or self.version.person.name
        painter.drawText(QRectF(centre.x() - 60, centre.y() - 14, 120, 28),
                         Qt.AlignmentFlag.AlignCenter, me or self.tr("Me"))
        painter.setFont(font)
        if self.version is None:
            return
        metrics = painter.fontMetrics()
        for ring in range(1, 5):
            people = [p for p in self.version.relationships if p.closeness == ring]
            radius = ring_step * (ring + 0.1)
            count = max(len(people), 1)
            # Alternate rings start half a step round, so names on neighbouring rings do not
            # sit on top of each other.
            start = -math.pi / 2 + (math.pi / count) * (ring % 2) + 0.35 * ring
            for number, person in enumerate(people):
                angle = start + 2 * math.pi * number / count
                point = QPointF(centre.x() + radius * math.cos(angle),
                                centre.y() + radius * math.sin(angle))
                painter.drawEllipse(point, 4, 4)
                width = min(metrics.horizontalAdvance(person.name) + 8, 150)
                # Names on the right of the circle read to the right of their dot, on the
                # left to the left, so they point away from the middle.
                left = point.x() + 7 if math.cos(angle) >= 0 else point.x() - 7 - width
                rect = QRectF(left, point.y() - metrics.height() / 2, width,
                              metrics.height() * 2.2)
                align = (Qt.AlignmentFlag.AlignLeft if math.cos(angle) >= 0
                         else Qt.AlignmentFlag.AlignRight)
                painter.drawText(rect, align | Qt.TextFlag.TextWordWrap, person.name)
