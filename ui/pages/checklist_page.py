"""Ready for my review: what the council will look for in my plan, and my review statement."""

from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from budgetplanner.council_checklist import Answered, CheckItem, summary_words
from budgetplanner.storage.plan_data import council_checklist
from ui.accessible import Heading, introduction
from ui.file_dialogs import remember, start_in, tell
from ui.flow_layout import FlowLayout
from ui.lazy import WhenShown
from ui.plan_context import PlanContext
from ui.status_panel import StatusPanel
from ui.theme import Status

MARKS = {Answered.YES: "✓", Answered.PARTLY: "◐", Answered.NOT_YET: "✗",
         Answered.DOES_NOT_APPLY: "–"}
# Colours of the marks, the law's words and the lines between parts, in each theme
# (checked for WCAG AA contrast by tests/ui/test_contrast.py).
MARK_COLOURS = {
    False: {Answered.YES: "#1e6b34", Answered.PARTLY: "#8a5a00", Answered.NOT_YET: "#9b1c1c",
            Answered.DOES_NOT_APPLY: "#52606d"},
    True: {Answered.YES: "#4ade80", Answered.PARTLY: "#ffc940", Answered.NOT_YET: "#ff9b9b",
           Answered.DOES_NOT_APPLY: "#d9d9d9"},
}
LAW_COLOURS = {False: "#52606d", True: "#d9d9d9"}
RULE_COLOURS = {False: "#7b8089", True: "#ffffff"}


def high_contrast_on() -> bool:
    app = QApplication.instance()
    return bool(app.property("highContrast")) if app is not None else False


class ChecklistPage(QWidget):
    def __init__(self, context: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        heading = Heading(self.tr("Ready for my review"))
        intro = introduction(self.tr(
            "What the council will look for in my plan, from the Care Act's list of what a "
            "support plan holds, and where my plan answers each part. Then I can print a "
            "statement of my money for the review."))
        self.summary_label = StatusPanel(self.tr("How much of my plan is ready"))
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("What the council will look for"))
        self.browser.setOpenLinks(False)
        self.pdf_button = QPushButton(self.tr("Save my review statement as &PDF…"))
        self.pdf_button.setAccessibleName(self.tr("Save my review statement as PDF"))
        self.csv_button = QPushButton(self.tr("Save my review statement as &CSV…"))
        self.csv_button.setAccessibleName(self.tr("Save my review statement as CSV"))
        self.large_print_check = QCheckBox(self.tr("&Large print"))
        self.large_print_check.setAccessibleName(self.tr("Large print"))
        self.large_print_check.setAccessibleDescription(
            self.tr("Print the statement in large print"))
        self.large_print_check.setToolTip(self.tr(
            "Bigger letters on landscape pages, so six columns of figures still fit."))
        self.saved_label = QLabel()
        self.saved_label.setWordWrap(True)
        # The buttons wrap onto two lines when large text makes them wider than the window.
        buttons = FlowLayout()
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.large_print_check)
        buttons.addWidget(self.csv_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.browser, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.saved_label)

        self.pdf_button.clicked.connect(self.ask_pdf)
        self.csv_button.clicked.connect(self.ask_csv)
        # Any edit may answer a part of the checklist; worked out when the page is seen.
        self._when_shown = WhenShown(self, self._reload_now)
        context.planChanged.connect(self.reload)
        context.edited.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        self._when_shown.request()

    def _reload_now(self) -> None:
        version = self._context.version
        self.setEnabled(version is not None)
        self.saved_label.clear()
        if version is None:
            self.summary_label.clear()
            self.browser.clear()
            return
        items = council_checklist(version)
        ready = all(item.status is Answered.YES for item in items)
        self.summary_label.show_status(Status.GOOD if ready else Status.WARNING,
                                       f"<b>{escape(summary_words(items))}</b>")
        self.browser.setHtml(self._html(items))

    def _html(self, items: list[CheckItem]) -> str:
        parts = ["<table cellspacing='0' cellpadding='8' width='100%'>"]
        high_contrast = high_contrast_on()
        for item in items:
            colour = MARK_COLOURS[high_contrast][item.status]
            answer = {Answered.YES: self.tr("Yes"), Answered.PARTLY: self.tr("Partly"),
                      Answered.NOT_YET: self.tr("Not yet"),
                      Answered.DOES_NOT_APPLY: self.tr("Does not apply")}[item.status]
            where = item.where if item.status in (Answered.YES, Answered.PARTLY) else ""
            more = item.detail if item.status.done else item.to_do
            lines = [f"<b>{escape(item.statement)}</b>"]
            if where:
                lines.append(escape(self.tr("Where: {0}.").format(where)))
            if more:
                lines.append(escape(more))
            law = self.tr("The law asks for: {0}.").format(item.law[0].lower() + item.law[1:])
            lines.append(f"<span style='color:{LAW_COLOURS[high_contrast]}'>"
                         f"{escape(law)}</span>")
            parts.append(
                "<tr>"
                f"<td width='110' valign='top' style='color:{colour}; font-weight:bold; "
                f"font-size:13pt'>{MARKS[item.status]} {escape(answer)}</td>"
                f"<td valign='top' style='border-bottom:1px solid "
                f"{RULE_COLOURS[high_contrast]}'>"
                f"{'<br>'.join(lines)}</td></tr>")
        parts.append("</table>")
        return "".join(parts)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.reload()  # the marks' colours follow the theme

    def _suggested(self, ending: str) -> str:
        name = self._context.person.name if self._context.person else "my plan"
        return start_in(self._context.store, "review_statement",
                        f"{name} - ready for my review.{ending}")

    def save_pdf(self, path: Path) -> int:
        from budgetplanner.export.pdf import Variant
        from budgetplanner.export.review_pdf import write_review_pdf

        version = self._context.version
        if version is None:
            return 0
        self._context.autosaver.flush()
        statement = self._context.store.review_statement(version, date.today())
        variant = Variant.LARGE_PRINT if self.large_print_check.isChecked() else Variant.STANDARD
        result = write_review_pdf(statement, path, variant)
        self.saved_label.setText(self.tr("Saved my review statement as {0}").format(path))
        tell(self, self.saved_label.text(), folder=path)
        return result.pages

    def save_csv(self, path: Path) -> None:
        from budgetplanner.export.spending_csv import write_statement_csv

        version = self._context.version
        if version is None:
            return
        self._context.autosaver.flush()
        write_statement_csv(self._context.store.review_statement(version, date.today()),
                            path)
        self.saved_label.setText(self.tr("Saved my review statement as {0}").format(path))
        tell(self, self.saved_label.text(), folder=path)

    def ask_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save my review statement as PDF"),
                                              self._suggested("pdf"),
                                              self.tr("PDF files (*.pdf)"))
        if path:
            remember(self._context.store, "review_statement", path)
            try:
                self.save_pdf(Path(path))
            except OSError as exc:
                QMessageBox.warning(self, self.tr("Save as PDF"),
                                    self.tr("The PDF could not be written: {0}").format(exc))

    def ask_csv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save my review statement as CSV"),
                                              self._suggested("csv"),
                                              self.tr("CSV files (*.csv)"))
        if path:
            remember(self._context.store, "review_statement", path)
            try:
                self.save_csv(Path(path))
            except OSError as exc:
                QMessageBox.warning(self, self.tr("Save as CSV"),
                                    self.tr("The CSV file could not be written: {0}").format(exc))
