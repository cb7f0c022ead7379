"""Drawings for the printed plan: the circle of people, the money chart, symbols for easy read.

Geometry uses floats (points on a page); money reaches a drawing only as printed text and as the
length of a bar, worked out from the engine's rounded figures.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from decimal import Decimal

from reportlab.graphics.shapes import Circle, Drawing, Line, Rect, String
from reportlab.lib import colors

from budgetplanner.money import Money

INK = colors.HexColor("#1f2933")
ACCENT = colors.HexColor("#1d4e89")
RING_FILLS = ("#dce8f5", "#e6eff8", "#eef4fa", "#f6f9fc")
RING_NAMES = {1: "Closest to me", 2: "Close", 3: "Around me", 4: "Paid to help"}

# A symbol beside each heading and each kind of option (easy read): a glyph DejaVu Sans has.
SYMBOLS = {
    "about": "☺", "good_life": "♥", "goals": "★", "bring": "✿", "people": "☻",
    "options": "☰", "chosen": "✓", "money": "£", "risks": "⚠", "contingency": "☂",
    "pa_costs": "£", "agreement": "✎", "personal_assistants": "☻", "agency": "⌂",
    "community": "♫", "shared_living": "⌂", "equipment": "⚙", "other": "✱",
}


def symbol(key: str, size: float, font: str) -> Drawing:
    """A filled circle with a white symbol: a picture beside a heading or an option."""
    drawing = Drawing(size, size)
    drawing.add(Circle(size / 2, size / 2, size / 2, fillColor=ACCENT, strokeColor=None))
    glyph = SYMBOLS.get(key, "✱")
    drawing.add(String(size / 2, size * 0.28, glyph, fontName=font, fontSize=size * 0.55,
                       fillColor=colors.white, textAnchor="middle"))
    return drawing


def circle_of_people(me: str, people: Sequence[tuple[str, int]], width: float,
                     font: str, font_bold: str, font_size: float,
                     font_for: Callable[[str, str], str] = lambda _text, f: f) -> Drawing:
    """Concentric rings by closeness, me in the middle, each name on its ring."""
    height = width * 0.82
    drawing = Drawing(width, height)
    cx, cy = width / 2, height / 2
    step = min(width, height) / 2 / 4.7
    for ring in range(4, 0, -1):
        radius = step * (ring + 0.6)
        drawing.add(Circle(cx, cy, radius, fillColor=colors.HexColor(RING_FILLS[ring - 1]),
                           strokeColor=INK, strokeWidth=1.2 if ring < 4 else 0.8,
                           strokeDashArray=None if ring < 4 else [3, 3]))
    drawing.add(String(cx, cy - font_size / 3, me, fontName=font_for(me, font_bold),
                       fontSize=font_size,
                       fillColor=INK, textAnchor="middle"))
    for ring in range(1, 5):
        names = [name for name, closeness in people if closeness == ring]
        count = max(len(names), 1)
        start = math.pi / 2 + (math.pi / count) * (ring % 2) + 0.35 * ring
        radius = step * (ring + 0.1)
        for number, name in enumerate(names):
            angle = start + 2 * math.pi * number / count
            x, y = cx + radius * math.cos(angle), cy + radius * math.sin(angle)
            drawing.add(Circle(x, y, 2.5, fillColor=INK, strokeColor=None))
            anchor = "start" if math.cos(angle) >= 0 else "end"
            offset = 5 if anchor == "start" else -5
            drawing.add(String(x + offset, y - font_size / 3, name, fontName=font_for(name, font),
                               fontSize=font_size, fillColor=INK, textAnchor=anchor))
    return drawing


def bar_chart(title: str, bars: Sequence[tuple[str, Money]], width: float, font: str,
              font_bold: str, font_size: float) -> Drawing:
    """Bars with each label written above and the amount beside: never colour alone."""
    line = font_size * 1.35
    row = font_size * 3.2
    height = line + row * len(bars) + 4
    drawing = Drawing(width, height)
    drawing.add(String(0, height - font_size, title, fontName=font_bold, fontSize=font_size,
                       fillColor=INK))
    biggest = max((amount.amount for _label, amount in bars), default=Decimal(0))
    if biggest <= 0:
        biggest = Decimal(1)
    bar_room = width - font_size * 7
    for number, (label, amount) in enumerate(bars):
        top = height - line - row * number
        drawing.add(String(0, top - font_size, label, fontName=font, fontSize=font_size,
                           fillColor=INK))
        # Geometry in whole pennies: the bar's share of the longest, money kept out of floats.
        pennies = int(max(amount.amount, Decimal(0)) * 100)
        length = max(bar_room * pennies / int(biggest * 100), 1.5)
        bar_y = top - font_size * 2.75
        drawing.add(Rect(0, bar_y, length, font_size * 1.0, fillColor=ACCENT,
                         strokeColor=None))
        drawing.add(String(length + 5, bar_y + font_size * 0.15, amount.format(),
                           fontName=font, fontSize=font_size, fillColor=INK))
    drawing.add(Line(0, 2, 0, height - line, strokeColor=INK, strokeWidth=0.6))
    return drawing
