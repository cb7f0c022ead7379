"""Rate tables: copy last year's, change a figure, move a plan to it and see the money move."""

import re
from decimal import Decimal
from pathlib import Path

from pytestqt.qtbot import QtBot

from budgetplanner.categories import Payer
from budgetplanner.demo import load_demo
from budgetplanner.money import Money
from budgetplanner.periods import Period
from budgetplanner.plan_money import plan_summary
from budgetplanner.storage.rate_tables import preview_move
from budgetplanner.storage.store import PlanStore
from ui.main_window import MainWindow
from ui.rate_tables_dialog import COL_VALUE, RateTablesDialog


def test_copy_edit_and_move_a_plan_to_next_years_table(qtbot: QtBot, db_path: Path) -> None:
    store = PlanStore.open(db_path)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.load_demo()
    sam = store.find_person("Sam Okafor")
    assert sam is not None
    window.people.select_person(sam.id)
    dialog = RateTablesDialog(window.context, window)
    qtbot.addWidget(dialog)
    assert dialog.chooser.currentData() == "2026/27"
    assert not dialog.model.editable  # shipped tables are read-only

    dialog.copy_for_next_year()
    assert dialog.chooser.currentData() == "2027/28"
    assert dialog.model.editable
    # Raise the employer's NI rate from 15% to 20%, and keep the change.
    keys = [key for key, _ in dialog.model.table.figures()]  # type: ignore[union-attr]
    row = keys.index("employer_ni_rate")
    assert dialog.model.setData(dialog.model.index(row, COL_VALUE), "0.20")
    dialog.save()
    assert dialog.problems.text() == "Saved."

    version = window.context.version
    assert version is not None
    # Sam claims Employment Allowance, so NI stays fully offset: the money does not move.
    move = preview_move(version, "2027/28")
    before = move.before.by_payer[Payer.PERSONAL_BUDGET][Period.YEAR]
    assert before == Money.of("12838.04")
    assert move.after.by_payer[Payer.PERSONAL_BUDGET][Period.YEAR] == before
    # Without the allowance the new rate shows: 20% × (237.59 − 96) × 52 = £1,472.54 a year.
    version.employment_allowance = False
    move = preview_move(version, "2027/28")
    after = move.after.by_payer[Payer.PERSONAL_BUDGET][Period.YEAR]
    assert after - move.before.by_payer[Payer.PERSONAL_BUDGET][Period.YEAR] == Money(
        Decimal("1472.54") - Decimal("1104.40"))
    assert version.rate_table_name == "2026/27"  # a preview changes nothing

    dialog.use_table("2027/28")
    assert version.rate_table_name == "2027/28"
    window.close()
    store.save()
    store.close()

    again = PlanStore.open(db_path)
    try:
        person = again.find_person("Sam Okafor")
        assert person is not None
        moved = again.current_version(person)
        assert moved.rate_table_name == "2027/28"
        assert plan_summary(moved).by_payer[Payer.PERSONAL_BUDGET][Period.YEAR] == after
    finally:
        again.close()


def test_demo_plans_load_with_the_shipped_tables(store: PlanStore) -> None:
    load_demo(store)
    from budgetplanner.storage.rate_tables import known_tables

    names = [known.table.name for known in known_tables(store.session)]
    assert names == ["2025/26", "2026/27"]


def test_each_figures_date_reads_as_a_person_writes_it(qtbot: QtBot, db_path: Path) -> None:
    """The date a figure was taken from its source reads "6 April 2026", not "2026-04-06"."""
    from ui.rate_tables_dialog import COL_DATE, RateFiguresModel

    store = PlanStore.open(db_path)
    try:
        tables = store.rate_tables()
        assert tables
        model = RateFiguresModel()
        model.set_table(tables[-1].table, editable=False)
        shown = [model.data(model.index(row, COL_DATE)) for row in range(model.rowCount())]
        dated = [text for text in shown if text]
        assert dated, "no figure has a source date"
        assert all(re.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}", text) for text in dated), dated
    finally:
        store.close()
