"""File → Connect to my organisation's plans, against a real PostgreSQL server: the dialog is
typed into and its Connect button pressed (never a blocking exec); the window switches to the
server's plans and says where they are, File → Use the plans on this computer goes back, the
address is remembered on this computer without the password, and a refusal is one sentence
in the dialog."""

from __future__ import annotations

import socket
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pg_cluster import MEMBER_PASSWORD, PgDatabase
from pytestqt.qtbot import QtBot

from budgetplanner.storage.server import ServerAddress, remember_address, remembered_address
from budgetplanner.storage.settings import SERVER_AT_START
from budgetplanner.storage.store import PlanStore
from ui.app import PlansOnScreen
from ui.connect_dialog import ConnectDialog
from ui.main_window import MainWindow


@pytest.fixture
def on_screen(db_path: Path, qtbot: QtBot) -> Iterator[PlansOnScreen]:
    local = PlanStore.open(db_path)
    local.add_person("Sita Patel")
    local.save()
    plans = PlansOnScreen(db_path, pdf_writer=None)
    qtbot.addWidget(plans.show(local))
    yield plans
    if plans.window is not None:
        plans.window.close()
    plans.close()


def _names(window: MainWindow) -> list[str]:
    model = window.people.model
    return [model.index(row, 0).data().splitlines()[0] for row in range(model.rowCount())]


def _open_dialog(window: MainWindow) -> ConnectDialog:
    window.connect_action.trigger()
    dialog = window.connect_dialog
    assert isinstance(dialog, ConnectDialog) and dialog.isVisible()
    return dialog


def _type_address(qtbot: QtBot, dialog: ConnectDialog, pg: PgDatabase, name: str) -> None:
    for edit, text in ((dialog.server_edit, str(pg.cluster.folder)),
                       (dialog.database_edit, pg.name), (dialog.name_edit, name)):
        edit.clear()
        qtbot.keyClicks(edit, text)
    assert not dialog.port_edit.isVisible()  # under "More" until asked for
    dialog.more_button.click()
    assert dialog.port_edit.isVisible() and dialog.certificate_edit.isVisible()
    dialog.port_edit.clear()
    qtbot.keyClicks(dialog.port_edit, str(pg.cluster.port))


def test_connecting_switches_the_window_to_my_organisations_plans_and_back(
        qtbot: QtBot, two_advocates: PgDatabase, on_screen: PlansOnScreen, db_path: Path) -> None:
    first = on_screen.window
    assert first is not None
    assert first.where_label.text() == "Plans on this computer"
    assert not first.local_action.isVisible()
    assert _names(first) == ["Sita Patel"]

    dialog = _open_dialog(first)
    _type_address(qtbot, dialog, two_advocates, "advocate_a")
    qtbot.keyClicks(dialog.password_edit, MEMBER_PASSWORD)
    dialog.connect_button.click()

    window = on_screen.window
    assert window is not None and window is not first and window.isVisible()
    assert not dialog.isVisible() and dialog.password_edit.text() == ""
    assert window.where_label.text() == f"Plans at {two_advocates.name} on this computer"
    assert _names(window) == ["Person of advocate_a"]  # only my people, from the server
    assert window.store.engine.dialect.name == "postgresql"
    assert window.local_action.isVisible()

    # The address is kept on this computer for next time; the password never is.
    written = b"".join(path.read_bytes() for path in db_path.parent.glob(db_path.name + "*"))
    assert MEMBER_PASSWORD.encode() not in written

    # While I use them, the next start offers them again.
    with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True) as peek:
        assert peek.execute("SELECT value FROM settings WHERE key = ?",
                            (SERVER_AT_START.key,)).fetchone() == ("yes",)
    peek.close()

    window.local_action.trigger()
    back = on_screen.window
    assert back is not None and back is not window
    assert back.where_label.text() == "Plans on this computer"
    assert _names(back) == ["Sita Patel"]
    db = two_advocates
    assert remembered_address(back.store) == ServerAddress(
        str(db.cluster.folder), db.name, "advocate_a", db.cluster.port, "")

    assert back.store.setting(SERVER_AT_START) == ""  # back here: the next start stays here
    assert not back.offer_organisations_plans()

    # Next time the dialog starts from what was remembered, and waits for the password.
    again = _open_dialog(back)
    assert (again.server_edit.text(), again.database_edit.text(), again.name_edit.text(),
            again.port_edit.text()) == (str(db.cluster.folder), db.name, "advocate_a",
                                        str(db.cluster.port))
    assert again.password_edit.text() == ""
    again.reject()


def test_a_wrong_password_is_one_sentence_in_the_dialog_and_the_plans_stay(
        qtbot: QtBot, two_advocates: PgDatabase, on_screen: PlansOnScreen) -> None:
    first = on_screen.window
    assert first is not None
    dialog = _open_dialog(first)
    _type_address(qtbot, dialog, two_advocates, "advocate_a")
    qtbot.keyClicks(dialog.password_edit, "not-my-password")
    dialog.connect_button.click()
    assert dialog.isVisible()
    assert dialog.message.text() == "The server did not accept that name and password."
    assert dialog.password_edit.text() == ""
    assert on_screen.window is first and _names(first) == ["Sita Patel"]

    dialog.connect_button.click()  # nothing typed this time
    assert dialog.message.text() == "Please type my password."


def test_no_server_there_is_one_sentence(
        qtbot: QtBot, on_screen: PlansOnScreen, tmp_path: Path) -> None:
    first = on_screen.window
    assert first is not None
    dialog = _open_dialog(first)
    for edit, text in ((dialog.server_edit, str(tmp_path)), (dialog.database_edit, "plans"),
                       (dialog.name_edit, "advocate_a"), (dialog.password_edit, "secret")):
        qtbot.keyClicks(edit, text)
    dialog.connect_button.click()
    assert dialog.isVisible()
    assert dialog.message.text() == ("Budget Planner could not reach the organisation's plans "
                                     "server.")
    assert on_screen.window is first


@pytest.fixture
def server_without_tls() -> Iterator[tuple[str, int]]:
    """A server elsewhere (127.0.0.2: not one of this computer's usual names) that answers
    PostgreSQL's request for TLS with "no", as a server without a certificate would."""
    listener = socket.socket()
    listener.bind(("127.0.0.2", 0))
    listener.listen(4)
    listener.settimeout(0.1)
    done = threading.Event()

    def answer() -> None:
        while not done.is_set():
            try:
                connection, _address = listener.accept()
            except TimeoutError:
                continue
            with connection:
                connection.recv(8)  # the TLS request
                connection.sendall(b"N")

    thread = threading.Thread(target=answer, daemon=True)
    thread.start()
    yield "127.0.0.2", int(listener.getsockname()[1])
    done.set()
    thread.join(timeout=5)
    listener.close()


def test_a_server_whose_certificate_cannot_be_checked_is_refused_in_one_sentence(
        qtbot: QtBot, on_screen: PlansOnScreen, server_without_tls: tuple[str, int]) -> None:
    host, port = server_without_tls
    first = on_screen.window
    assert first is not None
    dialog = _open_dialog(first)
    for edit, text in ((dialog.server_edit, host), (dialog.database_edit, "plans"),
                       (dialog.name_edit, "advocate_a"), (dialog.password_edit, "secret")):
        qtbot.keyClicks(edit, text)
    dialog.more_button.click()
    qtbot.keyClicks(dialog.port_edit, str(port))
    dialog.connect_button.click()
    assert dialog.isVisible()
    assert dialog.message.text() == (
        "The server's certificate could not be checked, so Budget Planner did not connect. "
        "Please ask the organisation's administrator.")
    assert on_screen.window is first


def test_a_start_offers_my_organisations_plans_if_i_was_using_them(
        qtbot: QtBot, on_screen: PlansOnScreen) -> None:
    """The plans on this computer are shown, and the Connect dialog over them waits for my
    password, saying why; Cancel leaves me with the plans on this computer."""
    window = on_screen.window
    assert window is not None
    assert not window.offer_organisations_plans()  # never connected: nothing offered
    remember_address(window.store, ServerAddress("plans.example.org", "plans", "advocate_a",
                                                 None, ""))
    assert not window.offer_organisations_plans()  # connected once, but went back here
    window.store.set_setting(SERVER_AT_START, "yes")
    assert window.offer_organisations_plans()
    dialog = window.connect_dialog
    assert isinstance(dialog, ConnectDialog) and dialog.isVisible()
    assert dialog.message.text().startswith("Last time I used my organisation's plans.")
    assert (dialog.server_edit.text(), dialog.database_edit.text(),
            dialog.name_edit.text()) == ("plans.example.org", "plans", "advocate_a")
    assert dialog.password_edit.text() == "" and dialog.focusWidget() is dialog.password_edit
    dialog.reject()
    assert on_screen.window is window and _names(window) == ["Sita Patel"]
