"""What the command line does without a window: export a plan, make the demo PDF."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from budgetplanner.demo import load_demo
from budgetplanner.storage.connection import data_folder
from budgetplanner.storage.health import StoreOpenError
from budgetplanner.storage.models import PlanVersion
from budgetplanner.storage.store import PlanStore


class CommandError(Exception):
    """A command that cannot be done, with one plain sentence saying why."""


def write_pdf(version: PlanVersion, out: Path, printed: str = "standard",
              size: float | None = None) -> None:
    """A printed plan (standard by default) or my one-page profile; imported here so that
    starting the window stays quick."""
    from budgetplanner.export.pdf import TEXT_SIZES, PrintOptions, Variant, write_plan_pdf
    from budgetplanner.export.profile_pdf import write_profile_pdf

    out.parent.mkdir(parents=True, exist_ok=True)
    if printed == "profile":
        write_profile_pdf(version, out)
        return
    variant = Variant(printed)
    if size is not None and size not in TEXT_SIZES[variant]:
        sizes = ", ".join(f"{each:g}" for each in TEXT_SIZES[variant])
        raise CommandError(f"{variant.label} is printed at {sizes} point, not {size:g}.")
    write_plan_pdf(version, out, PrintOptions(variant=variant, text_size=size))


def export_plan(db_path: Path, name: str, out: Path, printed: str = "standard",
                size: float | None = None) -> Path:
    try:
        store = PlanStore.open(db_path)
    except StoreOpenError as refused:
        raise CommandError(str(refused)) from refused
    try:
        person = store.find_person(name)
        if person is None:
            raise CommandError(f'There is no plan for "{name}" in {db_path}.')
        write_pdf(store.current_version(person), out, printed, size)
    finally:
        store.close()
    return out


def demo_pdf(out_folder: Path | None = None) -> Path:
    """Make Sita's example plan as a PDF, from example data kept apart from real plans."""
    folder = out_folder or data_folder()
    with tempfile.TemporaryDirectory() as scratch:
        store = PlanStore.open(Path(scratch) / "demo.sqlite3")
        try:
            people = load_demo(store)
            out = folder / f"Example plan - {people[0].name}.pdf"
            write_pdf(store.current_version(people[0]), out)
        finally:
            store.close()
    return out


def has_display() -> bool:
    """Whether a window can be shown (Qt's offscreen platform counts, for tests)."""
    if os.environ.get("QT_QPA_PLATFORM", "").startswith(("offscreen", "minimal")):
        return True
    if sys.platform.startswith("linux"):
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True
