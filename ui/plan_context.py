"""The plan being edited, shared by every page, with signals for change."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QPlainTextEdit

from budgetplanner.language import load_word_list
from budgetplanner.storage import audit, taking_out
from budgetplanner.storage.models import Person, PlanVersion
from budgetplanner.storage.settings import LANGUAGE_IGNORED
from budgetplanner.storage.store import PlanStore
from ui.autosave import Autosaver
from ui.language_marks import LanguageHighlighter, attach_language_check


class PlanContext(QObject):
    """Holds the store, the selected person and version; pages listen to its signals."""

    # A new person (or none) is selected: pages reload what they show.
    planChanged = Signal()
    # Something that changes the money was edited: money views recalculate.
    moneyChanged = Signal()
    # Any edit at all (text or money): the autosaver saves soon.
    edited = Signal()

    # The words this plan chose not to be told about changed: marks are drawn again.
    wordsChanged = Signal()

    def __init__(self, store: PlanStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.words = load_word_list()
        self._highlighters: list[tuple[QPlainTextEdit, LanguageHighlighter]] = []
        self.wordsChanged.connect(self._rehighlight)
        self.person: Person | None = None
        self.version: PlanVersion | None = None
        # The words this person's plan chose not to be told about, read once a plan: the
        # highlighter asks for every block of text it marks, at start and on each keystroke.
        self._ignored: frozenset[str] | None = None
        # On a shared server: the plan is out with someone else, so I may only read it.
        self.held: taking_out.TakenOut | None = None
        # On a shared server: I took this plan out myself (a copy is on my laptop).
        self.out_with_me: taking_out.TakenOut | None = None
        self.autosaver = Autosaver(store.save, self, unsaved=lambda: store.unsaved)
        self.edited.connect(self.autosaver.schedule)
        self.moneyChanged.connect(self.edited)

    def watch_language(self, editor: QPlainTextEdit) -> None:
        """Mark service words in this editor as they are typed (see budgetplanner.language)."""
        self._highlighters.append(
            (editor, attach_language_check(editor, self.words, self.ignored_words)))

    def ignored_words(self) -> frozenset[str]:
        if self.person is None:
            return frozenset()
        if self._ignored is None:
            raw = self.store.setting(LANGUAGE_IGNORED, self.person.id)
            self._ignored = frozenset(word for word in raw.split(",") if word)
        return self._ignored

    def ignore_word(self, entry_id: str, ignore: bool = True) -> None:
        """Stop (or start again) marking one entry of the word list in this person's plan."""
        if self.person is None:
            return
        words = set(self.ignored_words())
        if ignore:
            words.add(entry_id)
        else:
            words.discard(entry_id)
        self.store.set_setting(LANGUAGE_IGNORED, ",".join(sorted(words)), self.person.id)
        self._ignored = None
        self.edited.emit()
        self.wordsChanged.emit()

    def _rehighlight(self) -> None:
        # Marks drawn again change no words: the editor does not tell its page the text
        # changed (which would write every field back, unchanged, as an edit to save).
        for editor, highlighter in self._highlighters:
            blocked = editor.blockSignals(True)
            try:
                highlighter.rehighlight()
            finally:
                editor.blockSignals(blocked)

    def select(self, person_id: int | None) -> None:
        self.autosaver.flush()
        self._ignored = None
        self.held = None
        self.out_with_me = None
        if person_id is None:
            self.person, self.version = None, None
        else:
            self.held = taking_out.held_by_someone_else(self.store, person_id)
            if self.held is None:  # out, but not with someone else: out with me
                self.out_with_me = taking_out.taken_out(self.store, person_id)
            self.person = self.store.person(person_id)
            self.version = self.store.current_version(self.person)
            # On a shared server the database keeps who opened whose plan (storage/audit.py).
            audit.record(self.store, "opened", person_id)
        self.planChanged.emit()
        self.wordsChanged.emit()

    def open_version(self, version: PlanVersion) -> None:
        """Show one version of the current person's plan; older ones are read only."""
        self.autosaver.flush()
        self.version = version
        self.planChanged.emit()

    @property
    def editable(self) -> bool:
        return (self.version is not None and not self.version.is_frozen
                and not self.store.read_only and self.held is None)
