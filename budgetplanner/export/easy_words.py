"""Easy read: short sentences, the hard words a plan uses, and the picture beside each idea.

Department of Health easy read guidance and Mencap's "Make it clear": one idea and at most
about 15 words a sentence, a picture on the left of each idea, hard words explained in a
word list at the end. The pictures and the words are data (budgetplanner/data/easy_read.json,
pictures in resources/symbols/), so an advocacy organisation can change them.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from budgetplanner.plan_words import plan_texts
from budgetplanner.translation import translated, unmarked
from resources import resource_folder

if TYPE_CHECKING:
    from budgetplanner.storage.models import PlanVersion

LONGEST = 15  # words in a sentence
BULLET = "• "


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    text = (resources.files("budgetplanner") / "data" / "easy_read.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


@dataclass(frozen=True)
class Picture:
    path: Path
    alt: str  # what a screen reader says for it


# The words of the data file are in English, as written there; scripts/translations.py puts
# them in the catalogue (alt texts, hard words, meanings, the credit), and they are
# translated here, where they are read for printing.

def picture(key: str) -> Picture:
    """The picture for an idea, a section or a kind of option; KeyError if the data has none."""
    entry = _data()["pictures"][key]
    return Picture(resource_folder("symbols") / entry["file"], translated(entry["alt"]))


def picture_keys() -> list[str]:
    return list(_data()["pictures"])


def credit() -> str:
    """The licence credit for the pictures, printed in every easy-read plan."""
    return translated(_data()["credit"])


@dataclass(frozen=True)
class HardWord:
    word: str  # as printed, in the chosen language
    means: str
    picture: str  # a key of the pictures


def _hard_words() -> list[HardWord]:
    return [HardWord(translated(word), translated(entry["means"]), entry["picture"])
            for word, entry in _data()["words"].items()]


def hard_words() -> dict[str, str]:
    """Each hard word with what it means, in the chosen language."""
    return {hard.word: hard.means for hard in _hard_words()}


def word_picture(word: str) -> str:
    """The picture key of a hard word (as printed: in the chosen language)."""
    return next(hard.picture for hard in _hard_words() if hard.word == word)


def _pattern(word: str) -> str:
    # Whole words only, and a plural; a word in capitals ("PA") is matched only in capitals,
    # the others in any case. The word is looked for as it reads inside a sentence.
    word = unmarked(word)
    found = rf"(?<![\w-]){re.escape(word)}(?:s|es)?(?![\w-])"
    return found if word.isupper() else f"(?i:{found})"


def words_used(text: str) -> list[tuple[str, str]]:
    """The hard words in `text`, in alphabetical order, each with what it means.

    A word inside a longer hard word still counts on its own ("budget" in "personal
    budget"): the list explains both.
    """
    found = [(word, meaning) for word, meaning in hard_words().items()
             if re.search(_pattern(word), text)]
    return sorted(found, key=lambda pair: pair[0].lower())


def mark_hard_words(markup: str) -> str:
    """Set the hard words of a piece of Paragraph markup in bold, as easy read does to show
    that the word list explains them. Tags are left alone."""
    words = sorted(hard_words(), key=lambda word: len(unmarked(word)), reverse=True)
    either = re.compile("|".join(_pattern(word) for word in words))

    def bold(piece: str) -> str:
        return either.sub(lambda match: f"<b>{match.group(0)}</b>", piece)

    parts = re.split(r"(<[^>]+>)", markup)
    inside_bold = 0
    for index, part in enumerate(parts):
        if part.startswith("<"):
            if part.lower() == "<b>":
                inside_bold += 1
            elif part.lower() == "</b>":
                inside_bold -= 1
            continue
        if not inside_bold:
            parts[index] = bold(part)
    return "".join(parts)


# Sentences ----------------------------------------------------------------------------

def word_count(sentence: str) -> int:
    return len([w for w in sentence.replace(BULLET, " ").split() if any(c.isalnum() for c in w)])


def _finished(piece: str) -> str:
    """A piece of a sentence as a sentence: a capital to start, a full stop to end."""
    piece = piece.strip().rstrip(",;:")
    if not piece:
        return ""
    piece = piece[0].upper() + piece[1:]
    return piece if piece[-1] in ".!?…" else piece + "."


def _item(piece: str) -> str:
    """A piece of a list: a bullet, a capital, no full stop."""
    piece = piece.strip().rstrip(",;:.")
    piece = re.sub(r"^(and|or)\s+", "", piece, flags=re.IGNORECASE)
    return BULLET + piece[0].upper() + piece[1:] if piece else ""


def _split_long(sentence: str) -> list[str]:
    """A sentence longer than LONGEST words in shorter pieces, where it can be done without
    leaving a piece that is not a sentence or a list item."""
    if word_count(sentence) <= LONGEST:
        return [sentence]
    body = sentence.rstrip(".!?")
    # A list: three or more parts split by semicolons, or by commas with each part of at
    # least two words ("Cooking on Sundays, dancing again, and working at the shop").
    for separator in (r";\s+", r",\s+(?:and\s+|or\s+)?"):
        parts = [part for part in re.split(separator, body) if part.strip()]
        if len(parts) >= 3 and all(word_count(part) >= 2 for part in parts):
            return [_item(part) for part in parts]
    # Two clauses: "A sleep-in is in the plan, and I carry a phone." Each part keeps the
    # words that join it on ("But", "So"), except a plain "and".
    for separator, keep in ((r";\s+", ""), (r",\s+and\s+", ""), (r",\s+but\s+", "but "),
                            (r",\s+so\s+", "so "), (r",\s+because\s+", "because ")):
        parts = re.split(separator, body, maxsplit=1)
        if len(parts) == 2 and all(word_count(part) >= 3 for part in parts):
            first, second = _finished(parts[0]), _finished(keep + parts[1])
            return [*_split_long(first), *_split_long(second)]
    return [sentence]


def short_sentences(value: str) -> list[str]:
    """The person's words as easy read: one sentence a line, a long sentence in pieces.

    A sentence that cannot be split without changing its words is kept whole (see
    `long_sentences`): the planner is told, and can write it again more shortly.
    """
    lines: list[str] = []
    for piece in re.split(r"(?<=[.!?])\s+|\n+", value.strip()):
        sentence = _finished(piece)
        if sentence:
            lines.extend(_split_long(sentence))
    return lines


def long_sentences(version: PlanVersion) -> list[tuple[str, str]]:
    """(where, sentence) for each sentence of the plan still longer than LONGEST words in
    easy read: the planner can write it in two."""
    found = []
    for where, text in plan_texts(version):
        for line in short_sentences(text):
            if word_count(line) > LONGEST:
                found.append((where, line))
    return found
