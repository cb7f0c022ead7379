"""The organisation's server address: the psycopg driver, TLS with certificate checking for a
server that is not on this computer, and the words the window uses for where the plans are."""

from __future__ import annotations

import pytest

from budgetplanner.storage.server import (
    ServerError,
    describe,
    is_local,
    is_server_address,
    server_url,
)
from budgetplanner.storage.store import PlanStore


def test_a_server_elsewhere_is_reached_over_tls_with_the_certificate_checked() -> None:
    url = server_url("postgresql://asha@plans.example.org/advocacy", "secret")
    assert url.drivername == "postgresql+psycopg"
    assert url.query["sslmode"] == "verify-full"
    assert url.password == "secret"
    assert describe(url) == "at advocacy on plans.example.org"


def test_an_address_that_says_otherwise_is_kept() -> None:
    url = server_url("postgresql+psycopg://asha@plans.example.org/advocacy?sslmode=require")
    assert url.query["sslmode"] == "require"


@pytest.mark.parametrize("address", [
    "postgresql://asha@localhost/plans",
    "postgresql://asha@127.0.0.1:5433/plans",
    "postgresql://asha@/plans?host=/var/run/postgresql",
])
def test_a_server_on_this_computer_needs_no_certificate(address: str) -> None:
    url = server_url(address)
    assert is_local(url)
    assert "sslmode" not in url.query
    assert describe(url) == "at plans on this computer"


def test_only_postgresql_addresses_are_servers() -> None:
    assert is_server_address("postgresql+psycopg://asha@host/plans")
    assert not is_server_address("/home/asha/plans.sqlite3")
    with pytest.raises(ServerError, match="only to PostgreSQL"):
        server_url("mysql://asha@host/plans")
    with pytest.raises(ServerError, match="not an address"):
        server_url("postgresql//nonsense")


def test_the_connect_dialogs_answers_make_an_address_checked_over_tls() -> None:
    from budgetplanner.storage.server import ServerAddress

    address = ServerAddress(" plans.example.org ", "advocacy", "asha", 6432,
                            "/home/asha/organisation-root.crt")
    url = address.url("secret")
    assert (url.host, url.port, url.database, url.username, url.password) == (
        "plans.example.org", 6432, "advocacy", "asha", "secret")
    assert url.query["sslmode"] == "verify-full"
    assert url.query["sslrootcert"] == "/home/asha/organisation-root.crt"
    assert ServerAddress.from_url(url) == ServerAddress(
        "plans.example.org", "advocacy", "asha", 6432, "/home/asha/organisation-root.crt")


def test_a_folder_on_this_computer_is_reached_through_its_socket() -> None:
    from budgetplanner.storage.server import ServerAddress

    url = ServerAddress("/var/run/postgresql", "plans", "asha", 5433).url()
    assert url.host is None and url.query["host"] == "/var/run/postgresql"
    assert url.query["port"] == "5433" and "sslmode" not in url.query
    assert describe(url) == "at plans on this computer"
    assert ServerAddress.from_url(url) == ServerAddress("/var/run/postgresql", "plans", "asha",
                                                        5433)


@pytest.mark.parametrize(("server", "database", "name", "port", "sentence"), [
    ("", "plans", "asha", None, "Please type the name of the organisation's server."),
    ("host", " ", "asha", None, "Please type the name of the database of plans."),
    ("host", "plans", "", None, "Please type my name on the server."),
    ("host", "plans", "asha", 70000, "The port is a number from 1 to 65535 (usually 5432)."),
])
def test_a_missing_answer_is_said_plainly(server: str, database: str, name: str,
                                          port: int | None, sentence: str) -> None:
    from budgetplanner.storage.server import ServerAddress

    with pytest.raises(ServerError) as refused:
        ServerAddress(server, database, name, port).url()
    assert str(refused.value) == sentence


def test_the_address_is_remembered_in_the_plans_file(store: PlanStore) -> None:
    from budgetplanner.storage.server import (
        ServerAddress,
        remember_address,
        remembered_address,
    )

    assert remembered_address(store) is None
    address = ServerAddress("plans.example.org", "advocacy", "asha", None, "")
    remember_address(store, address)
    store.save()
    assert remembered_address(store) == address
