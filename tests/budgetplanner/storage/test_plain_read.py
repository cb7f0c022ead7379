"""Reading a plan for the command line without SQLAlchemy (storage/plain_read.py).

The plain objects must stand for the stored ones exactly: every column with the same value
and type, every link in the same order, and the printed plan made from them the very same
PDF, byte for byte. A file the plain reader must not read falls back to the store.
"""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from reportlab import rl_config
from sqlalchemy import inspect

from budgetplanner import commands
from budgetplanner.categories import OptionKind, Payer
from budgetplanner.commands import CommandError, ExportRequest, PrintVariant
from budgetplanner.demo import DEMO_NAMES, load_demo
from budgetplanner.export.csv_money import money_csv
from budgetplanner.export.pdf import PrintOptions, Variant, write_plan_pdf
from budgetplanner.export.profile_pdf import write_profile_pdf
from budgetplanner.periods import Frequency, Period
from budgetplanner.rates import load_shipped_tables
from budgetplanner.review import start_review
from budgetplanner.storage import cipher
from budgetplanner.storage.health import FILE_ID_KEY, FileLock
from budgetplanner.storage.models import (
    Contingency,
    CostLine,
    Goal,
    Option,
    PARoleRow,
    Person,
    PlanVersion,
    RateTableRow,
    Relationship,
    Risk,
    Scenario,
)
from budgetplanner.storage.plain_read import PlainPlans
from budgetplanner.storage.store import PlanStore

ROOT = Path(__file__).resolve().parents[3]
PRINTED_ON = date(2026, 5, 4)

# -- plans to read ----------------------------------------------------------------------------

WORDS = ["tea", "walks", "Mum", "the bus", "सीता", "50% of it", "under_score", "a/b", "",
         "Llanfairpwllgwyngyll", "swimming on Tuesdays", "“quoted”", "line\nbreak",
         "<b>not bold</b>"]


def _words(rng: random.Random, most: int = 6) -> str:
    return " ".join(rng.choice(WORDS) for _each in range(rng.randint(0, most))).strip()


def _money(rng: random.Random) -> Decimal:
    return Decimal(rng.choice(["0", "12.5", "12.50", "1000", "0.01", "99999.999", "7"]))


def _maybe(rng: random.Random, value: Any) -> Any:
    return value if rng.random() < 0.6 else None


def _day(rng: random.Random) -> date:
    return date(2026, rng.randint(1, 12), rng.randint(1, 28))


def _line(rng: random.Random, position: int) -> CostLine:
    return CostLine(description=_words(rng, 3), amount=_money(rng),
                    frequency=rng.choice(list(Frequency)), payer=rng.choice(list(Payer)),
                    hours_per_week=_maybe(rng, _money(rng)), due_on=_maybe(rng, _day(rng)),
                    position=position)


def random_plan(store: PlanStore, seed: int) -> Person:
    """A plan with a bit of everything, some of it odd, made from `seed`."""
    rng = random.Random(seed)
    person = Person(name=f"Random {seed} {_words(rng, 2)}".strip(),
                    next_review=_maybe(rng, _day(rng)), archived=rng.random() < 0.2)
    version = PlanVersion(
        number=1, rate_table_name=rng.choice(["", "2026/27", "My own table", "gone"]),
        personal_budget=_maybe(rng, _money(rng)), personal_budget_period=rng.choice(list(Period)),
        employment_allowance=rng.random() < 0.7, participants=_words(rng),
        next_review=_maybe(rng, _day(rng)), why_chosen=_words(rng))
    for name in ("preferred_name", "admired", "communication", "decisions", "good_life",
                 "matters_now", "matters_future", "strengths", "own_resources",
                 "contribution", "support_needs", "review_notes"):
        setattr(version, name, _words(rng, 12))
    person.versions.append(version)
    goals = [Goal(title=_words(rng, 4), how_i_will_know=_words(rng),
                  target_date=_maybe(rng, _day(rng)), what_worked=_words(rng, 2),
                  position=n) for n in range(rng.randint(0, 4))]
    version.goals.extend(goals)
    version.relationships.extend(
        Relationship(name=_words(rng, 2), group=rng.choice(["family", "friends", "paid"]),
                     closeness=rng.randint(1, 4), helps_with=_words(rng),
                     unpaid_hours_per_week=_maybe(rng, _money(rng)), position=n)
        for n in range(rng.randint(0, 5)))
    for n in range(rng.randint(1, 5)):
        kind = rng.choice(list(OptionKind))
        option = Option(title=_words(rng, 3), kind=kind, description=_words(rng),
                        pa_payer=rng.choice(list(Payer)),
                        cover_kind=rng.choice(["none", "percent", "hours"]),
                        cover_value=_maybe(rng, Decimal(rng.choice(["5", "12.5", "40"]))),
                        first_payday=_maybe(rng, _day(rng)),
                        holiday_cover_rate=_maybe(rng, Decimal("13.10")),
                        sick_pay_days=_maybe(rng, rng.randint(0, 10)), position=n)
        option.cost_lines.extend(_line(rng, p) for p in range(rng.randint(0, 6)))
        if kind is OptionKind.PERSONAL_ASSISTANTS:
            option.pa_roles.extend(
                PARoleRow(name=_words(rng, 2), hourly_wage=Decimal(rng.choice(["11", "13.45"])),
                          hours_per_week=Decimal(rng.choice(["4", "16.5", "30"])),
                          pay_frequency=rng.choice(["weekly", "four_weekly", "monthly"]),
                          age_band=rng.choice(["22_to_spa", "under_18", "21", "over_spa"]),
                          pension_choice=rng.choice(["auto", "opt_out"]),
                          relative_in_household=rng.random() < 0.2,
                          hours_pattern=rng.choice(["fixed", "irregular"]), position=p)
                for p in range(rng.randint(0, 3)))
        option.goals = rng.sample(goals, rng.randint(0, len(goals)))
        version.options.append(option)
    for n in range(rng.randint(0, 3)):
        version.scenarios.append(Scenario(name=_words(rng, 2), notes=_words(rng), position=n,
                                          options=rng.sample(version.options, rng.randint(
                                              0, len(version.options)))))
    version.risks.extend(Risk(risk=_words(rng), my_choice=_words(rng), made_smaller=_words(rng),
                              who_helps=_words(rng), if_wrong=_words(rng), position=n)
                         for n in range(rng.randint(0, 3)))
    for n in range(rng.randint(0, 3)):
        item = Contingency(situation=_words(rng), arrangement=_words(rng), position=n)
        item.cost_lines.extend(_line(rng, p) for p in range(rng.randint(0, 2)))
        version.contingencies.append(item)
    store.session.add(person)
    store.session.flush()
    if version.scenarios and rng.random() < 0.7:
        version.chosen_scenario_id = rng.choice(version.scenarios).id
    store.save()
    if rng.random() < 0.5:  # a review: the plan has an older version to compare with
        newer = start_review(store.session, version)
        newer.options[0].title = "Changed " + newer.options[0].title if newer.options else ""
        newer.goals[:1] = []
        newer.review_notes = "How it went"
        store.save()
    return person


@pytest.fixture(scope="module")
def plans_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example plans and twelve random ones, with a rate table of the file's own."""
    path = tmp_path_factory.mktemp("plain") / "plans.sqlite3"
    store = PlanStore.open(path)
    load_demo(store)
    own = load_shipped_tables()[0]
    store.session.add(RateTableRow(name="My own table", body=own.to_json()))
    store.save()
    for seed in range(12):
        random_plan(store, seed)
    store.close()
    return path


def _names(path: Path) -> list[str]:
    store = PlanStore.open(path)
    try:
        return [row.name for row in store.people(include_archived=True)]
    finally:
        store.close()


# -- the objects --------------------------------------------------------------------------


def _same(stored: Any, plain: Any, seen: set[tuple[str, int]]) -> None:
    """Every column of `stored` has the same value and type on `plain`, and every link
    leads to the same rows in the same order (followed once each)."""
    mapper = inspect(type(stored))
    key = (mapper.local_table.name, stored.id)
    if key in seen:
        return
    seen.add(key)
    assert plain.table == mapper.local_table.name
    for column in mapper.column_attrs:
        want, got = getattr(stored, column.key), getattr(plain, column.key)
        assert type(got) is type(want), (key, column.key, want, got)
        assert got == want, (key, column.key)
    for link in mapper.relationships:
        want, got = getattr(stored, link.key), getattr(plain, link.key)
        if link.uselist:
            assert [each.id for each in got] == [each.id for each in want], (key, link.key)
            for one, other in zip(want, got, strict=True):
                _same(one, other, seen)
        elif want is None:
            assert got is None, (key, link.key)
        else:
            assert got.id == want.id, (key, link.key)
            _same(want, got, seen)


def test_every_plan_reads_the_same_as_from_the_store(plans_file: Path) -> None:
    store = PlanStore.open(plans_file)
    try:
        assert PlainPlans.open(plans_file) is None  # the store holds the file: stand aside
        ids = [row.id for row in store.people(include_archived=True)]
    finally:
        store.close()
    assert len(ids) == 15
    plain = PlainPlans.open(plans_file)
    assert plain is not None
    with plain:  # every part is read at once: nothing is read after the file is closed
        read = {person_id: plain.person(person_id) for person_id in ids}
        versions = {person_id: plain.current_version(read[person_id]) for person_id in ids}
    store = PlanStore.open(plans_file)
    try:
        for person_id in ids:
            stored = store.person(person_id)
            _same(stored, read[person_id], set())
            version = versions[person_id]
            assert version is not None
            assert version.id == store.current_version(stored).id
            # The same objects wherever they are reached from, as in the store.
            assert version.person is read[person_id]
            by_id = {option.id: option for option in version.options}
            for scenario in version.scenarios:
                assert all(option is by_id[option.id] for option in scenario.options)
            for goal in version.goals:
                assert all(goal in option.goals for option in goal.options)
    finally:
        store.close()


def test_finding_a_plan_by_name_is_the_same(plans_file: Path) -> None:
    names = _names(plans_file)
    searches = ["", "sita", "SITA PATEL", "a", "%", "_", "/", "50%", "under_score", "a/b",
                "random 1", "  random   3 ", "nobody", "सीता", *names]
    plain = PlainPlans.open(plans_file)
    assert plain is not None
    with plain:
        rows = {(search, archived, limit): [(r.id, r.name, r.next_review) for r in plain.people(
            search, include_archived=archived, limit=limit)]
            for search in searches for archived in (True, False) for limit in (3, 21)}
        found = {search: getattr(plain.find_person(search), "id", None) for search in searches}
    store = PlanStore.open(plans_file)
    try:
        for (search, archived, limit), plain_rows in rows.items():
            assert [(r.id, r.name, r.next_review) for r in store.people(
                search, include_archived=archived, limit=limit)] == plain_rows, search
        for search, person_id in found.items():
            assert getattr(store.find_person(search), "id", None) == person_id, search
        assert any(found.values()) and any(len(each) > 1 for each in rows.values())
    finally:
        store.close()


# -- the printed plan ---------------------------------------------------------------------


def _pdfs(version: Any, folder: Path, variants: list[Variant], profile: bool) -> list[bytes]:
    made = []
    for variant in variants:
        out = folder / f"{variant.value}.pdf"
        write_plan_pdf(version, out, PrintOptions(variant=variant, printed_on=PRINTED_ON))
        made.append(out.read_bytes())
    if profile:
        out = folder / "profile.pdf"
        write_profile_pdf(version, out)
        made.append(out.read_bytes())
    made.append(money_csv(version).encode())
    return made


@pytest.mark.parametrize("number", range(15))
def test_every_printed_plan_is_the_same_pdf_byte_for_byte(
        plans_file: Path, number: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each example plan in every variant and as my profile, each random plan in one variant
    (in turn: every plan's every part is compared column by column above); their money CSV."""
    monkeypatch.setattr(rl_config, "invariant", 1)
    store = PlanStore.open(plans_file)
    try:
        person = store.people(include_archived=True)[number]
        person_id = person.id
        example = person.name in DEMO_NAMES
        variants = list(Variant) if example else [list(Variant)[number % len(Variant)]]
        stored = _pdfs(store.current_version(store.person(person_id)), tmp_path, variants,
                       example)
    finally:
        store.close()
    plain = PlainPlans.open(plans_file)
    assert plain is not None
    with plain:
        version = plain.current_version(plain.person(person_id))
        assert _pdfs(version, tmp_path, variants, example) == stored


# -- the command line ---------------------------------------------------------------------


def _text(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def _export(path: Path, out: Path, **extra: Any) -> tuple[str, list[Path]]:
    return commands.export(path, ExportRequest(plan="Sita", pdf=out, **extra))


def _made(tmp_path: Path) -> Path:
    (tmp_path / "plans").mkdir()
    path = tmp_path / "plans" / "plans.sqlite3"
    store = PlanStore.open(path)
    load_demo(store)
    store.save()
    store.close()
    return path


def test_an_export_uses_the_plain_reader_when_it_can(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    path = _made(tmp_path)
    opened: list[PlainPlans | None] = []
    real = PlainPlans.open
    monkeypatch.setattr(PlainPlans, "open", lambda p: opened.append(real(p)) or opened[-1])
    before = path.read_bytes()
    name, written = _export(path, tmp_path / "plan.pdf", csv=tmp_path / "money.csv")
    assert name == DEMO_NAMES[0]
    assert written == [tmp_path / "plan.pdf", tmp_path / "money.csv"]
    assert opened and opened[0] is not None
    assert "My support plan" in _text(tmp_path / "plan.pdf")
    # Nothing was written to the file or made beside it, and its lock was let go.
    assert path.read_bytes() == before
    assert [p.name for p in path.parent.iterdir()] == ["plans.sqlite3"]
    lock = FileLock(path)
    assert lock.acquire()
    lock.release()
    # A plan file or a statement still goes through the store.
    opened.clear()
    _export(path, tmp_path / "again.pdf", plan_file=tmp_path / "sita.bpplan.json")
    assert opened == []


def test_an_export_reads_no_sqlalchemy(tmp_path: Path) -> None:
    path = _made(tmp_path)
    script = ("import sys, main\n"
              f"code = main.main(['--db', {str(path)!r}, 'export', '--plan', 'Jenny', "
              f"'--pdf', {str(tmp_path / 'jenny.pdf')!r}, '--print', 'easy-read'])\n"
              "print(code, sorted(m for m in sys.modules if m.split('.')[0] in "
              "('sqlalchemy', 'alembic')))\n")
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                          text=True, timeout=60, check=True)
    assert done.stdout.strip().splitlines()[-1] == "0 []"
    assert "Jenny" in _text(tmp_path / "jenny.pdf")


def test_a_file_the_plain_reader_must_not_read_is_exported_through_the_store(
        tmp_path: Path) -> None:
    """Never named by an opening, or with changes waiting in its "-wal": the store opens
    it as ever (and names it), and the plan is printed the same."""
    path = _made(tmp_path)
    assert PlainPlans.open(path) is not None
    plain_text = (_export(path, tmp_path / "plain.pdf"), _text(tmp_path / "plain.pdf"))[1]
    with sqlite3.connect(path) as connection:
        connection.execute("DELETE FROM settings WHERE key = ?", (FILE_ID_KEY,))
    connection.close()
    assert PlainPlans.open(path) is None
    _export(path, tmp_path / "store.pdf")
    assert _text(tmp_path / "store.pdf") == plain_text
    assert PlainPlans.open(path) is not None  # the store named it
    # Changes waiting in the "-wal" file, from a program still writing.
    writer = sqlite3.connect(path)
    writer.execute("PRAGMA wal_autocheckpoint=0")
    writer.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('x', 'y')")
    writer.commit()
    try:
        assert Path(f"{path}-wal").stat().st_size > 0
        assert PlainPlans.open(path) is None
    finally:
        writer.close()


def test_an_older_file_is_upgraded_by_the_store_and_exported(tmp_path: Path) -> None:
    path = _made(tmp_path)
    with sqlite3.connect(path) as connection:
        # 0008 (the newest) changes only a plans server: on a file, 0007 is the same tables.
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (
            "0008",)
        connection.execute("UPDATE alembic_version SET version_num = '0007'")
    connection.close()
    assert PlainPlans.open(path) is None
    assert _export(path, tmp_path / "plan.pdf")[0] == DEMO_NAMES[0]
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (
            "0008",)
    connection.close()
    assert PlainPlans.open(path) is not None


def test_a_file_in_use_or_locked_is_refused_as_before(tmp_path: Path) -> None:
    path = _made(tmp_path)
    lock = FileLock(path)
    assert lock.acquire()
    try:
        with pytest.raises(CommandError, match="already open with this plans file"):
            _export(path, tmp_path / "plan.pdf")
    finally:
        lock.release()
    cipher.rewrite(path, None, "a long passphrase")
    assert PlainPlans.open(path) is None
    with pytest.raises(CommandError, match="locked with a passphrase"):
        _export(path, tmp_path / "plan.pdf")
    assert not (tmp_path / "plan.pdf").exists()


def test_a_plan_without_a_version_is_exported_through_the_store(tmp_path: Path) -> None:
    path = tmp_path / "plans.sqlite3"
    store = PlanStore.open(path)
    store.session.add(Person(name="Ada (made up)", created_at=datetime(2026, 1, 2)))
    store.save()
    store.close()
    name, _written = commands.export(path, ExportRequest(plan="Ada", pdf=tmp_path / "a.pdf",
                                                         variant=PrintVariant.STANDARD))
    assert name == "Ada (made up)"
    assert "Ada (made up)" in _text(tmp_path / "a.pdf")
