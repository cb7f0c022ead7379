"""The thin map from a stored plan to the plain data the rules work on."""

from __future__ import annotations

from datetime import date

from budgetplanner.budget import PERIODS
from budgetplanner.categories import OptionKind
from budgetplanner.demo import load_demo
from budgetplanner.periods import Period
from budgetplanner.plan_money import option_summary, option_total, plan_summary
from budgetplanner.storage.plan_data import plan_money, spending_plan, statement_facts
from budgetplanner.storage.store import PlanStore


def test_a_stored_plan_maps_to_plain_data_with_the_same_money(store: PlanStore) -> None:
    for person in load_demo(store):
        version = store.current_version(person)
        money = plan_money(version)
        assert [o.key for o in money.options] == [o.id for o in version.options]
        assert sum(len(o.cost_lines) for o in money.options) == sum(
            len(o.cost_lines) for o in version.options)
        assert all((o.pas is not None) == (o.kind is OptionKind.PERSONAL_ASSISTANTS
                                           and bool(v.pa_roles))
                   for o, v in zip(money.options, version.options, strict=True))
        assert money.plan_summary().total[Period.YEAR] == plan_summary(version).total[
            Period.YEAR]
        plan = spending_plan(version, date(2026, 4, 1))
        assert {c.option_key for c in plan.costs} <= {o.id for o in version.options}


def test_statement_facts_name_the_pas_paid_by_my_budget(store: PlanStore) -> None:
    sam = load_demo(store)[2]
    facts = statement_facts(store.current_version(sam), date(2026, 11, 25))
    assert facts.person_name == "Sam Okafor"
    pa_options = [o for o in facts.paid_by_budget if o.kind is OptionKind.PERSONAL_ASSISTANTS]
    assert [name for o in pa_options for name in o.pa_names] == ["Tom"]
    assert len(facts.checklist) == 10


def test_an_options_subtotal_is_its_summarys_total_to_the_penny(store: PlanStore) -> None:
    # The subtotal under an option's costs adds up the figures alone; it says what the
    # option's summary (and the paper) says, PA costs and one-offs included.
    checked = 0
    for person in load_demo(store):
        version = store.current_version(person)
        for option in version.options:
            total = option_total(version, option)
            expected = option_summary(version, option).total
            assert [total[p] for p in PERIODS] == [expected[p] for p in PERIODS]
            assert total.one_off == expected.one_off
            checked += 1 if not total.is_zero() else 0
    assert checked > 3
