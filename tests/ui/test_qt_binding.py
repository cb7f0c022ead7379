"""The Qt binding the program is installed with keeps Python's None alive.

PySide6 6.12.0 gives back None without counting the reference on every call that returns
nothing, so each repaint or processEvents takes one away; on Python 3.11 a long session
(or this test suite) then ends with "Fatal Python error: deallocating None". The install
pins a version without the fault; this test fails if the pin is ever loosened to one.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot


def test_calls_that_return_nothing_leave_none_alone(qtbot: QtBot) -> None:
    label = QLabel("My plan")
    qtbot.addWidget(label)
    label.show()
    app = QApplication.instance()
    assert app is not None
    app.processEvents()
    before = sys.getrefcount(None)
    for _ in range(200):
        label.repaint()
        app.processEvents()
    # Other code may hold or let go a few references meanwhile; the fault takes 400.
    assert sys.getrefcount(None) - before > -100
