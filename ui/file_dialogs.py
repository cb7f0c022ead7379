"""File dialogs that start in the folder last used for that kind of file, and say what
they did: a short message in the window's status bar with where the file went."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMainWindow, QPushButton, QWidget

from budgetplanner.storage.settings import LAST_FOLDER

if TYPE_CHECKING:
    from budgetplanner.storage.store import PlanStore

# One remembered folder for each kind of file, kept as a setting of the store.
KINDS = ("pdf", "plan_file", "csv", "bank_statement", "review_statement", "everything")


def _kind(kind: str) -> str:
    if kind not in KINDS:
        raise ValueError(f"unknown kind of file: {kind}")
    return kind


def start_in(store: PlanStore, kind: str, suggested_name: str = "") -> str:
    """Where a dialog for this kind of file opens: the folder last used, or my home folder."""
    remembered = store.setting(LAST_FOLDER, _kind(kind))
    folder = Path(remembered) if remembered and Path(remembered).is_dir() else Path.home()
    return str(folder / suggested_name) if suggested_name else str(folder)


def remember(store: PlanStore, kind: str, chosen: str | Path) -> None:
    """Keep the folder of a chosen file (or the chosen folder) for next time."""
    path = Path(chosen)
    folder = path if path.is_dir() else path.parent
    store.set_setting(LAST_FOLDER, str(folder), _kind(kind))


def tell(widget: QWidget, message: str, milliseconds: int = 10_000,
         folder: str | Path | None = None) -> None:
    """Say what was done in the status bar of the window that holds `widget`, with a
    button that opens the folder the file went to, while the message shows."""
    window = widget.window()
    if not isinstance(window, QMainWindow):
        return
    bar = window.statusBar()
    bar.showMessage(message, milliseconds)
    old = bar.findChild(QPushButton, "openFolder")
    if old is not None:
        old.deleteLater()
    if folder is None:
        return
    place = Path(folder)
    place = place if place.is_dir() else place.parent
    button = QPushButton(QCoreApplication.translate("FileDialogs", "Open the folder"))
    button.setObjectName("openFolder")
    button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(place))))
    bar.addPermanentWidget(button)
    # The button goes when the message does.
    QTimer.singleShot(milliseconds, button.deleteLater)
