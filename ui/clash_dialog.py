"""The clash screen: someone else saved a part of the plan I was changing; I see both versions,
field by field in words, and choose which to keep (or, for writing, both). Nothing is lost:
what I do not choose now waits in the store until I do.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from budgetplanner.clash import ClashView, FieldClash, Keep
from budgetplanner.formatting import date_and_time
from budgetplanner.storage.conflicts import SaveConflictError
from budgetplanner.storage.store import PlanStore
from ui.accessible import Heading


def _local(moment: datetime) -> datetime:
    return moment.astimezone().replace(tzinfo=None) if moment.tzinfo else moment


class ClashDialog(QDialog):
    """Every clash the store holds, each field with "mine", "theirs" and, for writing,
    "both"; `settled` is emitted once the choices are applied through the store."""

    settled = Signal()

    def __init__(self, store: PlanStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Someone else changed this too"))
        self.store = store
        self.clashes = list(store.conflicts)
        # For each clash, the choice of each field: a group of radio buttons.
        self.groups: list[tuple[SaveConflictError, dict[str, QButtonGroup]]] = []
        intro = QLabel(self.tr(
            "Someone else saved a change to the same part of the plan while I was changing "
            "it, so my change was not written over theirs. Here are both versions. For each, "
            "choose which to keep; for writing I can keep both."))
        intro.setWordWrap(True)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        for clash in self.clashes:
            for view in store.clash_view(clash):
                body_layout.addWidget(self._record_box(clash, view))
        body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.buttons = QDialogButtonBox()
        self.keep_button = self.buttons.addButton(
            self.tr("&Keep what I chose"), QDialogButtonBox.ButtonRole.AcceptRole)
        later = self.buttons.addButton(
            self.tr("Choose &later"), QDialogButtonBox.ButtonRole.RejectRole)
        later.setToolTip(self.tr("Both versions are kept until I choose."))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        self.resize(640, 520)
        self._update_button()

    def _record_box(self, clash: SaveConflictError, view: ClashView) -> QGroupBox:
        box = QGroupBox(view.heading)
        box_layout = QVBoxLayout(box)
        if view.who and view.when:
            said = self.tr("{0} saved theirs on {1}.").format(
                view.who, date_and_time(_local(view.when)))
        elif view.who:
            said = self.tr("{0} saved theirs first.").format(view.who)
        else:
            said = self.tr("Someone else saved theirs first.")
        who = QLabel(said)
        who.setTextFormat(Qt.TextFormat.PlainText)
        who.setWordWrap(True)
        box_layout.addWidget(who)
        groups = dict(self.groups).get(clash)
        if groups is None:
            groups = {}
            self.groups.append((clash, groups))
        for field in view.fields:
            box_layout.addWidget(Heading(field.label, 4))
            grid = QGridLayout()
            group = QButtonGroup(box)
            groups[field.attribute] = group
            self._choice(grid, group, 0, Keep.MINE, self.tr("Keep mine"), field.mine, field)
            self._choice(grid, group, 1, Keep.THEIRS, self.tr("Keep theirs"), field.theirs,
                         field)
            if field.can_keep_both:
                self._choice(grid, group, 2, Keep.BOTH, self.tr("Keep both"),
                             self.tr("Theirs, then mine, one after the other"), field)
            grid.setColumnStretch(1, 1)
            box_layout.addLayout(grid)
            group.buttonClicked.connect(lambda _button: self._update_button())
        return box

    def _choice(self, grid: QGridLayout, group: QButtonGroup, row: int, keep: Keep,
                text: str, value: str, field: FieldClash) -> None:
        button = QRadioButton(text)
        button.setProperty("keep", keep.value)
        button.setObjectName(f"{field.attribute}-{keep.value}")
        button.setAccessibleDescription(f"{field.label}: {value}")
        words = QLabel(value)
        words.setTextFormat(Qt.TextFormat.PlainText)  # the person's writing, as written
        words.setWordWrap(True)
        words.setBuddy(button)
        group.addButton(button)
        grid.addWidget(button, row, 0)
        grid.addWidget(words, row, 1)

    def button_for(self, clash_number: int, attribute: str, keep: Keep) -> QAbstractButton:
        """The radio button that keeps one version of one field (for keyboard and tests)."""
        group = self.groups[clash_number][1][attribute]
        return next(button for button in group.buttons()
                    if button.property("keep") == keep.value)

    def _choices_made(self) -> bool:
        return all(group.checkedButton() is not None
                   for _clash, groups in self.groups for group in groups.values())

    def _update_button(self) -> None:
        self.keep_button.setEnabled(self._choices_made())

    def accept(self) -> None:
        if not self._choices_made():
            return
        for clash, groups in self.groups:
            keep = {}
            for attribute, group in groups.items():
                checked = group.checkedButton()
                if checked is not None:
                    keep[attribute] = Keep(str(checked.property("keep")))
            self.store.settle_clash(clash, keep)
        super().accept()
        self.settled.emit()
