"""The program installs like a package: a wheel in a fresh environment finds its own fonts and
icons, and writes a PDF from a folder far from the checkout."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ("pyproject.toml", "README.md", "budgetplanner", "ui", "resources")

# Run inside the installed copy, from another folder: where is everything found?
PROBE = """
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
import budgetplanner, resources, ui
from budgetplanner.commands import demo_pdf
from budgetplanner.export import pdf
from budgetplanner.export.easy_words import credit, picture, picture_keys
from ui import icons
app = QApplication([])
out = demo_pdf(Path.cwd())
print(json.dumps({
    "packages": [budgetplanner.__file__, resources.__file__, ui.__file__],
    "fonts": sorted(p.name for p in pdf.FONT_FOLDER.iterdir()),
    "font_folder": str(pdf.FONT_FOLDER),
    "icon_folder": str(icons.ICON_FOLDER),
    "icon_drawn": not icons.icon("plus").isNull(),
    "pdf": str(out),
    "pictures": [str(picture(key).path) for key in picture_keys()],
    "picture_credit": credit(),
    "pdf_fonts": sorted(f for f in ("DejaVuSans", "DejaVuSans-Bold")
                        if f.encode() in out.read_bytes()),
}))
"""


def run(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=90, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def test_an_installed_wheel_finds_its_fonts_and_icons_and_writes_a_pdf(tmp_path: Path) -> None:
    source = tmp_path / "source"
    for name in SHIPPED:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, source / name,
                            ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            source.mkdir(exist_ok=True)
            shutil.copy2(ROOT / name, source / name)
    wheels = tmp_path / "wheels"
    run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
         "--no-index", "-q", "-w", str(wheels), str(source)], cwd=tmp_path)
    (wheel,) = wheels.glob("budgetplanner-*.whl")

    venv = tmp_path / "venv"
    run([sys.executable, "-m", "venv", "--without-pip", str(venv)], cwd=tmp_path)
    python = venv / "bin" / "python"
    run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps",
         "--no-index", "-q", str(wheel)], cwd=tmp_path)
    # The dependencies (Qt, SQLAlchemy, ReportLab) come from the shared environment, after
    # the fresh one's own packages, so the installed copy of the program is the one found.
    fresh_site = Path(run([str(python), "-c", "import sysconfig; "
                           "print(sysconfig.get_paths()['purelib'])"], cwd=tmp_path).strip())
    (fresh_site / "shared-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    found = json.loads(run([str(python), "-c", PROBE], cwd=elsewhere, env=env))

    for package in found["packages"]:
        assert Path(package).is_relative_to(venv), package
    assert Path(found["font_folder"]).is_relative_to(venv)
    assert {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "Lohit-Devanagari.ttf"} <= set(found["fonts"])
    assert Path(found["icon_folder"]).is_relative_to(venv)
    assert (Path(found["icon_folder"]) / "plus.svg").exists()
    assert found["icon_drawn"]
    assert Path(found["pdf"]).parent == elsewhere
    assert found["pdf_fonts"] == ["DejaVuSans", "DejaVuSans-Bold"]
    # The easy-read pictures, their data file and their licence travel with the program.
    assert found["pictures"] and "OpenMoji" in found["picture_credit"]
    for shipped in found["pictures"]:
        assert Path(shipped).is_relative_to(venv) and Path(shipped).exists(), shipped
    symbols = Path(found["pictures"][0]).parent
    assert (symbols / "LICENSE-CC-BY-SA-4.0.txt").exists() and (symbols / "CREDIT.txt").exists()
