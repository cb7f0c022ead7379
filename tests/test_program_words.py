"""The program's own words (labels, messages, menus, PDF headings) use none of the listed words."""

import ast
from pathlib import Path

from budgetplanner.language import find_marks, load_word_list

ROOT = Path(__file__).resolve().parent.parent
# The person's own words in the demo plans are theirs; the word list is the list.
SOURCES = [*sorted((ROOT / "ui").rglob("*.py")),
           *sorted((ROOT / "budgetplanner" / "export").rglob("*.py")),
           ROOT / "budgetplanner" / "commands.py", ROOT / "budgetplanner" / "categories.py",
           ROOT / "budgetplanner" / "periods.py", ROOT / "budgetplanner" / "pa_costs.py",
           ROOT / "budgetplanner" / "rates.py", ROOT / "budgetplanner" / "review.py",
           ROOT / "budgetplanner" / "plan_words.py", ROOT / "main.py"]


def program_strings(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text("utf-8"))
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef)
                  and node.body and isinstance(node.body[0], ast.Expr)}
    return [(node.lineno, node.value) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
            and id(node) not in docstrings]


def test_no_program_text_speaks_like_a_case_management_system() -> None:
    words = load_word_list()
    found = [f"{path.relative_to(ROOT)}:{line}: {mark.text!r}"
             for path in SOURCES for line, text in program_strings(path)
             for mark in find_marks(text, words)]
    assert found == []


def test_the_scan_reads_strings_and_would_catch_a_listed_word(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text('"""Module."""\nLABEL = "Add a new client"\n', "utf-8")
    assert program_strings(sample) == [(2, "Add a new client")]
    assert find_marks("Add a new client", load_word_list())
