"""Ready for my review: what the council will look for in my plan, and my review statement."""

from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from budgetplanner.council_checklist import Answered, CheckItem, council_checklist, summary_words
from budgetplanner.review_statement import build_statement
from ui.lazy import WhenShown
from ui.plan_context import PlanContext
from ui.status_panel import StatusPanel
from ui.theme import Status

MARKS = {Answered.YES: "✓", Answered.PARTLY: "◐", Answered.NOT_YET: "✗"}
MARK_COLOURS = {Answered.YES: "#1e6b34", Answered.PARTLY: "#8a5a00",
                Answered.NOT_YET: "#9b1c1c"}


class ChecklistPage(QWidget):
    def __init__(self, context: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        intro = QLabel(self.tr(
            "<h2>Ready for my review</h2><p>What the council will look for in my plan, from "
            "the Care Act's list of what a support plan holds, and where my plan answers "
            "each part. Then I can print a statement of my money for the review.</p>"))
        intro.setWordWrap(True)
        self.summary_label = StatusPanel(self.tr("How much of my plan is ready"))
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("What the council will look for"))
        self.browser.setOpenLinks(False)
        self.pdf_button = QPushButton(self.tr("Save my review statement as &PDF…"))
        self.pdf_button.setAccessibleName(self.tr("Save my review statement as PDF"))
        self.csv_button = QPushButton(self.tr("Save my review statement as &CSV…"))
        self.csv_button.setAccessibleName(self.tr("Save my review statement as CSV"))
        self.large_print_check = QCheckBox(self.tr("&Large print"))
        self.large_print_check.setAccessibleName(self.tr("Print the statement in large print"))
        self.large_print_check.setToolTip(self.tr(
            "Bigger letters on landscape pages, so six columns of figures still fit."))
        self.saved_label = QLabel()
        self.saved_label.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.large_print_check)
        buttons.addWidget(self.csv_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
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
        for item in items:
            colour = MARK_COLOURS[item.status]
            answer = {Answered.YES: self.tr("Yes"), Answered.PARTLY: self.tr("Partly"),
                      Answered.NOT_YET: self.tr("Not yet")}[item.status]
            where = item.where if item.status is not Answered.NOT_YET else ""
            more = item.detail if item.status is Answered.YES else item.to_do
            lines = [f"<b>{escape(item.statement)}</b>"]
            if where:
                lines.append(escape(self.tr("Where: {0}.").format(where)))
            if more:
                lines.append(escape(more))
            law = self.tr("The law asks for: {0}.").format(item.law[0].lower() + item.law[1:])
            lines.append(f"<span style='color:#52606d'>{escape(law)}</span>")
            parts.append(
                "<tr>"
                f"<td width='110' valign='top' style='color:{colour}; font-weight:bold; "
                f"font-size:13pt'>{MARKS[item.status]} {escape(answer)}</td>"
                f"<td valign='top' style='border-bottom:1px solid #d0d4da'>"
                f"{'<br>'.join(lines)}</td></tr>")
        parts.append("</table>")
        return "".join(parts)

    def _suggested(self, ending: str) -> str:
        name = self._context.person.name if self._context.person else "my plan"
        return str(Path.home() / f"{name} - ready for my review.{ending}")

    def save_pdf(self, path: Path) -> int:
        from budgetplanner.export.pdf import Variant
        from budgetplanner.export.review_pdf import write_review_pdf

        version = self._context.version
        if version is None:
            return 0
        self._context.autosaver.flush()
        statement = build_statement(self._context.store.session, version, date.today())
        variant = Variant.LARGE_PRINT if self.large_print_check.isChecked() else Variant.STANDARD
        result = write_review_pdf(statement, path, variant)
        self.saved_label.setText(self.tr("Saved my review statement as {0}").format(path))
        return result.pages

    def save_csv(self, path: Path) -> None:
        from budgetplanner.export.spending_csv import write_statement_csv

        version = self._context.version
        if version is None:
            return
        self._context.autosaver.flush()
        write_statement_csv(build_statement(self._context.store.session, version, date.today()),
                            path)
        self.saved_label.setText(self.tr("Saved my review statement as {0}").format(path))

    def ask_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save my review statement as PDF"),
                                              self._suggested("pdf"),
                                              self.tr("PDF files (*.pdf)"))
        if path:
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
            try:
                self.save_csv(Path(path))
            except OSError as exc:
                QMessageBox.warning(self, self.tr("Save as CSV"),
                                    self.tr("The CSV file could not be written: {0}").format(exc))
