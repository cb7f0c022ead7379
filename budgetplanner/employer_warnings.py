"""What the law asks of me as an employer of PAs, as sentences: one wording for each warning.

Pure data in, sentences out: the rules that decide which warning applies live with the
sums (`pa_costs`), the words live here, so the screen, the printed plan and the afford page
say the same thing in the same way. Every sentence is in the person's own voice.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from budgetplanner.formatting import money_text, pounds
from budgetplanner.translation import N_, _, translated

_money = money_text
_limit = pounds  # thresholds read better without pence when they have none


# -- one PA -----------------------------------------------------------------------------


def below_minimum_wage(who: str, wage: Decimal, lowest: Decimal, wage_name: str) -> str:
    """A wage below the legal minimum for the PA's age. `who` is a name or "my PAs"."""
    return _(
        "{wage} an hour for {who} is below {wage_name} of {lowest} an hour. "
        "The law says a PA must be paid at least that."
    ).format(wage=_money(wage), who=who, wage_name=wage_name, lowest=_money(lowest))


def must_enrol(name: str, hours: str, trigger: Decimal, per: str, rate: str) -> str:
    """Pay above the earnings trigger, aged 22 to State Pension age: the duty to enrol."""
    return _(
        "At {hours} hours a week {name} earns above the pension trigger of {trigger} "
        "{per}, so I must put {name} into a workplace pension and pay in {rate}."
    ).format(hours=hours, name=name, trigger=_limit(trigger), per=per, rate=rate)


def must_enrol_then_may_leave(name: str, hours: str, trigger: Decimal, per: str) -> str:
    """A PA above the trigger who has chosen to leave the pension."""
    return _(
        "At {hours} hours a week {name} earns above the pension trigger of {trigger} "
        "{per}. I must put {name} into a workplace pension first; {name} can then choose to "
        "leave, and I must put them back in every three years."
    ).format(hours=hours, name=name, trigger=_limit(trigger), per=per)


def may_ask_to_join(name: str, pay: Decimal, per: str, lower: Decimal, trigger: Decimal,
                    rate: str) -> str:
    """Pay above the lower limit but not above the trigger: the right to opt in."""
    return _(
        "{name} earns {pay} {per}: above the lower limit of {lower} {per} "
        "but not above the pension trigger of {trigger} {per}, so {name} is not put "
        "into a workplace pension automatically. {name} has the right to ask to join: if "
        "{name} asks, I must enrol them and pay in {rate} of their pay above "
        "{lower} {per}. I tell {name} about this in writing."
    ).format(name=name, pay=_money(pay), per=per, lower=_limit(lower), trigger=_limit(trigger),
             rate=rate)


def too_young_to_enrol(name: str, age: str, lower: Decimal, per: str, rate: str) -> str:
    """Under 22: not enrolled automatically, but can ask to join."""
    return _(
        "{name} is aged {age}, so is not put into a workplace pension automatically, but "
        "can ask to join. If {name} joins and earns over {lower} {per}, I must pay "
        "in {rate}."
    ).format(name=name, age=age, lower=_limit(lower), per=per, rate=rate)


def near_trigger(name: str, hours_at_trigger: str, trigger: Decimal, per: str,
                 rate: str) -> str:
    """A few more hours, or a pay rise, would bring the duty to enrol."""
    return _(
        "{name} is close to the pension trigger: at more than about {hours} hours "
        "a week {name} would earn above {trigger} {per}, and I would have to put "
        "{name} into a workplace pension and pay in {rate}."
    ).format(name=name, hours=hours_at_trigger, trigger=_limit(trigger), per=per, rate=rate)


def relative_in_household(name: str) -> str:
    return _(
        "{name} is a close relative who lives in my home. A direct payment cannot usually "
        "pay a close relative who lives in the same household, unless the council agrees it "
        "is necessary. Ask the council and write down what it says."
    ).format(name=name)


# -- the employer: once for a plan of PAs -----------------------------------------------

# Kept in English as data (tests and callers compare them); translated by employer_duties.
NO_LIABILITY_INSURANCE = N_(
    "My plan has no line for employers’ liability insurance. The law says I must have it "
    "when I employ PAs: add a line for it (often £100 to £200 a year, sometimes with a "
    "payroll service)."
)

REGISTER_WITH_HMRC = N_(
    "Before my first PA’s first payday I must register with HMRC as an employer (PAYE), "
    "and then report each payday to HMRC through payroll (Real Time Information); a payroll "
    "service can do this for me."
)

DECLARATION_OF_COMPLIANCE = N_(
    "Within five months of my first PA starting I must complete the declaration of "
    "compliance with The Pensions Regulator, even when no PA is put into a pension."
)

SICK_PAY = N_(
    "I pay Statutory Sick Pay when a PA is off sick (from April 2026 from their first day), "
    "and I cannot claim it back: I keep money aside for it (the days of sick pay I plan for "
    "with my PAs, costed by the rate table's rules), as well as for someone to cover."
)


def mentions_insurance(descriptions: Iterable[str]) -> bool:
    """Whether any cost line looks like employers' liability insurance."""
    return any("insurance" in text.lower() or "liability" in text.lower()
               for text in descriptions)


def employer_duties(*, employs_pas: bool, has_insurance_line: bool) -> list[str]:
    """The duties of becoming an employer, in the order they fall due, in the chosen
    language; empty without PAs."""
    if not employs_pas:
        return []
    duties = [] if has_insurance_line else [NO_LIABILITY_INSURANCE]
    return [translated(duty)
            for duty in [*duties, REGISTER_WITH_HMRC, DECLARATION_OF_COMPLIANCE, SICK_PAY]]
