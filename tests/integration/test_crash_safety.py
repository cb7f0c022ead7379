"""Pull the plug again and again: every edit reported saved is there, and the file is whole.

A child process edits through the program's own save path and reports each save; the test
kills it with SIGKILL at a random moment, then checks the file. BUDGETPLANNER_CRASH_CYCLES
raises the number of cycles for a longer run.
"""

import os
import random
import signal
import sqlite3
import time
from decimal import Decimal
from pathlib import Path

import pytest

from budgetplanner.storage.store import PlanStore

CYCLES = int(os.environ.get("BUDGETPLANNER_CRASH_CYCLES", "200"))


def edit_until_killed(db_path: Path, write_fd: int) -> None:
    """The child: open the store, then add and save edits, reporting each save."""
    try:
        store = PlanStore.open(db_path)
        person = store.find_person("Crash test")
        if person is None:
            person = store.add_person("Crash test")
        version = store.current_version(person)
        option = version.options[0] if version.options else store.add_option(version, "Edits")
        number = len(option.cost_lines)
        while True:
            store.add_cost_line(option, f"edit {number}", Decimal(number % 500))
            version.good_life = f"text after edit {number}"
            store.save()
            os.write(write_fd, f"saved {number}\n".encode())
            number += 1
    except BaseException:
        os._exit(1)


def _one_cycle(db_path: Path, life: float) -> set[int]:
    """Start a child, kill it after `life` seconds, check the file; the edits it saved."""
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the child
        os.close(read_fd)
        edit_until_killed(db_path, write_fd)
        os._exit(0)
    os.close(write_fd)
    time.sleep(life)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    reported = set()
    with os.fdopen(read_fd) as pipe:
        for line in pipe.read().splitlines():
            if line.startswith("saved "):
                reported.add(int(line.split()[1]))
    return reported


def _check(db_path: Path, reported: set[int]) -> None:
    connection = sqlite3.connect(db_path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        saved = {row[0] for row in connection.execute("SELECT description FROM cost_lines")}
    finally:
        connection.close()
    missing = {n for n in reported if f"edit {n}" not in saved}
    assert not missing, f"edits reported saved but lost: {sorted(missing)[:5]}"


# The cycles run in four rounds of a quarter each, so that no one test runs long.
ROUNDS = 4


@pytest.mark.parametrize("round_number", range(ROUNDS))
def test_sigkill_at_random_moments_never_loses_a_saved_edit(db_path: Path,
                                                             round_number: int) -> None:
    random.seed(20261125 + round_number)
    cycles = CYCLES // ROUNDS
    PlanStore.open(db_path).close()  # create the schema once
    reported: set[int] = set()
    for _cycle in range(cycles):
        # Some kills land while the file is being opened, most while edits are being saved.
        reported |= _one_cycle(db_path, random.uniform(0.0, 0.12))
        _check(db_path, reported)
    # On a slow or busy machine a child may be killed before it saves: give a few more
    # cycles a longer life, so the test always checks a fair number of saved edits.
    extra = 0
    while len(reported) < cycles // 10 and extra < cycles:
        extra += 1
        reported |= _one_cycle(db_path, random.uniform(0.2, 0.4))
        _check(db_path, reported)
    assert len(reported) >= cycles // 10, "the child hardly ever got to save: nothing was tested"
    # The lock died with each child: the program can open the file again at once.
    PlanStore.open(db_path).close()
