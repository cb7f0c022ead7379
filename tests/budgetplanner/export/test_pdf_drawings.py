"""The circle of people drawn: inside its box at any size, ring names clear of the rings."""

from __future__ import annotations

import math

import pytest
from reportlab.graphics.shapes import Circle, Drawing, String
from reportlab.pdfbase.pdfmetrics import stringWidth

from budgetplanner.export.pdf import FONT, FONT_BOLD, register_fonts
from budgetplanner.export.pdf_drawings import RING_NAMES, circle_of_people

PEOPLE = [("Staff I like at the home, the ones who know me and my music well", 4),
          ("Lucy", 1), ("Mark (my brother)", 2), ("Café volunteers", 3), ("Anjali", 1),
          ("Priya", 2), ("Meera", 2), ("Tom (my PA)", 4), ("Dev", 3)]


def strings(drawing: Drawing) -> list[String]:
    return [shape for shape in drawing.contents if isinstance(shape, String)]


def box(shape: String) -> tuple[float, float, float, float]:
    width = stringWidth(shape.text, shape.fontName, shape.fontSize)
    left = {"start": shape.x, "middle": shape.x - width / 2, "end": shape.x - width}[
        shape.textAnchor]
    return left, shape.y - shape.fontSize * 0.25, left + width, shape.y + shape.fontSize * 0.8


@pytest.mark.parametrize("size", [12, 14, 16, 18, 20])
def test_every_word_of_the_circle_is_inside_the_drawing(size: float) -> None:
    register_fonts()
    drawing = circle_of_people("Siân Ó Briain-Fitzgerald", PEOPLE, 493, FONT, FONT_BOLD, size)
    for shape in strings(drawing):
        left, bottom, right, top = box(shape)
        assert left >= 0 and right <= drawing.width, shape.text
        assert bottom >= 0 and top <= drawing.height, shape.text
        assert shape.fontSize >= size


@pytest.mark.parametrize("size", [12, 20])
def test_the_rings_are_named_and_no_name_crosses_a_ring(size: float) -> None:
    register_fonts()
    drawing = circle_of_people("Sita", PEOPLE, 493, FONT, FONT_BOLD, size)
    words = [shape for shape in strings(drawing) if shape.text in RING_NAMES.values()]
    assert sorted(shape.text for shape in words) == sorted(RING_NAMES.values())
    rings = [shape for shape in drawing.contents
             if isinstance(shape, Circle) and shape.r > size]  # the rings, not the marks
    for shape in words:
        left, bottom, right, top = box(shape)
        for ring in rings:
            # The nearest point of the words' box to the ring's centre is outside the ring.
            dx = max(left - ring.cx, 0, ring.cx - right)
            dy = max(bottom - ring.cy, 0, ring.cy - top)
            assert math.hypot(dx, dy) > ring.r, (shape.text, ring.r)


def test_each_person_has_a_numbered_mark_in_their_ring() -> None:
    register_fonts()
    drawing = circle_of_people("Sita", PEOPLE, 493, FONT, FONT_BOLD, 16)
    numbers = sorted(int(shape.text) for shape in strings(drawing) if shape.text.isdigit())
    assert numbers == list(range(1, len(PEOPLE) + 1))
