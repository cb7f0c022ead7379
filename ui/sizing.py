"""Sizes given in lines of text, kept right when the text size changes; pages that scroll;
money columns as wide as their figures."""

from __future__ import annotations

import math

import shiboken6
from PySide6.QtCore import QEvent, QModelIndex, QObject, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QListView,
    QScrollArea,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)


class _LinesHigh(QObject):
    def __init__(self, widget: QWidget, lines: float, fixed: bool) -> None:
        super().__init__(widget)
        self._lines = lines
        self._fixed = fixed
        self.apply(widget)
        widget.installEventFilter(self)

    def apply(self, widget: QWidget) -> None:
        height = int(widget.fontMetrics().lineSpacing() * self._lines + 14)
        if self._fixed:
            widget.setFixedHeight(height)
        else:
            widget.setMinimumHeight(height)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange) and isinstance(
                watched, QWidget):
            self.apply(watched)
        return False


class _WideFor(QObject):
    def __init__(self, widget: QWidget, sample: str) -> None:
        super().__init__(widget)
        self._sample = sample
        self.apply(widget)
        widget.installEventFilter(self)

    def apply(self, widget: QWidget) -> None:
        widget.setMinimumWidth(widget.fontMetrics().horizontalAdvance(self._sample) + 24)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange) and isinstance(
                watched, QWidget):
            self.apply(watched)
        return False


def lines_wide(widget: QWidget, sample: str) -> None:
    """Keep `widget` wide enough for `sample` (its example text), after text-size changes."""
    _WideFor(widget, sample)


def lines_high(widget: QWidget, lines: float, *, fixed: bool = True) -> None:
    """Make `widget` as tall as `lines` lines of its font, now and after any text-size change."""
    _LinesHigh(widget, lines, fixed)


def scroll_page(page: QWidget, inner: QWidget) -> QScrollArea:
    """Fill `page` with `inner`, scrolling when it is taller than the window (large text)."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the boxes inside take the focus
    scroll.setWidget(inner)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(scroll)
    return scroll


def _cell_width(view: QAbstractItemView, index: QModelIndex, text: str) -> int:
    font = index.data(Qt.ItemDataRole.FontRole)
    metrics = QFontMetrics(font if isinstance(font, QFont) else view.font())
    # The style's margins either side of a cell's text, and a little room for bold.
    margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None,
                                            view) + 1) + 3
    return max(metrics.horizontalAdvance(line) for line in text.split("\n")) + margin


def is_money(text: object) -> bool:
    """A figure such as "£120.00", "−£5.00" or "£40.00 once"; not words that mention money
    ("Swimming, £4.50 a session"), which wrap like any words."""
    if not isinstance(text, str) or "£" not in text or not any(ch.isdigit() for ch in text):
        return False
    first = text.lstrip(" −-+(")
    return first[:1] == "£" or first[:1].isdigit()


def wrapped_height(font: QFont, text: str, width: int) -> int:
    """How tall `text` is when a table cell `width` pixels wide wraps it, laid out as the
    cell lays it out (at word boundaries, inside a word only when it must; QFontMetrics'
    wrap-anywhere measure breaks inside words and comes out a line short)."""
    layout = QTextLayout(text.replace("\n", "\u2028"), font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    leading = QFontMetrics(font).leading()
    height = 0.0
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(width, 1))
        height += leading + line.height()
    layout.endLayout()
    return math.ceil(height)


# A table of more rows than this scrolls inside itself rather than growing with the page, and
# its rows are measured as they come into view: a thousand-line plan opens quickly.
LONG_TABLE = 200
LONG_VIEW_ROWS = 15


class _RowsFitWords(QObject):
    """Keeps each row of a table as tall as its tallest wrapped words, so no cell shows the
    person's words cut short to "…". Heights come from font metrics and column widths
    (no widgets are laid out, and a row is measured again only when it or the widths
    change), so a plan of a thousand lines stays quick."""

    def __init__(self, view: QTableView, least_lines: int) -> None:
        super().__init__(view)
        self._view = view
        self._least_lines = least_lines
        self._heights: dict[tuple[str, int, str], int] = {}
        self._pending = False
        view.setWordWrap(True)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.installEventFilter(self)
        model = view.model()
        if model is not None:
            model.modelReset.connect(self.fit_all)
            model.layoutChanged.connect(self.fit_all)
            model.rowsInserted.connect(lambda _p, first, last: self.fit_rows(first, last))
            model.dataChanged.connect(
                lambda top, bottom, *_: self.fit_rows(top.row(), bottom.row()))
        view.horizontalHeader().sectionResized.connect(self._later)
        view.verticalScrollBar().valueChanged.connect(self._later)
        self.fit_all()

    def _later(self, *_args: object) -> None:
        # Stretched columns resize one after another: measure once they have all moved.
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self._now)

    def _now(self) -> None:
        self._pending = False
        if shiboken6.isValid(self._view):
            self.fit_all()

    def fit_all(self, *_args: object) -> None:
        model = self._view.model()
        if model is None:
            return
        rows = model.rowCount()
        if rows > LONG_TABLE:
            # A long table scrolls inside itself (see _TallAsRows): only the rows in view are
            # measured, and those scrolled into view as they come.
            self.fit_rows(*self._in_view(rows))
        else:
            self.fit_rows(0, rows - 1)

    def _in_view(self, rows: int) -> tuple[int, int]:
        view = self._view
        first = max(view.rowAt(0), 0)
        last = view.rowAt(view.viewport().height() - 1)
        if last < 0:  # not laid out yet, or the rows end above the bottom
            last = min(rows - 1, first + 2 * LONG_VIEW_ROWS)
        return first, last

    def fit_rows(self, first: int, last: int) -> None:
        view, model = self._view, self._view.model()
        if model is None or not shiboken6.isValid(view):
            return
        grid = 1 if view.showGrid() else 0
        margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None,
                                          view) + 1
        widths = {column: view.columnWidth(column) - grid - 2 * margin
                  for column in range(model.columnCount()) if not view.isColumnHidden(column)}
        metrics = view.fontMetrics()
        least = metrics.lineSpacing() * self._least_lines + 10
        font_key = view.font().key()
        # Row names (a money table's "Personal budget or direct payment") wrap too, in a
        # column capped by _MoneyColumns._fit_row_names: their rows grow with them.
        names = view.verticalHeader()
        name_metrics = names.fontMetrics()
        name_width = min(names.maximumWidth(), max(names.width(), 1)) - 16
        for row in range(max(first, 0), min(last, model.rowCount() - 1) + 1):
            height = least
            if not names.isHidden():
                name = str(model.headerData(row, Qt.Orientation.Vertical) or "")
                if name:
                    height = max(height, name_metrics.boundingRect(
                        QRect(0, 0, max(name_width, 20), 10_000), int(Qt.TextFlag.TextWordWrap),
                        name).height() + 10)
            for column, width in widths.items():
                index = model.index(row, column)
                text = index.data()
                if not isinstance(text, str) or not text:
                    continue
                font = index.data(Qt.ItemDataRole.FontRole)
                cell_metrics = QFontMetrics(font) if isinstance(font, QFont) else metrics
                if "\n" not in text and cell_metrics.horizontalAdvance(text) <= width:
                    continue  # one line: the least height holds it
                key = (text, width, font.key() if isinstance(font, QFont) else font_key)
                needed = self._heights.get(key)
                if needed is None:
                    needed = wrapped_height(font if isinstance(font, QFont) else view.font(),
                                            text, width) + 8 + grid
                    self._heights[key] = needed
                height = max(height, needed)
            if view.rowHeight(row) != height:
                view.setRowHeight(row, height)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._heights.clear()
            self.fit_all()
        return False


def _rows_fit(view: QTableView) -> _RowsFitWords:
    found = view.findChild(_RowsFitWords)
    return found if isinstance(found, _RowsFitWords) else _RowsFitWords(view, 1)


def rows_fit_words(view: QTableView, *, least_lines: int = 1) -> _RowsFitWords:
    """Make each row of `view` as tall as its wrapped words (at least `least_lines`), now
    and whenever its words, column widths or text size change."""
    found = view.findChild(_RowsFitWords)
    if isinstance(found, _RowsFitWords):
        found._least_lines = least_lines
        found.fit_all()
        return found
    return _RowsFitWords(view, least_lines)


class _MoneyColumns(QObject):
    def __init__(self, view: QTableView, figures: frozenset[int] = frozenset()) -> None:
        super().__init__(view)
        self._view = view
        self._figures = figures
        view.installEventFilter(self)
        view.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideNone)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        view.setWordWrap(True)
        model = view.model()
        if model is not None:
            for signal in (model.modelReset, model.dataChanged, model.layoutChanged,
                           model.rowsInserted, model.rowsRemoved):
                signal.connect(self.fit)
        self.fit()

    def fit(self, *_args: object) -> None:
        view, model = self._view, self._view.model()
        if model is None:
            return
        header = view.horizontalHeader()
        header.setMinimumSectionSize(20)
        money: dict[int, int] = {}
        for column in range(model.columnCount()):
            if view.isColumnHidden(column):
                continue
            for row in range(model.rowCount()):
                index = model.index(row, column)
                text = index.data()
                if is_money(text) or (column in self._figures and isinstance(text, str)):
                    money[column] = max(money.get(column, 0), _cell_width(view, index, text))
        text_columns = [c for c in range(model.columnCount())
                        if c not in money and not view.isColumnHidden(c)]
        for column, width in money.items():
            title = model.headerData(column, Qt.Orientation.Horizontal)
            # A heading may take two lines, so it never makes a money column wider.
            words = str(title or "").replace("\n", " ").split()
            longest = max((header.fontMetrics().horizontalAdvance(w) for w in words), default=0)
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, max(width, longest + 16))
        for column in text_columns:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        if not text_columns:
            header.setStretchLastSection(False)
        # Headings wider than their column wrap onto more lines rather than being cut: the
        # heading row is as tall as its tallest wrapped heading.
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        metrics = header.fontMetrics()
        tallest = metrics.lineSpacing()
        for column in range(model.columnCount()):
            if view.isColumnHidden(column):
                continue  # a hidden column's heading would wrap a word a line
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            bounds = metrics.boundingRect(QRect(0, 0, max(header.sectionSize(column) - 12, 20),
                                                10_000), int(Qt.TextFlag.TextWordWrap), title)
            tallest = max(tallest, bounds.height())
        header.setMinimumHeight(tallest + 12)
        self._fit_row_names()

    def _fit_row_names(self) -> None:
        """Row names wrap in a column about seven letters wide, or wider where the figures
        leave room; rows grow to their names and words (_RowsFitWords measures both)."""
        view, model = self._view, self._view.model()
        rows = view.verticalHeader()
        if rows.isHidden() or model is None:
            _rows_fit(view).fit_all()
            return
        metrics = rows.fontMetrics()
        # About seven letters at least; wider, up to each name on one line, where the
        # money columns leave room (a table of figures only has no column of words to share).
        longest = max((metrics.horizontalAdvance(str(model.headerData(
            row, Qt.Orientation.Vertical) or "")) for row in range(model.rowCount())),
            default=0) + 16
        figures = sum(view.columnWidth(column) for column in range(model.columnCount())
                      if not view.isColumnHidden(column))
        room = view.width() - 2 * view.frameWidth() - figures - 4
        cap = max(metrics.horizontalAdvance("M") * 7, min(longest, room))
        rows.setMaximumWidth(cap)
        rows.setMinimumWidth(min(cap, longest))
        rows.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
                                 | Qt.TextFlag.TextWordWrap)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        _rows_fit(view).fit_all()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.Show):
            self.fit()
        elif event.type() == QEvent.Type.Resize:
            self._fit_row_names()
        return False


def fit_money_columns(view: QTableView, *, figures: frozenset[int] = frozenset()
                      ) -> _MoneyColumns:
    """Size each money column (and each column in `figures`, such as hours) to its widest
    figure, and let the columns of words share the rest and wrap: money is never cut short,
    now or after a text-size change. Call `fit()` on the answer after hiding or showing a
    column."""
    return _MoneyColumns(view, figures)


class ColumnScroll(QScrollArea):
    """A column that scrolls up and down when the window is short (large text), never
    sideways: it is always as wide as the narrowest its contents can be."""

    def __init__(self, inner: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(inner)

    def minimumSizeHint(self) -> QSize:
        inner = self.widget()
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        width = inner.minimumSizeHint().width() if inner is not None else 0
        return QSize(width + bar + 2 * self.frameWidth(), super().minimumSizeHint().height())


class _TallAsRows(QObject):
    """Keeps an item view exactly as tall as its heading and rows, so it never scrolls
    inside a page that scrolls (two scroll bars, one inside the other, hide rows)."""

    def __init__(self, view: QAbstractItemView, least_rows: int) -> None:
        super().__init__(view)
        self._view = view
        self._least_rows = least_rows
        self._pending = False
        view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustIgnored)
        view.installEventFilter(self)
        model = view.model()
        if model is not None:
            for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved,
                           model.layoutChanged, model.dataChanged):
                signal.connect(self.fit)
        if isinstance(view, QTableView):
            view.verticalHeader().sectionResized.connect(self._later)
            view.horizontalHeader().geometriesChanged.connect(self.fit)
        self.fit()

    def _later(self, *_args: object) -> None:
        # Rows are measured one after another: add them up once they all have their height.
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self.fit)

    def fit(self, *_args: object) -> None:
        self._pending = False
        if not shiboken6.isValid(self._view):
            return  # the view is being taken down and its model with it
        view, model = self._view, self._view.model()
        rows = model.rowCount() if model is not None else 0
        spacing = view.spacing() if isinstance(view, QListView) else 0
        if isinstance(view, QTableView) and rows > LONG_TABLE:
            # A thousand lines as tall as the page would be measured and painted whole: a
            # long table keeps its own scroll bar, a screenful of rows high.
            view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
            top = max(view.horizontalHeader().sizeHint().height(),
                      view.horizontalHeader().minimumHeight())
            shown = sum(view.rowHeight(row) for row in range(LONG_VIEW_ROWS))
            view.setFixedHeight(top + shown + 2 * view.frameWidth())
            return
        view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        if isinstance(view, QTableView):
            heights = [view.rowHeight(row) for row in range(rows) if not view.isRowHidden(row)]
            one = view.verticalHeader().defaultSectionSize()
            top = 0 if view.horizontalHeader().isHidden() else (
                view.horizontalHeader().sizeHint().height())
            top = max(top, view.horizontalHeader().minimumHeight()) if top else 0
        else:
            # The rows as laid out at the list's width now, wrapped words included.
            view.doItemsLayout()
            heights = []
            for row in range(rows):
                rect = view.visualRect(model.index(row, 0)) if model is not None else None
                heights.append((rect.height() if rect is not None and rect.isValid()
                                else view.sizeHintForRow(row)) + 2 * spacing)
            one = max(heights, default=view.fontMetrics().lineSpacing() + 8)
            top = 0
        height = sum(heights) + one * max(0, self._least_rows - len(heights))
        bar = view.horizontalScrollBar()
        if bar.isVisible():
            height += bar.sizeHint().height()
        view.setFixedHeight(top + height + 2 * view.frameWidth() + 2)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.Show,
                            QEvent.Type.Resize):
            self.fit()
        return False


def tall_as_rows(view: QAbstractItemView, *, least_rows: int = 1) -> _TallAsRows:
    """Make a table or list as tall as its rows (room for `least_rows` when it has fewer),
    now and whenever rows, text size or wrapping change: for views inside a page that
    scrolls, so the page scrolls as one and no row hides inside a box."""
    return _TallAsRows(view, least_rows)
