"""What every window test shares: no file dialog or message box may open unanswered, and the
windows of one test are gone before the next."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

FILE_DIALOGS = ("getOpenFileName", "getOpenFileNames", "getSaveFileName",
                "getExistingDirectory", "getOpenFileUrl", "getSaveFileUrl")
MESSAGE_BOXES = ("information", "warning", "critical", "question")


class UnansweredDialogError(AssertionError):
    pass


@pytest.fixture(autouse=True)
def file_dialogs_must_be_answered(monkeypatch: pytest.MonkeyPatch) -> None:
    """A file dialog a test has not patched fails the test at once instead of waiting forever.

    A test answers one with `monkeypatch.setattr(QFileDialog, "getSaveFileName", ...)`.
    """
    for name in FILE_DIALOGS:
        def refuse(*_args: Any, _name: str = name, **_kwargs: Any) -> Any:
            raise UnansweredDialogError(f"QFileDialog.{_name} opened unanswered")
        monkeypatch.setattr(QFileDialog, name, staticmethod(refuse))


@pytest.fixture(autouse=True)
def message_boxes_must_be_answered(monkeypatch: pytest.MonkeyPatch) -> None:
    """The same for QMessageBox's ready-made boxes: answer one with monkeypatch.setattr."""
    for name in MESSAGE_BOXES:
        def refuse(*args: Any, _name: str = name, **_kwargs: Any) -> Any:
            words = " / ".join(str(arg) for arg in args[1:3])
            raise UnansweredDialogError(f"QMessageBox.{_name} opened unanswered: {words}")
        monkeypatch.setattr(QMessageBox, name, staticmethod(refuse))


@pytest.fixture(autouse=True)
def windows_are_deleted_after_each_test(qapp: QApplication) -> Iterator[None]:
    """Delete what the test's windows left behind, so later tests do not drag it along.

    pytest-qt closes each widget a test handed to `qtbot.addWidget` and asks Qt to delete it
    later, but no event loop runs between tests to do so: thousands of widgets from earlier
    windows stayed alive and every style change restyled all of them.
    """
    yield
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
    if os.environ.get("BUDGETPLANNER_COUNT_WIDGETS"):
        print(f"\nwidgets alive after the test: {len(QApplication.allWidgets())}")
