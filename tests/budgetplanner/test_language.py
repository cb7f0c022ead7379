"""The language check: marks, suggestions, ignoring a word, and no false marks."""

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from budgetplanner.language import (
    WordListError,
    check_texts,
    find_marks,
    load_word_list,
    problems_in_word_list,
)

WORDS = load_word_list()


def test_marks_carry_offsets_and_a_suggestion() -> None:
    text = "The service user lives in a placement."
    first, second = find_marks(text, WORDS)
    assert (first.start, first.end, first.text) == (4, 16, "service user")
    assert "I" in first.entry.suggestion
    assert text[second.start:second.end] == "placement"
    assert "home" in second.entry.suggestion
    assert second.entry.source


def test_variants_plurals_case_line_breaks_and_hyphens() -> None:
    text = "CLIENTS and Service-Users; a care\npackage; Challenging   Behaviour"
    found = [(m.text, m.entry.id) for m in find_marks(text, WORDS)]
    assert found == [("CLIENTS", "client"), ("Service-Users", "service-user"),
                     ("care\npackage", "care-package"),
                     ("Challenging   Behaviour", "challenging-behaviour")]


@pytest.mark.parametrize("text", [
    "She waited patiently with her suitcase.",
    "A showcase of clientele and a replacement window.",
    "The casement was open; in any case it was sunny.",
    "I prefer feedings? no: I prefer feed-back and refereed games.",
])
def test_no_mark_on_ordinary_words_that_contain_a_listed_word(text: str) -> None:
    assert find_marks(text, WORDS) == []


def test_the_longest_phrase_wins() -> None:
    [mark] = find_marks("a package of care", WORDS)
    assert mark.text == "package of care"


def test_a_word_ignored_for_this_plan_is_not_marked() -> None:
    text = "I go for respite with my client friends."
    assert {m.entry.id for m in find_marks(text, WORDS)} == {"respite", "client"}
    assert [m.entry.id for m in find_marks(text, WORDS, frozenset({"respite"}))] == ["client"]


def test_check_texts_says_where_each_mark_is() -> None:
    marks = check_texts([("About me › How I make decisions", "My case worker decides."),
                         ("Risks › risk 1", "Nothing here.")], WORDS)
    [found] = marks
    assert found.location == "About me › How I make decisions"
    assert found.mark.text == "case worker"
    assert "My case worker decides" in found.context


def test_an_edited_word_list_is_checked_and_problems_say_where(tmp_path: Path) -> None:
    problems = problems_in_word_list({"entries": [
        {"id": "a", "phrases": ["x"], "suggestion": "y", "source": "z"},
        {"id": "a", "phrases": [], "suggestion": "", "source": "z"},
        "not an entry"]})
    assert problems == ["Entry 2, id: \"a\" is used twice.",
                        "Entry 2, phrases: must be a list of one or more words or phrases.",
                        "Entry 2, suggestion: must be some text.",
                        "Entry 3: must be an object with id, phrases and suggestion."]
    path = tmp_path / "words.json"
    path.write_text(json.dumps({"entries": [{"id": "q", "phrases": ["quux"]}]}), "utf-8")
    with pytest.raises(WordListError, match="Entry 1, suggestion"):
        load_word_list(path)
    path.write_text("{not json", "utf-8")
    with pytest.raises(WordListError, match="not readable JSON"):
        load_word_list(path)


def test_every_shipped_entry_names_its_source() -> None:
    assert len(WORDS.entries) >= 20
    assert all(entry.source and entry.suggestion for entry in WORDS.entries)


@given(st.text(max_size=400))
def test_marks_never_fail_and_always_match_the_text(text: str) -> None:
    for mark in find_marks(text, WORDS):
        assert 0 <= mark.start < mark.end <= len(text)
        assert text[mark.start:mark.end] == mark.text
