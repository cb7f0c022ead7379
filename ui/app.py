"""Start the window: the application, its theme, the store, the main window."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
)

from budgetplanner.commands import write_pdf
from budgetplanner.formatting import date_and_time
from budgetplanner.storage.backups import backup_if_due, newest_good_backup, restore_backup
from budgetplanner.storage.health import FileProblem, StoreOpenError
from budgetplanner.storage.settings import LANGUAGE
from budgetplanner.storage.store import PlanStore
from ui.i18n import install_translator
from ui.main_window import MainWindow
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


def where_the_plans_are(store: PlanStore) -> str:
    """What the window says about where the plans it shows are kept."""
    if store.path is not None or store.engine.dialect.name == "sqlite":
        return QApplication.translate("App", "Plans on this computer")
    from budgetplanner.storage.server import describe

    return QApplication.translate("App", "Plans {0}").format(describe(store.engine.url))


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
    if store.setting(LANGUAGE):
        install_translator(app, store.setting(LANGUAGE))
    if store.path is not None:
        backup_if_due(store.path)  # the day's backup, made before anything is typed
    window = MainWindow(store, pdf_writer=write_pdf)
    # Whatever ends the program (the last window, a logout, Ctrl+C), the waiting edits are
    # written first.
    app.aboutToQuit.connect(window.save_before_quitting)
    app.commitDataRequest.connect(lambda _manager: window.save_before_quitting())
    window.statusBar().addPermanentWidget(QLabel(where_the_plans_are(store)))
    if demo and store.count_people() == 0:
        window.load_demo()
    window.show()
    try:
        return app.exec()
    finally:
        store.close()
