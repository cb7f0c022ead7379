"""A real PostgreSQL server for the storage tests, and a plan store on each database.

The cluster is made once per test run in a temporary folder (Debian's postgresql-15
binaries, a Unix socket in that folder, a random port, no TCP), and stopped and removed at
the end. PostgreSQL refuses to run as root, so when the tests run as root the server runs
as the `postgres` system user (made by Debian's package) with the folder given to it.

Roles, as an organisation would set them up (README, "For the organisation's administrator"):
- `postgres`, the cluster's superuser, used only here to make roles and databases;
- `planner_owner`, which owns the database and its tables and runs the migrations
  (it may create roles: migration 0005 makes the group roles);
- the program connects as an advocate or a lead, never as either of those.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import URL

from budgetplanner.storage.migrations import upgrade
from budgetplanner.storage.server import open_server
from budgetplanner.storage.store import PlanStore

PG_BIN_CANDIDATES = (Path("/usr/lib/postgresql/15/bin"),)
OWNER = "planner_owner"
OWNER_PASSWORD = "owner-secret"
START_TIMEOUT_S = 30


def pg_bin() -> Path:
    for folder in PG_BIN_CANDIDATES:
        if (folder / "initdb").exists():
            return folder
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    raise RuntimeError("PostgreSQL 15 is not installed: run `apt-get install -y postgresql-15` "
                       "(.ci/run does this).")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Cluster:
    """A running PostgreSQL cluster in a temporary folder."""

    folder: Path
    port: int
    run_as: str | None  # the system user the server runs as, when the tests run as root

    @property
    def data(self) -> Path:
        return self.folder / "data"

    def _command(self, *args: str) -> list[str]:
        if self.run_as is None:
            return list(args)
        return ["runuser", "-u", self.run_as, "--", *args]

    def _run(self, *args: str) -> None:
        done = subprocess.run(self._command(*args), capture_output=True, text=True,
                              timeout=START_TIMEOUT_S + 5)
        if done.returncode:
            raise RuntimeError(f"{Path(args[0]).name} failed: {done.stdout}{done.stderr}")

    def start(self) -> None:
        binaries = pg_bin()
        self._run(str(binaries / "initdb"), "-D", str(self.data), "-U", "postgres", "-A",
                  "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")
        # The superuser may come in over the socket without a password (only this test run
        # can reach the folder); everyone else signs in with a password.
        (self.data / "pg_hba.conf").write_text(
            "local all postgres trust\n"
            "local all all scram-sha-256\n")
        options = (f"-k {self.folder} -p {self.port} -c listen_addresses='' -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off -c max_connections=60 "
                   "-c password_encryption=scram-sha-256")
        self._run(str(binaries / "pg_ctl"), "-D", str(self.data), "-o", options, "-l",
                  str(self.folder / "server.log"), "-w", "-t", str(START_TIMEOUT_S), "start")

    def stop(self) -> None:
        with contextlib.suppress(subprocess.SubprocessError, OSError):
            subprocess.run(self._command(str(pg_bin() / "pg_ctl"), "-D", str(self.data), "-m",
                                         "immediate", "-w", "-t", "20", "stop"),
                           capture_output=True, timeout=30)
        shutil.rmtree(self.folder, ignore_errors=True)

    def url(self, database: str, user: str = "postgres", password: str | None = None) -> URL:
        return URL.create("postgresql+psycopg", username=user, password=password,
                          database=database, query={"host": str(self.folder),
                                                    "port": str(self.port)})

    def engine(self, database: str, user: str = "postgres", password: str | None = None,
               ) -> Engine:
        return create_engine(self.url(database, user, password), poolclass=_null_pool())

    def superuser(self, database: str = "postgres") -> Engine:
        engine = self.engine(database)
        return engine.execution_options(isolation_level="AUTOCOMMIT")  # type: ignore[return-value]


def _null_pool() -> type:
    from sqlalchemy.pool import NullPool

    return NullPool


def start_cluster() -> Cluster:
    run_as = None
    parent = None
    if os.geteuid() == 0:
        run_as = "postgres"
        user = pwd.getpwnam(run_as)
        # In the server user's own home, which it can always reach (not /tmp, whose mode
        # another program on a shared machine may have narrowed).
        parent = user.pw_dir if Path(user.pw_dir).is_dir() else None
    folder = Path(tempfile.mkdtemp(prefix="budgetplanner-pg-", dir=parent))
    if run_as is not None:
        os.chown(folder, user.pw_uid, user.pw_gid)
    folder.chmod(0o700)
    cluster = Cluster(folder, free_port(), run_as)
    try:
        cluster.start()
    except BaseException:
        cluster.stop()
        raise
    return cluster


MEMBER_PASSWORD = "a-long-test-password"


def ensure_member(cluster: Cluster, name: str, group: str) -> None:
    """A login role in one of the groups migration 0005 makes (roles belong to the cluster,
    so each is made once per test run)."""
    with cluster.superuser().connect() as connection:
        exists = connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :name"),
                                    {"name": name}).first()
        if not exists:
            connection.execute(text(f"CREATE ROLE {name} LOGIN PASSWORD '{MEMBER_PASSWORD}' "
                                    f"IN ROLE {group}"))


@dataclass
class PgDatabase:
    """A database of its own for one test, owned by the tables' owner."""

    cluster: Cluster
    name: str

    def url(self, user: str = OWNER, password: str | None = OWNER_PASSWORD) -> str:
        return self.cluster.url(self.name, user, password).render_as_string(hide_password=False)

    def owner_engine(self) -> Engine:
        return self.cluster.engine(self.name, OWNER, OWNER_PASSWORD)

    def migrate(self) -> None:
        """Bring the tables up to date as their owner, as the administrator would."""
        engine = self.owner_engine()
        try:
            upgrade(engine)
        finally:
            engine.dispose()

    def sign_in(self, name: str, group: str = "planner_lead") -> PlanStore:
        """Open the plans as a member of `group` (the program never signs in as the owner)."""
        ensure_member(self.cluster, name, group)
        return open_server(self.url(name, MEMBER_PASSWORD))


@dataclass
class Backend:
    """Where a test's plans live: a SQLite file, or a PostgreSQL database."""

    kind: str  # "sqlite" or "postgresql"
    db_path: Path
    pg: PgDatabase | None

    def open(self) -> PlanStore:
        """Open the plan store here (again); on PostgreSQL migrated by the owner and opened
        as a team lead, who sees every person."""
        if self.pg is None:
            return PlanStore.open(self.db_path)
        self.pg.migrate()
        return self.pg.sign_in("test_lead")
