"""The language check: words that speak of a person as a case or a patient, and plain ones instead.

The word list is data (budgetplanner/data/words.json) that an advocacy organisation can edit;
this module only reads it and finds its phrases in text.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from pathlib import Path


class WordListError(ValueError):
    """A word list that cannot be used; the message lists every problem and where it is."""


@dataclass(frozen=True)
class WordEntry:
    id: str
    phrases: tuple[str, ...]
    suggestion: str
    why: str
    source: str


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    text: str
    entry: WordEntry


@dataclass(frozen=True)
class FieldMark:
    location: str
    mark: Mark
    context: str


def _phrase_pattern(phrase: str) -> str:
    # Spaces and hyphens inside a phrase may be any run of spaces, line breaks or hyphens,
    # so "service\nuser" and "service-user" are both found.
    words = re.split(r"[\s-]+", phrase.strip())
    return r"[\s-]+".join(re.escape(word) for word in words if word)


@dataclass(frozen=True)
class WordList:
    entries: tuple[WordEntry, ...]

    @cached_property
    def _pattern(self) -> re.Pattern[str]:
        # One pattern for the whole list, longest phrases first so the longest match wins;
        # whole words only, so "patiently" and "suitcase" are never marked.
        phrases = sorted({p for e in self.entries for p in e.phrases}, key=len, reverse=True)
        body = "|".join(_phrase_pattern(p) for p in phrases) or r"(?!x)x"
        return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)

    @cached_property
    def _lookup(self) -> dict[str, WordEntry]:
        return {_normal(p): e for e in self.entries for p in e.phrases}

    def entry_for(self, found: str) -> WordEntry | None:
        return self._lookup.get(_normal(found))

    def find(self, text: str, ignored: frozenset[str] = frozenset()) -> list[Mark]:
        marks = []
        for match in self._pattern.finditer(text):
            entry = self.entry_for(match.group(0))
            if entry is not None and entry.id not in ignored:
                marks.append(Mark(match.start(), match.end(), match.group(0), entry))
        return marks


def _normal(phrase: str) -> str:
    return " ".join(re.split(r"[\s-]+", phrase.strip().lower()))


def problems_in_word_list(data: object) -> list[str]:
    """Every problem in an edited word list, each saying where it is."""
    if not isinstance(data, dict):
        return ["The file must hold an object with an \"entries\" list."]
    entries = data.get("entries")
    if not isinstance(entries, list):
        return ["\"entries\" must be a list of words to mark."]
    problems: list[str] = []
    seen: set[str] = set()
    for number, entry in enumerate(entries, start=1):
        where = f"Entry {number}"
        if not isinstance(entry, dict):
            problems.append(f"{where}: must be an object with id, phrases and suggestion.")
            continue
        entry_id = entry.get("id")
        if not isinstance(entry_id, str) or not entry_id.strip():
            problems.append(f"{where}, id: must be some text.")
        elif entry_id in seen:
            problems.append(f"{where}, id: \"{entry_id}\" is used twice.")
        else:
            seen.add(entry_id)
        phrases = entry.get("phrases")
        if (not isinstance(phrases, list) or not phrases
                or not all(isinstance(p, str) and p.strip() for p in phrases)):
            problems.append(f"{where}, phrases: must be a list of one or more words or phrases.")
        for key in ("suggestion", "source"):
            if not isinstance(entry.get(key), str) or not entry[key].strip():
                problems.append(f"{where}, {key}: must be some text.")
        if "why" in entry and not isinstance(entry["why"], str):
            problems.append(f"{where}, why: must be some text.")
    return problems


def word_list_from_data(data: object) -> WordList:
    problems = problems_in_word_list(data)
    if problems:
        raise WordListError("\n".join(problems))
    assert isinstance(data, dict)
    return WordList(tuple(
        WordEntry(id=e["id"], phrases=tuple(e["phrases"]), suggestion=e["suggestion"],
                  why=e.get("why", ""), source=e["source"])
        for e in data["entries"]))


def load_word_list(path: Path | None = None) -> WordList:
    """The shipped list, or an organisation's own copy."""
    if path is None:
        text = (resources.files("budgetplanner") / "data" / "words.json").read_text("utf-8")
    else:
        text = path.read_text("utf-8")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise WordListError(f"The word list is not readable JSON (line {exc.lineno}).") from exc
    return word_list_from_data(data)


def find_marks(text: str, words: WordList, ignored: frozenset[str] = frozenset()) -> list[Mark]:
    return words.find(text, ignored)


def _context(text: str, mark: Mark, width: int = 30) -> str:
    before = text[max(0, mark.start - width):mark.start]
    after = text[mark.end:mark.end + width]
    return " ".join(f"…{before}{mark.text}{after}…".split())


def check_texts(fields: Iterable[tuple[str, str]], words: WordList,
                ignored: frozenset[str] = frozenset()) -> list[FieldMark]:
    """Every mark in a plan's fields, with where it is and the words around it."""
    return [FieldMark(location, mark, _context(text, mark))
            for location, text in fields for mark in words.find(text, ignored)]
