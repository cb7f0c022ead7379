"""The pages of the whole plan built on RecordsPage: goals, people, risks, if things go wrong."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableView, QWidget

from budgetplanner.categories import Payer
from budgetplanner.storage.models import Contingency, Goal, Relationship, Risk
from ui.accessible import name_headers
from ui.circle_view import RING_NAMES, CircleView
from ui.delegates import ChoiceDelegate
from ui.i18n import QT_TRANSLATE_NOOP
from ui.models.cost_lines_model import COL_HOW_OFTEN, COL_WHO_PAYS, CostLinesTableModel
from ui.pages.records_page import Field, RecordsPage, RecordsSpec
from ui.plan_context import PlanContext
from ui.sizing import fit_money_columns, tall_as_rows

GROUPS = ((QT_TRANSLATE_NOOP("PeoplePage", "Family"), "family"),
          (QT_TRANSLATE_NOOP("PeoplePage", "Friends"), "friends"),
          (QT_TRANSLATE_NOOP("PeoplePage", "Neighbours and community"), "neighbours"),
          (QT_TRANSLATE_NOOP("PeoplePage", "Community groups"), "community"),
          (QT_TRANSLATE_NOOP("PeoplePage", "Paid people"), "paid"))


def goals_page(context: PlanContext, parent: QWidget | None = None) -> RecordsPage:
    spec = RecordsSpec(
        title=RecordsPage.tr("My goals"),
        intro=RecordsPage.tr("What I want to happen, and how I will know it is happening."),
        collection="goals", noun=RecordsPage.tr("a goal"),
        make=lambda: Goal(title=""),
        describe=lambda goal: goal.title,
        fields=[
            Field("title", RecordsPage.tr("My goal"), "line"),
            Field("how_i_will_know", RecordsPage.tr("How I will know it is happening")),
            Field("target_date", RecordsPage.tr("By when"), "date"),
            Field("what_worked", RecordsPage.tr("At my review: what worked")),
            Field("what_did_not", RecordsPage.tr("At my review: what did not work")),
        ])
    return RecordsPage(context, spec, parent)


class PeoplePage(RecordsPage):
    """People in my life, with the circle drawn beside the list."""

    def __init__(self, context: PlanContext, parent: QWidget | None = None) -> None:
        spec = RecordsSpec(
            title=self.tr("People in my life"),
            intro=self.tr("Family, friends, neighbours, community and paid people; who helps "
                          "with what."),
            collection="relationships", noun=self.tr("a person"),
            make=lambda: Relationship(name="", closeness=2),
            describe=lambda p: f"{p.name}\n{CircleView.tr(RING_NAMES.get(p.closeness, ''))}" if (
                p.name) else "",
            fields=[
                Field("name", self.tr("Name"), "line"),
                Field("group", self.tr("Who they are to me"), "choice",
                      tuple((self.tr(label), value) for label, value in GROUPS)),
                Field("closeness", self.tr("How close"), "choice",
                      tuple((CircleView.tr(label), ring) for ring, label in RING_NAMES.items())),
                Field("helps_with", self.tr("What they help with")),
                Field("unpaid_hours_per_week", self.tr("Unpaid hours a week"), "hours"),
            ])
        super().__init__(context, spec, parent)
        self.circle = CircleView()
        # Under the form, not beside it: at large text sizes the form needs the width.
        self.extra.addWidget(self.circle)
        self.itemChanged.connect(self.circle.refresh)
        self.model.rowsInserted.connect(lambda *_: self.circle.refresh())
        self.model.rowsRemoved.connect(lambda *_: self.circle.refresh())
        context.planChanged.connect(lambda: self.circle.set_version(context.version))
        self.circle.set_version(context.version)


def risks_page(context: PlanContext, parent: QWidget | None = None) -> RecordsPage:
    spec = RecordsSpec(
        title=RecordsPage.tr("Risks I own"),
        intro=RecordsPage.tr("A risk is mine to take: what I choose, and how it is made "
                             "smaller."),
        collection="risks", noun=RecordsPage.tr("a risk"),
        make=lambda: Risk(risk=""),
        describe=lambda risk: risk.risk,
        fields=[
            Field("risk", RecordsPage.tr("The risk")),
            Field("my_choice", RecordsPage.tr("What I choose to do")),
            Field("made_smaller", RecordsPage.tr("What makes it smaller")),
            Field("who_helps", RecordsPage.tr("Who helps")),
            Field("if_wrong", RecordsPage.tr("What happens if it goes wrong")),
        ])
    return RecordsPage(context, spec, parent)


class ContingencyPage(RecordsPage):
    """If things go wrong: what happens, what we do, and what it costs."""

    def __init__(self, context: PlanContext, parent: QWidget | None = None) -> None:
        spec = RecordsSpec(
            title=self.tr("If things go wrong"),
            intro=self.tr("A PA off sick, a carer who is ill: what we do, and its cost."),
            collection="contingencies", noun=self.tr("a plan B"),
            make=lambda: Contingency(situation=""),
            describe=lambda item: item.situation,
            fields=[Field("situation", self.tr("What happens")),
                    Field("arrangement", self.tr("What we do"))])
        super().__init__(context, spec, parent)
        self.lines_model = CostLinesTableModel(context.store)
        self.lines_view = QTableView()
        self.lines_view.setModel(self.lines_model)
        self.lines_view.setAccessibleName(self.tr("What it costs"))
        self.lines_view.verticalHeader().hide()
        fit_money_columns(self.lines_view)
        tall_as_rows(self.lines_view, least_rows=2)
        delegate = ChoiceDelegate(self.lines_view)
        for column in (COL_HOW_OFTEN, COL_WHO_PAYS):
            self.lines_view.setItemDelegateForColumn(column, delegate)
        name_headers(self.lines_view)
        self.add_line = QPushButton(self.tr("Add a cost"))
        self.add_line.setAccessibleName(self.tr("Add a cost to this plan"))
        self.remove_line = QPushButton(self.tr("Remove cost"))
        self.remove_line.setAccessibleName(self.tr("Remove cost, the selected one"))
        self.problem = QLabel()
        self.problem.setObjectName("fieldMessage")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_line)
        buttons.addWidget(self.remove_line)
        buttons.addStretch()
        title = QLabel(self.tr("<b>What it costs</b> (counted apart from my support)"))
        title.setBuddy(self.lines_view)
        self.extra.addWidget(title)
        self.extra.addWidget(self.lines_view)
        self.extra.addLayout(buttons)
        self.extra.addWidget(self.problem)
        self.add_line.clicked.connect(self._add_line)
        self.remove_line.clicked.connect(
            lambda: self.lines_model.remove_line(self.lines_view.currentIndex().row()))
        self.lines_model.problem.connect(self.problem.setText)
        self.lines_model.moneyChanged.connect(context.edited)
        self.itemChanged.connect(self._show_lines)
        self._show_lines()

    def _show_lines(self) -> None:
        item = self.current()
        read_only = not self._context.editable
        if item is not self.lines_model.owner:
            self.lines_model.set_option(item, read_only=read_only)
        self.add_line.setEnabled(item is not None and not read_only)
        self.remove_line.setEnabled(item is not None and not read_only)

    def _add_line(self) -> None:
        row = self.lines_model.add_line()
        if row >= 0 and self.lines_model.lines:
            self.lines_model.lines[row].payer = Payer.PERSONAL_BUDGET
            self.lines_view.setCurrentIndex(self.lines_model.index(row, 0))
