"""The command line, run as the person would: main.py in its own process, a real plans file.

Each test gets its own HOME (tmp_path), so nothing reaches the real data folder.
"""

from __future__ import annotations

import csv
import json
import stat
import subprocess
import sys
from pathlib import Path

import pdfplumber
import pytest

from budgetplanner.demo import load_demo
from budgetplanner.storage.store import PlanStore

ROOT = Path(__file__).resolve().parent.parent
NASTY = ROOT / "tests" / "budgetplanner" / "data" / "nasty_plan_files"


def run(tmp_path: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "LANG": "C.UTF-8"}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)], env=env,
                          cwd=tmp_path, capture_output=True, text=True, timeout=90, check=False)


def refused(done: subprocess.CompletedProcess[str]) -> str:
    """The one sentence a refused command prints, after checking it failed and wrote nothing."""
    assert done.returncode != 0, done.stdout
    assert done.stdout == ""
    message = done.stderr.strip()
    assert message and "\n" not in message and "Traceback" not in message, done.stderr
    return message


@pytest.fixture
def plans(tmp_path: Path) -> Path:
    """A plans file holding the three example plans."""
    path = tmp_path / "plans.sqlite3"
    store = PlanStore.open(path)
    load_demo(store)
    store.close()
    return path


def private(path: Path) -> bool:
    return stat.S_IMODE(path.stat().st_mode) == 0o600


def test_demo_adds_the_example_plans(tmp_path: Path) -> None:
    db = tmp_path / "plans.sqlite3"
    done = run(tmp_path, "--db", db, "demo")
    assert done.returncode == 0, done.stderr
    assert "Added the example plans of Sita Patel, Jenny Walsh, Sam Okafor" in done.stdout
    store = PlanStore.open(db)
    try:
        assert [row.name for row in store.people()] == ["Jenny Walsh", "Sam Okafor",
                                                        "Sita Patel"]
    finally:
        store.close()


def test_demo_does_not_add_the_example_plans_twice(plans: Path, tmp_path: Path) -> None:
    done = run(tmp_path, "--db", plans, "demo")
    assert done.returncode == 0 and "already" in done.stdout
    store = PlanStore.open(plans)
    try:
        assert store.count_people() == 3
    finally:
        store.close()


def test_without_db_the_plans_file_is_in_the_data_folder_under_home(tmp_path: Path) -> None:
    done = run(tmp_path, "demo")
    assert done.returncode == 0, done.stderr
    made = list(tmp_path.glob("**/plans.sqlite3"))
    assert len(made) == 1 and made[0].is_relative_to(tmp_path)
    assert str(made[0]) in done.stdout


def test_export_a_pdf_by_part_of_the_name_in_large_print(plans: Path, tmp_path: Path) -> None:
    out = tmp_path / "out" / "sam.pdf"
    done = run(tmp_path, "--db", plans, "export", "--plan", "okaf", "--pdf", out,
               "--print", "large")
    assert done.returncode == 0, done.stderr
    assert f"Wrote {out} (Sam Okafor)." in done.stdout
    with pdfplumber.open(out) as pdf:
        assert "This plan belongs to Sam Okafor" in (pdf.pages[0].extract_text() or "")
        sizes = sorted(char["size"] for char in pdf.pages[1].chars)
    assert sizes[len(sizes) // 2] >= 16  # large print (standard is 11.5)
    assert private(out)
    assert not [p for p in out.parent.iterdir() if p.name.endswith(".partial")]


def test_export_money_csv_plan_file_and_statement(plans: Path, tmp_path: Path) -> None:
    money, plan_file = tmp_path / "money.csv", tmp_path / "jenny.bpplan.json"
    statement = tmp_path / "review.csv"
    done = run(tmp_path, "--db", plans, "export", "--plan", "JENNY", "--csv", money,
               "--plan-file", plan_file, "--statement", statement)
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("(Jenny Walsh)") == 3
    rows = list(csv.reader(money.read_text("utf-8-sig").splitlines()))
    assert len(rows) > 3
    data = json.loads(plan_file.read_text("utf-8"))
    assert data["person"]["name"] == "Jenny Walsh"
    assert statement.read_text("utf-8-sig").startswith("Part,What,Planned for the year,")
    assert all(private(path) for path in (money, plan_file, statement))


def test_an_ambiguous_or_unknown_name_lists_the_plans(plans: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.bpplan.json"
    message = refused(run(tmp_path, "--db", plans, "export", "--plan", "a", "--plan-file", out))
    assert message == ('"a" matches several plans: Jenny Walsh, Sam Okafor, Sita Patel. '
                       "Please give more of the name.")
    message = refused(run(tmp_path, "--db", plans, "export", "--plan", "Nobody",
                          "--plan-file", out))
    assert message == (f'There is no plan for "Nobody" in {plans}. The plans are: Jenny Walsh, '
                       "Sam Okafor, Sita Patel.")
    assert not out.exists()


def test_import_a_plan_file(plans: Path, tmp_path: Path) -> None:
    good = tmp_path / "sita.bpplan.json"
    assert run(tmp_path, "--db", plans, "export", "--plan", "sita",
               "--plan-file", good).returncode == 0
    done = run(tmp_path, "--db", plans, "import", good)
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"Imported the plan of Sita Patel (1 version) into {plans}.\n"
    store = PlanStore.open(plans)
    try:
        assert [row.name for row in store.people()].count("Sita Patel") == 2
    finally:
        store.close()


def test_a_bad_plan_file_is_refused_in_one_sentence_and_adds_nothing(plans: Path,
                                                                     tmp_path: Path) -> None:
    message = refused(run(tmp_path, "--db", plans, "import",
                          NASTY / "closeness_999999.bpplan.json"))
    assert message == ("Nothing was imported from this plan file: versions[0].relationships[0]"
                       ".closeness: must be a whole number from 1 to 4.")
    message = refused(run(tmp_path, "--db", plans, "import", NASTY / "lone_surrogate.bpplan.json"))
    assert "holds a broken character" in message
    message = refused(run(tmp_path, "--db", plans, "import", tmp_path / "missing.json"))
    assert message.startswith("Nothing was imported: ") and "could not be read" in message
    store = PlanStore.open(plans)
    try:
        assert store.count_people() == 3
    finally:
        store.close()


def test_two_plans_of_one_name_are_told_apart_by_number(plans: Path, tmp_path: Path) -> None:
    store = PlanStore.open(plans)
    second = store.add_person("Sita Patel").id
    store.save()
    store.close()
    message = refused(run(tmp_path, "--db", plans, "export", "--plan", "sita patel",
                          "--plan-file", tmp_path / "x.json"))
    assert f"Sita Patel (#1), Sita Patel (#{second})" in message and "like #12" in message
    done = run(tmp_path, "--db", plans, "export", "--plan", f"#{second}",
               "--plan-file", tmp_path / "x.json")
    assert done.returncode == 0, done.stderr
    assert len(json.loads((tmp_path / "x.json").read_text("utf-8"))["person"]["versions"]) == 1


def test_demo_flag_exports_from_the_example_plans(tmp_path: Path) -> None:
    out = tmp_path / "sam.bpplan.json"
    done = run(tmp_path, "--demo", "export", "--plan", "sam", "--plan-file", out)
    assert done.returncode == 0, done.stderr
    assert json.loads(out.read_text("utf-8"))["person"]["name"] == "Sam Okafor"
    assert not list(tmp_path.glob("**/plans.sqlite3"))  # the example plans stay apart


def test_demo_flag_is_refused_where_it_cannot_be_honoured(tmp_path: Path) -> None:
    out = tmp_path / "sam.bpplan.json"
    message = refused(run(tmp_path, "--demo", "import", out))
    assert message.startswith("--demo cannot be used with import")
    message = refused(run(tmp_path, "--demo", "--db", tmp_path / "p.sqlite3", "export",
                          "--plan", "sam", "--plan-file", out))
    assert message.startswith("--demo exports from the example plans")


def test_an_export_without_outputs_or_a_plans_file_is_refused(plans: Path,
                                                              tmp_path: Path) -> None:
    assert refused(run(tmp_path, "--db", plans, "export", "--plan", "sam")).startswith(
        "Say what to write")
    assert refused(run(tmp_path, "--db", tmp_path / "none.sqlite3", "export", "--plan", "sam",
                       "--csv", tmp_path / "m.csv")) == (
        f"There is no plans file at {tmp_path / 'none.sqlite3'}.")
    assert not (tmp_path / "none.sqlite3").exists()


def test_a_wrong_name_or_place_to_write_is_refused(plans: Path, tmp_path: Path) -> None:
    assert refused(run(tmp_path, "--db", plans, "export", "--plan", "sam", "--statement",
                       tmp_path / "r.txt")).startswith("The review statement is written as")
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    message = refused(run(tmp_path, "--db", plans, "export", "--plan", "sam", "--csv",
                          blocked / "m.csv"))
    assert message.startswith(f"I could not write {blocked / 'm.csv'}")
    bad_choice = run(tmp_path, "--db", plans, "export", "--plan", "sam", "--pdf", "x.pdf",
                     "--print", "huge")
    assert bad_choice.returncode == 2 and "invalid choice" in bad_choice.stderr


def test_export_writes_large_print_at_a_chosen_size_and_the_one_page_profile(
        plans: Path, tmp_path: Path) -> None:
    large = tmp_path / "large.pdf"
    done = run(tmp_path, "--db", plans, "export", "--plan", "Sita", "--pdf", large,
               "--print", "large", "--size", "18")
    assert done.returncode == 0, done.stderr
    with pdfplumber.open(large) as pdf:
        assert min(round(c["size"], 2) for p in pdf.pages for c in p.chars) >= 18
    profile = tmp_path / "profile.pdf"
    done = run(tmp_path, "--db", plans, "export", "--plan", "Sita", "--pdf", profile,
               "--print", "profile")
    assert done.returncode == 0, done.stderr
    with pdfplumber.open(profile) as pdf:
        assert len(pdf.pages) == 1
        assert "How best to support me" in (pdf.pages[0].extract_text() or "")
    assert private(large) and private(profile)
    message = refused(run(tmp_path, "--db", plans, "export", "--plan", "Sita", "--pdf",
                          tmp_path / "small.pdf", "--size", "9"))
    assert message == "Standard is printed at 12, 14 point, not 9."

def test_without_a_screen_it_says_so_and_writes_the_example_pdf(tmp_path: Path) -> None:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path),
           "BUDGETPLANNER_DATA": str(tmp_path / "data")}
    done = subprocess.run([sys.executable, str(ROOT / "main.py")], env=env, capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert "There is no screen" in done.stdout
    path = Path(done.stdout.strip().rsplit(": ", 1)[1])
    assert path.exists() and path.suffix == ".pdf"


def test_help_shows_a_translation_with_a_percent_sign(monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    """A translated help sentence may hold "%" ("100%"): the help is still shown, as written."""
    import gettext

    import main
    from budgetplanner import translation

    class WithPercent(gettext.NullTranslations):
        def gettext(self, message: str) -> str:
            return f"{message} (100%)"

    monkeypatch.setattr(translation, "_catalogue", WithPercent())
    for argv in (["--help"], ["export", "--help"], ["org", "take-out", "--help"]):
        with pytest.raises(SystemExit) as ended:
            main.build_parser().parse_args(argv)
        assert ended.value.code == 0
        shown = capsys.readouterr().out
        assert "(100%)" in shown and "%%" not in shown
