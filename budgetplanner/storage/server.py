"""Plans kept on an organisation's PostgreSQL server, opened as the signed-in advocate.

The same models and migrations as a plans file; each advocate signs in as their own database
role, and the server's row-level security (migration 0005) decides whose plans they see. The
password is asked for at each start and held only in memory (in the engine's URL); it is
never written anywhere. A server that is not on this computer is reached over TLS with the
certificate checked (`sslmode=verify-full`) unless the address says otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from budgetplanner.storage.migrations import HEAD_REVISION, current_revision
from budgetplanner.storage.models import Person
from budgetplanner.storage.places import is_server_address as is_server_address
from budgetplanner.storage.settings import (
    SERVER_CERTIFICATE,
    SERVER_DATABASE,
    SERVER_HOST,
    SERVER_NAME,
    SERVER_PORT,
)
from budgetplanner.storage.store import PlanStore
from budgetplanner.translation import _

LOCAL_HOSTS = frozenset({"", "localhost", "127.0.0.1", "::1"})


class ServerError(Exception):
    """Connecting to the organisation's plans was refused; the message says why, plainly."""


def _host(url: URL) -> str:
    host = url.host or url.query.get("host") or ""
    return host if isinstance(host, str) else host[0]


def is_local(url: URL) -> bool:
    """A server on this computer: reached through a Unix socket folder or a loopback name."""
    host = _host(url)
    return host.startswith("/") or host in LOCAL_HOSTS


def server_url(address: str, password: str | None = None) -> URL:
    """The address as the program connects to it: the psycopg driver, the password (kept in
    memory only), and certificate checking for a server that is not on this computer."""
    try:
        url = make_url(address)
    except ArgumentError as error:
        raise ServerError(_('"{address}" is not an address Budget Planner understands.')
                          .format(address=address)) from error
    if url.get_backend_name() != "postgresql":
        raise ServerError(_("Budget Planner connects only to PostgreSQL servers."))
    url = url.set(drivername="postgresql+psycopg")
    if password is not None:
        url = url.set(password=password)
    if not is_local(url) and "sslmode" not in url.query:
        url = url.update_query_dict({"sslmode": "verify-full"})
    return url


@dataclass(frozen=True)
class ServerAddress:
    """Where the organisation's plans are and who I sign in as, as File → Connect asks it:
    no password (that is asked for each time and held only in memory)."""

    server: str
    database: str
    name: str
    port: int | None = None
    # The organisation's own certificate file that the server's certificate is checked
    # against; empty: the certificates this computer trusts. Checking is never switched off.
    certificate: str = ""

    def url(self, password: str | None = None) -> URL:
        """The address to connect to; ServerError says plainly what is missing or wrong."""
        server, database, name = self.server.strip(), self.database.strip(), self.name.strip()
        if not server:
            raise ServerError(_("Please type the name of the organisation's server."))
        if not database:
            raise ServerError(_("Please type the name of the database of plans."))
        if not name:
            raise ServerError(_("Please type my name on the server."))
        if self.port is not None and not 0 < self.port < 65536:
            raise ServerError(_("The port is a number from 1 to 65535 (usually 5432)."))
        query: dict[str, str] = {}
        host: str | None = server
        port = self.port
        if server.startswith("/"):  # a folder on this computer (a Unix socket)
            query["host"] = server
            if port is not None:
                query["port"] = str(port)
            host, port = None, None
        if self.certificate.strip():
            query["sslrootcert"] = self.certificate.strip()
        url = URL.create("postgresql+psycopg", username=name, password=password, host=host,
                         port=port, database=database, query=query)
        if not is_local(url):
            url = url.update_query_dict({"sslmode": "verify-full"})
        return url

    @classmethod
    def from_url(cls, url: URL) -> ServerAddress:
        """The address a store was opened on, to show again in the Connect dialog."""
        root = url.query.get("sslrootcert") or ""
        port = url.port or url.query.get("port")
        return cls(_host(url), url.database or "", url.username or "",
                   int(port) if isinstance(port, str | int) and str(port).isdigit() else None,
                   root if isinstance(root, str) else root[0])


def remembered_address(store: PlanStore) -> ServerAddress | None:
    """The server I connected to last time, as kept in the plans file on this computer."""
    server = store.setting(SERVER_HOST)
    if not server:
        return None
    port = store.setting(SERVER_PORT)
    return ServerAddress(server, store.setting(SERVER_DATABASE), store.setting(SERVER_NAME),
                         int(port) if port.isdigit() else None, store.setting(SERVER_CERTIFICATE))


def remember_address(store: PlanStore, address: ServerAddress) -> None:
    """Keep the server, database, my name, port and certificate (never the password) in the
    plans file on this computer; saved with its next save, like every other change."""
    for spec, value in ((SERVER_HOST, address.server.strip()),
                        (SERVER_PORT, "" if address.port is None else str(address.port)),
                        (SERVER_DATABASE, address.database.strip()),
                        (SERVER_NAME, address.name.strip()),
                        (SERVER_CERTIFICATE, address.certificate.strip())):
        if store.setting(spec) != value:
            store.set_setting(spec, value)


def describe(url: URL) -> str:
    """Where the plans are, in the words the window uses: "at <database> on <host>"."""
    host = _host(url)
    where = _("this computer") if is_local(url) else host
    return _("at {database} on {server}").format(database=url.database, server=where)


@event.listens_for(Person, "before_insert")
def _number_a_new_person(_mapper: Any, connection: Connection, person: Person) -> None:
    """On the server, a new person's number comes from `planner_new_person_id()`, which also
    assigns them to the advocate adding them, so the advocate may see the person they add.

    Always, even when the person has a number already: after a dropped connection the
    session keeps the number of the insert that was rolled back, and with it the assignment
    that was rolled back too; adding them again under that number would be refused. Their
    versions, numbered to the person in that flush, are numbered to the new one (they are
    written after the person)."""
    if connection.dialect.name == "postgresql":
        person.id = connection.execute(text("SELECT planner_new_person_id()")).scalar_one()
        for version in person.versions:
            version.person_id = person.id


def server_engine(url: URL) -> Engine:
    # pre_ping: a connection the server dropped is noticed and replaced before it is used.
    # prepare_threshold=1: a query run a second time reuses its plan; planning the nested
    # row-level policies costs more than running them (benchmarks/server.py).
    # connect_timeout: a server that does not answer is said in a sentence within seconds.
    return create_engine(url, pool_pre_ping=True, pool_size=2, max_overflow=2,
                         connect_args={"prepare_threshold": 1, "connect_timeout": 10})


def check_signed_in_role(engine: Engine) -> None:
    """Refuse the tables' owner and superusers: the program works only as an advocate or a
    lead, so the row-level security always applies to it."""
    with engine.connect() as connection:
        row = connection.execute(text(
            "SELECT r.rolsuper, r.rolbypassrls, "
            "       pg_has_role(current_user, t.tableowner, 'USAGE') AS owns "
            "FROM pg_roles r, pg_tables t "
            "WHERE r.rolname = current_user AND t.schemaname = current_schema() "
            "  AND t.tablename = 'people'")).one_or_none()
    if row is None:
        raise ServerError(_("This database has no plans in it yet: please ask the organisation's "
                            "administrator to set it up."))
    if row.rolsuper or row.rolbypassrls or row.owns:
        raise ServerError(_("Budget Planner does not sign in as the owner of the plans or as a "
                            "database superuser. Please sign in with my own name."))


def open_server(address: str | URL, password: str | None = None) -> PlanStore:
    """Open the organisation's plans as the signed-in role; raises ServerError if refused."""
    url = address if isinstance(address, URL) else server_url(address, password)
    if password is not None and isinstance(address, URL):
        url = url.set(password=password)
    engine = server_engine(url)
    try:
        try:
            revision = current_revision(engine)
        except DBAPIError as error:
            raise ServerError(connection_problem(error)) from error
        if revision != HEAD_REVISION:
            raise ServerError(_("The organisation's plans database needs setting up or upgrading "
                                "for this version of Budget Planner: please ask its administrator "
                                "to run the upgrade."))
        check_signed_in_role(engine)
    except BaseException:
        engine.dispose()
        raise
    return PlanStore(engine)


def connection_problem(error: DBAPIError) -> str:
    """One plain sentence for why the server could not be reached or refused the sign-in."""
    message = str(error.orig or error).lower()
    if "password authentication failed" in message or "no password supplied" in message:
        return _("The server did not accept that name and password.")
    if "certificate" in message or "ssl" in message:
        return _("The server's certificate could not be checked, so Budget Planner did not "
                 "connect. Please ask the organisation's administrator.")
    if "not permitted to log in" in message:
        return _("That name may no longer sign in to the organisation's plans.")
    if "permission denied" in message:
        return _("That name may not open the organisation's plans.")
    return _("Budget Planner could not reach the organisation's plans server.")
