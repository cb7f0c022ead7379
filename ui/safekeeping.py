"""The File menu's safekeeping: backups, plan files, the money as CSV, erasing a person."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QDate, QObject
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from budgetplanner.export.csv_money import money_csv
from budgetplanner.portable import PlanFileError, export_person, plan_file_bytes
from budgetplanner.storage.backups import list_backups, make_backup
from budgetplanner.storage.cipher import PassphraseError
from budgetplanner.storage.files import write_private
from budgetplanner.storage.privacy import erase_person
from ui.file_dialogs import remember, start_in, tell
from ui.passphrase_dialog import PassphraseDialog
from ui.plan_context import PlanContext

PLAN_FILE_FILTER = "Budget Planner plan files (*.bpplan.json)"


def _write(path: Path, text: str) -> None:
    # Private to the person, and written beside then moved into place, never half a file.
    write_private(path, text)


def export_plan_file(context: PlanContext, path: Path) -> None:
    if context.person is not None:
        context.autosaver.flush()
        _write(path, export_person(context.person))


def export_money_csv(context: PlanContext, path: Path) -> None:
    if context.version is not None:
        _write(path, money_csv(context.version))


def export_everything(context: PlanContext, folder: Path,
                      write_pdf: object | None = None) -> list[Path]:
    """Everything about the person in one folder: the plan file, the money, the printed plan."""
    if context.person is None or context.version is None:
        return []
    name = context.person.name
    folder.mkdir(parents=True, exist_ok=True)
    written = [folder / f"{name} - plan file.bpplan.json", folder / f"{name} - money.csv"]
    export_plan_file(context, written[0])
    export_money_csv(context, written[1])
    if callable(write_pdf):
        pdf = folder / f"{name} - my plan.pdf"
        write_pdf(context.version, pdf)
        written.append(pdf)
    return written


class RestoreDialog(QDialog):
    """Lists the backups with their dates and whose plans each holds."""

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.resize(720, 420)
        self.backups = list_backups(db_path)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Backups, newest first"))
        for info in self.backups:
            item = QListWidgetItem(info.label)
            self.list.addItem(item)
        if self.backups:
            self.list.setCurrentRow(0)
        intro = QLabel(self.tr(
            "Choose a backup to go back to. The plans as they are now are backed up first, so "
            "nothing is lost.") if self.backups else self.tr("There are no backups yet."))
        intro.setWordWrap(True)
        intro.setBuddy(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton(self.tr("Restore this backup"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(bool(self.backups))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

    def chosen(self) -> Path | None:
        row = self.list.currentRow()
        return self.backups[row].path if 0 <= row < len(self.backups) else None


class EraseDialog(QDialog):
    """Asks twice, in plain words, and from which backups the plan goes too."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Erase this person"))
        text = QLabel(self.tr(
            "<p>Erase <b>{0}</b> and every version of their plan from this computer?</p>"
            "<p>This cannot be undone. You may want to export their plan file first, so they "
            "can keep it.</p>").format(name))
        text.setWordWrap(True)
        self.sure = QCheckBox(self.tr("Yes, erase {0}").format(name))
        self.from_backups = QCheckBox(self.tr("Also erase them from backups made since:"))
        self.from_backups.setChecked(True)
        self.since = QDateEdit(QDate.currentDate().addDays(-35))
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat("dd/MM/yyyy")
        self.since.setAccessibleName(self.tr("Erase from backups made since this date"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = buttons.addButton(self.tr("Erase"),
                                              QDialogButtonBox.ButtonRole.DestructiveRole)
        self.erase_button.setEnabled(False)
        self.sure.toggled.connect(self.erase_button.setEnabled)
        self.erase_button.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (text, self.sure, self.from_backups, self.since, buttons):
            layout.addWidget(widget)

    def backups_since(self) -> date | None:
        if not self.from_backups.isChecked():
            return None
        picked = self.since.date()
        return date(picked.year(), picked.month(), picked.day())


class Safekeeping(QObject):
    """Connects the File menu's actions to the plans of a window.

    A QObject of its own so that its words are translated under its own name (lupdate cannot
    follow `self.window.tr`).
    """

    def __init__(self, window: QWidget, context: PlanContext, write_pdf: object | None) -> None:
        super().__init__(window)
        self.window = window
        self.context = context
        self.write_pdf = write_pdf

    def _save_path(self, title: str, suggested: str, file_filter: str,
                   kind: str = "plan_file") -> Path | None:
        store = self.context.store
        path, _ = QFileDialog.getSaveFileName(self.window, title,
                                              start_in(store, kind, suggested), file_filter)
        if path:
            remember(store, kind, path)
        return Path(path) if path else None

    def ask_export_plan_file(self) -> None:
        if self.context.person is None:
            return
        path = self._save_path(self.tr("Export my plan file"),
                               f"{self.context.person.name}.bpplan.json", PLAN_FILE_FILTER)
        if path is not None:
            export_plan_file(self.context, path)
            tell(self.window, self.tr("Exported my plan file to {0}").format(path),
                 folder=path)

    def ask_export_csv(self) -> None:
        if self.context.person is None:
            return
        path = self._save_path(self.tr("Export the money as CSV"),
                               f"{self.context.person.name} - money.csv", "CSV files (*.csv)",
                               "csv")
        if path is not None:
            export_money_csv(self.context, path)
            tell(self.window, self.tr("Exported the money to {0}").format(path),
                 folder=path)

    def ask_export_everything(self) -> None:
        if self.context.person is None:
            return
        folder = QFileDialog.getExistingDirectory(
            self.window, self.tr("Choose a folder for everything about this person"),
            start_in(self.context.store, "everything"))
        if folder:
            remember(self.context.store, "everything", folder)
            written = export_everything(self.context, Path(folder), self.write_pdf)
            QMessageBox.information(self.window, self.tr("Exported"), "\n".join(
                str(path) for path in written))

    def ask_import(self) -> int | None:
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import a plan file"),
                                              start_in(self.context.store, "plan_file"),
                                              PLAN_FILE_FILTER + ";;All (*)")
        if not path:
            return None
        remember(self.context.store, "plan_file", path)
        try:
            data = plan_file_bytes(Path(path))
            person = self.context.store.import_plan(data)
        except OSError as exc:
            QMessageBox.warning(self.window, self.tr("Import a plan file"),
                                self.tr("The file could not be read: {0}").format(exc))
            return None
        except PlanFileError as refused:
            # A refused file added nothing to the session (portable checks it all first),
            # so there is nothing to undo and the person's own unsaved edits are kept.
            shown = refused.problems[:15]
            more = len(refused.problems) - len(shown)
            QMessageBox.warning(self.window, self.tr("Import a plan file"), (
                self.tr("Nothing was imported, because of these problems:") + "\n\n"
                + "\n".join(shown)
                + (self.tr("\n…and {0} more.").format(more) if more > 0 else "")))
            return None
        return person.id

    def ask_restore(self) -> bool:
        store = self.context.store
        if store.path is None:
            return False
        self.context.autosaver.flush()
        dialog = RestoreDialog(store.path, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen() is None:
            return False
        chosen = dialog.chosen()
        assert chosen is not None
        self.context.select(None)  # nothing on screen holds plans from before the restore
        try:
            store.restore_from(chosen)
        except PassphraseError as refused:
            QMessageBox.warning(self.window, self.tr("Restore from a backup"),
                                str(refused))
            return False
        return True

    # Passphrase ---------------------------------------------------------------------------

    def passphrase_dialog(self, changing: bool) -> PassphraseDialog:
        title = self.tr("Change the passphrase") if changing else self.tr("Lock my plans with a "
                                                                   "passphrase")
        return PassphraseDialog(title, self.tr(
            "<p>Every plan in this file, and every backup of it, is kept encrypted. The "
            "passphrase is asked for each time the program starts.</p>"
            "<p><b>If the passphrase is forgotten, no one can open these plans again</b>, so "
            "write it down and keep it somewhere safe, away from this computer.</p>"),
            choose=True, parent=self.window)

    def set_passphrase(self, passphrase: str | None) -> bool:
        """Lock, change or unlock the plans file and its backups, telling the person how it
        went. The plan on screen stays open."""
        store = self.context.store
        self.context.autosaver.flush()
        try:
            store.set_passphrase(passphrase)
        except (PassphraseError, OSError) as refused:
            QMessageBox.warning(self.window, self.tr("Passphrase"), self.tr(
                "The plans could not be changed: {0}").format(refused))
            return False
        return True

    def ask_lock(self) -> bool:
        if self.context.store.path is None:
            return False
        dialog = self.passphrase_dialog(self.context.store.locked)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        if not self.set_passphrase(dialog.passphrase()):
            return False
        QMessageBox.information(self.window, self.tr("Passphrase"), self.tr(
            "These plans and their backups are now locked with the passphrase."))
        return True

    def ask_unlock(self) -> bool:
        answer = QMessageBox.question(self.window, self.tr("Remove the passphrase"), self.tr(
            "Keep these plans and their backups without a passphrase? Anyone who can use this "
            "computer's account could then read them."))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self.set_passphrase(None)

    def backup_now(self) -> Path | None:
        store = self.context.store
        if store.path is None:
            return None
        self.context.autosaver.flush()
        return make_backup(store.path, f"made by hand {datetime.now():%H%M}")

    def ask_erase(self) -> bool:
        person = self.context.person
        if person is None:
            return False
        dialog = EraseDialog(person.name, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.context.autosaver.flush()
        self.context.select(None)
        report = erase_person(self.context.store, person, dialog.backups_since())
        QMessageBox.information(self.window, self.tr("Erase this person"),
                                report.sentence())
        return True
