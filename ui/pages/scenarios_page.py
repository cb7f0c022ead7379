"""Scenarios: group options into ways of living my life, compare them, choose one and say why."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTableView,
    QWidget,
)

from budgetplanner.categories import Payer
from budgetplanner.periods import Period
from budgetplanner.scenarios import ScenarioFigures, compare
from budgetplanner.storage.models import Scenario
from budgetplanner.validation import ValidationError, clean_text
from ui.accessible import Heading, name_headers
from ui.lazy import WhenShown
from ui.pages.records_page import Field, RecordsPage, RecordsSpec
from ui.plan_context import PlanContext
from ui.sizing import fit_money_columns, lines_high, tall_as_rows

ModelIndex = QModelIndex | QPersistentModelIndex


class ComparisonModel(QAbstractTableModel):
    """Columns are scenarios; rows are what a panel compares."""

    def __init__(self) -> None:
        super().__init__()
        self.figures: list[ScenarioFigures] = []
        self.rows: list[tuple[str, list[str], bool]] = []

    def set_figures(self, figures: list[ScenarioFigures]) -> None:
        self.beginResetModel()
        self.figures = figures
        self.rows = self._build(figures)
        self.endResetModel()

    def _build(self, figures: list[ScenarioFigures]) -> list[tuple[str, list[str], bool]]:
        rows: list[tuple[str, list[str], bool]] = []
        payers = [p for p in Payer if any(not f.summary.by_payer[p].is_zero() for f in figures)]
        for period in (Period.WEEK, Period.YEAR):
            for payer in payers:
                rows.append((f"{payer.label}, {period.label}",
                             [f.summary.by_payer[payer][period].format() for f in figures],
                             False))
            rows.append((self.tr("All costs, {0}").format(period.label),
                         [f.summary.total[period].format() for f in figures], True))
        gaps = []
        for f in figures:
            gap = f.gap(Period.YEAR)
            if gap is None:
                gaps.append(self.tr("no personal budget set"))
            elif gap.is_negative():
                # Two lines, so the column is only as wide as the figure.
                gaps.append(self.tr("{0}\nover").format((-gap).format()))
            else:
                gaps.append(self.tr("{0}\nleft").format(gap.format()))
        # A plan paid from my own money has no personal budget: no row asks for one.
        if Payer.PERSONAL_BUDGET in payers or any(f.gap(Period.YEAR) is not None
                                                  for f in figures):
            rows.append((self.tr("Against my personal budget, a year"), gaps, True))
        rows.append((self.tr("Goals met"),
                     ["\n".join(g.title for g in f.goals_met) or self.tr("none")
                      for f in figures], False))
        rows.append((self.tr("People involved"),
                     [", ".join(f.people) or "-" for f in figures], False))
        rows.append((self.tr("Chosen"), [self.tr("Yes, my choice") if f.chosen else ""
                                          for f in figures], True))
        return rows

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.figures)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.figures[section].scenario.name or self.tr("(no name yet)")
        return self.rows[section][0]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        label, values, bold = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return values[index.column()]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            name = self.headerData(index.column(), Qt.Orientation.Horizontal)
            return f"{name}, {label}: {values[index.column()]}"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and bold:
            font = QFont()
            font.setBold(True)
            return font
        return None


class ScenariosPage(RecordsPage):
    def __init__(self, context: PlanContext, parent: QWidget | None = None) -> None:
        spec = RecordsSpec(
            title=self.tr("My scenarios"),
            intro=self.tr("Ways of putting my options together, compared side by side."),
            collection="scenarios", noun=self.tr("a scenario"),
            make=lambda: Scenario(name=""),
            describe=lambda s: s.name,
            fields=[Field("name", self.tr("Name of this scenario"), "line"),
                    Field("notes", self.tr("Notes"))])
        super().__init__(context, spec, parent)
        self._when_shown = WhenShown(self, self._compare_now)
        self.options_list = QListWidget()
        self.options_list.setAccessibleName(self.tr("Options in this scenario"))
        self.chosen_box = QCheckBox(self.tr("This is the support I choose"))
        self.why_edit = QPlainTextEdit()
        self.why_edit.setAccessibleName(self.tr("Why I chose this, in my own words"))
        self.why_edit.setTabChangesFocus(True)
        context.watch_language(self.why_edit)
        lines_high(self.why_edit, 3)
        self.comparison = ComparisonModel()
        self.table = QTableView()
        self.table.setModel(self.comparison)
        self.table.setAccessibleName(self.tr("Side by side: my scenarios"))
        self.table.setWordWrap(True)
        fit_money_columns(self.table)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # As tall as their rows, at any text size: the page scrolls as one.
        tall_as_rows(self.table)
        self.options_list.setWordWrap(True)
        self.options_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.options_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        tall_as_rows(self.options_list)
        name_headers(self.table)
        options_label = QLabel(self.tr("<b>Options in this scenario</b> (tick them)"))
        options_label.setBuddy(self.options_list)
        why_label = QLabel(self.tr("<b>Why I chose this</b>, in my own words"))
        why_label.setBuddy(self.why_edit)
        compare_label = Heading(self.tr("Side by side"), 3)
        compare_label.setBuddy(self.table)
        for widget in (options_label, self.options_list, self.chosen_box, why_label,
                       self.why_edit, compare_label, self.table):
            self.extra.addWidget(widget)
        self.options_list.itemChanged.connect(self._option_ticked)
        self.chosen_box.toggled.connect(self._chosen_toggled)
        self.why_edit.textChanged.connect(self._why_edited)
        self.itemChanged.connect(self._show_scenario)
        context.moneyChanged.connect(self._refresh_comparison)
        self._show_scenario()

    def _show_scenario(self) -> None:
        scenario = self.current()
        version = self._context.version
        self._loading = True
        self.options_list.clear()
        read_only = not self._context.editable
        if version is not None and scenario is not None:
            chosen_ids = {o.id for o in scenario.options}
            for option in version.options:
                item = QListWidgetItem(option.title or self.tr("(no name yet)"))
                item.setData(Qt.ItemDataRole.UserRole, option.id)
                flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                if not read_only:
                    flags |= Qt.ItemFlag.ItemIsUserCheckable
                item.setFlags(flags)
                item.setCheckState(Qt.CheckState.Checked if option.id in chosen_ids
                                   else Qt.CheckState.Unchecked)
                self.options_list.addItem(item)
        self.chosen_box.setChecked(bool(version and scenario
                                        and version.chosen_scenario_id == scenario.id))
        self.chosen_box.setEnabled(scenario is not None and not read_only)
        self.why_edit.setPlainText(version.why_chosen if version else "")
        self.why_edit.setReadOnly(read_only)
        self._loading = False
        self._refresh_comparison()

    def _refresh_comparison(self) -> None:
        # Costing every scenario is work: done when the page is seen, or marked to do.
        self._when_shown.request()

    def _compare_now(self) -> None:
        version = self._context.version
        self.comparison.set_figures(compare(version) if version is not None else [])

    def _option_ticked(self, item: QListWidgetItem) -> None:
        scenario, version = self.current(), self._context.version
        if self._loading or scenario is None or version is None:
            return
        option_id = item.data(Qt.ItemDataRole.UserRole)
        option = next(o for o in version.options if o.id == option_id)
        ticked = item.checkState() == Qt.CheckState.Checked
        if ticked and option not in scenario.options:
            self._context.store.add_to(scenario, "options", option)
        elif not ticked and option in scenario.options:
            self._context.store.remove_from(scenario, "options", option)
        self._context.moneyChanged.emit()

    def _chosen_toggled(self, on: bool) -> None:
        scenario, version = self.current(), self._context.version
        if self._loading or scenario is None or version is None:
            return
        if on:
            self._context.store.choose_scenario(version, scenario)
        elif version.chosen_scenario_id == scenario.id:
            self._context.store.choose_scenario(version, None)
        self._context.moneyChanged.emit()

    def _why_edited(self) -> None:
        version = self._context.version
        if self._loading or version is None or not self._context.editable:
            return
        try:
            why = clean_text(self.why_edit.toPlainText())
        except ValidationError as exc:
            self.message.setText(str(exc))
            self.message.show()
            return
        self._context.store.set_value(version, "why_chosen", why)
        self._context.edited.emit()
