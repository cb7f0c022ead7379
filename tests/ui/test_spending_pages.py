"""The new money pages driven as a person would: spending, what I can afford, the review."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pdfplumber
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from budgetplanner.categories import Payer
from budgetplanner.council_checklist import PAGES
from budgetplanner.demo import load_demo
from budgetplanner.periods import Period
from budgetplanner.spending import (
    CsvMapping,
    Flag,
    OptionPlan,
    Spent,
    entries_for,
    save_csv_mapping,
    spending_report,
)
from budgetplanner.storage.store import PlanStore
from ui.main_window import MainWindow
from ui.models.spending_model import COL_GOING, COL_PLANNED, COL_WHAT, SpendingSummaryModel
from ui.pages.spending_page import BankImportDialog

D = Decimal


def open_demo(qtbot: QtBot, store: PlanStore, name: str) -> MainWindow:
    people = load_demo(store)
    window = MainWindow(store)
    qtbot.addWidget(window)
    person = next(p for p in people if p.name == name)
    window.people.refresh(select=person.id)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_summary_model_shows_each_row_in_the_chosen_period() -> None:
    model = SpendingSummaryModel()
    start = date(2026, 4, 1)
    report = spending_report(start, {}, [OptionPlan("a", "My PAs", D(5200), True)],
                             [Spent(start, Payer.PERSONAL_BUDGET, "a", D(100))])
    model.set_report(report)
    rows = [model.index(r, COL_WHAT).data() for r in range(model.rowCount())]
    assert rows[-1] == "My PAs"
    model.set_period(Period.WEEK)
    assert model.index(model.rowCount() - 1, COL_PLANNED).data() == "£100.00"
    assert model.headerData(COL_PLANNED, Qt.Orientation.Horizontal) == "Planned\na week"
    going = model.index(model.rowCount() - 1, COL_GOING)
    assert going.data() == Flag.UNDER.label
    assert "taken back" in going.data(Qt.ItemDataRole.AccessibleTextRole)


def test_sam_sees_his_underspend_and_can_add_what_he_spent(
    qtbot: QtBot, store: PlanStore
) -> None:
    window = open_demo(qtbot, store, "Sam Okafor")
    page = window.spending_page
    window.show_page(page)
    assert "well under the plan" in page.flags_label.text()
    before = page.entries_model.rowCount()
    page.month_combo.setCurrentIndex(6)  # October 2026
    qtbot.keyClicks(page.amount_edit, "abc")
    assert not page.add_typed()
    assert page.add_message.isVisibleTo(page)
    page.amount_edit.clear()
    qtbot.keyClicks(page.amount_edit, "1069.84")
    qtbot.keyClick(page.amount_edit, Qt.Key.Key_Return)
    assert page.entries_model.rowCount() == before + 1
    assert "7 of 12 months" in page.counting_label.text()
    # Every control on the page has a name a screen reader can say.
    for widget in (page.start_combo, page.period_combo, page.month_combo, page.payer_combo,
                   page.option_combo, page.amount_edit, page.note_edit, page.add_button,
                   page.remove_button, page.import_button, page.export_button,
                   page.summary_view, page.entries_view):
        assert widget.accessibleName()


def test_importing_a_bank_statement_remembers_the_columns(
    qtbot: QtBot, store: PlanStore, tmp_path: Path
) -> None:
    window = open_demo(qtbot, store, "Sita Patel")
    statement = tmp_path / "bank.csv"
    statement.write_text("Date,Details,Amount\n05/11/2026,PAYROLL,-186.53\n"
                         "06/11/2026,AGENCY,-128.00\n", encoding="utf-8")
    save_csv_mapping(store.session, CsvMapping("Date", "Amount", "Details"))
    dialog = BankImportDialog(window.context, statement, window)
    qtbot.addWidget(dialog)
    assert dialog.description_combo.currentData() == "Details"
    version = window.context.version
    assert version is not None
    before = len(entries_for(store.session, version))
    assert dialog.do_import()
    assert len(entries_for(store.session, version)) == before + 2
    assert dialog.result_text == "Imported 2 payments."


def test_a_bad_statement_imports_nothing_and_names_the_line(
    qtbot: QtBot, store: PlanStore, tmp_path: Path
) -> None:
    window = open_demo(qtbot, store, "Sita Patel")
    statement = tmp_path / "bank.csv"
    statement.write_text("Date,Amount\n05/11/2026,-1.00\n5th Nov,-2.00\n", encoding="utf-8")
    dialog = BankImportDialog(window.context, statement, window)
    qtbot.addWidget(dialog)
    version = window.context.version
    assert version is not None
    before = len(entries_for(store.session, version))
    assert not dialog.do_import()
    assert "Nothing was imported. Line 3" in dialog.message.text()
    assert len(entries_for(store.session, version)) == before


def test_afford_page_finds_sams_highest_wage_and_most_hours(
    qtbot: QtBot, store: PlanStore
) -> None:
    window = open_demo(qtbot, store, "Sam Okafor")
    page = window.afford_page
    window.show_page(page)
    assert "up to £13.96 an hour for 16 hours a week" in page.answer_label.text()
    assert "up to 71p an hour (5.3%)" in page.answer_label.text()
    page.hours_mode.setChecked(True)
    assert "I can have up to" in page.answer_label.text()
    page.hours_edit.clear()
    page.wage_mode.setChecked(True)
    # An empty box is not an error: the answer says what to fill in, with no red message.
    assert not page.message.isVisibleTo(page)
    assert "Fill in the money I have and the hours I want" in page.answer_label.text()
    qtbot.keyClicks(page.hours_edit, "lots")
    assert page.message.isVisibleTo(page)
    for widget in (page.budget_edit, page.budget_period, page.set_aside_edit, page.hours_edit,
                   page.wage_edit, page.pa_spin, page.frequency_combo, page.allowance_check,
                   page.fixed_edit, page.cover_edit, page.rise_edit, page.period_combo,
                   page.wage_mode, page.hours_mode, page.lines_view, page.pattern_combo):
        assert widget.accessibleName()
    # Sam's PA's hours change week to week, so the cover box is for sickness and holiday;
    # with the same hours every week holiday cover is already a line, so it is sickness only.
    assert "holiday" in page.cover_label.text()
    page.pattern_combo.setCurrentIndex(page.pattern_combo.findData("fixed"))
    page.pattern_combo.activated.emit(page.pattern_combo.currentIndex())
    assert "holiday" not in page.cover_label.text()
    assert "sickness" in page.cover_label.text()


def test_review_page_lists_the_checklist_and_saves_the_statement(
    qtbot: QtBot, store: PlanStore, tmp_path: Path
) -> None:
    window = open_demo(qtbot, store, "Sita Patel")
    page = window.checklist_page
    window.show_page(page)
    assert "all 10 things" in page.summary_label.text()
    assert "My plan says how my support will be paid" in page.browser.toPlainText()
    assert page.save_pdf(tmp_path / "review.pdf") >= 2
    page.large_print_check.setChecked(True)
    large = tmp_path / "review-large.pdf"
    assert page.save_pdf(large) >= 2
    # Large print is on landscape pages.
    with pdfplumber.open(large) as pdf:
        assert pdf.pages[0].width > pdf.pages[0].height
        assert "Ready for my review" in (pdf.pages[0].extract_text() or "")
    page.save_csv(tmp_path / "review.csv")
    assert (tmp_path / "review.csv").read_text(encoding="utf-8-sig").startswith("Part,What")


def test_the_checklist_names_pages_the_window_has(qtbot: QtBot, store: PlanStore) -> None:
    window = MainWindow(store)
    qtbot.addWidget(window)
    names = {window.page_list.item(row).text() for row in range(window.page_list.count())}
    assert set(PAGES) <= names


def test_a_utf16_statement_with_cr_lines_and_semicolons_imports(
    qtbot: QtBot, store: PlanStore, tmp_path: Path
) -> None:
    window = open_demo(qtbot, store, "Sita Patel")
    statement = tmp_path / "bank.csv"
    statement.write_bytes(b"\xff\xfe" + "Date;Details;Amount\r05/11/2026;CAFÉ;-1.50\r"
                          "06/11/2026;PAYROLL;-186.53\r".encode("utf-16-le"))
    dialog = BankImportDialog(window.context, statement, window)
    qtbot.addWidget(dialog)
    assert dialog.headers == ["Date", "Details", "Amount"]
    version = window.context.version
    assert version is not None
    before = len(entries_for(store.session, version))
    assert dialog.do_import()
    assert len(entries_for(store.session, version)) == before + 2
