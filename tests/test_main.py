"""The command line: export a plan, and the no-screen start."""

import subprocess
import sys
from pathlib import Path

import pdfplumber
import pytest

from budgetplanner.demo import load_demo
from budgetplanner.storage.store import PlanStore
from main import main

ROOT = Path(__file__).resolve().parent.parent


def test_export_writes_the_named_plan(db_path: Path, tmp_path: Path) -> None:
    store = PlanStore.open(db_path)
    load_demo(store)
    store.close()
    out = tmp_path / "sam.pdf"
    assert main(["--db", str(db_path), "export", "--plan", "sam okafor", "--pdf", str(out)]) == 0
    with pdfplumber.open(out) as pdf:
        assert "This plan belongs to Sam Okafor" in (pdf.pages[0].extract_text() or "")


def test_export_of_an_unknown_name_says_so(db_path: Path, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(db_path), "export", "--plan", "Nobody", "--pdf",
                 str(tmp_path / "x.pdf")]) == 1
    assert 'There is no plan for "Nobody"' in capsys.readouterr().err


def test_without_a_screen_it_says_so_and_writes_the_example_pdf(tmp_path: Path) -> None:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path),
           "BUDGETPLANNER_DATA": str(tmp_path / "data")}
    done = subprocess.run([sys.executable, str(ROOT / "main.py")], env=env, capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert "There is no screen" in done.stdout
    path = Path(done.stdout.strip().rsplit(": ", 1)[1])
    assert path.exists() and path.suffix == ".pdf"
