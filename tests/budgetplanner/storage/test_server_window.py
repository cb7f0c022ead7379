"""The window on the organisation's server: my password is asked for (and asked again when
the server refuses it), the window shows only the plans I may see, says where they are, and
an edit typed in it is saved as me."""

from __future__ import annotations

import pytest
from pg_cluster import MEMBER_PASSWORD, PgDatabase
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from budgetplanner.storage.store import PlanStore
from ui.app import open_server_or_explain, where_the_plans_are
from ui.main_window import MainWindow


def test_the_window_opens_my_people_only_after_asking_my_password(
        qtbot: QtBot, two_advocates: PgDatabase, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    answers = iter(["not-my-password", MEMBER_PASSWORD])

    def answer(_parent: object, _title: str, prompt: str, _mode: object) -> tuple[str, bool]:
        asked.append(prompt)
        return next(answers), True

    monkeypatch.setattr("ui.app.QInputDialog.getText", answer)
    store = open_server_or_explain(two_advocates.url("advocate_a", None))
    assert store is not None
    assert len(asked) == 2 and "did not accept" in asked[1]
    try:
        assert where_the_plans_are(store) == f"Plans at {two_advocates.name} on this computer"
        window = MainWindow(store)
        qtbot.addWidget(window)
        window.show()
        model = window.people.model
        shown = [model.index(row, 0).data().splitlines()[0] for row in range(model.rowCount())]
        assert shown == ["Person of advocate_a"]
        window.people.add_plan("Asha Begum")
        store.save()
    finally:
        store.close()
    lead = two_advocates.sign_in("test_lead")
    try:
        with lead.engine.connect() as connection:
            done = connection.execute(text(
                "SELECT a.signed_in_as, a.action FROM audit_log a "
                "JOIN people p ON p.id = a.person_id "
                "WHERE p.name = 'Asha Begum' AND a.table_name = 'people'")).all()
        assert ("advocate_a", "insert") in {tuple(row) for row in done}
        assert {row.signed_in_as for row in done} == {"advocate_a"}
    finally:
        lead.close()


def test_a_plans_file_says_it_is_on_this_computer(store: PlanStore) -> None:
    assert where_the_plans_are(store) == "Plans on this computer"


def test_cancelling_the_password_opens_nothing(
        two_advocates: PgDatabase, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("ui.app.QInputDialog.getText", lambda *_args: ("", False))
    assert open_server_or_explain(two_advocates.url("advocate_a", None)) is None
