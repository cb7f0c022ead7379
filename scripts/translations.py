"""Extract the program's strings and build the translations the program loads.

    python scripts/translations.py               update resources/translations
    python scripts/translations.py pseudo DIR    write a pseudo translation to DIR, every string
                                                 wrapped in ⟦…⟧, to find strings that escape

Two catalogues, one for each half of the program:
- the window (ui/, Qt's tr()): pyside6-lupdate extracts budgetplanner_<language>.ts and
  pyside6-lrelease builds the .qm files (from the same environment as this Python);
- the domain (budgetplanner/, gettext, see budgetplanner/translation.py): Babel's extractor
  writes domain.pot, each language's domain_<language>.po is updated from it and compiled to
  the domain_<language>.mo files. The words of budgetplanner/data/easy_read.json (the
  pictures' alt text, the hard words and their meanings, the credit) are added to domain.pot
  from the data file, which is their location; easy_words.py translates them where printed.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir, extract_from_file, extract_python
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
PREFIX = "budgetplanner"
LANGUAGES = ("en_GB",)
OPEN, CLOSE = "⟦", "⟧"
DOMAIN = "domain"
# The marks budgetplanner/ uses: gettext's, and plan_fields' labels that the window also shows.
KEYWORDS: dict[str, tuple[int, ...] | None] = {
    "_": None, "N_": None, "ngettext": (1, 2), "QT_TRANSLATE_NOOP": (2,)}


def tool(name: str) -> str:
    found = Path(sys.executable).parent / f"pyside6-{name}"
    return str(found) if found.exists() else f"pyside6-{name}"


def sources() -> list[str]:
    # The window, and the domain's lists of labels marked with QT_TRANSLATE_NOOP.
    files = [*(ROOT / "ui").rglob("*.py"), ROOT / "budgetplanner" / "plan_fields.py"]
    return sorted(str(path.relative_to(ROOT)) for path in files)


def lupdate(ts_file: Path, language: str) -> None:
    subprocess.run([tool("lupdate"), *sources(), "-no-obsolete", "-locations", "none",
                    "-source-language", "en_GB", "-target-language", language,
                    "-ts", str(ts_file)], cwd=ROOT, check=True, capture_output=True)


def lrelease(ts_file: Path, qm_file: Path) -> None:
    subprocess.run([tool("lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)],
                   cwd=ROOT, check=True)


def pseudo(folder: Path) -> Path:
    """Translate every string as itself wrapped in ⟦…⟧; returns the .qm file."""
    folder.mkdir(parents=True, exist_ok=True)
    ts_file = folder / f"{PREFIX}_pseudo.ts"
    lupdate(ts_file, "en_GB")
    tree = ET.parse(ts_file)
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for form in list(translation):
                translation.remove(form)
            for _ in range(2):
                ET.SubElement(translation, "numerusform").text = f"{OPEN}{source}{CLOSE}"
        else:
            translation.text = f"{OPEN}{source}{CLOSE}"
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    qm_file = folder / f"{PREFIX}_pseudo.qm"
    lrelease(ts_file, qm_file)
    return qm_file


EASY_READ_DATA = Path("budgetplanner") / "data" / "easy_read.json"


def data_words() -> Iterator[tuple[str, int, str]]:
    """(words, line, what they are) for each translatable text of the easy-read data file:
    every picture's alt text, every hard word and its meaning, and the credit."""
    path = ROOT / EASY_READ_DATA
    text = path.read_text("utf-8")
    lines = text.splitlines()

    def line_of(*needles: str) -> int:
        # The first line holding all of `needles` (the data file keeps one entry a line).
        quoted = [json.dumps(needle, ensure_ascii=False) for needle in needles]
        return next((number for number, line in enumerate(lines, start=1)
                     if all(needle in line for needle in quoted)), 0)

    data = json.loads(text)
    yield data["credit"], line_of(data["credit"]), "The credit for the pictures, printed last."
    for key, entry in data["pictures"].items():
        yield (entry["alt"], line_of(key, entry["alt"]),
               "What a screen reader says for a picture in the easy-read plan.")
    for word, entry in data["words"].items():
        yield (word, line_of(word, entry["means"]),
               "A hard word, printed in bold where the easy-read plan uses it and explained in "
               "its word list; it is looked for in the translated sentences, so translate it "
               "as they do.")
        yield (entry["means"], line_of(word, entry["means"]),
               f"What the hard word \"{word}\" means, in the easy-read word list.")


# The command line's own words (its help and sentences) are the domain's too.
COMMAND_LINE = Path("main.py")


def domain_template() -> Catalog:
    """Every sentence marked in budgetplanner/ and main.py, as Babel's extractor finds it,
    and the words of the easy-read data file."""
    template = Catalog(project="Budget Planner", charset="utf-8", fuzzy=False)
    for _file, _line, message, comments, context in extract_from_dir(
            str(ROOT / "budgetplanner"), method_map=[("**.py", "python")], keywords=KEYWORDS,
            comment_tags=("Translators:",), strip_comment_tags=True):
        template.add(message, None, auto_comments=comments, context=context)
    for _line, message, comments, context in extract_from_file(
            "python", str(ROOT / COMMAND_LINE), keywords=KEYWORDS,
            comment_tags=("Translators:",), strip_comment_tags=True):
        template.add(message, None, auto_comments=comments, context=context)
    for words, line, comment in data_words():
        # (Words also marked in the code stay one message, with both comments.)
        template.add(words, None, locations=[(EASY_READ_DATA.as_posix(), line)],
                     auto_comments=[comment])
    return template


def unextractable() -> Iterator[str]:
    """Each marked call whose words are not a literal ("file:line: call"): a variable, an
    f-string with placeholders or a sum of strings, which the extractor skips or cuts short,
    so no translation of it could ever be found."""
    for path in [*sorted((ROOT / "budgetplanner").rglob("*.py")), ROOT / COMMAND_LINE]:
        if not path.exists():  # (a test's folder of sources may have no main.py)
            continue
        where = path.relative_to(ROOT)
        if where.name == "translation.py":  # where the marks are defined, not used
            continue
        with path.open("rb") as source:
            for line, name, messages, _comments in extract_python(source, KEYWORDS, [], {}):
                found = messages if isinstance(messages, tuple) else (messages,)
                # (An f-string it skips has no line here: the scan below finds it.)
                if line is not None and any(found[i - 1] is None
                                            for i in KEYWORDS[name] or (1,)):
                    yield f"{where}:{line}: {name}(…) the extractor cannot read"
        for call in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Name)
                    and call.func.id in KEYWORDS):
                continue
            wanted = KEYWORDS[call.func.id] or (1,)
            if any(len(call.args) < i or not (isinstance(call.args[i - 1], ast.Constant)
                                              and isinstance(call.args[i - 1].value, str))
                   for i in wanted):
                yield f"{where}:{call.lineno}: {ast.unparse(call)[:80]}"


def domain_catalogue(template: Catalog, language: str) -> Path:
    """Update domain_<language>.po from the template, keeping what is translated; build .mo."""
    po_file = FOLDER / f"{DOMAIN}_{language}.po"
    if po_file.exists():
        with po_file.open("rb") as kept:
            catalogue = read_po(kept, locale=language)
    else:
        catalogue = Catalog(locale=language, project="Budget Planner", fuzzy=False)
    catalogue.update(template, no_fuzzy_matching=True)
    with po_file.open("wb") as out:
        write_po(out, catalogue, width=96, no_location=True, omit_header=False,
                 ignore_obsolete=True)
    with (FOLDER / f"{DOMAIN}_{language}.mo").open("wb") as out:
        write_mo(out, catalogue)
    return po_file


def domain_pseudo(folder: Path) -> Path:
    """The domain's pseudo translation (every sentence wrapped in ⟦…⟧); returns the .mo."""
    folder.mkdir(parents=True, exist_ok=True)
    catalogue = Catalog(locale="en_GB", fuzzy=False)
    for message in domain_template():
        if not message.id:
            continue
        if isinstance(message.id, tuple | list):
            wrapped: str | tuple[str, ...] = tuple(f"{OPEN}{form}{CLOSE}" for form in message.id)
        else:
            wrapped = f"{OPEN}{message.id}{CLOSE}"
        catalogue.add(message.id, wrapped, context=message.context)
    mo_file = folder / f"{DOMAIN}_pseudo.mo"
    with mo_file.open("wb") as out:
        write_mo(out, catalogue)
    return mo_file


def main(argv: list[str]) -> int:
    if argv[:1] == ["pseudo"]:
        domain_pseudo(Path(argv[1]))
        print(pseudo(Path(argv[1])))
        return 0
    FOLDER.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts_file = FOLDER / f"{PREFIX}_{language}.ts"
        lupdate(ts_file, language)
        lrelease(ts_file, FOLDER / f"{PREFIX}_{language}.qm")
        print(f"Updated {ts_file.relative_to(ROOT)}")
    bad = list(unextractable())
    if bad:
        print("Marked, but not a literal the extractor can read:\n" + "\n".join(bad),
              file=sys.stderr)
        return 1
    template = domain_template()
    with (FOLDER / f"{DOMAIN}.pot").open("wb") as out:
        write_po(out, template, width=96, no_location=True)
    for language in LANGUAGES:
        po_file = domain_catalogue(template, language)
        print(f"Updated {po_file.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
