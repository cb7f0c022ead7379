"""The example plans of Sita, Jenny and Sam, so that a newcomer sees a full plan at once.

Drawn from ../shared/scenarios/: the figures match their worked totals.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from budgetplanner.categories import OptionKind, Payer
from budgetplanner.periods import Frequency, Period
from budgetplanner.spending import add_demo_spending
from budgetplanner.storage.models import (
    Contingency,
    CostLine,
    Goal,
    Option,
    PARoleRow,
    Person,
    PlanVersion,
    Relationship,
    Risk,
    Scenario,
)
from budgetplanner.storage.store import PlanStore

DEMO_NAMES = ("Sita Patel", "Jenny Walsh", "Sam Okafor")
DEMO_RATE_TABLE = "2026/27"

D = Decimal


@dataclass
class _Builder:
    """Adds the parts of one demo plan in order, keeping positions right."""

    version: PlanVersion
    options: dict[str, Option] = field(default_factory=dict)
    goals: dict[str, Goal] = field(default_factory=dict)

    def goal(self, key: str, title: str, how: str, target: date | None = None) -> Goal:
        goal = Goal(title=title, how_i_will_know=how, target_date=target,
                    position=len(self.version.goals))
        self.version.goals.append(goal)
        self.goals[key] = goal
        return goal

    def person(self, name: str, group: str, closeness: int, helps: str,
               hours: str | None = None) -> None:
        self.version.relationships.append(Relationship(
            name=name, group=group, closeness=closeness, helps_with=helps,
            unpaid_hours_per_week=D(hours) if hours else None,
            position=len(self.version.relationships)))

    def option(self, key: str, title: str, kind: OptionKind, description: str,
               goals: tuple[str, ...] = ()) -> Option:
        option = Option(title=title, kind=kind, description=description,
                        position=len(self.version.options))
        option.goals = [self.goals[g] for g in goals]
        self.version.options.append(option)
        self.options[key] = option
        return option

    def scenario(self, name: str, keys: tuple[str, ...], notes: str = "") -> Scenario:
        scenario = Scenario(name=name, notes=notes, position=len(self.version.scenarios))
        scenario.options = [self.options[k] for k in keys]
        self.version.scenarios.append(scenario)
        return scenario

    def risk(self, risk: str, choice: str, smaller: str, helps: str, wrong: str) -> None:
        self.version.risks.append(Risk(risk=risk, my_choice=choice, made_smaller=smaller,
                                       who_helps=helps, if_wrong=wrong,
                                       position=len(self.version.risks)))

    def contingency(self, situation: str, arrangement: str,
                    lines: tuple[CostLine, ...] = ()) -> None:
        contingency = Contingency(situation=situation, arrangement=arrangement,
                                  position=len(self.version.contingencies))
        contingency.cost_lines = list(lines)
        self.version.contingencies.append(contingency)


def _line(description: str, amount: str, frequency: Frequency, payer: Payer,
          hours: str | None = None, position: int = 0) -> CostLine:
    return CostLine(description=description, amount=D(amount), frequency=frequency,
                    payer=payer, hours_per_week=D(hours) if hours else None, position=position)


def _lines(option: Option, *lines: CostLine) -> None:
    for index, line in enumerate(lines):
        line.position = index
        option.cost_lines.append(line)


def _pa(option: Option, name: str, wage: str, hours: str, age_band: str = "22_to_spa") -> None:
    option.pa_roles.append(PARoleRow(name=name, hourly_wage=D(wage), hours_per_week=D(hours),
                                     pay_frequency="weekly", age_band=age_band,
                                     hours_pattern="irregular",
                                     position=len(option.pa_roles)))


def _new_plan(store: PlanStore, name: str) -> _Builder:
    person = Person(name=name)
    version = PlanVersion(number=1, rate_table_name=DEMO_RATE_TABLE)
    person.versions.append(version)
    store.session.add(person)
    return _Builder(version)


def _sita(store: PlanStore) -> Person:
    b = _new_plan(store, "Sita Patel")
    v = b.version
    v.preferred_name = "Sita"
    v.admired = "People admire my cooking and my sense of humour."
    v.communication = (
        "I speak Gujarati and English. I like support from women who share my culture "
        "and understand my faith."
    )
    v.decisions = "I make my own decisions. My sister Anjali helps me think through big ones."
    v.good_life = (
        "Cooking for my family on Sundays, going to the temple women's group each week, "
        "dancing again, and working at my cousin's shop."
    )
    v.matters_now = "Support from people who understand my culture and my faith."
    v.support_needs = ("Help at home with everyday things, from women who share my culture "
                       "and my faith. Help to get to the temple group and to my dance class.")
    v.matters_future = "A part-time job and money of my own."
    v.strengths = "Cooking, languages, bookkeeping skills from college."
    v.own_resources = "My own savings for small things."
    v.contribution = "I cook for my family every Sunday and help at the women's group."
    v.personal_budget = D("22750")
    v.personal_budget_period = Period.YEAR
    v.participants = "Sita, her sister Anjali, and her advocate."
    v.next_review = date(2027, 5, 12)
    v.why_chosen = (
        "I know Priya and Meera and they understand my faith. The agency in the next borough "
        "has women I trust. They come when Priya or Meera cannot."
    )
    b.goal("temple", "Go to the temple women's group every week",
           "I will know it is happening when I have been every week for a month.")
    b.goal("dance", "Learn to dance again", "I will know it is happening when I dance at Diwali.")
    b.goal("job", "Get a part-time job at my cousin's shop",
           "I will know it is happening when I have worked my first paid shift.",
           date(2027, 11, 1))
    b.person("Anjali (my sister)", "family", 1, "Helps with decisions and shopping", "3")
    b.person("Priya", "friends", 2, "A friend from the temple; will be one of my PAs")
    b.person("Meera", "friends", 2, "A friend from the temple; will be one of my PAs")
    b.person("Mr and Mrs Shah", "neighbours", 3, "Neighbours who look out for me")
    b.person("The temple women's group", "community", 3, "Friendship every week")
    pas = b.option("pas", "PAs from my network", OptionKind.PERSONAL_ASSISTANTS,
                   "Priya and Meera, friends from the temple, employed with my direct payment.",
                   ("temple", "dance", "job"))
    _pa(pas, "Priya", "13.50", "12")
    _pa(pas, "Meera", "13.00", "8")
    _lines(pas,
           _line("Employers' liability insurance", "120", Frequency.PER_YEAR,
                 Payer.PERSONAL_BUDGET),
           _line("Payroll service", "180", Frequency.PER_YEAR, Payer.PERSONAL_BUDGET))
    backup = b.option("backup", "Back-up agency in the next borough", OptionKind.AGENCY,
                      "Women support workers I trust, for when my PAs cannot come.",
                      ("temple",))
    _lines(backup, _line("Support from the agency", "32.00", Frequency.PER_HOUR,
                         Payer.PERSONAL_BUDGET, "4"))
    temple = b.option("temple", "Temple women's group", OptionKind.COMMUNITY,
                      "Every week with the women I know.", ("temple",))
    _lines(temple, _line("The group", "0", Frequency.PER_WEEK, Payer.FREE))
    dance = b.option("dance", "Dance class", OptionKind.COMMUNITY, "A class near home.",
                     ("dance",))
    _lines(dance, _line("Class fee", "6.00", Frequency.PER_WEEK, Payer.OWN_MONEY))
    council = b.option("council", "The agency the council offered", OptionKind.AGENCY,
                       "Considered and not chosen: its staff could not offer the cultural "
                       "understanding I need.")
    _lines(council, _line("Support from the agency", "32.00", Frequency.PER_HOUR,
                          Payer.PERSONAL_BUDGET, "24"))
    chosen = b.scenario("My network with agency back-up", ("pas", "backup", "temple", "dance"))
    b.scenario("Council's agency only", ("council", "temple", "dance"))
    store.session.flush()
    v.chosen_scenario_id = chosen.id
    b.risk("A PA falls ill at short notice.", "I keep my PAs and plan for cover.",
           "The back-up agency knows me and can come at a day's notice.",
           "The back-up agency; Anjali can help for a day.",
           "Anjali stays with me and we call the agency.")
    b.contingency("Priya or Meera is off sick",
                  "The back-up agency covers the hours; Anjali helps for a day.",
                  (_line("Extra agency hours, about 20 a year", "640", Frequency.PER_YEAR,
                         Payer.PERSONAL_BUDGET),))
    return b.version.person


def _jenny(store: PlanStore) -> Person:
    b = _new_plan(store, "Jenny Walsh")
    v = b.version
    v.preferred_name = "Jenny"
    v.admired = "People like my kindness and how I remember everyone's birthday."
    v.communication = "Short sentences and pictures help me. Please give me time to answer."
    v.decisions = "I make decisions with my friend Lucy and my advocate."
    v.good_life = (
        "Living with my friend Lucy in a flat of our own. Choosing what to eat and when to go "
        "to bed. Painting. Volunteering at the community café."
    )
    v.matters_now = "Choosing what I eat and when I go to bed."
    v.support_needs = ("Support in the day to cook, shop and look after my flat. Someone in "
                       "the flat at night. Information in short sentences and pictures.")
    v.matters_future = "My own front door, with Lucy."
    v.strengths = "Painting, baking, remembering everyone's birthday."
    v.own_resources = "My savings."
    v.contribution = "I volunteer at the community café two mornings a week."
    v.personal_budget = D("1000")
    v.personal_budget_period = Period.WEEK
    v.participants = "Jenny, her friend Lucy, her brother Mark, and her advocate."
    v.next_review = date(2026, 12, 10)
    v.why_chosen = "I want my own key and to live with Lucy."
    b.goal("flat", "Live with Lucy in a flat of our own",
           "I will know it is happening when I have my own key.", date(2027, 6, 1))
    b.goal("paint", "Paint every week", "I will know it is happening when I have a painting "
           "on my own wall.")
    b.goal("cafe", "Keep volunteering at the café", "I will know it is happening when I still "
           "go two mornings a week.")
    b.person("Lucy", "friends", 1, "My friend; we will live together")
    b.person("Mark (my brother)", "family", 2, "Visits every month", "2")
    b.person("Café volunteers", "community", 3, "Friends at the café")
    b.person("Staff I like at the home", "paid", 4, "People who know me well")
    flat = b.option("flat", "Shared flat with Lucy", OptionKind.SHARED_LIVING,
                    "A housing provider buys the flat; Lucy and I share it.", ("flat",))
    _lines(flat,
           _line("My half of the rent (housing benefit)", "325.00", Frequency.PER_MONTH,
                 Payer.OTHER_FUNDING),
           _line("My half of the bills", "60.00", Frequency.PER_MONTH, Payer.OWN_MONEY))
    provider = b.option("provider", "Support provider we chose", OptionKind.AGENCY,
                        "A provider that fits our lives, chosen by Lucy and me.",
                        ("flat", "paint", "cafe"))
    _lines(provider,
           _line("Shared daytime support (my half of 30 hours)", "28.50", Frequency.PER_HOUR,
                 Payer.PERSONAL_BUDGET, "15"),
           _line("Support just for me", "28.50", Frequency.PER_HOUR, Payer.PERSONAL_BUDGET,
                 "6"),
           _line("Shared sleep-in, my half of 7 nights at £110.00", "385.00",
                 Frequency.PER_WEEK, Payer.PERSONAL_BUDGET))
    art = b.option("art", "Art class at the community centre", OptionKind.COMMUNITY,
                   "Painting with other people every week.", ("paint",))
    _lines(art, _line("Class fee", "4.00", Frequency.PER_WEEK, Payer.OWN_MONEY))
    cafe = b.option("cafe", "Volunteering at the café", OptionKind.COMMUNITY,
                    "This is what I contribute.", ("cafe",))
    _lines(cafe, _line("Volunteering", "0", Frequency.PER_WEEK, Payer.FREE))
    stay = b.option("stay", "Stay where I am", OptionKind.OTHER,
                    "Residential care, paid by the council.")
    _lines(stay, _line("Residential care home", "1450.00", Frequency.PER_WEEK,
                       Payer.OTHER_FUNDING))
    chosen = b.scenario("Flat with Lucy", ("flat", "provider", "art", "cafe"))
    b.scenario("Stay where I am", ("stay", "art", "cafe"))
    store.session.flush()
    v.chosen_scenario_id = chosen.id
    b.risk("Being on my own when Lucy is away.", "I want to stay in my flat.",
           "A sleep-in is already in the plan, and I carry a phone with my brother's number.",
           "Mark, and the support provider.", "I call Mark, and the provider sends someone.")
    b.contingency("The support provider cannot cover a shift",
                  "The provider sends a worker I have met; Mark can come for an evening.")
    return b.version.person


def _sam(store: PlanStore) -> Person:
    b = _new_plan(store, "Sam Okafor")
    v = b.version
    v.preferred_name = "Sam"
    v.admired = "People admire how I speak up for others."
    v.communication = (
        "I like plans written down in advance. Please do not change things at the last minute."
    )
    v.decisions = "I make my own decisions; my self-advocacy group helps me prepare."
    v.good_life = (
        "Choosing who supports me and when; swimming twice a week; football with friends; "
        "my own place in two years."
    )
    v.matters_now = "Choosing who supports me and when."
    v.support_needs = ("Help to get to swimming and football, with my week planned in "
                       "advance. Help to get ready to move to my own place.")
    v.matters_future = "Moving to my own place in two years."
    v.strengths = "Speaking up, knowing the bus routes."
    v.own_resources = "My own money for swimming."
    v.contribution = "I help run my self-advocacy group's meetings."
    v.personal_budget = D("260")
    v.personal_budget_period = Period.WEEK
    v.participants = "Sam, his mum and dad, and his advocate."
    v.next_review = date(2027, 3, 20)
    v.why_chosen = "I choose my PA myself, and he comes when we agreed."
    b.goal("choose", "Choose who supports me and when",
           "I will know it is happening when I choose my PA myself.")
    b.goal("swim", "Swim twice a week", "I will know it is happening when I go every "
           "Tuesday and Friday.")
    b.goal("home", "Move to my own place", "I will know it is happening when I have my own "
           "tenancy.", date(2028, 11, 1))
    b.person("Mum and Dad", "family", 1, "Everything at home", "10")
    b.person("Dev", "friends", 2, "Football on Saturdays")
    b.person("The self-advocacy group", "community", 3, "Speaking up together")
    b.person("Tom (my PA)", "paid", 4, "Swimming, football, getting about")
    pa = b.option("pa", "My own PA", OptionKind.PERSONAL_ASSISTANTS,
                  "Tom, whom I chose, paid weekly from my direct payment.",
                  ("choose", "swim", "home"))
    _pa(pa, "Tom", "13.25", "16")
    _lines(pa,
           _line("Employers' liability insurance", "120", Frequency.PER_YEAR,
                 Payer.PERSONAL_BUDGET),
           _line("Payroll service", "180", Frequency.PER_YEAR, Payer.PERSONAL_BUDGET))
    group = b.option("group", "Self-advocacy group", OptionKind.COMMUNITY,
                     "Where I learned to speak up.", ("choose",))
    _lines(group, _line("The group", "0", Frequency.PER_WEEK, Payer.FREE))
    swim = b.option("swim", "Swimming", OptionKind.COMMUNITY, "Twice a week.", ("swim",))
    _lines(swim, _line("Swimming, £4.50 a session, twice a week", "9.00", Frequency.PER_WEEK,
                       Payer.OWN_MONEY))
    agency = b.option("agency", "The domiciliary care service I have now", OptionKind.AGENCY,
                      "Considered and not chosen: the visit times are unreliable.")
    _lines(agency, _line("Agency support", "30.00", Frequency.PER_HOUR, Payer.PERSONAL_BUDGET,
                         "16"))
    chosen = b.scenario("My own PA", ("pa", "group", "swim"))
    b.scenario("Stay with the agency", ("agency", "group", "swim"))
    store.session.flush()
    v.chosen_scenario_id = chosen.id
    b.risk("Tom is off and no one I know can come.", "I would rather miss a swim than have "
           "a stranger.", "Dev or Dad can go swimming with me.", "Dad, Dev",
           "I stay home that day and we plan the week again.")
    b.contingency("Tom is on holiday", "Dad helps; we plan holidays four weeks ahead.")
    return b.version.person


def load_demo(store: PlanStore) -> list[Person]:
    """Add the three example plans (again, if asked twice) and save them."""

    def make(session: Session) -> list[Person]:
        people = [build(store) for build in (_sita, _jenny, _sam)]
        session.flush()
        for person in people:
            person.next_review = person.versions[-1].next_review
            # A few months of spending, so a newcomer sees how the flags work.
            add_demo_spending(store, person)
        return people

    people = store.change("add the example plans", make)
    store.save()
    return people
