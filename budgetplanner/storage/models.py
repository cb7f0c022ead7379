"""The typed ORM models: a person, the versions of their plan, and everything a plan holds."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    func,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

from budgetplanner.categories import OptionKind, Payer
from budgetplanner.periods import Frequency, Period
from budgetplanner.storage.types import DecimalText


def _values(enum_type: type[OptionKind | Payer | Frequency | Period]) -> list[str]:
    return [member.value for member in enum_type]


def _enum(enum_type: type[OptionKind | Payer | Frequency | Period]) -> Enum:
    return Enum(enum_type, native_enum=False, length=32, values_callable=_values,
                validate_strings=True)


def new_uid() -> str:
    return str(uuid.uuid4())


def utcnow() -> datetime:
    return datetime.now().replace(microsecond=0)


class Base(DeclarativeBase):
    pass


class Versioned:
    """A row people edit carries a number that goes up by one on every save, and a save is
    made only where the number is still the one read (optimistic locking, migration 0005).

    When two people change the same row, the second save finds a newer number, changes
    nothing, and SQLAlchemy raises StaleDataError (told to the person by
    budgetplanner.storage.conflicts). On a server, a row the signed-in person may not see
    looks the same way: the save changes nothing and is refused.
    """

    row_version: Mapped[int] = mapped_column(Integer, server_default=text("1"))

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 (a class attribute)
        return {"version_id_col": cls.row_version}


class Person(Versioned, Base):
    """The person a plan belongs to; their plan has one or more versions."""

    __tablename__ = "people"
    # The list of plans sorts by lower(name): an index in that order lets a page of 100 be
    # read without sorting every person (10,000 plans open as fast as 100).
    __table_args__ = (Index("ix_people_lower_name", func.lower(text("name")), "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    # Kept on the person so the list of plans can show it without loading versions.
    next_review: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)

    versions: Mapped[list[PlanVersion]] = relationship(
        back_populates="person", cascade="all, delete-orphan", order_by="PlanVersion.number"
    )


option_goals = Table(
    "option_goals",
    Base.metadata,
    Column("option_id", ForeignKey("options.id", ondelete="CASCADE"), primary_key=True),
    Column("goal_id", ForeignKey("goals.id", ondelete="CASCADE"), primary_key=True),
)

scenario_options = Table(
    "scenario_options",
    Base.metadata,
    Column("scenario_id", ForeignKey("scenarios.id", ondelete="CASCADE"), primary_key=True),
    Column("option_id", ForeignKey("options.id", ondelete="CASCADE"), primary_key=True),
)


class PlanVersion(Versioned, Base):
    """One version of a person's plan. A review freezes it and starts the next from a copy."""

    __tablename__ = "plan_versions"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    frozen_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)

    # About me
    preferred_name: Mapped[str] = mapped_column(Text, default="")
    admired: Mapped[str] = mapped_column(Text, default="")
    communication: Mapped[str] = mapped_column(Text, default="")
    decisions: Mapped[str] = mapped_column(Text, default="")
    # A good life
    good_life: Mapped[str] = mapped_column(Text, default="")
    matters_now: Mapped[str] = mapped_column(Text, default="")
    matters_future: Mapped[str] = mapped_column(Text, default="")
    # What I bring
    strengths: Mapped[str] = mapped_column(Text, default="")
    own_resources: Mapped[str] = mapped_column(Text, default="")
    contribution: Mapped[str] = mapped_column(Text, default="")
    # What I need support with, in my own words (the Care Act's first item).
    support_needs: Mapped[str] = mapped_column(Text, default="")
    # The money
    personal_budget: Mapped[Decimal | None] = mapped_column(DecimalText, nullable=True)
    personal_budget_period: Mapped[Period] = mapped_column(_enum(Period), default=Period.YEAR)
    rate_table_name: Mapped[str] = mapped_column(String(40), default="")
    employment_allowance: Mapped[bool] = mapped_column(Boolean, default=True)
    # My chosen support
    chosen_scenario_id: Mapped[int | None] = mapped_column(
        ForeignKey("scenarios.id", ondelete="SET NULL", use_alter=True), nullable=True
    )
    why_chosen: Mapped[str] = mapped_column(Text, default="")
    # Agreement and review
    participants: Mapped[str] = mapped_column(Text, default="")
    next_review: Mapped[date | None] = mapped_column(Date, nullable=True)
    review_notes: Mapped[str] = mapped_column(Text, default="")

    person: Mapped[Person] = relationship(back_populates="versions")
    goals: Mapped[list[Goal]] = relationship(
        back_populates="version", cascade="all, delete-orphan", order_by="Goal.position"
    )
    relationships: Mapped[list[Relationship]] = relationship(
        back_populates="version", cascade="all, delete-orphan", order_by="Relationship.position"
    )
    options: Mapped[list[Option]] = relationship(
        back_populates="version", cascade="all, delete-orphan", order_by="Option.position"
    )
    scenarios: Mapped[list[Scenario]] = relationship(
        back_populates="version",
        cascade="all, delete-orphan",
        order_by="Scenario.position",
        foreign_keys="Scenario.version_id",
    )
    risks: Mapped[list[Risk]] = relationship(
        back_populates="version", cascade="all, delete-orphan", order_by="Risk.position"
    )
    contingencies: Mapped[list[Contingency]] = relationship(
        back_populates="version", cascade="all, delete-orphan", order_by="Contingency.position"
    )

    @property
    def is_frozen(self) -> bool:
        return self.frozen_at is not None


class Goal(Versioned, Base):
    __tablename__ = "goals"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), default=new_uid)
    version_id: Mapped[int] = mapped_column(
        ForeignKey("plan_versions.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(Text, default="")
    how_i_will_know: Mapped[str] = mapped_column(Text, default="")
    target_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    # How it went since the last version, written at a review.
    what_worked: Mapped[str] = mapped_column(Text, default="")
    what_did_not: Mapped[str] = mapped_column(Text, default="")

    version: Mapped[PlanVersion] = relationship(back_populates="goals")
    options: Mapped[list[Option]] = relationship(secondary=option_goals, back_populates="goals")


class Relationship(Versioned, Base):
    """Someone in the person's life, placed on a ring of the circle by closeness (1 = closest)."""

    __tablename__ = "relationships"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), default=new_uid)
    version_id: Mapped[int] = mapped_column(
        ForeignKey("plan_versions.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(200), default="")
    group: Mapped[str] = mapped_column(String(32), default="family")
    closeness: Mapped[int] = mapped_column(Integer, default=1)
    helps_with: Mapped[str] = mapped_column(Text, default="")
    unpaid_hours_per_week: Mapped[Decimal | None] = mapped_column(DecimalText, nullable=True)

    version: Mapped[PlanVersion] = relationship(back_populates="relationships")


class Option(Versioned, Base):
    """One way of meeting goals, with its cost lines (and PA roles for PAs)."""

    __tablename__ = "options"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), default=new_uid)
    version_id: Mapped[int] = mapped_column(
        ForeignKey("plan_versions.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[OptionKind] = mapped_column(_enum(OptionKind), default=OptionKind.OTHER)
    description: Mapped[str] = mapped_column(Text, default="")
    # Who pays the employer costs of PAs worked out from the roles below.
    pa_payer: Mapped[Payer] = mapped_column(_enum(Payer), default=Payer.PERSONAL_BUDGET)
    # Cover for sickness and holiday: "none", "percent" of the wage bill, or "hours" a year.
    cover_kind: Mapped[str] = mapped_column(String(16), default="none")
    cover_value: Mapped[Decimal | None] = mapped_column(DecimalText, nullable=True)
    # The first payday of the option's weekly or four-weekly pay, so spending is planned on
    # the real paydays (None: paydays count from the plan year's first day). Migration 0006.
    first_payday: Mapped[date | None] = mapped_column(Date, nullable=True)
    # The hourly rate paid to whoever covers a fixed-hours PA's holiday (None: each PA's
    # own wage).
    holiday_cover_rate: Mapped[Decimal | None] = mapped_column(DecimalText, nullable=True)
    # Days a year of Statutory Sick Pay planned for each PA (None or 0: no sick pay line).
    sick_pay_days: Mapped[int | None] = mapped_column(Integer, nullable=True)

    version: Mapped[PlanVersion] = relationship(back_populates="options")
    cost_lines: Mapped[list[CostLine]] = relationship(
        back_populates="option", cascade="all, delete-orphan", order_by="CostLine.position"
    )
    pa_roles: Mapped[list[PARoleRow]] = relationship(
        back_populates="option", cascade="all, delete-orphan", order_by="PARoleRow.position"
    )
    goals: Mapped[list[Goal]] = relationship(secondary=option_goals, back_populates="options")


class CostLine(Versioned, Base):
    """What, how much, how often and who pays; belongs to an option or a contingency."""

    __tablename__ = "cost_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), default=new_uid)
    option_id: Mapped[int | None] = mapped_column(
        ForeignKey("options.id", ondelete="CASCADE"), index=True, nullable=True
    )
    contingency_id: Mapped[int | None] = mapped_column(
        ForeignKey("contingencies.id", ondelete="CASCADE"), index=True, nullable=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    description: Mapped[str] = mapped_column(Text, default="")
    amount: Mapped[Decimal] = mapped_column(DecimalText, default=Decimal(0))
    frequency: Mapped[Frequency] = mapped_column(_enum(Frequency), default=Frequency.PER_WEEK)
    hours_per_week: Mapped[Decimal | None] = mapped_column(DecimalText, nullable=True)
    payer: Mapped[Payer] = mapped_column(_enum(Payer), default=Payer.PERSONAL_BUDGET)
    # The day a yearly cost falls due, or the day a one-off is planned, so spending plans it
    # in that month (None: the plan year's first month). Migration 0006.
    due_on: Mapped[date | None] = mapped_column(Date, nullable=True)

    option: Mapped[Option | None] = relationship(back_populates="cost_lines")
    contingency: Mapped[Contingency | None] = relationship(back_populates="cost_lines")


class PARoleRow(Versioned, Base):
    """A personal assistant the person employs, as stored; the engine works out the costs."""

    __tablename__ = "pa_roles"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), default=new_uid)
    option_id: Mapped[int] = mapped_column(ForeignKey("options.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(200), default="")
    hourly_wage: Mapped[Decimal] = mapped_column(DecimalText, default=Decimal(0))
    hours_per_week: Mapped[Decimal] = mapped_column(DecimalText, default=Decimal(0))
    pay_frequency: Mapped[str] = mapped_column(String(16), default="weekly")
    age_band: Mapped[str] = mapped_column(String(16), default="22_to_spa")
    pension_choice: Mapped[str] = mapped_column(String(16), default="auto")
    relative_in_household: Mapped[bool] = mapped_column(Boolean, default=False)
    # "fixed": the same hours every week, paid 52 weeks with holiday, cover bought for 5.6
    # weeks; "irregular": hours vary, holiday pay rolled up at 12.07% (see pa_costs).
    hours_pattern: Mapped[str] = mapped_column(String(16), default="fixed")

    option: Mapped[Option] = relationship(back_populates="pa_roles")


class Scenario(Versioned, Base):
    """A named group of options, compared side by side; one may be the chosen one."""

    __tablename__ = "scenarios"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), default=new_uid)
    version_id: Mapped[int] = mapped_column(
        ForeignKey("plan_versions.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    version: Mapped[PlanVersion] = relationship(
        back_populates="scenarios", foreign_keys=[version_id]
    )
    options: Mapped[list[Option]] = relationship(secondary=scenario_options)


class Risk(Versioned, Base):
    __tablename__ = "risks"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), default=new_uid)
    version_id: Mapped[int] = mapped_column(
        ForeignKey("plan_versions.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    risk: Mapped[str] = mapped_column(Text, default="")
    my_choice: Mapped[str] = mapped_column(Text, default="")
    made_smaller: Mapped[str] = mapped_column(Text, default="")
    who_helps: Mapped[str] = mapped_column(Text, default="")
    if_wrong: Mapped[str] = mapped_column(Text, default="")

    version: Mapped[PlanVersion] = relationship(back_populates="risks")


class Contingency(Versioned, Base):
    """If things go wrong: what happens, what we do, and what it costs."""

    __tablename__ = "contingencies"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), default=new_uid)
    version_id: Mapped[int] = mapped_column(
        ForeignKey("plan_versions.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    situation: Mapped[str] = mapped_column(Text, default="")
    arrangement: Mapped[str] = mapped_column(Text, default="")

    version: Mapped[PlanVersion] = relationship(back_populates="contingencies")
    cost_lines: Mapped[list[CostLine]] = relationship(
        back_populates="contingency", cascade="all, delete-orphan", order_by="CostLine.position"
    )


class RateTableRow(Base):
    """A dated table of wage, National Insurance and pension figures, kept as JSON text."""

    __tablename__ = "rate_tables"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40), unique=True)
    built_in: Mapped[bool] = mapped_column(Boolean, default=False)
    body: Mapped[str] = mapped_column(Text, default="{}")
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Setting(Base):
    """A program setting (text size, theme, paper size), one row each."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class PlanYear(Versioned, Base):
    """The month a plan's money year starts, so what is spent can be set against each month."""

    __tablename__ = "plan_years"

    version_id: Mapped[int] = mapped_column(
        ForeignKey("plan_versions.id", ondelete="CASCADE"), primary_key=True
    )
    starts_on: Mapped[date] = mapped_column(Date)


class SpendingEntry(Versioned, Base):
    """Money actually spent in one month, by who paid and, when known, for which option.

    Typed in as a month's figure, or one payment from a bank statement (`source` "bank").
    An option removed later leaves its spending in place, no longer linked to it.
    """

    __tablename__ = "spending_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), default=new_uid)
    version_id: Mapped[int] = mapped_column(
        ForeignKey("plan_versions.id", ondelete="CASCADE"), index=True
    )
    month: Mapped[date] = mapped_column(Date, index=True)
    payer: Mapped[Payer] = mapped_column(_enum(Payer), default=Payer.PERSONAL_BUDGET)
    option_id: Mapped[int | None] = mapped_column(
        ForeignKey("options.id", ondelete="SET NULL"), index=True, nullable=True
    )
    amount: Mapped[Decimal] = mapped_column(DecimalText, default=Decimal(0))
    note: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(16), default="typed")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
