"""Marks drawn as the person types, the suggestion on hover, and the Check my plan window."""

from pathlib import Path

from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from budgetplanner.demo import load_demo
from budgetplanner.language import load_word_list
from budgetplanner.storage.store import PlanStore
from ui.check_plan_dialog import CheckPlanDialog
from ui.language_marks import attach_language_check, suggestion_text
from ui.main_window import MainWindow


def underlined_ranges(editor: QPlainTextEdit) -> list[tuple[int, int]]:
    block = editor.document().firstBlock()
    return [(r.start, r.start + r.length) for r in block.layout().formats()
            if r.format.underlineStyle() != r.format.UnderlineStyle.NoUnderline]


def test_typing_marks_only_the_listed_words(qtbot: QtBot) -> None:
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    highlighter = attach_language_check(editor, load_word_list(), frozenset)
    qtbot.keyClicks(editor, "My patient friend is not a patient.")
    text = editor.toPlainText()
    assert underlined_ranges(editor) == [(3, 10), (27, 34)]
    assert text[3:10] == text[27:34] == "patient"
    mark = highlighter.mark_at(30)
    assert mark is not None and "my name, or I" in suggestion_text(mark)
    assert highlighter.mark_at(2) is None


def test_check_my_plan_lists_marks_and_ignores_a_word_for_this_plan(
    qtbot: QtBot, db_path: Path
) -> None:
    store = PlanStore.open(db_path)
    window = MainWindow(store)
    qtbot.addWidget(window)
    try:
        window.people.add_plan("Kim")
        about = window.about_page.editor("communication")
        qtbot.keyClicks(about, "I am non-verbal and I like respite at the coast.")
        assert len(underlined_ranges(about)) == 2
        dialog = CheckPlanDialog(window.context, window)
        qtbot.addWidget(dialog)
        assert [m.mark.entry.id for m in dialog.model.marks] == ["non-verbal", "respite"]
        assert dialog.model.marks[0].location == "About me › How best to communicate with me"
        dialog.view.selectRow(1)
        dialog.ignore_selected()
        assert [m.mark.entry.id for m in dialog.model.marks] == ["non-verbal"]
        assert len(underlined_ranges(about)) == 1  # the page forgets the mark at once
        dialog.ignored.setCurrentRow(0)
        dialog.unignore_selected()
        assert len(dialog.model.marks) == 2
    finally:
        window.close()
        store.close()


def test_no_query_is_made_for_each_block_the_language_check_marks(
        qtbot: QtBot, db_path: Path) -> None:
    # At start and on every keystroke the marks are drawn again, a block at a time; the
    # words this plan chose not to be told about are read once, not for each block.
    store = PlanStore.open(db_path)
    load_demo(store)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    statements: list[str] = []
    event.listen(store.engine, "before_cursor_execute",
                 lambda *args: statements.append(str(args[2])))
    editor = window.about_page.editor("preferred_name")
    editor.setPlainText("\n".join(["my care package and my service user"] * 40))
    window.context.wordsChanged.emit()
    assert [s for s in statements if "settings" in s] == []
    window.close()
    store.close()


def test_opening_a_plan_and_drawing_its_marks_again_change_nothing_to_save(
        qtbot: QtBot, db_path: Path) -> None:
    # Drawing the marks again makes each editor say its text changed: no page may take that
    # for an edit and write its fields back, unchanged, as changes to save.
    store = PlanStore.open(db_path)
    load_demo(store)
    store.save()
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    try:
        person_id = window.context.person.id if window.context.person else None
        assert person_id is not None
        window.context.select(None)
        window.context.select(person_id)
        assert store.waiting == []
        assert not store.unsaved
        window.context.wordsChanged.emit()
        assert store.waiting == []
        # A real edit is still an edit.
        window.about_page.editor("communication").setPlainText("I like to talk slowly.")
        assert store.waiting == ["change PlanVersion.communication"]
    finally:
        window.close()
        store.close()
