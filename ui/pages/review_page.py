"""Agreement and review: who took part, the next review, versions, and what changed."""

from __future__ import annotations

from datetime import date
from xml.sax.saxutils import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from budgetplanner.categories import Payer
from budgetplanner.formatting import long_date, typed_date
from budgetplanner.periods import Period
from budgetplanner.review import ReviewError, differences
from budgetplanner.validation import ValidationError, clean_text, parse_date
from ui.accessible import Heading
from ui.plan_context import PlanContext
from ui.sizing import lines_high, scroll_page, tall_as_rows


class ReviewPage(QWidget):
    def __init__(self, context: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._loading = False
        self.participants = QPlainTextEdit()
        self.participants.setAccessibleName(self.tr("Who took part in planning"))
        self.participants.setTabChangesFocus(True)
        lines_high(self.participants, 3)
        self.next_review = QLineEdit()
        self.next_review.setAccessibleName(self.tr("The date of my next review"))
        self.next_review.setPlaceholderText(self.tr("for example 31/03/2027"))
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("Notes for my review"))
        self.notes.setTabChangesFocus(True)
        lines_high(self.notes, 4)
        context.watch_language(self.participants)
        context.watch_language(self.notes)
        self.message = QLabel()
        self.message.setObjectName("fieldMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self.versions = QListWidget()
        self.versions.setAccessibleName(self.tr("Versions of my plan"))
        tall_as_rows(self.versions)
        self.start_button = QPushButton(self.tr("Start a review…"))
        self.start_button.setAccessibleName(self.tr("Start a review"))
        self.start_button.setAccessibleDescription(self.tr(
            "Keeps this version as it is and starts a new one copied from it"))
        self.changes = QLabel()
        self.changes.setWordWrap(True)
        self.changes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                             | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.changes.setAccessibleName(self.tr("What changed since the last version"))

        inner = QWidget()
        form = QFormLayout(inner)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(Heading(self.tr("Agreement and review")))
        for label, widget in ((self.tr("Who took part in planning"), self.participants),
                              (self.tr("The date of my next review"), self.next_review),
                              (self.tr("Notes for my review"), self.notes)):
            title = QLabel(f"<b>{label}</b>")
            title.setBuddy(widget)
            form.addRow(title)
            form.addRow(widget)
        form.addRow(self.message)
        versions_title = QLabel(self.tr("<b>Versions of my plan</b> (choose one to read it "
                                        "as it was)"))
        versions_title.setBuddy(self.versions)
        form.addRow(versions_title)
        form.addRow(self.versions)
        form.addRow(self.start_button)
        form.addRow(QLabel(self.tr("<h3>What changed since the last version</h3>")))
        form.addRow(self.changes)
        scroll_page(self, inner)

        self.participants.textChanged.connect(self._edited)
        self.notes.textChanged.connect(self._edited)
        self.next_review.textEdited.connect(lambda _t: self._edited())
        self.start_button.clicked.connect(self.ask_start_review)
        self.versions.itemActivated.connect(self._open_version)
        self.versions.itemClicked.connect(self._open_version)
        context.planChanged.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        version = self._context.version
        self._loading = True
        self.setEnabled(version is not None)
        read_only = not self._context.editable
        self.participants.setPlainText(version.participants if version else "")
        self.notes.setPlainText(version.review_notes if version else "")
        review = version.next_review if version else None
        self.next_review.setText(typed_date(review))
        for widget in (self.participants, self.notes, self.next_review):
            widget.setReadOnly(read_only)
        self.start_button.setEnabled(not read_only)
        self.versions.clear()
        if version is not None:
            for each in version.person.versions:
                when = (self.tr("kept as it was on {0}").format(long_date(each.frozen_at))
                        if each.frozen_at else self.tr("being written now"))
                item = QListWidgetItem(self.tr("Version {0}, {1}").format(each.number, when))
                item.setData(Qt.ItemDataRole.UserRole, each.id)
                self.versions.addItem(item)
                if each.id == version.id:
                    self.versions.setCurrentItem(item)
        self.message.hide()
        self._loading = False
        self._show_changes()

    def _edited(self) -> None:
        version = self._context.version
        if self._loading or version is None or not self._context.editable:
            return
        try:
            participants = clean_text(self.participants.toPlainText())
            notes = clean_text(self.notes.toPlainText())
            review: date | None = parse_date(self.next_review.text())
        except ValidationError as exc:
            self.message.setText(str(exc))
            self.message.show()
            return
        self.message.hide()
        store = self._context.store
        store.set_value(version, "participants", participants)
        store.set_value(version, "review_notes", notes)
        store.set_value(version, "next_review", review)
        # The list of plans shows the next review without opening each plan.
        store.set_value(version.person, "next_review", review)
        self._context.edited.emit()

    def _show_changes(self) -> None:
        version = self._context.version
        if version is None:
            self.changes.setText("")
            return
        older = [v for v in version.person.versions if v.number < version.number]
        if not older:
            self.changes.setText(self.tr("This is the first version of my plan."))
            return
        diff = differences(older[-1], version)
        parts = []
        for title, items in ((self.tr("Added"), diff.added), (self.tr("Removed"), diff.removed),
                             (self.tr("Changed"), diff.changed)):
            if items:
                parts.append(f"<b>{title}</b><ul>"
                             + "".join(f"<li>{escape(i)}</li>" for i in items) + "</ul>")
        if diff.money_before and diff.money_after:
            before = diff.money_before.by_payer[Payer.PERSONAL_BUDGET]
            after = diff.money_after.by_payer[Payer.PERSONAL_BUDGET]
            parts.append(self.tr("<b>Money from my personal budget</b>: before {0} a week "
                                 "({1} a year); now {2} a week ({3} a year).").format(
                before[Period.WEEK].format(), before[Period.YEAR].format(),
                after[Period.WEEK].format(), after[Period.YEAR].format()))
        goals = [g for g in version.goals if g.what_worked or g.what_did_not]
        if goals:
            parts.append("<b>" + self.tr("How my goals went") + "</b><ul>" + "".join(
                f"<li>{escape(g.title)}: {escape(g.what_worked)} {escape(g.what_did_not)}</li>"
                for g in goals) + "</ul>")
        if diff.nothing:
            parts.insert(0, self.tr("Nothing in the plan has changed yet."))
        self.changes.setText("".join(parts))

    def ask_start_review(self) -> None:
        answer = QMessageBox.question(self, self.tr("Start a review"), self.tr(
            "Keep this version of the plan as it is now, and start a new version copied from "
            "it?"))
        if answer == QMessageBox.StandardButton.Yes:
            self.start_review()

    def start_review(self) -> None:
        version = self._context.version
        if version is None:
            return
        self._context.autosaver.flush()
        try:
            new = self._context.store.start_review(version)
        except ReviewError as exc:
            QMessageBox.information(self, self.tr("Start a review"), str(exc))
            return
        self._context.open_version(new)

    def _open_version(self, item: QListWidgetItem) -> None:
        version = self._context.version
        if version is None:
            return
        wanted = item.data(Qt.ItemDataRole.UserRole)
        if wanted == version.id:
            return
        chosen = next(v for v in version.person.versions if v.id == wanted)
        self._context.open_version(chosen)
