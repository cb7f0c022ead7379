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
