"""A dialog a test forgot to answer fails that test at once instead of waiting for a person."""

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox


@pytest.mark.timeout(20)
def test_an_unanswered_file_dialog_or_message_box_fails_at_once(qapp: object) -> None:
    with pytest.raises(AssertionError, match=r"QFileDialog\.getSaveFileName opened unanswered"):
        QFileDialog.getSaveFileName(None, "Export as PDF", "", "PDF files (*.pdf)")
    with pytest.raises(AssertionError, match=r"QMessageBox\.question opened unanswered: Start"):
        QMessageBox.question(None, "Start a review", "Start a new version of my plan?")


def test_a_test_answers_a_dialog_by_patching_it(qapp: object,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: ("/x/plan.bpf", ""))
    assert QFileDialog.getOpenFileName(None, "Import a plan file")[0] == "/x/plan.bpf"
