"""Drawings for the printed plan: the circle of people and the money chart.

Geometry uses floats (points on a page); money reaches a drawing only as printed text and as the
length of a bar, worked out from the engine's rounded figures.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from decimal import Decimal

from reportlab.graphics.shapes import Circle, Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from budgetplanner.money import Money
from budgetplanner.translation import N_, _, translated

INK = colors.HexColor("#1f2933")
ACCENT = colors.HexColor("#1d4e89")
RING_FILLS = ("#dce8f5", "#e6eff8", "#eef4fa", "#f6f9fc")
RING_NAMES = {1: N_("Closest to me"), 2: N_("Close"), 3: N_("Around me"),
              4: N_("Paid to help")}

def set_alt_text(drawing: Drawing, words: str) -> None:
    """The words a screen reader reads for a drawing (see export/tagging.py).

    A Drawing refuses attributes it does not know, so the words go straight in its __dict__.
    """
    drawing.__dict__["alt_text"] = words


def circle_of_people(me: str, people: Sequence[tuple[str, int]], width: float,
                     font: str, font_bold: str, font_size: float,
                     font_for: Callable[[str, str], str] = lambda _text, f: f) -> Drawing:
    """Rings by closeness with me in the middle; each person a numbered mark on their ring.

    Names are not written on the rings: at large print a name does not fit between two
    rings, so the marks carry the number of the person in the list printed under the
    drawing. Each ring is named at the right, its words clear of every ring, with a line
    into the ring it names.
    """
    size = font_size
    label_width = max(stringWidth(translated(name), font, size) for name in RING_NAMES.values())
    mark = size * 1.5  # a number of two figures fits in the mark at the same size
    band = mark / 0.8
    # The circle takes the room the ring names leave, and is never smaller than four bands
    # of marks around me.
    outer = min((width - label_width - size * 2) / 2, max(width * 0.3, 4 * band + mark))
    centre = max(outer - 4 * band, mark * 1.2)
    band = (outer - centre) / 4
    height = 2 * outer + size
    drawing = Drawing(width, height)
    cx, cy = outer + size / 2, height / 2
    for ring in range(4, 0, -1):
        drawing.add(Circle(cx, cy, centre + ring * band,
                           fillColor=colors.HexColor(RING_FILLS[ring - 1]),
                           strokeColor=INK, strokeWidth=1.2 if ring < 4 else 0.8,
                           strokeDashArray=None if ring < 4 else [3, 3]))
    drawing.add(Circle(cx, cy, centre, fillColor=colors.white, strokeColor=INK,
                       strokeWidth=1.2))
    shown_me = me if stringWidth(me, font_for(me, font_bold), size) < centre * 1.8 else _("Me")
    drawing.add(String(cx, cy - size / 3, shown_me, fontName=font_for(shown_me, font_bold),
                       fontSize=size, fillColor=INK, textAnchor="middle"))
    # The ring names, stacked at the right; each line runs level into its own ring.
    x_label = width - label_width
    for ring in range(1, 5):
        y = cy + (2.5 - ring) * size * 1.5
        middle = centre + (ring - 0.5) * band
        reach = math.sqrt(max(middle ** 2 - (y - cy) ** 2, 0))
        drawing.add(Line(cx + reach, y + size * 0.3, x_label - size * 0.4, y + size * 0.3,
                         strokeColor=INK, strokeWidth=0.6))
        drawing.add(Circle(cx + reach, y + size * 0.3, 1.8, fillColor=INK, strokeColor=None))
        drawing.add(String(x_label, y, translated(RING_NAMES[ring]), fontName=font, fontSize=size,
                           fillColor=INK))
    # Marks keep clear of the right-hand side, where the lines to the ring names run.
    for ring in range(1, 5):
        numbers = [number for number, (_name, closeness) in enumerate(people, start=1)
                   if closeness == ring]
        radius = centre + (ring - 0.5) * band
        for index, number in enumerate(numbers):
            # Each ring starts at its own place, so marks of near rings do not line up.
            turn = (270 * (index + 0.5) / len(numbers) + 55 * (ring - 1)) % 270
            angle = math.radians(45 + turn)
            x, y = cx + radius * math.cos(angle), cy + radius * math.sin(angle)
            drawing.add(Circle(x, y, mark / 2, fillColor=ACCENT, strokeColor=colors.white,
                               strokeWidth=1))
            drawing.add(String(x, y - size * 0.35, str(number), fontName=font_bold,
                               fontSize=size, fillColor=colors.white, textAnchor="middle"))
    set_alt_text(drawing, circle_words(me, people))
    return drawing


def circle_words(me: str, people: Sequence[tuple[str, int]]) -> str:
    """The circle of people in words, for a screen reader (the drawing's alternative text)."""
    rings = []
    for ring, label in RING_NAMES.items():
        names = [f"{number}, {name}" for number, (name, closeness)
                 in enumerate(people, start=1) if closeness == ring]
        if names:
            rings.append(f"{translated(label).lower()}: {'; '.join(names)}")
    return (_("A circle of the people in my life, with {me} in the middle.").format(me=me) + " "
            + ". ".join(word[0].upper() + word[1:] for word in rings) + ".")


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
    set_alt_text(drawing, _("A bar chart, {title}:").format(title=title) + " "
                 + "; ".join(f"{label}, {amount.format()}" for label, amount in bars) + ".")
    return drawing
