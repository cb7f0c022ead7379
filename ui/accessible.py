"""Names for the parts of views that screen readers announce on their own; headings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QLabel, QTableView, QWidget

# What html.escape does, without loading the html package (and its table of named
# characters) before the first window is painted.
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"})


def escape(text: str) -> str:
    return text.translate(_ESCAPES)


def name_headers(view: QTableView) -> None:
    """Name a table's column and row headings after the table."""
    name = view.accessibleName()
    view.horizontalHeader().setAccessibleName(
        QCoreApplication.translate("Accessible", "{0}: column headings").format(name))
    view.verticalHeader().setAccessibleName(
        QCoreApplication.translate("Accessible", "{0}: row headings").format(name))


class Heading(QLabel):
    """A page's or a part's title, which assistive technology reports as a heading.

    Kept apart from the introduction under it, so a screen reader can jump from heading
    to heading and hears the title on its own.
    """

    def __init__(self, title: str, level: int = 2, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _install_heading_role()
        self.level = level
        self.setText(f"<h{level}>{escape(title)}</h{level}>")
        self.setAccessibleName(title)
        self.setWordWrap(True)


class _HeadingAccessible(QAccessibleWidget):
    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget, QAccessible.Role.Heading)
        self._widget = widget

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return self._widget.accessibleName()
        return str(super().text(kind))


_INTERFACES: dict[int, _HeadingAccessible] = {}


def _heading_factory(_key: str, thing: QObject) -> QAccessibleInterface | None:
    if not isinstance(thing, Heading):
        return None
    interface = _HeadingAccessible(thing)
    # Qt holds the interface from here on; Python must not collect it first.
    key = id(thing)
    _INTERFACES[key] = interface
    thing.destroyed.connect(lambda *_: _INTERFACES.pop(key, None))
    return interface


_installed = False


def _install_heading_role() -> None:
    global _installed
    if not _installed:
        QAccessible.installFactory(_heading_factory)
        _installed = True


def introduction(text: str) -> QLabel:
    """The words under a heading: wrapped, and read as text, not as part of the title."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    return label
