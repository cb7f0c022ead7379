"""A page of free-text answers in the person's words (About me, What matters to me...)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from budgetplanner.plan_fields import ABOUT_ME_FIELDS, CONTEXT, MATTERS_FIELDS, PlanField
from budgetplanner.validation import ValidationError, clean_text
from ui.accessible import Heading, introduction
from ui.i18n import Translate
from ui.plan_context import PlanContext
from ui.sizing import lines_high, scroll_page


@dataclass(frozen=True)
class TextField:
    attribute: str  # the PlanVersion attribute it edits
    label: str
    hint: str = ""
    lines: int = 4  # how many lines of text the box shows before it scrolls


class TextPage(QWidget):
    """One labelled text box per field; every keystroke is kept and saved soon after."""

    # Called on the class too (`TextPage.tr(...)`), as PySide6 allows and its stub does not.
    tr: ClassVar[Translate]

    def __init__(
        self, context: PlanContext, title: str, intro: str, fields: list[TextField],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._fields = fields
        self._editors: dict[str, QPlainTextEdit] = {}
        self._messages: dict[str, QLabel] = {}
        self._loading = False

        inner = QWidget()
        form = QFormLayout(inner)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(Heading(title))
        form.addRow(introduction(intro))
        for field in fields:
            hint = f"<br>{field.hint}" if field.hint else ""
            label = QLabel(f"<b>{field.label}</b>{hint}")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            editor = QPlainTextEdit()
            editor.setTabChangesFocus(True)
            # Sized in lines of the current font, so it grows with the text-size setting.
            lines_high(editor, field.lines)
            editor.setAccessibleName(field.label)
            editor.setAccessibleDescription(field.hint)
            editor.setObjectName(f"field_{field.attribute}")
            context.watch_language(editor)
            label.setBuddy(editor)
            message = QLabel()
            message.setObjectName("fieldMessage")
            message.setWordWrap(True)
            message.hide()
            editor.textChanged.connect(lambda f=field: self._changed(f))
            self._editors[field.attribute] = editor
            self._messages[field.attribute] = message
            box = QVBoxLayout()
            box.addWidget(editor)
            box.addWidget(message)
            form.addRow(label)
            form.addRow(box)
        scroll_page(self, inner)
        context.planChanged.connect(self.reload)
        self.reload()

    def editor(self, attribute: str) -> QPlainTextEdit:
        return self._editors[attribute]

    def reload(self) -> None:
        version = self._context.version
        self._loading = True
        for field in self._fields:
            editor = self._editors[field.attribute]
            editor.setPlainText("" if version is None else getattr(version, field.attribute))
            editor.setReadOnly(not self._context.editable)
            self._messages[field.attribute].hide()
        self.setEnabled(version is not None)
        self._loading = False

    def _changed(self, field: TextField) -> None:
        version = self._context.version
        if self._loading or version is None or not self._context.editable:
            return
        message = self._messages[field.attribute]
        try:
            text = clean_text(self._editors[field.attribute].toPlainText())
        except ValidationError as exc:
            # The text stays in the box; it is only not saved until it fits.
            message.setText(str(exc))
            message.show()
            return
        message.hide()
        self._context.store.set_value(version, field.attribute, text)
        self._context.edited.emit()


def _fields(fields: tuple[PlanField, ...]) -> list[TextField]:
    """The plan's own list of fields (budgetplanner.plan_fields), in the reader's language."""
    def tr(text: str) -> str:
        return QCoreApplication.translate(CONTEXT, text) if text else ""

    return [TextField(f.attribute, tr(f.label), tr(f.hint), f.lines) for f in fields]


def about_me_page(context: PlanContext, parent: QWidget | None = None) -> TextPage:
    return TextPage(context, TextPage.tr("About me"),
                    TextPage.tr("Who I am, in my own words."), _fields(ABOUT_ME_FIELDS), parent)


def matters_page(context: PlanContext, parent: QWidget | None = None) -> TextPage:
    return TextPage(context, TextPage.tr("What matters to me"),
                    TextPage.tr("A good life starts here, before any support or money."),
                    _fields(MATTERS_FIELDS), parent)
