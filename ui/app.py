"""Start the window: the application, its theme, the store, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from budgetplanner.commands import write_pdf
from budgetplanner.storage.store import PlanStore
from ui.main_window import MainWindow


def run_window(db_path: Path, *, demo: bool = False) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Budget Planner")
    app.setOrganizationName("BudgetPlanner")
    store = PlanStore.open(db_path)
    window = MainWindow(store, pdf_writer=write_pdf)
    if demo and store.count_people() == 0:
        window.load_demo()
    window.show()
    try:
        return app.exec()
    finally:
        store.close()
