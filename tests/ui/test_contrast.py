"""Both themes meet WCAG 2.2 AA: text 4.5:1, edges of controls, ticks, grid lines and focus
rings 3:1, measured on the palette and style sheet the program actually applies."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from ui.pages.checklist_page import LAW_COLOURS, MARK_COLOURS, RULE_COLOURS
from ui.theme import STATUS_COLOURS, Look, apply_theme

TEXT, NON_TEXT = 4.5, 3.0


def luminance(colour: str) -> float:
    rgb = QColor(colour)
    channels = []
    for value in (rgb.red(), rgb.green(), rgb.blue()):
        c = value / 255
        channels.append(c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4)
    return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]


def contrast(first: str, second: str) -> float:
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_the_measure_matches_known_ratios() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert contrast("#777777", "#ffffff") < TEXT


def rules(sheet: str) -> Iterator[tuple[str, dict[str, str]]]:
    for selector, body in re.findall(r"([^{}]+)\{([^{}]*)\}", sheet):
        properties = {}
        for declaration in body.split(";"):
            if ":" in declaration:
                name, value = declaration.split(":", 1)
                properties[name.strip()] = value.strip()
        yield " ".join(selector.split()), properties


def colour_in(value: str) -> str | None:
    found = re.search(r"#[0-9a-fA-F]{6}\b", value)
    return found.group(0) if found else None


@pytest.mark.parametrize("high_contrast", [False, True])
def test_every_colour_pair_of_the_theme_meets_aa(qapp: QApplication,
                                                  high_contrast: bool) -> None:
    apply_theme(qapp, Look(high_contrast=high_contrast))
    palette = qapp.palette()
    role = QPalette.ColorRole

    def named(colour_role: QPalette.ColorRole) -> str:
        return palette.color(colour_role).name()

    problems = []
    for fore, back in ((role.Text, role.Base), (role.WindowText, role.Window),
                       (role.ButtonText, role.Button), (role.HighlightedText, role.Highlight),
                       (role.PlaceholderText, role.Base), (role.ToolTipText, role.ToolTipBase),
                       (role.Link, role.Base)):
        ratio = contrast(named(fore), named(back))
        if ratio < TEXT:
            problems.append(f"palette {fore.name} on {back.name}: {ratio:.2f}")
    window, base = named(role.Window), named(role.Base)
    sheet = qapp.styleSheet()
    checked = 0
    for selector, properties in rules(sheet):
        background = colour_in(properties.get("background", "")) or base
        text = colour_in(properties.get("color", ""))
        if text is not None:
            checked += 1
            ratio = contrast(text, background)
            if ratio < TEXT:
                problems.append(f"{selector}: text {text} on {background}: {ratio:.2f}")
        for name, value in properties.items():
            colour = colour_in(value)
            if colour is None or not (name.startswith("border") or name == "gridline-color"):
                continue
            checked += 1
            # An edge must stand out from what is around it and from what it holds.
            for against in {window, base, background} - {colour}:
                ratio = contrast(colour, against)
                if ratio < NON_TEXT and not (
                        name.startswith("border") and "indicator:checked" in selector):
                    problems.append(f"{selector}: {name} {colour} on {against}: {ratio:.2f}")
        if "indicator:checked" in selector:
            fill = colour_in(properties.get("background", ""))
            assert fill is not None
            ratio = contrast(fill, base)
            if ratio < NON_TEXT:
                problems.append(f"{selector}: a ticked box {fill} on {base}: {ratio:.2f}")
    assert checked > 10  # the sheet was read: focus rings, edges, grid lines, messages
    assert ":focus" in sheet and "gridline-color" in sheet and "::indicator" in sheet
    for status, (text, background, edge) in STATUS_COLOURS[high_contrast].items():
        if contrast(text, background) < TEXT:
            problems.append(f"{status} panel: text {text} on {background}")
        if contrast(edge, background) < NON_TEXT or contrast(edge, window) < NON_TEXT:
            problems.append(f"{status} panel: edge and icon {edge}")
    for answered, colour in MARK_COLOURS[high_contrast].items():
        if contrast(colour, base) < TEXT:
            problems.append(f"checklist mark {answered}: {colour} on {base}")
    if contrast(LAW_COLOURS[high_contrast], base) < TEXT:
        problems.append("checklist: the law's words")
    if contrast(RULE_COLOURS[high_contrast], base) < NON_TEXT:
        problems.append("checklist: the lines between parts")
    assert problems == []


def test_the_check_catches_faint_text() -> None:
    # The grey and green on black that high contrast once had measured about 3.2:1.
    assert contrast("#52606d", "#000000") < TEXT
    assert contrast("#1e6b34", "#000000") < TEXT
