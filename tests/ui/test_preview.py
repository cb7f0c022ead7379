"""The preview: opens on the real PDF, pages through it, follows the options, prints."""

from pathlib import Path

import pdfplumber
import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from budgetplanner.demo import load_demo
from budgetplanner.export.pdf import Variant, write_plan_pdf
from budgetplanner.storage.store import PlanStore
from ui.preview import PlanPreview


def test_preview_shows_every_page_and_follows_the_choices(
    qtbot: QtBot, store: PlanStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sita = load_demo(store)[0]
    preview = PlanPreview(store.current_version(sita), write_plan_pdf)
    qtbot.addWidget(preview)
    with pdfplumber.open(preview._pdf_path) as pdf:
        assert preview.page_count == len(pdf.pages) > 5
    assert preview.page_label.text() == f"Page 1 of {preview.page_count}"
    assert not preview.image.pixmap().isNull()
    width = preview.image.pixmap().width()
    preview.set_zoom(preview.zoom_index + 1)
    assert preview.image.pixmap().width() > width
    preview.show_page(preview.page_count + 5)  # past the end stays on the last page
    assert preview.page == preview.page_count - 1

    full = preview.page_count
    for key in ("options", "people", "money"):
        preview.section_boxes[key].setChecked(False)
    preview.refresh()
    assert preview.page_count < full

    preview.variant.setCurrentIndex(preview.variant.findData(Variant.LARGE_PRINT.value))
    preview.refresh()
    out = tmp_path / "saved.pdf"
    preview.save_to(out)
    with pdfplumber.open(out) as pdf:
        assert min(round(c["size"], 2) for p in pdf.pages for c in p.chars) >= 16

    # Large print offers 16, 18 and 20 pt; the biggest makes every letter at least 20 pt.
    assert [preview.text_size.itemData(i) for i in range(preview.text_size.count())] == [
        16, 18, 20]
    preview.text_size.setCurrentIndex(2)
    preview.refresh()
    preview.save_to(out)
    with pdfplumber.open(out) as pdf:
        assert min(round(c["size"], 2) for p in pdf.pages for c in p.chars) >= 20

    profile = tmp_path / "profile.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_args, **_kwargs: (str(profile), "PDF files (*.pdf)"))
    preview.profile_button.click()
    with pdfplumber.open(profile) as pdf:
        assert len(pdf.pages) == 1
        assert "What is important to me" in (pdf.pages[0].extract_text() or "")

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    preview.print_to(printer)
    with pdfplumber.open(printed) as pdf:
        assert len(pdf.pages) == preview.page_count
    preview.accept()
