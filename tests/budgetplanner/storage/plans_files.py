"""Plans files made for the storage tests: the example plans, or people by name."""

from pathlib import Path

from budgetplanner.demo import load_demo
from budgetplanner.storage.store import PlanStore


def make_plans(path: Path, *names: str) -> bytes:
    """A saved, closed plans file holding these people (the example plans when none are
    named); returns its bytes, to compare with after a refusal."""
    store = PlanStore.open(path)
    if names:
        for name in names:
            store.add_person(name)
    else:
        load_demo(store)
    store.save()
    store.close()
    return path.read_bytes()
