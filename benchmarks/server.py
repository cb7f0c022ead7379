"""Shared plans on PostgreSQL against the same plans in a SQLite file.

    .venv/bin/python -m benchmarks.server          (about a minute; needs postgresql-15)

50 advocates with 200 people each (10,000 plans, each with an option and two cost lines) on a
PostgreSQL cluster started in a temporary folder (the tests' own, pg_cluster.py), with the
row-level security and the audit triggers of migration 0005, signed in as one advocate;
against the same plans in a SQLite file. Measures, as ratios to SQLite (target 3×): opening
the list of plans (the first page and the count), opening a plan, and saving one edit.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "budgetplanner" / "storage"))

from pg_cluster import MEMBER_PASSWORD, PgDatabase, start_cluster  # noqa: E402
from sqlalchemy import insert, select, text  # noqa: E402

from budgetplanner.storage.models import CostLine, Option, Person, PlanVersion  # noqa: E402
from budgetplanner.storage.store import PlanStore  # noqa: E402

ADVOCATES = int(os.environ.get("BENCH_ADVOCATES", "50"))
PEOPLE_EACH = int(os.environ.get("BENCH_PEOPLE_EACH", "200"))
REPEAT = int(os.environ.get("BENCH_REPEAT", "7"))
TARGET = 3.0


def median_time(action: Callable[[], object]) -> float:
    action()  # warm
    times = []
    for _ in range(REPEAT):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def fill(store: PlanStore) -> None:
    """10,000 plans in bulk through the store's own connection (and so its policies)."""
    count = ADVOCATES * PEOPLE_EACH
    with store.engine.begin() as connection:
        people = connection.execute(insert(Person).returning(Person.id), [
            {"name": f"Person {n:05d}"} for n in range(count)]).scalars().all()
        versions = connection.execute(insert(PlanVersion).returning(PlanVersion.id), [
            {"person_id": person, "number": 1, "good_life": "Gardening."}
            for person in people]).scalars().all()
        options = connection.execute(insert(Option).returning(Option.id), [
            {"version_id": version, "title": "Allotment"} for version in versions]
        ).scalars().all()
        connection.execute(insert(CostLine), [
            {"option_id": option, "description": what, "amount": Decimal("12.50"),
             "position": position}
            for option in options for position, what in enumerate(("Seeds", "Helper"))])


def measures(store: PlanStore) -> dict[str, float]:
    def open_list() -> None:
        store.session.expire_all()
        store.people(limit=200)
        store.count_people()

    first = store.people(limit=1)[0]

    def open_plan() -> None:
        store.session.expunge_all()
        version = store.current_version(store.person(first.id))
        assert version.options[0].cost_lines

    # Saving is timed first, with the plan open, as when typing in it.
    version = store.current_version(store.person(first.id))
    words = iter(range(10**9))

    def save_edit() -> None:
        version.good_life = f"Gardening, edit {next(words)}."
        store.save()

    saving = median_time(save_edit)
    return {"Open the list of plans (first 200 and the count)": median_time(open_list),
            "Open a plan": median_time(open_plan),
            "Save one edit (with the plan open)": saving}


def main() -> int:
    with tempfile.TemporaryDirectory() as scratch:
        lite = PlanStore.open(Path(scratch) / "plans.sqlite3")
        fill(lite)
        # SQLite shows one advocate's share of the plans too: the first 200 names.
        lite_times = measures(lite)
        lite.close()

    cluster = start_cluster()
    try:
        with cluster.superuser().connect() as connection:
            connection.execute(text("CREATE ROLE planner_owner LOGIN CREATEROLE "
                                    "PASSWORD 'owner-secret'"))
            connection.execute(text("CREATE DATABASE plans OWNER planner_owner"))
        pg = PgDatabase(cluster, "plans")
        pg.migrate()
        lead = pg.sign_in("bench_lead")
        fill(lead)
        with cluster.superuser().connect() as connection:
            for number in range(ADVOCATES):
                connection.execute(text(f"CREATE ROLE advocate_{number:02d} LOGIN PASSWORD "
                                        f"'{MEMBER_PASSWORD}' IN ROLE planner_advocate"))
        with lead.engine.begin() as connection:
            ids = connection.execute(select(Person.id).order_by(Person.id)).scalars().all()
            connection.execute(text("INSERT INTO assignments (person_id, advocate) "
                                    "VALUES (:person, :advocate)"), [
                {"person": person, "advocate": f"advocate_{n // PEOPLE_EACH:02d}"}
                for n, person in enumerate(ids)])
            connection.execute(text("ANALYZE"))
        lead.close()
        advocate = pg.sign_in("advocate_07", "planner_advocate")
        assert advocate.count_people() == PEOPLE_EACH
        pg_times = measures(advocate)
        advocate.close()
    finally:
        cluster.stop()

    print(f"{ADVOCATES} advocates × {PEOPLE_EACH} people, signed in as one advocate")
    print(f"{'Measure':<50} {'PostgreSQL':>11} {'SQLite':>9} {'Ratio':>7} {'Target':>7}  Result")
    missed = False
    for name, lite_time in lite_times.items():
        ratio = pg_times[name] / lite_time
        missed |= ratio > TARGET
        print(f"{name:<50} {pg_times[name] * 1000:>9.1f}ms {lite_time * 1000:>7.1f}ms "
              f"{ratio:>6.2f}× {'≤' + format(TARGET, 'g') + '×':>7}  "
              f"{'MISSED' if ratio > TARGET else 'ok'}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
