"""Extract the program's strings into .ts files and build the .qm files the program loads.

    python scripts/translations.py               update resources/translations (lupdate, lrelease)
    python scripts/translations.py pseudo DIR    write a pseudo translation to DIR, every string
                                                 wrapped in ⟦…⟧, to find strings that escape tr()

Uses pyside6-lupdate and pyside6-lrelease from the same environment as this Python.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
PREFIX = "budgetplanner"
LANGUAGES = ("en_GB",)
OPEN, CLOSE = "⟦", "⟧"


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


def main(argv: list[str]) -> int:
    if argv[:1] == ["pseudo"]:
        print(pseudo(Path(argv[1])))
        return 0
    FOLDER.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts_file = FOLDER / f"{PREFIX}_{language}.ts"
        lupdate(ts_file, language)
        lrelease(ts_file, FOLDER / f"{PREFIX}_{language}.qm")
        print(f"Updated {ts_file.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
