"""Translation of the domain's sentences: every marked sentence can be extracted, the chosen
language is installed, and with a pseudo translation (every sentence wrapped in ⟦…⟧) no word
of the printed plan, the review statement or the profile escapes it."""

from __future__ import annotations

import importlib.util
import re
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from types import ModuleType

import pdfplumber
import pytest
from babel.messages.pofile import read_po

from budgetplanner import translation
from budgetplanner.demo import load_demo
from budgetplanner.export.pdf import PrintOptions, Variant, write_plan_pdf
from budgetplanner.export.profile_pdf import write_profile_pdf
from budgetplanner.export.review_pdf import write_review_pdf
from budgetplanner.review_statement import build_statement
from budgetplanner.storage.models import Person
from budgetplanner.storage.store import PlanStore

ROOT = Path(__file__).resolve().parents[2]
PRINTED = date(2026, 11, 25)
MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|"
          "December")
# Dates are written by the formatter (Babel, en_GB), not translated as sentences.
DATE = re.compile(rf"\b(\d{{1,2}} )?({MONTHS})( \d{{4}})?\b")
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def translations_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("translations", ROOT / "scripts"
                                                  / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_extractor_can_read_every_marked_sentence() -> None:
    script = translations_script()
    assert list(script.unextractable()) == []
    template = script.domain_template()
    ids = {message.id for message in template}
    assert len(ids) > 300
    assert "The name I like to be called" in ids  # plan_fields' labels are in it too
    # The shipped template is the one the sources give (run scripts/translations.py).
    with (ROOT / "resources" / "translations" / "domain.pot").open("rb") as shipped:
        assert {message.id for message in read_po(shipped)} == ids


def test_a_call_the_extractor_cannot_read_is_found(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    script = translations_script()
    (tmp_path / "budgetplanner").mkdir()
    (tmp_path / "budgetplanner" / "bad.py").write_text(
        'name = "Sita"\n'
        '_("I pay {name}").format(name=name)\n'
        '_(f"I pay {name}")\n'
        '_("I pay " + name)\n'
        '_(name)\n'
        'ngettext("{n} PA", "{n} PAs", 2)\n'
        'ngettext("{n} PA", name, 2)\n', "utf-8")
    monkeypatch.setattr(script, "ROOT", tmp_path)
    lines = sorted({int(found.split(":")[1]) for found in script.unextractable()})
    assert lines == [3, 4, 5, 7]


def test_the_shipped_domain_catalogue_is_there_and_english_reads_as_written() -> None:
    folder = ROOT / "resources" / "translations"
    assert (folder / "domain.pot").exists()
    assert (folder / "domain_en_GB.po").exists()
    assert translation.install("en_GB") == "en_GB"
    assert translation._("Not written yet.") == "Not written yet."
    assert translation.ngettext("{count} version", "{count} versions", 2) == "{count} versions"


def test_the_chosen_language_is_the_environment_then_the_setting_then_the_system(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    translations_script().domain_pseudo(tmp_path)
    monkeypatch.delenv("BUDGETPLANNER_LANGUAGE", raising=False)
    monkeypatch.setenv("LANGUAGE", "cy_GB.UTF-8")
    assert translation.chosen_language() == "cy_GB.UTF-8"
    assert translation.chosen_language("pseudo") == "pseudo"
    assert translation.install("pseudo", tmp_path) == "pseudo"
    assert translation._("Not written yet.") == "⟦Not written yet.⟧"
    monkeypatch.setenv("BUDGETPLANNER_LANGUAGE", "en_GB")
    assert translation.install("pseudo", tmp_path) is None  # no en_GB in that folder
    assert translation._("Not written yet.") == "Not written yet."


# -- the pseudo translation of every printed paper ---------------------------------------


def plan_words(db_path: Path) -> list[str]:
    """Every text stored in the plans file (names, titles, what was typed), longest first."""
    words: set[str] = set()
    with closing(sqlite3.connect(db_path)) as connection:
        tables = [row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            for row in connection.execute(f'SELECT * FROM "{table}"'):
                words |= {" ".join(value.split()) for value in row
                          if isinstance(value, str) and WORD.search(value)}
    return sorted(words, key=len, reverse=True)


def outside_marks(text: str) -> str:
    """The text that is inside no ⟦…⟧ (a paragraph may run over a page, so the whole)."""
    depth = 0
    kept = []
    for char in text:
        if char == "⟦":
            depth += 1
            kept.append(" ")
        elif char == "⟧":
            depth = max(depth - 1, 0)
            kept.append(" ")
        elif depth == 0:
            kept.append(char)
    return "".join(kept)


def escaped(text: str, data: list[str], data_words: set[str]) -> list[str]:
    """Runs of words outside every mark that are not the plan's own words, names or dates."""
    left = " ".join(outside_marks(text).split())
    for value in data:
        # Whole words only: a stored "other" (a kind of option) is not taken out of "brother's".
        left = re.sub(rf"(?<!\w){re.escape(value)}(?!\w)", " ", left)
    left = DATE.sub(" ", left)
    runs: list[str] = []
    run: list[str] = []
    # A table row lays its cells' lines side by side, so typed words are also taken one by one.
    for word in [*WORD.findall(left), ""]:
        # (Easy read starts each item of a list it makes of the person's words with a capital.)
        if word and word not in data_words and word[0].lower() + word[1:] not in data_words:
            run.append(word)
        elif run:
            runs.append(" ".join(run))
            run = []
    return runs


def pdf_text(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


@dataclass
class Examples:
    store: PlanStore
    people: list[Person]
    data: list[str]
    data_words: set[str]
    catalogues: Path


@pytest.fixture(scope="module")
def examples(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Examples]:
    """The example plans, their own words, and the pseudo catalogue: made once for the
    module's tests, each of which prints some of the papers."""
    folder = tmp_path_factory.mktemp("examples")
    translations_script().domain_pseudo(folder / "translations")
    store = PlanStore.open(folder / "plans.sqlite3")
    people = load_demo(store)
    store.save()
    data = plan_words(folder / "plans.sqlite3")
    yield Examples(store, people, data, {word for value in data for word in WORD.findall(value)},
                   folder / "translations")
    store.close()


def print_paper(examples: Examples, person: Person, paper: str, out: Path) -> Path:
    version = examples.store.current_version(person)
    if paper in {variant.value for variant in Variant}:
        write_plan_pdf(version, out, PrintOptions(variant=Variant(paper), printed_on=PRINTED))
    elif paper.startswith("review"):
        variant = Variant.LARGE_PRINT if paper.endswith("large_print") else Variant.STANDARD
        write_review_pdf(build_statement(examples.store.session, version, PRINTED), out,
                         variant)
    else:
        write_profile_pdf(version, out)
    return out


PAPERS = (*(variant.value for variant in Variant), "review statement, standard",
          "review statement, large_print", "profile")


@pytest.mark.parametrize("paper", PAPERS)
@pytest.mark.parametrize("who", range(3), ids=["Sita", "Jenny", "Sam"])
def test_with_a_pseudo_translation_no_printed_word_escapes(
        examples: Examples, tmp_path: Path, who: int, paper: str) -> None:
    assert translation.install("pseudo", examples.catalogues) == "pseudo"
    person = examples.people[who]
    text = pdf_text(print_paper(examples, person, paper, tmp_path / "paper.pdf"))
    found = escaped(text, examples.data, examples.data_words)
    assert found == [], (f"{len(found)} runs of words in {person.name}'s {paper} escaped the "
                         "translation:\n" + "\n".join(found))
    assert text.count("⟦") > 5  # the paper was read, and it was translated


def test_without_a_translation_the_same_check_finds_the_english(examples: Examples,
                                                               tmp_path: Path) -> None:
    text = pdf_text(print_paper(examples, examples.people[0], "standard", tmp_path / "p.pdf"))
    found = escaped(text, examples.data, examples.data_words)
    assert any("Signatures" in run for run in found)
    assert len(found) > 50


# -- the easy-read data file's words ------------------------------------------------------


def test_the_easy_read_data_words_are_in_the_template_with_the_data_file_as_their_place(
) -> None:
    import json

    template = translations_script().domain_template()
    data = json.loads((ROOT / "budgetplanner" / "data" / "easy_read.json").read_text("utf-8"))
    wanted = [data["credit"], *(entry["alt"] for entry in data["pictures"].values()),
              *data["words"], *(entry["means"] for entry in data["words"].values())]
    for words in wanted:
        assert words in template, words
        places = {path for path, _line in template[words].locations}
        assert "budgetplanner/data/easy_read.json" in places, words
    assert data["about"] not in template  # a note for whoever edits the file, not for readers


def test_a_translated_hard_word_is_found_and_explained_in_the_translated_sentences(
        tmp_path: Path) -> None:
    from babel.messages.catalog import Catalog
    from babel.messages.mofile import write_mo

    from budgetplanner.export.easy_words import (
        credit,
        mark_hard_words,
        picture,
        word_picture,
        words_used,
    )

    catalogue = Catalog(locale="cy", fuzzy=False)
    catalogue.add("personal budget", "cyllideb bersonol")
    catalogue.add("The money the council says my support will cost.",
                  "Yr arian y mae'r cyngor yn dweud y bydd fy nghymorth yn ei gostio.")
    catalogue.add("A council building", "Adeilad y cyngor")
    catalogue.add("The pictures are from OpenMoji, the open-source emoji and icon project "
                  "(openmoji.org). They are free to use under the licence CC BY-SA 4.0.",
                  "Daw'r lluniau o OpenMoji.")
    with (tmp_path / "domain_cy.mo").open("wb") as out:
        write_mo(out, catalogue)
    assert translation.install("cy", tmp_path) == "cy"
    said = "Mae fy nghyllideb bersonol yn talu. Fy cyllideb bersonol."
    found = dict(words_used(said))
    assert found["cyllideb bersonol"].startswith("Yr arian y mae'r cyngor")
    assert "personal budget" not in found
    assert word_picture("cyllideb bersonol") == "payer_personal_budget"
    assert mark_hard_words(said).endswith("Fy <b>cyllideb bersonol</b>.")
    assert picture("payer_personal_budget").alt == "Adeilad y cyngor"
    assert credit() == "Daw'r lluniau o OpenMoji."
    # The English word is not looked for in the translated words.
    assert "personal budget" not in dict(words_used("My personal budget pays."))


# -- the command line, its files' headings and the plans file's problems -----------------


@pytest.fixture(scope="module")
def pseudo_catalogue(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("pseudo")
    translations_script().domain_pseudo(folder)
    return folder


@pytest.fixture
def speaking_pseudo(pseudo_catalogue: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """BUDGETPLANNER_LANGUAGE=pseudo, with the pseudo catalogue where the program looks for
    its catalogues; the command line's main() disables the garbage collector, given back."""
    import gc

    monkeypatch.setattr(translation, "resource_folder", lambda _name: pseudo_catalogue)
    monkeypatch.setenv("BUDGETPLANNER_LANGUAGE", "pseudo")
    yield
    gc.enable()


def wrapped(text: str) -> bool:
    return text.startswith("⟦") and text.endswith("⟧")


@pytest.fixture(scope="module")
def example_plans(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("plans") / "plans.sqlite3"
    store = PlanStore.open(path)
    load_demo(store)
    store.close()
    return path


def test_the_command_line_speaks_the_pseudo_language(
        speaking_pseudo: None, example_plans: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    import main

    out = tmp_path / "money.csv"
    assert main.main(["--db", str(example_plans), "export", "--plan", "Sita", "--csv",
                      str(out)]) == 0
    said = capsys.readouterr()
    assert wrapped(said.out.strip()) and f"Wrote {out} (Sita Patel)." in said.out
    assert main.main(["--db", str(example_plans), "export", "--plan", "Nobody", "--csv",
                      str(out)]) == 1
    refused = capsys.readouterr().err.strip()
    assert wrapped(refused) and 'There is no plan for "Nobody"' in refused
    assert main.main(["export", "--plan", "Sita", "--pdf", str(tmp_path / "a.pdf"),
                      "--csv", str(tmp_path / "a.pdf")]) == 1
    assert wrapped(capsys.readouterr().err.strip())
    bad = tmp_path / "bad.bpplan.json"
    bad.write_text("{}", "utf-8")
    assert main.main(["--db", str(example_plans), "import", str(bad)]) == 1
    refused = capsys.readouterr().err.strip()
    assert wrapped(refused) and "⟦format: this is not a" in refused
    with pytest.raises(SystemExit):
        main.main(["export", "--help"])
    helped = capsys.readouterr().out
    assert "⟦write the plan's money as CSV here⟧" in helped
    assert "⟦the name on the plan, or a part of it" in helped


def csv_rows(path: Path) -> list[list[str]]:
    import csv

    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def test_the_csv_files_headings_are_translated_and_their_figures_are_not(
        speaking_pseudo: None, example_plans: Path, tmp_path: Path) -> None:
    import main

    money, statement = tmp_path / "money.csv", tmp_path / "statement.csv"
    assert main.main(["--db", str(example_plans), "export", "--plan", "Sita", "--csv",
                      str(money), "--statement", str(statement)]) == 0
    rows = csv_rows(money)
    assert rows[0] and all(wrapped(heading) for heading in rows[0]), rows[0]
    totals = [row for row in rows if row and row[0] == "⟦Total⟧"]
    assert totals and all(wrapped(row[1]) for row in totals)
    # The figures are plain numbers, for a spreadsheet to add up, in every language.
    assert all(re.fullmatch(r"-?\d+\.\d\d", figure) for figure in totals[-1][6:9])
    headings = csv_rows(statement)[0]
    assert headings and all(wrapped(heading) for heading in headings), headings


def test_the_spending_entries_headings_are_translated(speaking_pseudo: None,
                                                      tmp_path: Path) -> None:
    from budgetplanner.export.spending_csv import write_entries_csv

    translation.install()
    out = write_entries_csv([], [], tmp_path / "spent.csv")
    [headings] = csv_rows(out)
    assert len(headings) == 6 and all(wrapped(heading) for heading in headings)


def test_a_plans_file_problem_is_said_in_the_pseudo_language(
        speaking_pseudo: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import main
    from budgetplanner.storage.health import StoreOpenError

    damaged = tmp_path / "plans.sqlite3"
    damaged.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 64)
    translation.install()
    with pytest.raises(StoreOpenError) as refused:
        PlanStore.open(damaged)
    assert wrapped(refused.value.problem.sentence) and wrapped(str(refused.value))
    assert "damaged" in str(refused.value)
    # And as the command line says it.
    assert main.main(["--db", str(damaged), "export", "--plan", "Sita", "--csv",
                      str(tmp_path / "money.csv")]) == 1
    said = capsys.readouterr().err.strip()
    assert wrapped(said) and said == str(refused.value)
