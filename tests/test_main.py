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


def test_export_writes_large_print_and_the_one_page_profile(db_path: Path, tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]
                                                            ) -> None:
    store = PlanStore.open(db_path)
    load_demo(store)
    store.close()
    large = tmp_path / "large.pdf"
    assert main(["--db", str(db_path), "export", "--plan", "Sita Patel", "--pdf", str(large),
                 "--version", "large_print", "--size", "18"]) == 0
    with pdfplumber.open(large) as pdf:
        assert min(round(c["size"], 2) for p in pdf.pages for c in p.chars) >= 18
    profile = tmp_path / "profile.pdf"
    assert main(["--db", str(db_path), "export", "--plan", "Sita Patel", "--pdf", str(profile),
                 "--version", "profile"]) == 0
    with pdfplumber.open(profile) as pdf:
        assert len(pdf.pages) == 1
        assert "How best to support me" in (pdf.pages[0].extract_text() or "")
    assert main(["--db", str(db_path), "export", "--plan", "Sita Patel", "--pdf", str(large),
                 "--size", "9"]) == 1
    assert "Standard is printed at 12, 14 point, not 9." in capsys.readouterr().err


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
