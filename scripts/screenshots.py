"""Take a screenshot of each main screen with the example plans, for people to look at.

Run under Xvfb (scripts/screenshots.sh does that) or with QT_QPA_PLATFORM=offscreen.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication

from budgetplanner.commands import write_pdf
from budgetplanner.storage.store import PlanStore
from ui.main_window import MainWindow
from ui.sub_pages import SubPages


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=Path("screenshots"))
    parser.add_argument("--person", default="Sita Patel")
    parser.add_argument("--text-size", type=int, default=100)
    parser.add_argument("--high-contrast", action="store_true")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as scratch:
        store = PlanStore.open(Path(scratch) / "plans.sqlite3")
        window = MainWindow(store, pdf_writer=write_pdf)
        window.set_text_size(args.text_size)
        window.set_high_contrast(args.high_contrast)
        window.resize(1366, 768)  # a common laptop screen
        window.load_demo()
        person = store.find_person(args.person)
        if person is not None:
            window.people.select_person(person.id)
        window.show()
        suffix = f"-{args.text_size}" + ("-contrast" if args.high_contrast else "")
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            name = window.tabs.tabText(index)
            page = window.tabs.widget(index)
            # Money and Review hold pages of their own: one picture of each.
            inner = page.pages() if isinstance(page, SubPages) else [page]
            for number, sub in enumerate(inner):
                if isinstance(page, SubPages):
                    page.setCurrentWidget(sub)
                    name = page.tabText(number)
                for _ in range(5):
                    app.processEvents()
                slug = "".join(c for c in name.lower().replace(" ", "-") if c.isalnum() or c == "-")
                letter = chr(ord("a") + number) if len(inner) > 1 else ""
                path = args.out / f"{index + 1:02d}{letter}{suffix}-{slug}.png"
                window.grab().save(str(path))
                print(path)
        window.close()
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
