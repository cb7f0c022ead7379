"""Reading a bank's statement (a CSV file) into payments out, whatever shape the bank wrote.

Banks write CSV files in many shapes: UTF-8 with or without a byte order mark, UTF-16,
Windows-1252; lines ended by CR, LF or CRLF; fields split by commas, semicolons or tabs.
All are read. Nothing here raises anything but CsvImportError, whose message is one plain
sentence that names the line; a file with any bad line gives no payments at all.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from pathlib import Path

from budgetplanner.money import MAX_AMOUNT
from budgetplanner.translation import _

# A year of statements from a busy account is well under a megabyte.
MAX_STATEMENT_BYTES = 5_000_000
EARLIEST_DATE = date(1900, 1, 1)
LATEST_DATE = date(2200, 12, 31)
# What is kept of a payment's description (it becomes the note on the spending).
MAX_DESCRIPTION = 500
DELIMITERS = (",", ";", "\t")


class CsvImportError(ValueError):
    """A bank statement that cannot be read; `line` is the file's line number, if known."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(f"Line {line}: {message}" if line else message)
        self.line = line


class DateOrder(StrEnum):
    DAY_FIRST = "day_first"
    ISO = "iso"

    @property
    def label(self) -> str:
        return "31/05/2026 (day first)" if self is DateOrder.DAY_FIRST else "2026-05-31"


@dataclass(frozen=True)
class CsvMapping:
    """Which columns of a bank's CSV file hold what: set once, remembered in the settings.

    `money_out_negative`: the amount column shows money out as a minus figure (money in is
    left out); otherwise the column holds only money out, as plain figures.
    """

    date_column: str
    amount_column: str
    description_column: str = ""
    date_order: DateOrder = DateOrder.DAY_FIRST
    money_out_negative: bool = True

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> CsvMapping:
        """The remembered mapping; raises CsvImportError if the setting is damaged."""
        try:
            data = json.loads(text)
        except (ValueError, RecursionError) as exc:
            raise _damaged_mapping() from exc
        if not isinstance(data, dict):
            raise _damaged_mapping()
        columns = [data.get(key, "") for key in ("date_column", "amount_column",
                                                  "description_column")]
        order = data.get("date_order", DateOrder.DAY_FIRST.value)
        negative = data.get("money_out_negative", True)
        if (not all(isinstance(c, str) and len(c) <= 200 for c in columns)
                or not columns[0] or not columns[1]
                or order not in {o.value for o in DateOrder} or not isinstance(negative, bool)):
            raise _damaged_mapping()
        return cls(date_column=columns[0], amount_column=columns[1],
                   description_column=columns[2], date_order=DateOrder(order),
                   money_out_negative=negative)


def _damaged_mapping() -> CsvImportError:
    return CsvImportError(_("The remembered bank statement columns cannot be read; please "
                            "choose them again."))


@dataclass(frozen=True)
class BankPayment:
    line: int
    day: date
    amount: Decimal
    description: str


# -- the bytes of the file -------------------------------------------------------------


def decode_statement(data: bytes) -> str:
    """The text of a statement in any of the encodings banks use."""
    if data.startswith(b"\xef\xbb\xbf"):
        return _decode(data[3:], "utf-8")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _decode(data, "utf-16")
    if len(data) >= 4 and data.count(b"\x00") * 3 >= len(data):
        # UTF-16 without a byte order mark: every other byte of plain text is zero.
        return _decode(data, "utf-16-le" if data[1] == 0 else "utf-16-be")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        # Windows-1252 leaves five bytes undefined; they become "�", not an error.
        return data.decode("cp1252", errors="replace")


def _decode(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise CsvImportError(_("This file says it is {encoding} text but is not; it may be "
                               "damaged.").format(encoding=encoding.upper())) from exc


def read_statement_file(path: Path) -> str:
    """Read and decode a statement file; raises CsvImportError with a sentence if it cannot."""
    try:
        if path.stat().st_size > MAX_STATEMENT_BYTES:
            raise CsvImportError(_("This file is too big to be a bank statement."))
        data = path.read_bytes()
    except OSError as exc:
        raise CsvImportError(_("The file could not be read ({reason}).").format(
            reason=exc.strerror or exc)) from exc
    return decode_statement(data)


# -- the lines and fields ---------------------------------------------------------------


def _delimiter(text: str) -> str:
    """Comma, semicolon or tab: whichever the first line with words uses most."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    first = re.sub(r'"[^"]*"', "", first)  # a quoted heading may hold any of them
    counts = {d: first.count(d) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def _rows(text: str) -> list[tuple[int, list[str]]]:
    """Each row of the file with the number of the line it ends on."""
    text = text.removeprefix("\ufeff")
    if "\x00" in text:
        line = len(re.findall(r"\r\n|\r|\n", text[:text.index("\x00")])) + 1
        raise CsvImportError(_("This line holds a character that is not text; the file may be "
                               "damaged or not a CSV file."), line)
    if csv.field_size_limit() < MAX_STATEMENT_BYTES:
        csv.field_size_limit(MAX_STATEMENT_BYTES)  # a long field is read, not refused
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    rows: list[tuple[int, list[str]]] = []
    try:
        for row in reader:
            rows.append((reader.line_num, row))
    except csv.Error as exc:
        raise CsvImportError(_("This line cannot be read as CSV ({reason}).").format(
            reason=exc), reader.line_num + 1) from exc
    return rows


def _header(rows: list[tuple[int, list[str]]]) -> tuple[int, list[str]]:
    for line, row in rows:
        if any(cell.strip() for cell in row):
            return line, [cell.strip() for cell in row]
    raise CsvImportError(_("This file is empty."))


def _shown(text: str) -> str:
    """A cell as quoted in a message: short, and only characters that can be printed."""
    cleaned = text.strip().encode("utf-8", "replace").decode("utf-8")
    return cleaned if len(cleaned) <= 30 else cleaned[:27] + "…"


_MONTHS = {name: n for n, name in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}


def _read_day(text: str, order: DateOrder) -> date:
    cleaned = text.strip()
    value: date | None = None
    try:
        match = re.fullmatch(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})", cleaned)
        if match and order is DateOrder.ISO:
            year, month, day = (int(p) for p in match.groups())
            value = date(year, month, day)
        match = re.fullmatch(r"([0-9]{1,2})[/.-]([0-9]{1,2})[/.-]([0-9]{2}|[0-9]{4})", cleaned)
        if match and order is DateOrder.DAY_FIRST:
            day, month, year = (int(p) for p in match.groups())
            value = date(year + 2000 if year < 100 else year, month, day)
        match = re.fullmatch(r"([0-9]{1,2})[ -]([A-Za-z]{3})[A-Za-z]{0,6}[ -]([0-9]{4})",
                             cleaned)
        if match and match.group(2).lower() in _MONTHS:
            value = date(int(match.group(3)), _MONTHS[match.group(2).lower()],
                         int(match.group(1)))
    except ValueError:
        value = None
    if value is not None and not EARLIEST_DATE <= value <= LATEST_DATE:
        raise ValueError(_('"{cell}" is not a date between {first} and {last}.').format(
            cell=_shown(cleaned), first=EARLIEST_DATE.year, last=LATEST_DATE.year))
    if value is None:
        example = "31/05/2026" if order is DateOrder.DAY_FIRST else "2026-05-31"
        raise ValueError(_('"{cell}" is not a date like {example}.').format(
            cell=_shown(cleaned), example=example))
    return value


def _read_amount(text: str) -> Decimal | None:
    """An amount as banks write it ("-1,128.00", "(12.40)", "£3"); None when the cell is empty.

    Amounts have the same ceiling as money typed into the window.
    """
    cleaned = text.strip().replace("£", "").replace(",", "").replace(" ", "")
    if not cleaned:
        return None
    negative = cleaned.startswith("(") and cleaned.endswith(")")
    if negative:
        cleaned = cleaned[1:-1]
    match = re.fullmatch(r"([-+]?)([0-9]+)(?:\.([0-9]{1,2}))?", cleaned)
    if not match:
        raise ValueError(_('"{cell}" is not an amount of money.').format(cell=_shown(text)))
    too_large = _('"{cell}" is too large to be an amount of money.')
    if len(match.group(2).lstrip("0")) > len(str(int(MAX_AMOUNT))):
        raise ValueError(too_large.format(cell=_shown(text)))
    value = Decimal(cleaned)
    if abs(value) >= MAX_AMOUNT:
        raise ValueError(too_large.format(cell=_shown(text)))
    return -value if negative else value


def _description(text: str) -> str:
    cleaned = " ".join(text.split()).encode("utf-8", "replace").decode("utf-8")
    return cleaned if len(cleaned) <= MAX_DESCRIPTION else cleaned[:MAX_DESCRIPTION - 1] + "…"


def csv_headers(text: str) -> list[str]:
    """The column names in the first line with words of a bank's CSV file."""
    return _header(_rows(text))[1]


def guess_mapping(headers: Sequence[str]) -> CsvMapping:
    """A first guess at which column is which, from the names banks usually give them."""

    def find(*words: str) -> str:
        for word in words:
            for header in headers:
                if word in header.lower():
                    return header
        return ""

    paid_out = find("paid out", "money out", "debit")
    amount = paid_out or find("amount", "value") or (headers[-1] if headers else "")
    return CsvMapping(date_column=find("date") or (headers[0] if headers else ""),
                      amount_column=amount,
                      description_column=find("description", "details", "memo", "narrative",
                                              "payee", "reference"),
                      money_out_negative=not paid_out)


def read_bank_csv(text: str, mapping: CsvMapping) -> list[BankPayment]:
    """Every payment out in the file, or an error naming the first line that is wrong.

    All lines are read before anything is kept, so a bad file imports nothing.
    """
    rows = _rows(text)
    header_line, headers = _header(rows)
    wanted = [mapping.date_column, mapping.amount_column]
    if mapping.description_column:
        wanted.append(mapping.description_column)
    for name in wanted:
        if name not in headers:
            raise CsvImportError(_('There is no column called "{name}". The columns are: '
                                   "{columns}.").format(
                name=_shown(name), columns=", ".join(_shown(h) for h in headers[:20])),
                header_line)
    at = {name: headers.index(name) for name in wanted}
    needed = max(at.values()) + 1
    payments: list[BankPayment] = []
    for line, row in rows:
        if line <= header_line or not any(cell.strip() for cell in row):
            continue
        if len(row) < needed:
            raise CsvImportError(_("This line has only {found} of the {count} columns named "
                                   "in the first line.").format(found=len(row),
                                                                count=len(headers)), line)
        try:
            day = _read_day(row[at[mapping.date_column]], mapping.date_order)
            amount = _read_amount(row[at[mapping.amount_column]])
        except ValueError as exc:
            raise CsvImportError(str(exc), line) from exc
        if amount is None:
            continue
        if mapping.money_out_negative:
            if amount >= 0:
                continue  # money in: the direct payment itself, or a refund
            amount = -amount
        elif amount < 0:
            raise CsvImportError(_("This amount is below zero, but the column was chosen as "
                                   "money out only."), line)
        description = _description(row[at[mapping.description_column]]) if (
            mapping.description_column) else ""
        payments.append(BankPayment(line, day, amount, description))
    return payments
