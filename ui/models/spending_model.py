"""Planned against spent as tables: the year so far by payer and option, and each amount."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont

from budgetplanner.money import Money
from budgetplanner.periods import Period
from budgetplanner.spending import Flag, SpendingReport, Track, short_month
from budgetplanner.storage.models import Option, SpendingEntry
from ui.domain_words import domain_tr
from ui.models.table_base import HeadedTableModel, ModelIndex

COL_WHAT, COL_PLANNED, COL_RATE, COL_SPENT, COL_LEFT, COL_FORECAST, COL_GOING = range(7)
# Soft backgrounds; the words in the last column say the same, so colour is never alone.
FLAG_COLOURS = {Flag.OVER: QColor("#fde2e1"), Flag.UNDER: QColor("#fdf1d8")}


class SpendingSummaryModel(HeadedTableModel):
    """Rows: each payer, everything, then each option; figures in the chosen period."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[tuple[Track, bool]] = []
        self._period = Period.MONTH
        self.hidden: set[int] = set()  # columns the page cannot show at this text size
        self.headers: list[str] = []
        self._set_headers()

    def _set_headers(self) -> None:
        # Two short lines a heading, so the figures keep their room on a laptop screen.
        per = domain_tr(self._period.label)
        self.headers = [self.tr("What"), self.tr("Planned\n{0}").format(per),
                        self.tr("Spent {0}\non average").format(per),
                        self.tr("Spent\nso far"), self.tr("Left of the\nyear's plan"),
                        self.tr("Forecast\nfor the year"), self.tr("How it\nis going")]

    def set_period(self, period: Period) -> None:
        self.beginResetModel()
        self._period = period
        self._set_headers()
        self.endResetModel()

    def set_report(self, report: SpendingReport | None) -> None:
        self.beginResetModel()
        self._rows = []
        if report is not None:
            self._rows += [(track, False) for track in report.by_payer.values()]
            self._rows.append((report.total, True))
            self._rows += [(track, False) for _key, track in report.by_option]
        self.endResetModel()

    def track(self, row: int) -> Track:
        return self._rows[row][0]

    def row_count(self) -> int:
        return len(self._rows)

    def _text(self, track: Track, column: int) -> str:
        if column == COL_WHAT:
            return track.label
        if column == COL_PLANNED:
            return track.planned(self._period).format()
        if column == COL_RATE:
            return track.spent_rate(self._period).format()
        if column == COL_SPENT:
            return Money(track.spent_so_far).format()
        if column == COL_LEFT:
            return Money(track.left_yearly).format()
        if column == COL_FORECAST:
            return Money(track.forecast).format()
        return domain_tr(track.flag.label)

    def hidden_figures(self, row: int) -> str:
        """The row's figures in the columns that are hidden, in words:
        "Spent a month on average: £120.00. How it is going: On track"."""
        track = self._rows[row][0]
        return ". ".join(f"{self.headers[column].replace(chr(10), ' ')}: "
                         f"{self._text(track, column)}" for column in sorted(self.hidden))

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        track, bold = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(track, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            heading = self.headers[column].replace("\n", " ")
            text = f"{track.label}, {heading}: {self._text(track, column)}"
            text = f"{text}. {track.reason}" if column == COL_GOING else text
            if column == COL_WHAT and self.hidden:
                text = f"{text}. {self.hidden_figures(index.row())}"
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            # A figure the table has no room for at this text size is still one hover away.
            tip = self.hidden_figures(index.row()) if self.hidden else ""
            if column in (COL_WHAT, COL_GOING) or COL_GOING in self.hidden:
                tip = f"{tip}\n{track.reason}" if tip and track.reason else (tip or track.reason)
            return tip or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in (COL_WHAT, COL_GOING):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and track.flag in FLAG_COLOURS:
            return QBrush(FLAG_COLOURS[track.flag])
        if role == Qt.ItemDataRole.ForegroundRole and track.flag in FLAG_COLOURS:
            return QBrush(QColor("#1f2933"))
        if role == Qt.ItemDataRole.FontRole and (bold or column == COL_GOING):
            font = QFont()
            font.setBold(True)
            return font
        return None




class SpendingEntriesModel(HeadedTableModel):
    """Each amount spent, newest month last, as typed or read from a bank statement."""

    def __init__(self) -> None:
        super().__init__()
        self._entries: list[SpendingEntry] = []
        self._titles: dict[int, str] = {}
        self.headers = [self.tr("Month"), self.tr("Who paid"), self.tr("For"),
                        self.tr("Amount"), self.tr("Note"), self.tr("From")]

    def set_entries(self, entries: list[SpendingEntry], options: list[Option]) -> None:
        self.beginResetModel()
        self._entries = entries
        self._titles = {option.id: option.title for option in options}
        self.endResetModel()

    def entry(self, row: int) -> SpendingEntry:
        return self._entries[row]

    def row_count(self) -> int:
        return len(self._entries)

    def _text(self, entry: SpendingEntry, column: int) -> str:
        if column == 0:
            return short_month(entry.month)
        if column == 1:
            return domain_tr(entry.payer.label)
        if column == 2:
            title = self._titles.get(entry.option_id) if entry.option_id else None
            return title if title is not None else self.tr("Not linked to an option")
        if column == 3:
            return Money(entry.amount).format()
        if column == 4:
            return entry.note
        return self.tr("Bank statement") if entry.source == "bank" else self.tr("Typed in")

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, index.column())
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self.headers[index.column()]}: {self._text(entry, index.column())}"
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
