"""Asking for a passphrase: to open a locked plans file, or to choose one (typed twice)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from budgetplanner.storage.cipher import PassphraseError, check_passphrase


class PassphraseDialog(QDialog):
    """`choose=False`: one box, to open a file. `choose=True`: a new passphrase, typed twice."""

    def __init__(self, title: str, intro: str, *, choose: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._choose = choose
        intro_label = QLabel(intro)
        intro_label.setWordWrap(True)
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setAccessibleName(self.tr("Passphrase"))
        self.again_edit = QLineEdit()
        self.again_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.again_edit.setAccessibleName(self.tr("The passphrase again"))
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("What is wrong"))
        self.message.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.passphrase_edit)
        if choose:
            form.addRow(self.tr("Type it &again:"), self.again_edit)
        else:
            self.again_edit.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro_label)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)

    def passphrase(self) -> str:
        return self.passphrase_edit.text()

    def say(self, sentence: str) -> None:
        self.message.setText(sentence)
        self.message.show()

    def accept(self) -> None:
        if self._choose:
            try:
                check_passphrase(self.passphrase_edit.text(), self.again_edit.text())
            except PassphraseError as refused:
                self.say(str(refused))
                return
        elif not self.passphrase_edit.text():
            self.say(self.tr("Type the passphrase."))
            return
        super().accept()
