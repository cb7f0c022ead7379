"""Icons from the Lucide set shipped in resources/icons, drawn in the current text colour.

Every button keeps its words; an icon only helps the eye find it.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QAction, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QAbstractButton, QListWidget, QTabWidget, QWidget

from resources import resource_folder

# Which icon each made QIcon is, so a change of theme can draw them again in the new colour.
_NAMES: dict[int, str] = {}

ICON_FOLDER = resource_folder("icons")


def icon(name: str) -> QIcon:
    """The named icon in the palette's text colour (so it shows in high contrast too)."""
    colour = QGuiApplication.palette().color(QPalette.ColorRole.ButtonText).name()
    return _icon(name, colour)


def tinted_icon(name: str, colour: str) -> QIcon:
    """The named icon in a given colour (a status panel's own, say)."""
    return _icon(name, colour)


@lru_cache(maxsize=128)
def _icon(name: str, colour: str) -> QIcon:
    path = ICON_FOLDER / f"{name}.svg"
    result = QIcon()
    if not path.exists():
        return result
    svg = path.read_text("utf-8").replace("currentColor", colour)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    for size in (16, 24, 32, 48):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        result.addPixmap(pixmap)
    _NAMES[result.cacheKey()] = name
    return result


def icon_name(made: QIcon) -> str | None:
    """The name an icon was made from by `icon`, if it was."""
    return _NAMES.get(made.cacheKey())


def refresh_icons(root: QWidget) -> None:
    """Draw every icon under `root` again in the current text colour (after a theme change)."""
    for button in root.findChildren(QAbstractButton):
        name = _NAMES.get(button.icon().cacheKey())
        if name:
            button.setIcon(icon(name))
    for action in root.findChildren(QAction):
        name = _NAMES.get(action.icon().cacheKey())
        if name:
            action.setIcon(icon(name))
    for pages in root.findChildren(QListWidget):
        for row in range(pages.count()):
            item = pages.item(row)
            name = _NAMES.get(item.icon().cacheKey())
            if name:
                item.setIcon(icon(name))
    for tabs in root.findChildren(QTabWidget):
        for index in range(tabs.count()):
            name = _NAMES.get(tabs.tabIcon(index).cacheKey())
            if name:
                tabs.setTabIcon(index, icon(name))
