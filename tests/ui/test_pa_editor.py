"""The PA editor: people employing PAs see the honest cost as they type."""

from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from budgetplanner.categories import OptionKind, Payer
from budgetplanner.storage.store import PlanStore
from ui.main_window import MainWindow
from ui.models.pa_roles_model import (
    COL_HOURS,
    COL_NAME,
    COL_NI,
    COL_PATTERN,
    COL_PAY,
    COL_WAGE,
)
from ui.pages.options_page import OptionsPage


def open_window(qtbot: QtBot, db_path: Path) -> tuple[MainWindow, PlanStore]:
    store = PlanStore.open(db_path)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    return window, store


def pa_option(window: MainWindow, name: str) -> OptionsPage:
    """A new plan for `name` with one option of personal assistants, on screen."""
    window.people.add_plan(name)
    page = window.options_page
    window.tabs.setCurrentWidget(page)
    page.add_option()
    page.kind_combo.setCurrentIndex(page.kind_combo.findData(OptionKind.PERSONAL_ASSISTANTS))
    page.kind_combo.activated.emit(page.kind_combo.currentIndex())
    return page


def test_a_pa_added_in_the_editor_is_costed_with_holiday_ni_and_warnings(
    qtbot: QtBot, db_path: Path
) -> None:
    window, store = open_window(qtbot, db_path)
    page = pa_option(window, "Priya's employer")
    assert page.pa_editor.isVisible()

    editor = page.pa_editor
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    model = editor.model
    assert model.setData(model.index(0, COL_NAME), "Priya")
    assert model.setData(model.index(0, COL_WAGE), "13.50")
    assert model.setData(model.index(0, COL_HOURS), "12")
    # A new PA works the same hours every week; Priya's hours change week to week.
    assert model.index(0, COL_PATTERN).data() == "Same hours every week"
    assert model.setData(model.index(0, COL_PATTERN), "irregular")
    assert model.index(0, COL_PATTERN).data() == "Hours change week to week"
    # 13.50 × 12 h × 52 × 1.1207 = 9,440.7768 → £9,440.78 a year with holiday;
    # NI: (181.55 − 96) × 15% × 52 = £667.29 a year, all paid by Employment Allowance.
    assert model.index(0, COL_PAY).data() == "£9,440.78"
    assert model.index(0, COL_NI).data() == "£667.29"
    assert "1.1207" in model.index(0, COL_PAY).data(Qt.ItemDataRole.ToolTipRole)
    # The option: 181.55 a week with holiday; NI 12.83 and the allowance −12.83 cancel.
    assert "£181.55 a week" in page.subtotal_label.text()

    # Without the allowance the NI is paid: 9,440.78 + 667.29 = 10,108.07 a year.
    editor.allowance_box.setChecked(False)
    assert "£10,108.07 a year" in page.subtotal_label.text()

    # A wage below the National Living Wage (£12.71 in 2026/27) is warned about, in words.
    assert model.setData(model.index(0, COL_WAGE), "11.00")
    assert "12.71" in editor.warnings.text()

    # A mistake is refused with a message, and the figure stays as it was.
    assert not model.setData(model.index(0, COL_HOURS), "200")
    assert "168" in editor.message.text()
    assert model.index(0, COL_HOURS).data() == "12"

    window.close()
    store.close()
    again = PlanStore.open(db_path)
    try:
        person = again.find_person("Priya's employer")
        assert person is not None
        [option] = again.current_version(person).options
        [pa] = option.pa_roles
        assert (pa.name, str(pa.hourly_wage), str(pa.hours_per_week)) == ("Priya", "11.00", "12")
        assert again.current_version(person).employment_allowance is False
    finally:
        again.close()


def test_fixed_hours_pa_is_costed_without_rolled_up_holiday_and_warned_beside_the_table(
        qtbot: QtBot, db_path: Path) -> None:
    window, store = open_window(qtbot, db_path)
    try:
        page = pa_option(window, "Asha's employer")
        editor = page.pa_editor
        qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
        model = editor.model
        assert model.setData(model.index(0, COL_NAME), "Asha")
        assert model.setData(model.index(0, COL_WAGE), "13.00")
        assert model.setData(model.index(0, COL_HOURS), "14")
        # Same hours every week: 13.00 × 14 × 52 = £9,464.00, holiday included.
        assert model.index(0, COL_PAY).data() == "£9,464.00"
        # NI: (182.00 − 96) × 15% × 52 = £670.80 a year.
        assert model.index(0, COL_NI).data() == "£670.80"
        # Cover 5.6 × 14 × 13.00 = £1,019.20 a year is its own line in the working.
        assert "1,019.20" in editor.working.text()
        # The warnings sit straight under the table, the chosen PA's details and the
        # message, with nothing to click below them (who pays, the allowance and the cover
        # come before the table), so a warning coming or going moves no box or button.
        layout = editor.layout()
        assert layout.indexOf(editor.details) == layout.indexOf(editor.view) + 1
        assert layout.indexOf(editor.message) == layout.indexOf(editor.view) + 2
        assert layout.indexOf(editor.warnings) == layout.indexOf(editor.view) + 3
        assert layout.indexOf(editor.allowance_box) < layout.indexOf(editor.view)
        # Below the £192 trigger but above £120: not enrolled, may ask to join with my 3%.
        assert "right to ask to join" in editor.warnings.text()
        # A first-time employer sees the duties, beside the PAs; no insurance line yet.
        assert "register with HMRC" in editor.warnings.text()
        assert "declaration of compliance" in editor.warnings.text()
        assert "employers’ liability insurance" in editor.warnings.text()
        assert "must put Asha into a workplace pension" not in editor.warnings.text()
        assert model.setData(model.index(0, COL_WAGE), "11.00")
        assert model.index(0, COL_NAME).data(Qt.ItemDataRole.DecorationRole) is not None
        assert "12.71" in model.index(0, COL_NAME).data(Qt.ItemDataRole.ToolTipRole)
    finally:
        window.close()
        store.close()


def test_paying_my_pas_from_my_own_money_needs_no_personal_budget(
        qtbot: QtBot, db_path: Path) -> None:
    window, store = open_window(qtbot, db_path)
    try:
        page = pa_option(window, "Ruth Evans")
        editor = page.pa_editor
        qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
        assert editor.payer_combo.accessibleName()
        assert editor.payer_combo.currentData() == Payer.PERSONAL_BUDGET.value
        editor.payer_combo.setCurrentIndex(editor.payer_combo.findData(Payer.OWN_MONEY.value))
        editor.payer_combo.activated.emit(editor.payer_combo.currentIndex())
        version = window.context.version
        assert version is not None
        assert version.options[0].pa_payer is Payer.OWN_MONEY

        money = window.money_page
        window.show_page(money)
        assert not money.budget_edit.isVisibleTo(money)
        assert "I pay for my own support" in money.verdict_label.text()
        labels = [money.totals_model.headerData(row, Qt.Orientation.Vertical)
                  for row in range(money.totals_model.rowCount())]
        assert labels == ["My own money", "All my support"]

        # Back to the personal budget: the box to type it comes back.
        window.show_page(page)
        editor.payer_combo.setCurrentIndex(
            editor.payer_combo.findData(Payer.PERSONAL_BUDGET.value))
        editor.payer_combo.activated.emit(editor.payer_combo.currentIndex())
        window.show_page(money)
        assert money.budget_edit.isVisibleTo(money)
        assert "Type my personal budget" in money.verdict_label.text()
    finally:
        window.close()
        store.close()


def test_holiday_cover_rate_sick_pay_and_first_payday_are_set_in_the_editor(
        qtbot: QtBot, db_path: Path) -> None:
    window, store = open_window(qtbot, db_path)
    try:
        page = pa_option(window, "Ben's employer")
        editor = page.pa_editor
        qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
        model = editor.model
        assert model.setData(model.index(0, COL_NAME), "Ben")
        assert model.setData(model.index(0, COL_WAGE), "13.50")
        assert model.setData(model.index(0, COL_HOURS), "30")
        # At first cover is paid at Ben's own wage: 5.6 × 30 × 13.50 = £2,268.00.
        assert editor.holiday_cover.currentData() == "own_wage"
        assert not editor.holiday_cover_rate.isEnabled()
        assert "£2,268.00 a year" in editor.working.text()

        # An agency's rate: 5.6 × 30 × £24.00 = £4,032.00, a line of its own.
        editor.holiday_cover.setCurrentIndex(editor.holiday_cover.findData("other_rate"))
        editor.holiday_cover.activated.emit(editor.holiday_cover.currentIndex())
        assert editor.holiday_cover_rate.isEnabled()
        qtbot.keyClicks(editor.holiday_cover_rate, "24")
        assert "£24.00 an hour (the cover rate) = £4,032.00 a year" in editor.working.text()
        assert "£2,268.00" not in editor.working.text()

        # Ten days of Statutory Sick Pay: 10 ÷ 7 × £123.25 = £176.07 (Ben earns £405 a week).
        editor.sick_days.setValue(10)
        assert "Statutory Sick Pay (10 days a year for each PA)" in editor.working.text()
        assert "£176.07 a year" in editor.working.text()

        # The first payday: a year out of reason is refused in words and not kept.
        qtbot.keyClicks(editor.first_payday, "03/04/1926")
        assert "2000" in editor.message.text() and editor.message.isVisibleTo(editor)
        editor.first_payday.clear()
        qtbot.keyClicks(editor.first_payday, "03/04/2026")
        assert editor.message.text() == ""  # its room is kept, empty
        assert window.context.autosaver.flush()
    finally:
        window.close()
        store.close()
    again = PlanStore.open(db_path)
    try:
        person = again.find_person("Ben's employer")
        assert person is not None
        [option] = again.current_version(person).options
        assert option.holiday_cover_rate == Decimal("24.00")
        assert option.sick_pay_days == 10
        assert option.first_payday == date(2026, 4, 3)
    finally:
        again.close()
