"""Start the window: the application, its theme, the window, then the plans file.

The window is painted first, in the person's text size, contrast and language (glanced at
in the plans file without opening it, storage/peek.py); the plans file is opened just after
the first paint, with whatever it needs said or asked (a passphrase, a damaged file and its
backup, a file in use, the server's password) over the window, and the plans are then listed.
Nothing heavier than Qt is loaded before the first paint.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
)

from budgetplanner.storage.peek import peek_settings
from budgetplanner.storage.settings import HIGH_CONTRAST, LANGUAGE, TEXT_SIZE
from ui.i18n import install_translator
from ui.main_window import MainWindow, look_from, where_the_plans_are

if TYPE_CHECKING:
    from budgetplanner.storage.health import FileProblem
    from budgetplanner.storage.models import PlanVersion
    from budgetplanner.storage.store import PlanStore
    from ui.main_window import PdfWriter


def ask_passphrase_and_open(db_path: Path, problem: FileProblem) -> PlanStore | None:
    """Ask for the passphrase of a locked plans file until it opens, or the person cancels."""
    from budgetplanner.storage.health import StoreOpenError
    from budgetplanner.storage.store import PlanStore
    from ui.passphrase_dialog import PassphraseDialog

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
    from budgetplanner.formatting import date_and_time
    from budgetplanner.storage.backups import newest_good_backup, restore_backup
    from budgetplanner.storage.health import StoreOpenError
    from budgetplanner.storage.store import PlanStore

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


def write_pdf(version: PlanVersion, out: Path) -> object:
    """The window's PDF writer; ReportLab is loaded the first time a plan is exported."""
    from budgetplanner.commands import write_pdf as write

    return write(version, out)


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

    def _prepare(self, store: PlanStore, language: str = "") -> None:
        """Before the plans are shown: their language, and the day's backup of the file
        (made before anything is typed)."""
        app = QApplication.instance()
        if isinstance(app, QApplication) and store.setting(LANGUAGE) != language:
            install_translator(app, store.setting(LANGUAGE))
        if store.path is not None:
            from budgetplanner.storage.backups import backup_if_due

            backup_if_due(store.path)

    def _hold(self, window: MainWindow) -> None:
        window.plansChosen.connect(self.switch)
        window.localPlansAsked.connect(self.use_local_plans)

    def first(self, window: MainWindow, store: PlanStore, *, language: str = "") -> None:
        """The window shown at the start, given its plans once they are open (`language`:
        the one its words are in already)."""
        self._prepare(store, language)
        self.window = window
        self._hold(window)
        window.open_plans(store)

    def show(self, store: PlanStore) -> MainWindow:
        """Show these plans; the window before, if any, lets go of its own and closes."""
        self._prepare(store, "")
        window = MainWindow(store, pdf_writer=self._pdf_writer)
        self._hold(window)
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
        """Open the plans file on this computer, as at the start, and show it; the next
        start then stays with them too."""
        from budgetplanner.storage.settings import SERVER_AT_START

        store = open_or_explain(self.local_path)
        if store is None:
            return
        if store.setting(SERVER_AT_START):
            store.set_setting(SERVER_AT_START, "")
        self.switch(store)

    def save_before_quitting(self) -> None:
        if self.window is not None:
            self.window.save_before_quitting()

    def close(self) -> None:
        if self.window is not None:
            self.window.store.close()


class _AfterFirstPaint(QObject):
    """Runs `then` once, just after the window's first paint (or after two seconds, if it is
    not painted, as when it starts minimised)."""

    def __init__(self, window: MainWindow, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._then = then
        self._done = False
        window.installEventFilter(self)
        QTimer.singleShot(2000, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._done:
            QTimer.singleShot(0, self._run)
        return False

    def _run(self) -> None:
        if not self._done:
            self._done = True
            self._window.removeEventFilter(self)
            self._then()


def run_window(db_path: Path | str, *, demo: bool = False, offer_server: bool = False) -> int:
    """Show the window over the plans in `db_path` (a file, or an organisation's server's
    address). `offer_server`: the plans file is the one on this computer chosen by default,
    so my organisation's plans are offered again if I was using them when I left."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Budget Planner")
    app.setOrganizationName("BudgetPlanner")
    # A glance at the plans file's look and language, so the first paint is already in them.
    glance = peek_settings(db_path, (TEXT_SIZE, HIGH_CONTRAST, LANGUAGE)) if isinstance(
        db_path, Path) else {}
    # Before any window or dialog is made: their words are translated as they are built.
    install_translator(app, glance.get(LANGUAGE, ""))
    window = MainWindow(None, pdf_writer=write_pdf, look=look_from(
        glance.get(TEXT_SIZE, TEXT_SIZE.default),
        glance.get(HIGH_CONTRAST, HIGH_CONTRAST.default)))
    from budgetplanner.storage.places import default_database_path

    on_screen = PlansOnScreen(default_database_path() if isinstance(db_path, str) else db_path)

    def open_plans() -> None:
        store = (open_server_or_explain(db_path) if isinstance(db_path, str)
                 else open_or_explain(db_path))
        if store is None:
            app.exit(1)
            window.close()
            return
        on_screen.first(window, store, language=glance.get(LANGUAGE, ""))
        if offer_server:
            window.offer_organisations_plans()
        # Whatever ends the program (the last window, a logout, Ctrl+C), the waiting edits
        # are written first.
        app.aboutToQuit.connect(on_screen.save_before_quitting)
        app.commitDataRequest.connect(lambda _manager: on_screen.save_before_quitting())
        if demo and store.count_people() == 0:
            window.load_demo()

    _AfterFirstPaint(window, open_plans)
    window.show()
    try:
        return app.exec()
    finally:
        on_screen.close()
