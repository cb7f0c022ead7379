"""What every window test shares: no file dialog may open unanswered."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog

FILE_DIALOGS = ("getOpenFileName", "getOpenFileNames", "getSaveFileName",
                "getExistingDirectory", "getOpenFileUrl", "getSaveFileUrl")


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
