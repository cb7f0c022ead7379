"""See the printed plan before printing: versions, sections, zoom, print, save as PDF.

Pages are drawn with PDFium (pypdfium2); QtPdf is not part of the PySide6 wheels this
program installs, and PDFium draws the same PDF the panel will read.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QImage, QKeySequence, QPainter, QPixmap, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from budgetplanner.export.pdf import (
    SECTION_TITLES,
    SECTIONS,
    TEXT_SIZES,
    PageSize,
    PdfResult,
    PrintOptions,
    Variant,
)
from budgetplanner.periods import Period
from budgetplanner.storage.models import PlanVersion
from ui.domain_words import domain_tr
from ui.icons import icon

PdfMaker = Callable[[PlanVersion, Path, PrintOptions], PdfResult]
ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)


class PlanPreview(QDialog):
    def __init__(self, version: PlanVersion, make_pdf: PdfMaker,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print my plan"))
        self.resize(1100, 820)
        self._version = version
        self._make_pdf = make_pdf
        self._folder = Path(tempfile.mkdtemp(prefix="budgetplanner-preview-"))
        self._pdf_path = self._folder / "plan.pdf"
        self._document: pdfium.PdfDocument | None = None
        self.page = 0
        self.zoom_index = 2
        self.photo: Path | None = None

        self.variant = QComboBox()
        self.variant.setAccessibleName(self.tr("Version of the plan"))
        for variant in Variant:
            self.variant.addItem(domain_tr(variant.label), variant.value)
        self.text_size = QComboBox()
        self.text_size.setAccessibleName(self.tr("Size of the words"))
        self._fill_sizes()
        self.variant.currentIndexChanged.connect(self._fill_sizes)
        self.paper = QComboBox()
        self.paper.setAccessibleName(self.tr("Paper size"))
        self.paper.addItem("A4", PageSize.A4.value)
        self.paper.addItem(self.tr("Letter"), PageSize.LETTER.value)
        self.money_first = QComboBox()
        self.money_first.setAccessibleName(self.tr("Money shown first"))
        for period in (Period.WEEK, Period.MONTH, Period.YEAR):
            self.money_first.addItem(domain_tr(period.heading), period.value)
        self.section_boxes: dict[str, QCheckBox] = {}
        sections = QWidget()
        grid = QGridLayout(sections)
        grid.setContentsMargins(0, 0, 0, 0)
        for number, key in enumerate(SECTIONS):
            box = QCheckBox(domain_tr(SECTION_TITLES[key]))
            box.setChecked(True)
            box.toggled.connect(self._changed)
            self.section_boxes[key] = box
            grid.addWidget(box, number, 0)  # one column: long section names stay whole
        self.profile_button = QPushButton(self.tr("Save my one-&page profile…"))
        self.profile_button.setAccessibleName(self.tr("Save my one-page profile as PDF"))
        self.photo_button = QPushButton(self.tr("Add my photo to the cover…"))
        self.photo_button.setAccessibleName(self.tr("Add my photo to the cover"))

        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setAccessibleName(self.tr("The page"))
        scroll = QScrollArea()
        scroll.setWidget(self.image)
        scroll.setWidgetResizable(True)
        scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page_label = QLabel()
        self.page_label.setAccessibleName(self.tr("Which page"))
        self.previous_button = QPushButton(self.tr("◀ Page before"))
        self.previous_button.setAccessibleName(self.tr("Page before"))
        self.next_button = QPushButton(self.tr("Next page ▶"))
        self.next_button.setAccessibleName(self.tr("Next page"))
        self.zoom_out_button = QPushButton(self.tr("Smaller"))
        self.zoom_out_button.setAccessibleName(self.tr("Show the page smaller"))
        self.zoom_in_button = QPushButton(self.tr("Bigger"))
        self.zoom_in_button.setAccessibleName(self.tr("Show the page bigger"))
        self.print_button = QPushButton(icon("printer"), self.tr("&Print…"))
        self.print_button.setAccessibleName(self.tr("Print"))
        self.save_button = QPushButton(icon("file-down"), self.tr("&Save as PDF…"))
        self.save_button.setAccessibleName(self.tr("Save as PDF"))
        close = QPushButton(self.tr("Close"))
        close.setAccessibleName(self.tr("Close"))

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        widget: QWidget
        for label_text, widget in ((self.tr("&Version"), self.variant),
                                   (self.tr("Size of the &words"), self.text_size),
                                   (self.tr("P&aper"), self.paper),
                                   (self.tr("&Money first"), self.money_first)):
            label = QLabel(label_text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow(QLabel(self.tr("<b>What to include</b>")))
        form.addRow(sections)
        form.addRow(self.photo_button)
        form.addRow(self.profile_button)
        side = QWidget()
        side.setLayout(form)
        side.setMaximumWidth(380)
        navigation = QHBoxLayout()
        for widget in (self.previous_button, self.page_label, self.next_button):
            navigation.addWidget(widget)
        navigation.addStretch()
        for widget in (self.zoom_out_button, self.zoom_in_button, self.print_button,
                       self.save_button, close):
            navigation.addWidget(widget)
        right = QVBoxLayout()
        right.addWidget(scroll, 1)
        right.addLayout(navigation)
        layout = QHBoxLayout(self)
        layout.addWidget(side)
        layout.addLayout(right, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.refresh)
        for combo in (self.variant, self.text_size, self.paper, self.money_first):
            combo.currentIndexChanged.connect(self._changed)
        self.previous_button.clicked.connect(lambda: self.show_page(self.page - 1))
        self.next_button.clicked.connect(lambda: self.show_page(self.page + 1))
        self.zoom_in_button.clicked.connect(lambda: self.set_zoom(self.zoom_index + 1))
        self.zoom_out_button.clicked.connect(lambda: self.set_zoom(self.zoom_index - 1))
        self.print_button.clicked.connect(self.ask_print)
        self.save_button.clicked.connect(self.ask_save)
        self.photo_button.clicked.connect(self.ask_photo)
        self.profile_button.clicked.connect(self.ask_save_profile)
        close.clicked.connect(self.accept)
        QShortcut(QKeySequence(QKeySequence.StandardKey.MoveToNextPage), self,
                  lambda: self.show_page(self.page + 1))
        QShortcut(QKeySequence(QKeySequence.StandardKey.MoveToPreviousPage), self,
                  lambda: self.show_page(self.page - 1))
        QShortcut(QKeySequence(QKeySequence.StandardKey.ZoomIn), self,
                  lambda: self.set_zoom(self.zoom_index + 1))
        QShortcut(QKeySequence(QKeySequence.StandardKey.ZoomOut), self,
                  lambda: self.set_zoom(self.zoom_index - 1))
        self.refresh()

    def _fill_sizes(self) -> None:
        """The sizes the chosen version is printed at: clear print 12 or 14 pt, large print
        and easy read 16, 18 or 20 pt."""
        self.text_size.blockSignals(True)
        self.text_size.clear()
        for size in TEXT_SIZES[Variant(self.variant.currentData())]:
            self.text_size.addItem(self.tr("%n point", "", int(size)), size)
        self.text_size.setCurrentIndex(0)
        self.text_size.blockSignals(False)

    def options(self) -> PrintOptions:
        return PrintOptions(
            variant=Variant(self.variant.currentData()),
            text_size=self.text_size.currentData(),
            page_size=PageSize(self.paper.currentData()),
            sections=frozenset(k for k, box in self.section_boxes.items() if box.isChecked()),
            money_first=Period(self.money_first.currentData()),
            photo=self.photo)

    @property
    def page_count(self) -> int:
        return len(self._document) if self._document is not None else 0

    def _changed(self) -> None:
        self._timer.start()

    def refresh(self) -> None:
        """Write the PDF with the chosen options and show it from the same page."""
        self._timer.stop()
        if self._document is not None:
            self._document.close()
            self._document = None
        self._make_pdf(self._version, self._pdf_path, self.options())
        self._document = pdfium.PdfDocument(str(self._pdf_path))
        self.show_page(min(self.page, self.page_count - 1))

    def render_page(self, number: int, scale: float) -> QImage:
        assert self._document is not None
        bitmap = self._document[number].render(scale=scale, rev_byteorder=True)
        image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                       QImage.Format.Format_RGB888)
        return image.copy()  # the bitmap's memory goes when it does

    def show_page(self, number: int) -> None:
        if self._document is None or self.page_count == 0:
            return
        self.page = max(0, min(number, self.page_count - 1))
        image = self.render_page(self.page, ZOOMS[self.zoom_index] * self.devicePixelRatioF())
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(self.devicePixelRatioF())
        self.image.setPixmap(pixmap)
        self.page_label.setText(self.tr("Page {0} of {1}").format(self.page + 1,
                                                                  self.page_count))
        self.previous_button.setEnabled(self.page > 0)
        self.next_button.setEnabled(self.page < self.page_count - 1)

    def set_zoom(self, index: int) -> None:
        self.zoom_index = max(0, min(index, len(ZOOMS) - 1))
        self.show_page(self.page)

    def ask_photo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("My photo"), str(Path.home()),
                                              self.tr("Pictures (*.png *.jpg *.jpeg)"))
        if path:
            self.photo = Path(path)
            self.refresh()

    def save_to(self, path: Path) -> None:
        shutil.copyfile(self._pdf_path, path)

    def save_profile_to(self, path: Path) -> None:
        """My one-page profile, with the photo chosen here."""
        from budgetplanner.export.profile_pdf import write_profile_pdf

        write_profile_pdf(self._version, path, self.photo)

    def ask_save_profile(self) -> None:
        name = self._version.person.name
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save my one-page profile"),
            str(Path.home() / f"{name} - my one-page profile.pdf"),
            self.tr("PDF files (*.pdf)"))
        if path:
            self.save_profile_to(Path(path))

    def ask_save(self) -> None:
        name = self._version.person.name
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"),
                                              str(Path.home() / f"{name} - my plan.pdf"),
                                              self.tr("PDF files (*.pdf)"))
        if path:
            self.save_to(Path(path))

    def print_to(self, printer: QPrinter) -> None:
        """Draw each page at the printer's resolution, scaled to fit the paper."""
        painter = QPainter(printer)
        try:
            for number in range(self.page_count):
                if number:
                    printer.newPage()
                image = self.render_page(number, printer.resolution() / 72)
                area = painter.viewport()
                size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.setViewport(area.x(), area.y(), size.width(), size.height())
                painter.setWindow(image.rect())
                painter.drawImage(0, 0, image)
        finally:
            painter.end()

    def ask_print(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def done(self, result: int) -> None:
        if self._document is not None:
            self._document.close()
            self._document = None
        shutil.rmtree(self._folder, ignore_errors=True)
        super().done(result)
