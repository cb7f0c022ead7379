"""The main window: people's plans on the left, the selected plan's pages on the right."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QKeySequence,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from budgetplanner.storage.settings import HIGH_CONTRAST, SERVER_AT_START, TEXT_SIZE
from ui.accessible import Heading
from ui.file_dialogs import remember, start_in, tell
from ui.icons import icon, refresh_icons
from ui.lazy import PageSlot, PageTabs
from ui.page_list import PageList
from ui.people_panel import PeoplePanel
from ui.sizing import ColumnScroll
from ui.sub_pages import SubPages
from ui.theme import TEXT_SIZES, Look, apply_theme

if TYPE_CHECKING:
    from budgetplanner.review import Differences
    from budgetplanner.storage import taking_out
    from budgetplanner.storage.models import PlanVersion
    from budgetplanner.storage.server import ServerAddress
    from budgetplanner.storage.store import PlanStore
    from ui.pages.afford_page import AffordPage
    from ui.pages.checklist_page import ChecklistPage
    from ui.pages.money_page import MoneyPage
    from ui.pages.options_page import OptionsPage
    from ui.pages.plan_pages import ContingencyPage, PeoplePage
    from ui.pages.records_page import RecordsPage
    from ui.pages.review_page import ReviewPage
    from ui.pages.scenarios_page import ScenariosPage
    from ui.pages.spending_page import SpendingPage
    from ui.pages.text_page import TextPage
    from ui.plan_context import PlanContext
    from ui.safekeeping import Safekeeping

# Writes the plan's PDF to a path; injected so the window can be tested without ReportLab.
PdfWriter = Callable[["PlanVersion", Path], object]

# Each page of the plan: where it is made (module, function or class taking the plan's context
# and a parent). A page is made the first time it is shown or asked for (ui/lazy.py).
PAGE_MAKERS = {
    "about_page": ("ui.pages.text_page", "about_me_page"),
    "matters_page": ("ui.pages.text_page", "matters_page"),
    "goals_page": ("ui.pages.plan_pages", "goals_page"),
    "people_page": ("ui.pages.plan_pages", "PeoplePage"),
    "options_page": ("ui.pages.options_page", "OptionsPage"),
    "scenarios_page": ("ui.pages.scenarios_page", "ScenariosPage"),
    "money_page": ("ui.pages.money_page", "MoneyPage"),
    "spending_page": ("ui.pages.spending_page", "SpendingPage"),
    "afford_page": ("ui.pages.afford_page", "AffordPage"),
    "risks_page": ("ui.pages.plan_pages", "risks_page"),
    "contingency_page": ("ui.pages.plan_pages", "ContingencyPage"),
    "review_page": ("ui.pages.review_page", "ReviewPage"),
    "checklist_page": ("ui.pages.checklist_page", "ChecklistPage"),
}


def where_the_plans_are(store: PlanStore) -> str:
    """What the window says about where the plans it shows are kept."""
    if not store.shared:
        return QApplication.translate("App", "Plans on this computer")
    from budgetplanner.storage.server import describe

    return QApplication.translate("App", "Plans {0}").format(describe(store.engine.url))


class MainWindow(QMainWindow):
    """`MainWindow(store)` is the whole window at once. The program itself starts with
    `MainWindow(None, look=...)`, shows it, and gives it the plans with `open_plans(store)`
    once the plans file is open: the window is painted before SQLAlchemy, the plans file and
    the pages are loaded."""

    # The plans file is open and its plans are listed.
    opened = Signal()
    # Other plans were opened to be shown instead of these (File → Connect…): the window that
    # holds them (ui/app.py, PlansOnScreen) puts a new window over them in place of this one.
    plansChosen = Signal(object)
    # File → Use the plans on this computer.
    localPlansAsked = Signal()

    # Set by open_plans().
    store: PlanStore
    context: PlanContext
    safekeeping: Safekeeping

    def __init__(self, store: PlanStore | None, pdf_writer: PdfWriter | None = None,
                 parent: QWidget | None = None, *, look: Look | None = None) -> None:
        super().__init__(parent)
        self._pdf_writer = pdf_writer
        self.is_open = False
        # The look is set before any widget is made: restyling made widgets costs far more.
        self.look = self.saved_look(store) if store is not None else (look or Look())
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, self.look)
        self.setWindowTitle(self.tr("Budget Planner"))
        self.resize(1200, 780)

        self.people = PeoplePanel()
        self.tabs = PageTabs()
        self.tabs.setAccessibleName(self.tr("Pages of the plan"))
        self.tabs.setDocumentMode(True)
        self._slots = {name: PageSlot(self._page_maker(name)) for name in PAGE_MAKERS}
        slot = self._slots
        # Ten pages on the top row, so Ctrl+1 to Ctrl+0 reach each; Money and Review hold
        # pages of their own on a second row.
        self.money_tabs = SubPages(self.tr("Pages about money"), [
            (slot["money_page"], icon("wallet"), self.tr("My plan's money")),
            (slot["spending_page"], icon("receipt"), self.tr("Planned and spent")),
            (slot["afford_page"], icon("calculator"), self.tr("What I can afford")),
        ])
        self.review_tabs = SubPages(self.tr("Pages about my review"), [
            (slot["review_page"], icon("history"), self.tr("Agreement and review")),
            (slot["checklist_page"], icon("clipboard-list"), self.tr("Ready for my review")),
        ])
        # A good life and what I bring come first; services and money after (principle 2).
        self._page_names: list[tuple[QWidget, str]] = [
            (slot["about_page"], self.tr("About me")),
            (slot["matters_page"], self.tr("What matters to me")),
            (slot["goals_page"], self.tr("My goals")),
            (slot["people_page"], self.tr("People in my life")),
            (slot["options_page"], self.tr("Options and costs")),
            (slot["scenarios_page"], self.tr("My scenarios")),
            (self.money_tabs, self.tr("Money")),
            (slot["risks_page"], self.tr("Risks I own")),
            (slot["contingency_page"], self.tr("If things go wrong")),
            (self.review_tabs, self.tr("Review")),
        ]
        page_icons = ("smile", "heart", "target", "users", "layers", "list-checks", "wallet",
                      "shield-alert", "umbrella", "clipboard-check")
        self.page_list = PageList(self.tabs)
        for number, (page, name) in enumerate(self._page_names):
            self.tabs.addTab(page, name)
            self.page_list.add_page(icon(page_icons[number]), name,
                                    self.tr("Ctrl+{0}").format((number + 1) % 10))
        self.empty_label = QLabel(self.tr(
            "<h2>Welcome</h2><p>Start a plan with <b>New plan</b>, or look at the example "
            "plans from the <b>Help</b> menu.</p>"))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)

        # Left: whose plan, then which page of it; right: the page, full width.
        pages = QWidget()
        pages_layout = QVBoxLayout(pages)
        pages_layout.setContentsMargins(9, 0, 9, 4)
        pages_title = Heading(self.tr("My plan"), 3)
        pages_title.setBuddy(self.page_list)
        pages_layout.addWidget(pages_title)
        pages_layout.addWidget(self.page_list, 1)
        # Plans above, pages below, with a handle between: in a short window (large text)
        # the plans keep room for four and the list of pages scrolls inside itself, keeping
        # the chosen page in sight, rather than the whole column scrolling it away.
        self.left_splitter = QSplitter(Qt.Orientation.Vertical)
        self.left_splitter.addWidget(self.people)
        self.left_splitter.addWidget(pages)
        self._pages_column = pages
        self.left_splitter.setChildrenCollapsible(False)
        self.left_splitter.setStretchFactor(0, 1)
        self.left_splitter.setStretchFactor(1, 1)
        # How the column is shared until the person moves the handle (_share_left_column).
        self._left_moved = False
        self.left_splitter.splitterMoved.connect(self._left_handle_moved)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter = splitter
        # Should even that not fit (a very short screen), the column scrolls as a last resort.
        splitter.addWidget(ColumnScroll(self.left_splitter))
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 4)
        splitter.setChildrenCollapsible(False)
        self._fit_left_column()
        # A save that failed is told where it cannot be missed, until a save succeeds.
        self.save_problem = QLabel()
        self.save_problem.setObjectName("saveProblem")
        self.save_problem.setWordWrap(True)
        self.save_problem.setAccessibleName(self.tr("My changes are not saved yet"))
        self.save_problem.setStyleSheet(
            "QLabel#saveProblem { background: #fff4ce; color: #3d2e00; "
            "border: 2px solid #8a6100; border-radius: 4px; padding: 6px; }")
        self.save_problem.hide()
        # On a shared server: why the plan shown can be read but not changed.
        self.held_notice = QLabel()
        self.held_notice.setObjectName("heldNotice")
        self.held_notice.setWordWrap(True)
        self.held_notice.setAccessibleName(self.tr("Who has this plan with them"))
        self.held_notice.setStyleSheet(
            "QLabel#heldNotice { background: #e8f0fe; color: #0b2a5b; "
            "border: 2px solid #2b5797; border-radius: 4px; padding: 6px; }")
        self.held_notice.hide()
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.addWidget(self.save_problem)
        central_layout.addWidget(self.held_notice)
        central_layout.addWidget(splitter, 1)
        self.setCentralWidget(central)
        # The menus' titles now, so the window does not move when they are filled.
        self.file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.plan_menu = self.menuBar().addMenu(self.tr("&Plan"))
        self.view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.statusBar()
        if store is not None:
            self.open_plans(store)

    def open_plans(self, store: PlanStore) -> None:
        """Show the plans of an open plans file: the first plan is chosen and the page that
        is shown is made; `opened` is emitted."""
        from ui.plan_context import PlanContext

        self.store = store
        look = self.saved_look(store)
        if look != self.look:  # the glance before opening was wrong (or had nothing)
            self.look = look
            app = QApplication.instance()
            if isinstance(app, QApplication) and apply_theme(app, look):
                refresh_icons(self)
        self.context = PlanContext(store, self)
        self.people.open(store)
        if store.read_only:
            self.save_problem.setText(self.tr(
                "⚠ This plans file is read-only: I can read my plans here, but not change "
                "them. To change them, ask for the file to be made writable, or open a copy."))
            self.save_problem.show()
        self._build_menus()

        self.people.personSelected.connect(self._person_selected)
        self.people.planAdded.connect(self._start_writing)
        self.context.autosaver.saved.connect(self._saved)
        self.context.autosaver.failed.connect(self._save_failed)
        self.context.autosaver.clashed.connect(self.show_clashes)
        # Which plans these are, always in sight: on this computer, or at the organisation.
        self.where_label = QLabel(where_the_plans_are(store))
        self.where_label.setAccessibleName(self.tr("Where these plans are kept"))
        self.statusBar().addPermanentWidget(self.where_label)
        self.connect_dialog: QDialog | None = None
        self.clash_dialog: QDialog | None = None
        self.lead_dialog: QDialog | None = None
        # Set when the window lets go of its plans for others (see let_go).
        self._let_go = False
        self.people.refresh()
        if self.people.current_person_id() is None:
            self._person_selected(-1)
        for slot in self._slots.values():
            slot.ready = True
            if slot.isVisible():
                slot.made()
        self.is_open = True
        self.opened.emit()

    def _page_maker(self, name: str) -> Callable[[QWidget], QWidget]:
        def make(parent: QWidget) -> QWidget:
            module, maker = PAGE_MAKERS[name]
            return cast(QWidget, getattr(importlib.import_module(module), maker)(
                self.context, parent))

        return make

    def _page(self, name: str) -> QWidget:
        return self._slots[name].made()

    @property
    def pages(self) -> list[tuple[QWidget, str]]:
        """The top row's pages (the plan's pages are made), with their names."""
        return [(self.tabs.widget(number) or holder, name)
                for number, (holder, name) in enumerate(self._page_names)]

    @property
    def about_page(self) -> TextPage:
        return cast("TextPage", self._page("about_page"))

    @property
    def matters_page(self) -> TextPage:
        return cast("TextPage", self._page("matters_page"))

    @property
    def goals_page(self) -> RecordsPage:
        return cast("RecordsPage", self._page("goals_page"))

    @property
    def people_page(self) -> PeoplePage:
        return cast("PeoplePage", self._page("people_page"))

    @property
    def options_page(self) -> OptionsPage:
        return cast("OptionsPage", self._page("options_page"))

    @property
    def scenarios_page(self) -> ScenariosPage:
        return cast("ScenariosPage", self._page("scenarios_page"))

    @property
    def money_page(self) -> MoneyPage:
        return cast("MoneyPage", self._page("money_page"))

    @property
    def spending_page(self) -> SpendingPage:
        return cast("SpendingPage", self._page("spending_page"))

    @property
    def afford_page(self) -> AffordPage:
        return cast("AffordPage", self._page("afford_page"))

    @property
    def risks_page(self) -> RecordsPage:
        return cast("RecordsPage", self._page("risks_page"))

    @property
    def contingency_page(self) -> ContingencyPage:
        return cast("ContingencyPage", self._page("contingency_page"))

    @property
    def review_page(self) -> ReviewPage:
        return cast("ReviewPage", self._page("review_page"))

    @property
    def checklist_page(self) -> ChecklistPage:
        return cast("ChecklistPage", self._page("checklist_page"))

    def _build_menus(self) -> None:
        from ui.safekeeping import Safekeeping

        file_menu = self.file_menu
        self.new_action = QAction(icon("user-plus"), self.tr("&New plan…"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.people.ask_new_plan)
        self.rename_action = QAction(self.tr("&Rename…"), self)
        self.rename_action.setShortcut(QKeySequence(self.tr("Ctrl+R")))
        self.rename_action.triggered.connect(self.people.ask_rename)
        self.export_action = QAction(icon("file-down"), self.tr("&Export as PDF…"), self)
        self.export_action.setShortcut(QKeySequence(self.tr("Ctrl+E")))
        self.export_action.triggered.connect(self.ask_export_pdf)
        self.print_action = QAction(icon("printer"), self.tr("&Print my plan…"), self)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.triggered.connect(self.show_preview)
        self.find_action = QAction(self.tr("&Find a plan"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.people.search_edit.setFocus)
        self.safekeeping = Safekeeping(self, self.context, self._pdf_writer)
        keep = self.safekeeping
        self.plan_file_actions = []
        for text, slot, keys in (
            (self.tr("Export my plan &file…"), keep.ask_export_plan_file, ""),
            (self.tr("Export the money as &CSV…"), keep.ask_export_csv, ""),
            (self.tr("Export e&verything about this person…"), keep.ask_export_everything, ""),
        ):
            action = QAction(text, self)
            action.triggered.connect(slot)
            if keys:
                action.setShortcut(QKeySequence(keys))
            self.plan_file_actions.append(action)
        self.import_action = QAction(self.tr("&Import a plan file…"), self)
        self.import_action.triggered.connect(self.ask_import)
        self.bank_action = QAction(self.tr("Import a &bank statement…"), self)
        self.bank_action.triggered.connect(
            lambda: self._on_page(self.spending_page, self.spending_page.ask_import))
        self.review_pdf_action = QAction(self.tr("Save my &review statement as PDF…"), self)
        self.review_pdf_action.triggered.connect(
            lambda: self._on_page(self.checklist_page, self.checklist_page.ask_pdf))
        self.backup_action = QAction(self.tr("Make a &backup now"), self)
        self.backup_action.triggered.connect(self.backup_now)
        self.restore_action = QAction(self.tr("Restore from a back&up…"), self)
        self.restore_action.triggered.connect(self.ask_restore)
        self.erase_action = QAction(self.tr("Erase this person…"), self)
        self.erase_action.triggered.connect(self.ask_erase)
        self.lock_action = QAction(self.tr("&Lock my plans with a passphrase…"), self)
        self.lock_action.triggered.connect(self.ask_lock)
        self.change_passphrase_action = QAction(self.tr("Change the passphrase…"), self)
        self.change_passphrase_action.triggered.connect(self.safekeeping.ask_lock)
        self.unlock_action = QAction(self.tr("Remove the passphrase…"), self)
        self.unlock_action.triggered.connect(self.ask_unlock)
        self.rates_action = QAction(self.tr("Rate &tables…"), self)
        self.rates_action.triggered.connect(self.show_rate_tables)
        self.connect_action = QAction(self.tr("Connect to my or&ganisation's plans…"), self)
        self.connect_action.triggered.connect(self.ask_connect)
        self.local_action = QAction(self.tr("Use the plans on this &computer"), self)
        self.local_action.triggered.connect(self.ask_local_plans)
        self.local_action.setVisible(self.on_server)
        self.clash_action = QAction(self.tr("Choose between my changes and someone else's…"),
                                    self)
        self.clash_action.triggered.connect(self.show_clashes)
        self.clash_action.setEnabled(False)
        # Home visits without internet: only for plans on the organisation's server.
        self.take_out_action = QAction(self.tr("&Take this plan with me…"), self)
        self.take_out_action.triggered.connect(self.ask_take_out)
        self.bring_back_action = QAction(self.tr("Bring a plan bac&k…"), self)
        self.bring_back_action.triggered.connect(self.ask_bring_back)
        for action in (self.take_out_action, self.bring_back_action):
            action.setVisible(self.on_server)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        for action in (self.new_action, self.rename_action, self.find_action,
                       self.print_action, self.export_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        for action in (*self.plan_file_actions, self.review_pdf_action, self.import_action,
                       self.bank_action, self.take_out_action, self.bring_back_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        for action in (self.backup_action, self.restore_action, self.erase_action,
                       self.lock_action, self.change_passphrase_action, self.unlock_action,
                       self.rates_action):
            file_menu.addAction(action)
        self._show_lock_state()
        file_menu.addSeparator()
        for action in (self.connect_action, self.local_action, self.clash_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

        self._build_plan_menu()
        self._build_view_menu()

        help_menu = self.help_menu
        self.demo_action = QAction(self.tr("Load the &example plans"), self)
        self.demo_action.triggered.connect(self.load_demo)
        shortcuts = QAction(self.tr("&Keyboard shortcuts"), self)
        shortcuts.setShortcut(QKeySequence.StandardKey.HelpContents)
        shortcuts.triggered.connect(self.show_shortcuts)
        help_menu.addAction(self.demo_action)
        help_menu.addAction(shortcuts)

    def _build_plan_menu(self) -> None:
        plan_menu = self.plan_menu
        for number, (_page, name) in enumerate(self._page_names):
            go = QAction(self.tr("Go to {0}").format(name), self)
            digit = (number + 1) % 10
            go.setShortcuts([QKeySequence(f"Ctrl+{digit}"), QKeySequence(f"Alt+{digit}")])
            go.triggered.connect(lambda _=False, n=number: self.go_to_page(n))
            plan_menu.addAction(go)
        plan_menu.addSeparator()
        check = QAction(self.tr("&Check my plan…"), self)
        check.setShortcut(QKeySequence(self.tr("Ctrl+Shift+K")))
        check.triggered.connect(self.show_check_plan)
        plan_menu.addAction(check)
        plan_menu.addSeparator()
        # The options page is made when one of these is chosen, not before.
        for text, keys, slot in (
            (self.tr("Add an &option"), "Ctrl+Shift+O", "add_option"),
            (self.tr("Remove this option"), "", "remove_option"),
            (self.tr("Add a &cost line"), "Ctrl+Shift+L", "add_line"),
            (self.tr("Remove the selected cost line"), "", "remove_line"),
        ):
            action = QAction(text, self)
            if keys:
                action.setShortcut(QKeySequence(keys))
            action.triggered.connect(lambda _=False, do=slot: self._on_options_page(
                lambda: getattr(self.options_page, do)()))
            plan_menu.addAction(action)
        # For a team lead on the organisation's server only: an advocate never sees these
        # (and the server would refuse them: storage/organisation.py, audit.py).
        from budgetplanner.storage import audit

        self.is_lead = audit.is_lead(self.store)
        plan_menu.addSeparator()
        self.advocates_action = QAction(self.tr("&Who works with this person…"), self)
        self.advocates_action.triggered.connect(self.show_advocates)
        self.record_action = QAction(self.tr("Who did &what with this plan…"), self)
        self.record_action.triggered.connect(self.show_record)
        for action in (self.advocates_action, self.record_action):
            action.setVisible(self.is_lead)
            plan_menu.addAction(action)

    def show_advocates(self) -> None:
        """Who works with the chosen person: assign another advocate or take the plan from
        one (without blocking)."""
        from ui.lead_dialogs import AdvocatesDialog

        if self.context.person is None or not self.is_lead:
            return
        self._open_lead_dialog(AdvocatesDialog(self.store, self.context.person, self))

    def show_record(self) -> None:
        """Who did what with the chosen person's plan, read-only, with Save as CSV…."""
        from ui.lead_dialogs import RecordDialog

        if self.context.person is None or not self.is_lead:
            return
        self.context.autosaver.flush()  # what I changed is in the record too
        self._open_lead_dialog(RecordDialog(self.store, self.context.person, self))

    def _open_lead_dialog(self, dialog: QDialog) -> None:
        # One at a time: the one before (open or closed) goes.
        if self.lead_dialog is not None:
            self.lead_dialog.close()
            self.lead_dialog.deleteLater()
        self.lead_dialog = dialog
        dialog.open()

    def ask_lock(self) -> None:
        if self.safekeeping.ask_lock():
            self._show_lock_state()

    def ask_unlock(self) -> None:
        if self.safekeeping.ask_unlock():
            self._show_lock_state()

    def _show_lock_state(self) -> None:
        """Offer locking, or changing and removing the passphrase, as the file is now."""
        from budgetplanner.storage import cipher

        on_disk = self.store.path is not None
        locked = self.store.locked
        self.lock_action.setVisible(not locked)
        self.lock_action.setEnabled(on_disk and cipher.available())
        if not cipher.available():
            self.lock_action.setToolTip(self.tr(
                "This installation cannot lock files (the sqlcipher3 package is missing)."))
        self.change_passphrase_action.setVisible(locked)
        self.unlock_action.setVisible(locked)

    def go_to_page(self, number: int) -> None:
        self.tabs.setCurrentIndex(number)
        # Put the cursor in the page's first box, so typing can start at once.
        page = self.tabs.currentWidget()
        if page is None:
            return
        widget = page.nextInFocusChain()
        # The focus chain is a ring, so None is not expected; the check keeps the loop safe.
        while widget is not None and widget is not page and page.isAncestorOf(widget):
            if (widget.isVisible() and widget.isEnabled()
                    and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                    and not isinstance(widget, QScrollArea | QTabBar)):
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return
            widget = widget.nextInFocusChain()

    def _on_options_page(self, action: Callable[[], None]) -> None:
        self._on_page(self.options_page, action)

    def _on_page(self, page: QWidget, action: Callable[[], None]) -> None:
        if self.context.version is None:
            return
        self.show_page(page)
        action()

    def show_page(self, page: QWidget) -> None:
        """Bring a page forward, on whichever row of tabs it sits."""
        for holder in (self.money_tabs, self.review_tabs):
            if holder.indexOf(page) >= 0:
                holder.setCurrentWidget(page)
                page = holder
        self.tabs.setCurrentWidget(page)

    def _build_view_menu(self) -> None:
        view_menu = self.view_menu
        size_menu = view_menu.addMenu(self.tr("&Text size"))
        self.size_group = QActionGroup(self)
        self.size_actions: dict[int, QAction] = {}
        for percent in TEXT_SIZES:
            action = QAction(self.tr("{0}%").format(percent), self, checkable=True)
            action.triggered.connect(lambda _=False, p=percent: self.set_text_size(p))
            self.size_group.addAction(action)
            size_menu.addAction(action)
            self.size_actions[percent] = action
        bigger = QAction(self.tr("&Bigger text"), self)
        bigger.setShortcut(QKeySequence.StandardKey.ZoomIn)
        bigger.triggered.connect(lambda: self.step_text_size(1))
        smaller = QAction(self.tr("&Smaller text"), self)
        smaller.setShortcut(QKeySequence.StandardKey.ZoomOut)
        smaller.triggered.connect(lambda: self.step_text_size(-1))
        self.contrast_action = QAction(self.tr("&High contrast"), self, checkable=True)
        self.contrast_action.setShortcut(QKeySequence(self.tr("Ctrl+Shift+H")))
        self.contrast_action.triggered.connect(self.set_high_contrast)
        for action in (bigger, smaller, self.contrast_action):
            view_menu.addAction(action)
        self.size_actions[self.look.text_size].setChecked(True)
        self.contrast_action.setChecked(self.look.high_contrast)

    def saved_look(self, store: PlanStore | None = None) -> Look:
        store = store or self.store
        return look_from(store.setting(TEXT_SIZE), store.setting(HIGH_CONTRAST))

    def apply_look(self, look: Look) -> None:
        self.look = look
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, look)
            refresh_icons(self)
        self.size_actions[look.text_size].setChecked(True)
        self.contrast_action.setChecked(look.high_contrast)
        self._fit_left_column()
        # The rows have their new height once the new look is laid out.
        QTimer.singleShot(0, self._share_left_column)

    def _left_handle_moved(self, *_args: object) -> None:
        self._left_moved = True

    def _share_left_column(self) -> None:
        """Plans above, pages below: the list of pages gets room for every page when the
        column has it after four plans, and the plans the rest; in a short column (large
        text) the plans keep room for four and the pages scroll in what is left. Once the
        person moves the handle between them, theirs stands."""
        sizes = self.left_splitter.sizes()
        total = sum(sizes)
        if self._left_moved or total <= 0:
            return
        pages = self._pages_column
        least_plans = self.people.minimumSizeHint().height()
        share = min(pages.sizeHint().height(), total - least_plans)
        share = max(share, pages.minimumSizeHint().height())
        if abs(sizes[1] - share) > 1:
            self.left_splitter.setSizes([total - share, share])

    def _fit_left_column(self, *, force: bool = True) -> None:
        """The column of plans as wide as a plan's review date and the two buttons under
        the list, in the text size now: at large text its rows then take two lines, not
        three, so four plans and the list of pages both fit a laptop screen. Never more
        than a third of the window."""
        # A review date with the list's frame and margins (a bold "Review soon" may still
        # take a third line); the two buttons side by side with the panel's margins.
        dates = self.people.fontMetrics().horizontalAdvance(self.tr("Next review 20 Mar 2027"))
        wide = max(dates + 60, self.people.add_button.sizeHint().width()
                   + self.people.rename_button.sizeHint().width() + 40)
        left = min(max(280, wide), max(280, self.width() * 32 // 100))
        if force or self.splitter.sizes()[0] < left:
            self.splitter.setSizes([left, max(self.width() - left, 400)])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # A window made wider (or first shown) gives the column what the text needs.
        self._fit_left_column(force=False)
        # The column's new height is known once the window is laid out.
        QTimer.singleShot(0, self._share_left_column)

    def set_text_size(self, percent: int) -> None:
        self.store.set_setting(TEXT_SIZE, str(percent))
        self.context.edited.emit()
        self.apply_look(Look(percent, self.look.high_contrast))

    def step_text_size(self, step: int) -> None:
        index = TEXT_SIZES.index(self.look.text_size) + step
        self.set_text_size(TEXT_SIZES[max(0, min(index, len(TEXT_SIZES) - 1))])

    def set_high_contrast(self, on: bool) -> None:
        self.store.set_setting(HIGH_CONTRAST, "yes" if on else "no")
        self.context.edited.emit()
        self.apply_look(Look(self.look.text_size, on))

    def _person_selected(self, person_id: int) -> None:
        self.context.select(None if person_id < 0 else person_id)
        has_plan = self.context.version is not None
        self.tabs.setEnabled(has_plan)
        self.page_list.setEnabled(has_plan)
        self.export_action.setEnabled(has_plan and self._pdf_writer is not None)
        self.print_action.setEnabled(has_plan)
        for action in (*self.plan_file_actions, self.erase_action, self.review_pdf_action):
            action.setEnabled(has_plan)
        self.bank_action.setEnabled(has_plan and self.context.editable)
        self.rename_action.setEnabled(has_plan and self.context.held is None)
        self.people.rename_button.setEnabled(has_plan and self.context.held is None)
        self.take_out_action.setEnabled(has_plan and self.context.held is None
                                        and self.context.out_with_me is None)
        for action in (self.advocates_action, self.record_action):
            action.setEnabled(has_plan and self.is_lead)
        self._show_held()
        name = self.context.person.name if self.context.person else ""
        self.setWindowTitle(self.tr("{0} – Budget Planner").format(name) if name
                            else self.tr("Budget Planner"))

    def _show_held(self) -> None:
        from budgetplanner.formatting import long_date

        held = self.context.held
        mine = self.context.out_with_me
        if held is None and mine is not None:
            self.held_notice.setText(self.tr(
                "I took this plan out on {0}: bring it back with File → Bring a plan back. "
                "If I change it here meanwhile, my copy cannot be brought back.").format(
                    long_date(mine.taken_at.astimezone().date())))
            self.held_notice.show()
            return
        if held is None:
            self.held_notice.hide()
            return
        self.held_notice.setText(self.tr(
            "{0} took this plan out on {1}, so I can read it here but not change it until "
            "it is brought back.").format(held.taken_by,
                                          long_date(held.taken_at.astimezone().date())))
        self.held_notice.show()

    def ask_passphrase(self, title: str, intro: str, *, choose: bool) -> str | None:
        """A passphrase typed in the passphrase dialog (twice when `choose`), or None."""
        from ui.passphrase_dialog import PassphraseDialog

        dialog = PassphraseDialog(title, intro, choose=choose, parent=self)
        if dialog.exec() != PassphraseDialog.DialogCode.Accepted:
            return None
        return dialog.passphrase()

    def ask_take_out(self) -> None:
        """Take this plan with me: a locked copy on this computer, out with me on the server."""
        from budgetplanner.storage import taking_out

        person = self.context.person
        if person is None:
            return
        title = self.tr("Take this plan with me")
        suggested = str(Path.home() / f"{person.name} - home visit.sqlite3")
        path, _ = QFileDialog.getSaveFileName(self, title, suggested,
                                              self.tr("Plans files (*.sqlite3)"))
        if not path:
            return
        passphrase = self.ask_passphrase(title, self.tr(
            "The copy on this computer is locked with a passphrase. Choose one, at least 8 "
            "letters, numbers or spaces, and write it down somewhere safe: without it the "
            "copy cannot be opened or brought back."), choose=True)
        if passphrase is None:
            return
        self.context.autosaver.flush()
        try:
            self.context.out_with_me = taking_out.take_out(self.store, person.id, Path(path),
                                                           passphrase)
        except taking_out.TakeOutError as refused:
            QMessageBox.warning(self, title, str(refused))
            return
        self.take_out_action.setEnabled(False)
        self._show_held()
        tell(self, self.tr("{0}'s plan is in {1}. No one else can change it on the server "
                           "until I bring it back.").format(person.name, path),
             folder=Path(path))

    def ask_bring_back(self) -> None:
        """Bring a plan back: show what changed in the copy, then save it on the server."""
        from budgetplanner.storage import taking_out

        title = self.tr("Bring a plan back")
        path, _ = QFileDialog.getOpenFileName(
            self, title, str(Path.home()), self.tr("Plans files (*.sqlite3);;All files (*)"))
        if not path:
            return
        passphrase = self.ask_passphrase(title, self.tr(
            "Type the passphrase the copy was locked with."), choose=False)
        if passphrase is None:
            return
        try:
            home = taking_out.look_at(Path(path), passphrase)
            if not self.confirm_bring_back(home):
                return
            self.context.autosaver.flush()
            taking_out.bring_back(self.store, Path(path), passphrase, home)
        except taking_out.BringBackClashError as clash:
            box = QMessageBox(QMessageBox.Icon.Warning, title, str(clash), parent=self)
            box.setInformativeText(self._changes_text([
                (self.tr("Changed on the server meanwhile:"), clash.theirs),
                (self.tr("Changed in my copy:"), clash.mine)]))
            box.exec()
            return
        except taking_out.TakeOutError as refused:
            QMessageBox.warning(self, title, str(refused))
            return
        self.people.refresh(select=home.person_id)
        tell(self, self.tr("Brought back {0}'s plan: it is saved on the server, and the copy "
                           "on this computer is erased.").format(home.name))

    def confirm_bring_back(self, home: taking_out.Homecoming) -> bool:
        from budgetplanner.formatting import long_date

        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Bring a plan back"), self.tr(
            "{0}'s plan, which {1} took out on {2}. Bring these changes back to the server?"
            ).format(home.name, home.taken_by, long_date(home.taken_at.astimezone().date())),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        bring = box.button(QMessageBox.StandardButton.Yes)
        if bring is not None:
            bring.setText(self.tr("Bring it back"))
        box.setInformativeText(self._changes_text([(self.tr("What changed:"), home.changes)]))
        return box.exec() == QMessageBox.StandardButton.Yes

    def _changes_text(self, parts: list[tuple[str, Differences]]) -> str:
        from budgetplanner.storage import taking_out

        lines = []
        for title, changes in parts:
            said = taking_out.describe_changes(changes)
            lines.append(title)
            lines.extend(f"• {line}" for line in said[:20])
            if len(said) > 20:
                lines.append(self.tr("…and {0} more").format(len(said) - 20))
            if not said:
                lines.append(self.tr("Nothing."))
        return "\n".join(lines)

    def _start_writing(self, _person_id: int) -> None:
        # A new plan starts with the person: the cursor waits in "The name I like to be called".
        self.tabs.setCurrentWidget(self.about_page)
        self.about_page.editor("preferred_name").setFocus()

    def ask_import(self) -> None:
        person_id = self.safekeeping.ask_import()
        if person_id is not None:
            self.people.refresh(select=person_id)
            name = self.context.person.name if self.context.person else ""
            self.statusBar().showMessage(
                self.tr("Imported the plan file: {0}'s plan is chosen in the list.").format(name),
                10_000)

    def backup_now(self) -> None:
        path = self.safekeeping.backup_now()
        if path is not None:
            self.statusBar().showMessage(self.tr("Backup made: {0}").format(path.name), 5000)

    def ask_restore(self) -> None:
        if self.safekeeping.ask_restore():
            self.context.select(None)
            self.people.refresh()
            self.statusBar().showMessage(self.tr("Restored. The plans before restoring are "
                                                 "kept as a backup."), 8000)

    def ask_erase(self) -> None:
        if self.safekeeping.ask_erase():
            self.people.refresh()

    def load_demo(self) -> None:
        from budgetplanner.demo import load_demo

        self.context.autosaver.flush()
        people = load_demo(self.store)
        self.people.refresh(select=people[0].id if people else None)
        self.statusBar().showMessage(self.tr("The example plans of Sita, Jenny and Sam are "
                                             "in the list."), 5000)

    def export_pdf(self, path: Path) -> None:
        if self.context.version is None or self._pdf_writer is None:
            return
        self.context.autosaver.flush()
        self._pdf_writer(self.context.version, path)
        if self.context.person is not None:
            from budgetplanner.storage import audit

            audit.record(self.store, "exported", self.context.person.id)
        tell(self, self.tr("Saved the plan as {0}").format(path), folder=path)

    def ask_export_pdf(self) -> None:
        if self.context.person is None:
            return
        suggested = start_in(self.store, "pdf", f"{self.context.person.name} - my plan.pdf")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export as PDF"), suggested,
                                              self.tr("PDF files (*.pdf)"))
        if path:
            remember(self.store, "pdf", path)
            try:
                self.export_pdf(Path(path))
            except OSError as exc:
                QMessageBox.warning(self, self.tr("Export as PDF"),
                                    self.tr("The PDF could not be written: {0}").format(exc))

    def show_preview(self) -> None:
        from budgetplanner.export.pdf import write_plan_pdf
        from ui.preview import PlanPreview

        if self.context.version is None:
            return
        self.context.autosaver.flush()
        PlanPreview(self.context.version, write_plan_pdf, self).exec()

    def show_check_plan(self) -> None:
        from ui.check_plan_dialog import CheckPlanDialog

        if self.context.version is not None:
            self.context.autosaver.flush()
            CheckPlanDialog(self.context, self).exec()

    def show_rate_tables(self) -> None:
        from ui.rate_tables_dialog import RateTablesDialog

        RateTablesDialog(self.context, self).exec()
        options = self._slots["options_page"].page  # a page not made yet reads them when made
        if options is not None:
            cast("OptionsPage", options).reload()

    def show_shortcuts(self) -> None:
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), self.tr(
            "<p><b>Ctrl++</b> / <b>Ctrl+-</b> bigger or smaller text · <b>Ctrl+Shift+H</b> "
            "high contrast</p>"
            "<p><b>Ctrl+P</b> see and print my plan</p>"
            "<p><b>Ctrl+N</b> new plan · <b>Ctrl+R</b> rename · <b>Ctrl+F</b> find a plan · "
            "<b>Ctrl+E</b> export as PDF · <b>Ctrl+Q</b> quit</p>"
            "<p><b>Ctrl+Shift+K</b> check my plan's words</p>"
            "<p><b>Ctrl+Shift+O</b> add an option · <b>Ctrl+Shift+L</b> add a cost line</p>"
            "<p><b>Ctrl+1</b> to <b>Ctrl+0</b> (or <b>Alt+1</b> to <b>Alt+0</b>) go to a page; "
            "on Money and Review, <b>Ctrl+Tab</b> goes to the next page of its own; "
            "<b>Tab</b> moves between boxes; "
            "in a table, press <b>F2</b> or start typing to change a cell, <b>Enter</b> to "
            "keep it.</p>"))

    def _saved(self) -> None:
        if self.store.conflicts:
            self._say_clash()
        else:
            self.save_problem.hide()
        self.statusBar().showMessage(self.tr("All changes saved"), 3000)

    # Where the plans are ---------------------------------------------------------------------

    @property
    def on_server(self) -> bool:
        return self.store.shared

    def ask_connect(self, why: str = "") -> None:
        """File → Connect to my organisation's plans: the dialog opens without blocking; once
        signed in, the window switches to the organisation's plans. `why`: a sentence said
        in the dialog (at a start, that these were the plans I used last time)."""
        from budgetplanner.storage.server import ServerAddress, remembered_address
        from ui.connect_dialog import ConnectDialog

        address = (ServerAddress.from_url(self.store.engine.url) if self.on_server
                   else remembered_address(self.store))
        dialog = ConnectDialog(address, parent=self)
        dialog.opened.connect(self._connected)
        if why:
            dialog.say(why)
        self.connect_dialog = dialog
        dialog.open()

    def offer_organisations_plans(self) -> bool:
        """At a start with the plans on this computer: if I was using my organisation's plans
        when I last left them, the Connect dialog offers them again, waiting for my password
        (Cancel stays here). True when it was offered."""
        from budgetplanner.storage.server import remembered_address

        if (self.on_server or self.store.setting(SERVER_AT_START) != "yes"
                or remembered_address(self.store) is None):
            return False
        self.ask_connect(self.tr(
            "Last time I used my organisation's plans. Type my password to open them again, "
            "or Cancel to use the plans on this computer."))
        return True

    def _connected(self, store: PlanStore, address: ServerAddress) -> None:
        if not self.on_server:  # kept on this computer, for next time (never the password)
            from budgetplanner.storage.server import remember_address

            remember_address(self.store, address)
            if self.store.setting(SERVER_AT_START) != "yes":
                self.store.set_setting(SERVER_AT_START, "yes")
            self.context.autosaver.flush()
        self.plansChosen.emit(store)

    def ask_local_plans(self) -> None:
        """File → Use the plans on this computer."""
        self.localPlansAsked.emit()

    def let_go(self) -> bool:
        """Save what waits, so these plans can be closed and others shown; False (and the
        window stays as it is) when a change would be lost: a clash not chosen yet, or
        changes the plans would not take."""
        if self.store.conflicts:
            self.show_clashes()
            self.statusBar().showMessage(self.tr(
                "Please choose between my changes and someone else's first."), 8000)
            return False
        if not self.context.autosaver.flush() and not self.ask_close_unsaved(
                self.context.autosaver.problem):
            return False
        self._let_go = True
        # Let go of the plan's objects, so nothing repaints them after the store has closed.
        self.context.select(None)
        return True

    # Clashes with someone else's saves ------------------------------------------------------

    def _say_clash(self) -> None:
        self.save_problem.setText(self.tr(
            "⚠ Someone else changed a part of this plan that I was changing. Both versions "
            "are kept until I choose (File → Choose between my changes and someone "
            "else's)."))
        self.save_problem.show()

    def show_clashes(self) -> None:
        """Show both versions of what clashed, and let me choose (without blocking)."""
        from ui.clash_dialog import ClashDialog

        self.clash_action.setEnabled(bool(self.store.conflicts))
        if not self.store.conflicts:
            return
        self._say_clash()
        # The pages show what is saved now (theirs) until I choose.
        self.context.planChanged.emit()
        if self.clash_dialog is not None and self.clash_dialog.isVisible():
            self.clash_dialog.close()
        dialog = ClashDialog(self.store, self)
        dialog.settled.connect(self._clash_settled)
        self.clash_dialog = dialog
        dialog.open()

    def _clash_settled(self) -> None:
        self.clash_action.setEnabled(bool(self.store.conflicts))
        self.context.moneyChanged.emit()  # saves soon, and the money is worked out again
        if self.context.autosaver.flush() and not self.store.conflicts:
            self.save_problem.hide()
        self.context.planChanged.emit()

    def _save_failed(self, problem: str) -> None:
        self.save_problem.setText(self.tr("⚠ My last changes are not saved yet. {0}").format(
            problem))
        self.save_problem.show()
        self.statusBar().showMessage(problem)

    def ask_close_unsaved(self, problem: str) -> bool:
        """Whether to close although the last changes could not be saved (False: stay)."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("My changes are not saved"),
                          self.tr("My last changes could not be saved: {0}").format(problem),
                          parent=self)
        box.setInformativeText(self.tr("If the window closes now, they are lost. Keep it open, "
                                       "free some space or fix the problem, and they will be "
                                       "saved; or save my plan to another place first."))
        stay = box.addButton(self.tr("Keep the window open"), QMessageBox.ButtonRole.RejectRole)
        elsewhere = (box.addButton(self.tr("Save my plan to another place…"),
                                   QMessageBox.ButtonRole.ActionRole)
                     if self.context.person is not None else None)
        box.addButton(self.tr("Close and lose them"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(stay)
        box.exec()
        if elsewhere is not None and box.clickedButton() is elsewhere:
            return self.save_plan_elsewhere()
        return box.clickedButton() is not stay

    def save_plan_elsewhere(self) -> bool:
        """Write the plan on screen, with the changes the plans file would not take, as a plan
        file in a place the person chooses (a USB stick, another disk); True when written."""
        from ui.safekeeping import export_plan_file

        if self.context.person is None:
            return False
        suggested = start_in(self.store, "plan_file",
                             f"{self.context.person.name} - my plan.bpplan.json")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save my plan to another place"),
                                              suggested, self.tr("Plan files (*.bpplan.json)"))
        if not path:
            return False
        try:
            export_plan_file(self.context, Path(path))
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Save my plan to another place"),
                                self.tr("It could not be written there either ({0}). Please "
                                        "choose another place.").format(exc.strerror or exc))
            return False
        return True

    def save_before_quitting(self) -> None:
        """The application is quitting or the desktop session ends: save what waits."""
        if self.is_open:
            self.context.autosaver.flush()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.is_open:  # closed before the plans file was open: nothing to save
            super().closeEvent(event)
            return
        if not self._let_go and not self.let_go():
            event.ignore()
            return
        super().closeEvent(event)


def look_from(text_size: str, high_contrast: str) -> Look:
    """The look the stored text size and high contrast settings ask for."""
    try:
        size = int(text_size)
    except ValueError:
        size = 100
    return Look(text_size=size if size in TEXT_SIZES else 100, high_contrast=high_contrast == "yes")
