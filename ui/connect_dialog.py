"""File → Connect to my organisation's plans: the server, the database, my name, my password.

The password is typed each time and held only in memory (by the opened store's connection);
it is never put in a setting. Port and the organisation's certificate file wait under
"More", since most people never need them. A refusal (a wrong password, no server, a
certificate that cannot be checked) is said in one sentence in the dialog, which stays open.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import URL

from budgetplanner.storage.server import ServerAddress, ServerError, open_server
from budgetplanner.storage.store import PlanStore

# Opens the organisation's plans at an address with a password; raises ServerError.
Opener = Callable[[URL, str], PlanStore]


class ConnectDialog(QDialog):
    """Asks where the organisation's plans are and signs me in; `opened` gives the store."""

    opened = Signal(object, object)  # the PlanStore, the ServerAddress it was opened at

    def __init__(self, address: ServerAddress | None = None, *,
                 opener: Opener = open_server, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect to my organisation's plans"))
        self._opener = opener
        self.store: PlanStore | None = None
        intro = QLabel(self.tr(
            "My organisation keeps its plans on its own server. Its administrator tells me "
            "the server's name, the database and my name on it. My password is asked for "
            "each time and never kept on this computer."))
        intro.setWordWrap(True)
        self.server_edit = QLineEdit()
        self.server_edit.setAccessibleName(self.tr("Server"))
        self.server_edit.setPlaceholderText(self.tr("e.g. plans.my-organisation.org.uk"))
        self.database_edit = QLineEdit()
        self.database_edit.setAccessibleName(self.tr("Database"))
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("My name on the server"))
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("My password"))
        form = QFormLayout()
        form.addRow(self.tr("&Server:"), self.server_edit)
        form.addRow(self.tr("&Database:"), self.database_edit)
        form.addRow(self.tr("My &name:"), self.name_edit)
        form.addRow(self.tr("My &password:"), self.password_edit)

        self.more_button = QPushButton(self.tr("&More…"))
        self.more_button.setCheckable(True)
        self.more_button.setAccessibleDescription(self.tr(
            "Show the port and the organisation's certificate file"))
        self.more = QWidget()
        more_form = QFormLayout(self.more)
        more_form.setContentsMargins(0, 0, 0, 0)
        self.port_edit = QLineEdit()
        self.port_edit.setAccessibleName(self.tr("Port"))
        self.port_edit.setPlaceholderText(self.tr("5432, the usual one"))
        self.certificate_edit = QLineEdit()
        self.certificate_edit.setAccessibleName(self.tr("The organisation's certificate file"))
        self.certificate_edit.setPlaceholderText(self.tr("the certificates this computer trusts"))
        certificate_note = QLabel(self.tr(
            "The connection is always encrypted, and the server's certificate is always "
            "checked. If my organisation uses a certificate of its own, its administrator "
            "gives me the file to put here."))
        certificate_note.setWordWrap(True)
        more_form.addRow(self.tr("P&ort:"), self.port_edit)
        more_form.addRow(self.tr("&Certificate file:"), self.certificate_edit)
        more_form.addRow(certificate_note)
        self.more.setVisible(False)
        self.more_button.toggled.connect(self.more.setVisible)

        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("What is wrong"))
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.connect_button = self.buttons.addButton(
            self.tr("C&onnect"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.connect_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.more_button)
        layout.addWidget(self.more)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        if address is not None:
            self.show_address(address)

    def show_address(self, address: ServerAddress) -> None:
        self.server_edit.setText(address.server)
        self.database_edit.setText(address.database)
        self.name_edit.setText(address.name)
        self.port_edit.setText("" if address.port is None else str(address.port))
        self.certificate_edit.setText(address.certificate)
        if address.port is not None or address.certificate:
            self.more_button.setChecked(True)
        # The password is asked for each time: the cursor waits there when the rest is known.
        for edit in (self.server_edit, self.database_edit, self.name_edit, self.password_edit):
            if not edit.text():
                edit.setFocus()
                break

    def address(self) -> ServerAddress:
        """What was typed; ServerError when the port is not a number."""
        port_text = self.port_edit.text().strip()
        if port_text and not port_text.isdigit():
            raise ServerError(self.tr("The port is a number from 1 to 65535 (usually 5432)."))
        return ServerAddress(self.server_edit.text(), self.database_edit.text(),
                             self.name_edit.text(), int(port_text) if port_text else None,
                             self.certificate_edit.text())

    def say(self, sentence: str) -> None:
        self.message.setText(sentence)
        self.message.show()

    def accept(self) -> None:
        """Sign in; on a refusal say why and stay open, with the password box cleared."""
        try:
            address = self.address()
            url = address.url()
            if not self.password_edit.text():
                raise ServerError(self.tr("Please type my password."))
            store = self._opener(url, self.password_edit.text())
        except ServerError as refused:
            self.say(str(refused))
            self.password_edit.clear()
            self.password_edit.setFocus()
            return
        self.password_edit.clear()  # held by the open connection only, not by this dialog
        self.store = store
        self.message.hide()
        super().accept()
        self.opened.emit(store, address)
