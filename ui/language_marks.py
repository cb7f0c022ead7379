"""Gentle marks under words that speak of a person as a case, with plain words on hover."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QHelpEvent, QSyntaxHighlighter, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QToolTip

from budgetplanner.language import Mark, WordList


class LanguageHighlighter(QSyntaxHighlighter):
    """Underlines marked words with a dotted line: a hint, never an error."""

    def __init__(self, document: QTextDocument, words: WordList,
                 ignored: Callable[[], frozenset[str]]) -> None:
        super().__init__(document)
        self._words = words
        self._ignored = ignored
        self.mark_format = QTextCharFormat()
        self.mark_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        self.mark_format.setUnderlineColor(QColor("#b45309"))

    def highlightBlock(self, text: str) -> None:
        for mark in self._words.find(text, self._ignored()):
            self.setFormat(mark.start, mark.end - mark.start, self.mark_format)

    def mark_at(self, position: int) -> Mark | None:
        """The mark under a position in the whole document, if any."""
        block = self.document().findBlock(position)
        offset = position - block.position()
        for mark in self._words.find(block.text(), self._ignored()):
            if mark.start <= offset <= mark.end:
                return mark
        return None


def suggestion_text(mark: Mark) -> str:
    return (f"“{mark.text}”: try {mark.entry.suggestion}. {mark.entry.why}\n"
            f"(From {mark.entry.source}.)")


class _HoverTips(QObject):
    def __init__(self, editor: QPlainTextEdit | QTextEdit,
                 highlighter: LanguageHighlighter) -> None:
        super().__init__(editor)
        self._editor = editor
        self._highlighter = highlighter

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            cursor = self._editor.cursorForPosition(event.pos())
            mark = self._highlighter.mark_at(cursor.position())
            if mark is not None:
                QToolTip.showText(event.globalPos(), suggestion_text(mark), self._editor)
                return True
            QToolTip.hideText()
        return False


def attach_language_check(editor: QPlainTextEdit | QTextEdit, words: WordList,
                          ignored: Callable[[], frozenset[str]]) -> LanguageHighlighter:
    """Mark the editor's text as it is typed; hovering a mark shows the plain words."""
    highlighter = LanguageHighlighter(editor.document(), words, ignored)
    tips = _HoverTips(editor, highlighter)
    editor.viewport().installEventFilter(tips)
    editor.setProperty("languageHighlighter", True)
    editor.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)
    return highlighter
