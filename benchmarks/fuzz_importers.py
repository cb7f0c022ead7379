"""Mutate the example plan files and bank statements many times; count what the importers do.

    .venv/bin/python -m benchmarks.fuzz_importers            (10,000 of each, a few minutes)
    .venv/bin/python -m benchmarks.fuzz_importers 2000       (fewer)

Each outcome must be a clean import or the importer's own error with plain words, and a
refused file must leave the plans file as it was (nothing added, and it still saves).
Exits non-zero on any other outcome, after printing the first few with their seeds. The
tests in tests/budgetplanner/test_importer_fuzz.py run the same mutators on fewer cases.
"""

from __future__ import annotations

import copy
import json
import random
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# Values a hostile or damaged file may hold where anything else was expected.
HUGE = "__HUGE_INTEGER__"  # replaced in the text by a whole number of 5,000 digits
NASTY: tuple[Any, ...] = (
    None, True, False, 0, -1, 5, 999_999, 10**40, HUGE, 1.5, "", " ", "x" * 40, "\ud800",
    "a\udfffb", "12.345", "-5", "1e5", "NaN", "Infinity", "99999999.99", "100000000",
    "9" * 200, "0.001", "٣", "1_000", "9999-12-31", "1899-12-31", "2026-02-30",
    "2026-11-25T12:00:00+01:00", "2026-11-25T12:00:00Z", "2026-11-25 12:00:00", "20260-01-01",
    [], {}, [[]], ["x"], [["nested"]], {"a": 1}, "family", "paid", "per_week", "x" * 25_000,
)


def _walk(node: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], Any]]:
    yield path, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _walk(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(value, (*path, index))


def _parent(root: Any, path: tuple[Any, ...]) -> Any:
    for step in path[:-1]:
        root = root[step]
    return root


def _mutate_data(data: Any, rng: random.Random) -> None:
    nodes = list(_walk(data))[1:]
    path, value = rng.choice(nodes)
    parent = _parent(data, path)
    key = path[-1]
    op = rng.randrange(8)
    if op <= 2:
        parent[key] = copy.deepcopy(rng.choice(NASTY))
    elif op == 3 and isinstance(parent, dict):
        del parent[key]
    elif op == 3 and isinstance(parent, list):
        parent.append(copy.deepcopy(value))  # a part or a link listed twice
    elif op == 4:
        with_uid = [n for _, n in nodes if isinstance(n, dict) and "uid" in n]
        if len(with_uid) >= 2:
            first, second = rng.sample(with_uid, 2)
            first["uid"] = second["uid"]  # the same id twice
    elif op == 5:
        person = data.get("person") if isinstance(data, dict) else None
        versions = person.get("versions") if isinstance(person, dict) else None
        if isinstance(versions, list) and len(versions) >= 2 and all(
                isinstance(v, dict) for v in versions):
            versions[0]["number"] = versions[1].get("number")  # two versions, one number
    elif op == 6:
        parent[key] = [value]  # a list where one value was expected
    else:
        parent[key] = {"value": value}


def _mutate_text(text: str, rng: random.Random) -> str:
    if not text:
        return rng.choice(["", "{", "\x00", "\ufeff"])
    at = rng.randrange(len(text))
    op = rng.randrange(5)
    if op == 0:
        return text[:at]
    if op == 1:
        return text[:at] + text[at + rng.randrange(1, 40):]
    if op == 2:
        return text[:at] + rng.choice(['"', "{", "]", ",", "\\u", "\\ud800", "9" * 5000,
                                       "\x00", "\r", "é"]) + text[at:]
    if op == 3:
        return text[:at] + chr(rng.randrange(0x20, 0x3000)) + text[at + 1:]
    return "[" * 100_000 + text  # too deep to read


def mutate_plan_file(text: str, rng: random.Random) -> str:
    """One to three changes to a plan file: mostly to its values, sometimes to its bytes."""
    if rng.random() < 0.15:
        return _mutate_text(text, rng)
    data = json.loads(text)
    for _ in range(rng.randint(1, 3)):
        _mutate_data(data, rng)
    return json.dumps(data, ensure_ascii=rng.random() < 0.5).replace(
        f'"{HUGE}"', "9" * 5000)


# -- bank statements -------------------------------------------------------------------

STATEMENT_ROWS = [
    ["Date", "Description", "Amount", "Balance"],
    ["01/05/2026", "DIRECT PAYMENT FROM COUNCIL", "1096.54", "1500.00"],
    ["08/05/2026", "PAYROLL PRIYA", "-186.53", "1313.47"],
    ["15/05/2026", "PAYROLL MEERA, WEEK 2", "-116.55", "1196.92"],
    ["22/05/2026", "AGENCY INVOICE 114", "-1,128.00", "68.92"],
    ["29/05/2026", "CAFÉ — TAXI £", "-12.40", "56.52"],
]
STATEMENT_CELLS = ("", " ", "-" + "9" * 200, "9" * 200, "-1e5", "(12.00)", "£-3.00", "-0.001",
                   "31/02/2026", "01/01/9999", "01/01/1899", "2026-05-01", "1 May 2026",
                   "x" * 200_000, '"', "\ud800", "-99999999.99", "-100000000.00", "\x00",
                   "01/05/26", "-12,40", "٣/٥/٢٠٢٦")


@dataclass
class Statement:
    """A statement as bytes, with the shape it was written in (for the failure report)."""

    data: bytes
    shape: str


def _csv_text(rows: list[list[str]], delimiter: str, newline: str) -> str:
    def cell(value: str) -> str:
        if any(c in value for c in (delimiter, '"', "\n", "\r")):
            return '"' + value.replace('"', '""') + '"'
        return value
    return newline.join(delimiter.join(cell(c) for c in row) for row in rows) + newline


ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "utf-16-le-bom", "utf-16-be-bom", "cp1252")


def encode_statement(text: str, encoding: str) -> bytes:
    if encoding == "utf-16-le-bom":
        return b"\xff\xfe" + text.encode("utf-16-le", "surrogatepass")
    if encoding == "utf-16-be-bom":
        return b"\xfe\xff" + text.encode("utf-16-be", "surrogatepass")
    if encoding == "cp1252":
        return text.encode("cp1252", "replace")
    return text.encode(encoding, "surrogatepass")


def mutate_statement(rng: random.Random) -> Statement:
    """A statement in a random shape, with a few cells, lines or bytes changed."""
    rows = [list(row) for row in STATEMENT_ROWS]
    for _ in range(rng.randint(0, 3)):
        op = rng.randrange(5)
        row = rng.choice(rows)
        if op <= 1 and row:
            row[rng.randrange(len(row))] = rng.choice(STATEMENT_CELLS)
        elif op == 2 and row:
            row.pop(rng.randrange(len(row)))
        elif op == 3:
            rows.insert(rng.randrange(len(rows) + 1), [])
        else:
            row.append(rng.choice(STATEMENT_CELLS))
    delimiter = rng.choice([",", ";", "\t"])
    newline = rng.choice(["\n", "\r\n", "\r"])
    encoding = rng.choice(ENCODINGS)
    text = _csv_text(rows, delimiter, newline)
    if delimiter != ",":
        text = text.replace("1,128.00", "1128.00")
    data = encode_statement(text, encoding)
    if rng.random() < 0.15 and data:
        at = rng.randrange(len(data))
        data = data[:at] + bytes([rng.randrange(256)]) + data[at + rng.randrange(2):]
    return Statement(data, f"{encoding}, {delimiter!r}, {newline!r}")


# -- running ---------------------------------------------------------------------------


@dataclass
class Tally:
    outcomes: Counter[str] = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)

    def fail(self, seed: int, what: str) -> None:
        self.outcomes["failed"] += 1
        if len(self.failures) < 10:
            self.failures.append(f"seed {seed}: {what}")


def example_plan_files(folder: Path) -> list[str]:
    """The three example plans as plan files, each with a second version from a review."""
    from budgetplanner.demo import load_demo
    from budgetplanner.portable import export_person
    from budgetplanner.review import start_review
    from budgetplanner.storage.store import PlanStore

    store = PlanStore.open(folder / "examples.sqlite3")
    try:
        texts = []
        for person in load_demo(store):
            start_review(store.session, store.current_version(person))
            texts.append(export_person(person, datetime(2026, 11, 25, 12, 0)))
        return texts
    finally:
        store.close()


def fuzz_plan_files(store: Any, seeds: list[str], cases: range, tally: Tally,
                    on_case: Callable[[int, str], None] | None = None) -> None:
    """Import each mutated file into the store's real session, and judge what happened."""
    from budgetplanner.portable import PlanFileError, import_plan_file

    for seed in cases:
        rng = random.Random(seed)
        text = mutate_plan_file(rng.choice(seeds), rng)
        if on_case is not None:
            on_case(seed, text)
        people = store.count_people()
        try:
            import_plan_file(store.session, text)
        except PlanFileError as refused:
            if not refused.problems or not all(isinstance(p, str) and p.strip()
                                               for p in refused.problems):
                tally.fail(seed, "refused without words")
            elif store.session.new or store.session.dirty or store.count_people() != people:
                tally.fail(seed, "a refused file changed the session")
            else:
                tally.outcomes["refused"] += 1
            continue
        except Exception as exc:
            tally.fail(seed, f"{type(exc).__name__}: {str(exc)[:120]}")
            store.session.rollback()
            continue
        if store.count_people() != people + 1:
            tally.fail(seed, "imported, but no new person")
        else:
            tally.outcomes["imported"] += 1


def fuzz_statements(cases: range, tally: Tally) -> None:
    from budgetplanner.bank_statement import (
        CsvImportError,
        csv_headers,
        decode_statement,
        guess_mapping,
        read_bank_csv,
    )

    for seed in cases:
        statement = mutate_statement(random.Random(seed))
        try:
            text = decode_statement(statement.data)
            mapping = guess_mapping(csv_headers(text))
            read_bank_csv(text, mapping)
        except CsvImportError as refused:
            if not str(refused).strip():
                tally.fail(seed, "refused without words")
            else:
                tally.outcomes["refused"] += 1
        except Exception as exc:
            tally.fail(seed, f"{statement.shape}: {type(exc).__name__}: {str(exc)[:120]}")
        else:
            tally.outcomes["read"] += 1


def main(argv: list[str]) -> int:
    from budgetplanner.storage.store import PlanStore

    count = int(argv[0]) if argv else 10_000
    failed = False
    with tempfile.TemporaryDirectory(dir="/dev/shm" if Path("/dev/shm").is_dir() else None) as d:
        folder = Path(d)
        seeds = example_plan_files(folder)
        store = PlanStore.open(folder / "fuzz.sqlite3")
        try:
            started = time.monotonic()
            plans = Tally()
            fuzz_plan_files(store, seeds, range(count), plans)
            store.save()  # the program still saves afterwards
            print(f"plan files: {count:,} in {time.monotonic() - started:.0f} s: "
                  f"{dict(plans.outcomes)}")
            for line in plans.failures:
                print("  ", line)
            failed |= bool(plans.outcomes["failed"])
        finally:
            store.close()
    started = time.monotonic()
    statements = Tally()
    fuzz_statements(range(count), statements)
    print(f"bank statements: {count:,} in {time.monotonic() - started:.0f} s: "
          f"{dict(statements.outcomes)}")
    for line in statements.failures:
        print("  ", line)
    failed |= bool(statements.outcomes["failed"])
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
