"""A self-funder's PA plan: paid from my own money, it reads with no personal budget."""

from __future__ import annotations

import csv
import io
from datetime import date
from decimal import Decimal
from pathlib import Path

import pdfplumber

from budgetplanner.categories import OptionKind, Payer
from budgetplanner.council_checklist import Answered, summary_words
from budgetplanner.demo import load_demo
from budgetplanner.export.csv_money import money_csv
from budgetplanner.export.pdf import PrintOptions, Variant, write_plan_pdf
from budgetplanner.export.review_pdf import write_review_pdf
from budgetplanner.periods import Frequency, Period
from budgetplanner.plan_money import NO_PERSONAL_BUDGET, personal_budget_applies, plan_summary
from budgetplanner.review_statement import build_statement
from budgetplanner.storage.models import PARoleRow, PlanVersion
from budgetplanner.storage.plan_data import council_checklist
from budgetplanner.storage.store import PlanStore

D = Decimal
NO_BUDGET = Decimal(0)
BUDGET_ITEMS = {"personal_budget", "direct_payment", "fits"}


def self_funder(store: PlanStore, budget: Decimal | None = NO_BUDGET) -> PlanVersion:
    person = store.add_person("Ruth Evans")
    version = store.current_version(person)
    version.personal_budget = budget
    option = store.add_option(version, "My PAs", OptionKind.PERSONAL_ASSISTANTS)
    option.pa_payer = Payer.OWN_MONEY
    option.pa_roles.append(PARoleRow(name="Asha", hourly_wage=D("13.00"), hours_per_week=D(14),
                                     hours_pattern="fixed", position=0))
    store.add_cost_line(option, "Employers' liability insurance", D(150), Frequency.PER_YEAR,
                        Payer.OWN_MONEY)
    store.session.flush()
    return version


def test_own_money_pas_are_never_short_of_a_personal_budget(store: PlanStore) -> None:
    version = self_funder(store)
    summary = plan_summary(version)
    assert not personal_budget_applies(version)
    assert summary.comparison is None
    assert summary.payers_used() == [Payer.OWN_MONEY]
    # 9,464.00 pay + 1,019.20 cover + 150 insurance (the allowance pays the 670.80 NI).
    assert summary.by_payer[Payer.OWN_MONEY][Period.YEAR].amount == D("10633.20")


def test_a_budget_still_applies_when_typed_or_when_something_is_paid_from_it(
        store: PlanStore) -> None:
    version = self_funder(store, budget=D(5000))
    assert personal_budget_applies(version)
    assert plan_summary(version).comparison is not None
    empty = store.current_version(store.add_person("New plan"))
    assert personal_budget_applies(empty)  # nothing costed yet: the budget may come first
    sita = store.current_version(load_demo(store)[0])
    assert personal_budget_applies(sita)


def test_the_checklist_marks_personal_budget_items_as_not_applying(store: PlanStore) -> None:
    items = council_checklist(self_funder(store), date(2026, 11, 25))
    by_key = {item.key: item for item in items}
    for key in BUDGET_ITEMS:
        assert by_key[key].status is Answered.DOES_NOT_APPLY
        assert by_key[key].status.done
        assert "does not apply" in by_key[key].sentence()
    done = sum(item.status.done for item in items)
    assert f"answers {done} of the {len(items)}" in summary_words(items)
    # A plan with a personal budget keeps "Not yet" for a budget not typed.
    sita = store.current_version(load_demo(store)[0])
    sita.personal_budget = None
    sita_items = {i.key: i for i in council_checklist(sita, date(2026, 11, 25))}
    assert sita_items["personal_budget"].status is Answered.NOT_YET


def test_csv_and_pdf_speak_of_my_own_money(store: PlanStore, tmp_path: Path) -> None:
    version = self_funder(store)
    rows = list(csv.reader(io.StringIO(money_csv(version).lstrip("\ufeff"))))
    assert not any(row and row[0] == "Personal budget" for row in rows)
    assert {row[5] for row in rows if len(row) == 10 and row[0] == "My PAs"} == {"My own money"}
    for variant in Variant:
        result = write_plan_pdf(version, tmp_path / f"{variant.value}.pdf",
                                PrintOptions(variant=variant, printed_on=date(2026, 11, 25)))
        with pdfplumber.open(result.path) as pdf:
            words = " ".join(" ".join(p.extract_text() or "" for p in pdf.pages).split())
        assert "short" not in words.lower()
        assert "Personal budget" not in words  # no bar, no column, no row for it
        assert " ".join(NO_PERSONAL_BUDGET.split()) in words
        assert "My own money" in words


def test_the_review_statement_says_the_budget_items_do_not_apply(
        store: PlanStore, tmp_path: Path) -> None:
    version = self_funder(store)
    statement = build_statement(store.session, version, date(2026, 11, 25))
    result = write_review_pdf(statement, tmp_path / "review.pdf")
    with pdfplumber.open(result.path) as pdf:
        words = " ".join(" ".join(p.extract_text() or "" for p in pdf.pages).split())
    assert words.count("– Does not") == len(BUDGET_ITEMS)  # "apply" may wrap in its cell
    assert "short of my personal budget" not in words.lower()
    assert "under “My personal budget”" not in words  # no box to point at
