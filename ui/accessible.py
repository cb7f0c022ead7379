"""Names for the parts of views that screen readers announce on their own."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTableView


def name_headers(view: QTableView) -> None:
    """Name a table's column and row headings after the table."""
    name = view.accessibleName()
    view.horizontalHeader().setAccessibleName(
        QCoreApplication.translate("Accessible", "{0}: column headings").format(name))
    view.verticalHeader().setAccessibleName(
        QCoreApplication.translate("Accessible", "{0}: row headings").format(name))
