"""Pull the plug while someone types without pausing: what was typed a moment ago is on disk.

A child process runs the real window over a real plans file and types a word every 150 ms,
key by key, into "What a good life looks like for me", never pausing long enough for the
pause timer. The test kills it with SIGKILL at a random moment and reads the file: every word
typed more than a second and a half before the kill must be there (the promise is under a
second; the margin is for a busy test machine). BUDGETPLANNER_TYPING_CYCLES sets the number of
cycles (100 for the long run).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from budgetplanner.storage.store import PlanStore

CYCLES = int(os.environ.get("BUDGETPLANNER_TYPING_CYCLES", "2"))
MARGIN_S = 1.5

CHILD = r"""
import os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from budgetplanner.storage.store import PlanStore
from ui.main_window import MainWindow

app = QApplication([])
store = PlanStore.open(Path(sys.argv[1]))
person = store.find_person("Typing test") or store.add_person("Typing test")
store.save()
window = MainWindow(store)
window.show()
window.people.refresh(select=person.id)
editor = window.matters_page.editor("good_life")
editor.setFocus()
editor.moveCursor(editor.textCursor().MoveOperation.End)
typed = [len(editor.toPlainText().split())]

def type_a_word():
    # A person typing: one key at a time, through the real editor and the window's autosave.
    QTest.keyClicks(editor, f" w{typed[0]}")
    typed[0] += 1
    print(f"typed {typed[0]} {time.monotonic()}", flush=True)

timer = QTimer()
timer.setInterval(150)
timer.timeout.connect(type_a_word)
timer.start()
print("ready", flush=True)
app.exec()
"""


def _words_in_file(db_path: Path) -> int:
    store = PlanStore.open(db_path)
    try:
        person = store.find_person("Typing test")
        assert person is not None
        return len(store.current_version(person).good_life.split())
    finally:
        store.close()


def _one_cycle(db_path: Path, life: float) -> tuple[int, int]:
    """(words typed long enough before the kill, words in the file after it)."""
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(db_path)],
                             stdout=subprocess.PIPE, text=True,
                             cwd=Path(__file__).resolve().parents[2])
    assert child.stdout is not None
    typed: list[tuple[int, float]] = []
    ready = threading.Event()

    def read() -> None:
        assert child.stdout is not None
        for line in child.stdout:
            if line.startswith("ready"):
                ready.set()
            elif line.startswith("typed "):
                _, number, when = line.split()
                typed.append((int(number), float(when)))

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    assert ready.wait(60), "the child never started"
    time.sleep(life)
    killed_at = time.monotonic()
    os.kill(child.pid, signal.SIGKILL)
    child.wait(30)
    reader.join(10)
    long_enough = [n for n, when in typed if when <= killed_at - MARGIN_S]
    return (max(long_enough) if long_enough else 0), _words_in_file(db_path)


def test_sigkill_during_continuous_typing_keeps_all_but_the_last_second(db_path: Path) -> None:
    random.seed(20261203)
    PlanStore.open(db_path).close()
    for _ in range(CYCLES):
        expected, in_file = _one_cycle(db_path, random.uniform(2.0, 3.5))
        assert expected > 0
        assert in_file >= expected, f"typed {expected} words long ago, only {in_file} on disk"
