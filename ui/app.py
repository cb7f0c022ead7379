"""Start the window: the application, its theme, the store, the main window."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
)

from budgetplanner.commands import write_pdf
from budgetplanner.formatting import date_and_time
from budgetplanner.storage.backups import backup_if_due, newest_good_backup, restore_backup
from budgetplanner.storage.connection import default_database_path
from budgetplanner.storage.health import FileProblem, StoreOpenError
from budgetplanner.storage.settings import LANGUAGE
from budgetplanner.storage.store import PlanStore
from ui.i18n import install_translator
from ui.main_window import MainWindow, PdfWriter, where_the_plans_are
from ui.passphrase_dialog import PassphraseDialog


def ask_passphrase_and_open(db_path: Path, problem: FileProblem) -> PlanStore | None:
    """Ask for the passphrase of a locked plans file until it opens, or the person cancels."""
    dialog = PassphraseDialog(
        QApplication.translate("App", "Open my plans"),
        QApplication.translate("App", "These plans are locked with a passphrase. Type it to "
                               "open them."), choose=False)
    while True:
        if problem.kind == "wrong_passphrase":
            dialog.say(problem.sentence)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        try:
            return PlanStore.open(db_path, passphrase=dialog.passphrase())
        except StoreOpenError as refused:
            problem = refused.problem
            if problem.kind not in ("locked", "wrong_passphrase"):
                break
        dialog.passphrase_edit.clear()
    QMessageBox.warning(None, QApplication.translate("App", "Budget Planner"), problem.sentence)
    return None


def open_or_explain(db_path: Path) -> PlanStore | None:
    """Open the plans file, or say in one sentence why not and offer the newest good backup."""
    try:
        return PlanStore.open(db_path)
    except StoreOpenError as refused:
        problem = refused.problem
    if problem.kind == "locked":
        return ask_passphrase_and_open(db_path, problem)
    box = QMessageBox(QMessageBox.Icon.Warning, QApplication.translate("App", "Budget Planner"),
                      problem.sentence)
    good = newest_good_backup(db_path) if problem.kind in ("damaged", "not_a_plan_file") else None
    use = None
    if good is not None:
        box.setInformativeText(QApplication.translate(
            "App", "The newest good backup is from {0}. The file as it is now will be kept "
            "beside it.").format(date_and_time(good.made)))
        use = box.addButton(QApplication.translate("App", "Use the backup"),
                            QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if good is None or box.clickedButton() is not use:
        return None
    # The damaged file is moved aside, never written to; the backup takes its place.
    aside = db_path.with_name(f"{db_path.stem}-not-opened-{datetime.now():%Y%m%d-%H%M%S}"
                              f"{db_path.suffix}")
    db_path.rename(aside)
    restore_backup(good.path, db_path)
    return PlanStore.open(db_path)


def open_server_or_explain(address: str) -> PlanStore | None:
    """Ask for my password (held in memory only) and open the organisation's plans; a
    refused password is asked again, any other problem is said in one sentence."""
    from budgetplanner.storage.server import ServerError, describe, open_server, server_url

    title = QApplication.translate("App", "Open my organisation's plans")
    try:
        url = server_url(address)
    except ServerError as refused:
        QMessageBox.warning(None, title, str(refused))
        return None
    prompt = QApplication.translate("App", "My password, to sign in as {0} {1}:").format(
        url.username or "", describe(url))
    while True:
        password, ok = QInputDialog.getText(None, title, prompt, QLineEdit.EchoMode.Password)
        if not ok:
            return None
        try:
            return open_server(url, password)
        except ServerError as refused:
            if "did not accept" not in str(refused):
                QMessageBox.warning(None, title, str(refused))
                return None
            prompt = str(refused) + "\n" + QApplication.translate("App", "My password:")


class PlansOnScreen:
    """The one window and the plans it shows. Other plans (the organisation's, or those on
    this computer again) are opened by the same path as at the start, and shown in a new
    window put in place of the old one, whose plans are then closed."""

    def __init__(self, local_path: Path, pdf_writer: PdfWriter | None = write_pdf) -> None:
        # The plans file on this computer: File → Use the plans on this computer opens it.
        self.local_path = local_path
        self._pdf_writer = pdf_writer
        self.window: MainWindow | None = None

    @property
    def store(self) -> PlanStore | None:
        return None if self.window is None else self.window.store

    def show(self, store: PlanStore) -> MainWindow:
        """Show these plans; the window before, if any, lets go of its own and closes."""
        app = QApplication.instance()
        if isinstance(app, QApplication) and store.setting(LANGUAGE):
            install_translator(app, store.setting(LANGUAGE))
        if store.path is not None:
            backup_if_due(store.path)  # the day's backup, made before anything is typed
        window = MainWindow(store, pdf_writer=self._pdf_writer)
        window.plansChosen.connect(self.switch)
        window.localPlansAsked.connect(self.use_local_plans)
        old, self.window = self.window, window
        if old is not None:
            window.setGeometry(old.geometry())
        window.show()  # before the old one closes, so the program does not end between them
        if old is not None:
            old.close()
            old.deleteLater()
            old.store.close()
        where = where_the_plans_are(store)
        window.statusBar().showMessage(QApplication.translate(
            "App", "Now showing: {0}.").format(where), 8000)
        return window

    def switch(self, store: PlanStore) -> None:
        """Show other plans just opened, once the window on screen has let go of its own
        (it may not: a clash still to choose, a change that could not be saved)."""
        if self.window is not None and not self.window.let_go():
            store.close()
            return
        self.show(store)

    def use_local_plans(self) -> None:
        """Open the plans file on this computer, as at the start, and show it."""
        store = open_or_explain(self.local_path)
        if store is not None:
            self.switch(store)

    def save_before_quitting(self) -> None:
        if self.window is not None:
            self.window.save_before_quitting()

    def close(self) -> None:
        if self.window is not None:
            self.window.store.close()


def run_window(db_path: Path | str, *, demo: bool = False) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Budget Planner")
    app.setOrganizationName("BudgetPlanner")
    # Before any window or dialog is made: their words are translated as they are built.
    install_translator(app)
    store = (open_server_or_explain(db_path) if isinstance(db_path, str)
             else open_or_explain(db_path))
    if store is None:
        return 1
    on_screen = PlansOnScreen(default_database_path() if isinstance(db_path, str) else db_path)
    window = on_screen.show(store)
    # Whatever ends the program (the last window, a logout, Ctrl+C), the waiting edits are
    # written first.
    app.aboutToQuit.connect(on_screen.save_before_quitting)
    app.commitDataRequest.connect(lambda _manager: on_screen.save_before_quitting())
    if demo and store.count_people() == 0:
        window.load_demo()
    try:
        return app.exec()
    finally:
        on_screen.close()
