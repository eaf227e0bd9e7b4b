"""A throwaway PostgreSQL server for the tests and the benchmarks.

``INCUBATOR_TEST_POSTGRESQL`` names a server to use instead (a URL whose login may
create databases). Otherwise, where PostgreSQL's server programs are installed,
a cluster is made in a temporary folder (``initdb``), started on a free port of
127.0.0.1 (``pg_ctl``) and removed afterwards. ``initdb`` refuses to run as root:
run as root (CI), it runs as the ``postgres`` user. The cluster sorts text the
Korean way (ICU ``ko-KR``), as a station's server might, so that a query relying
on the server's collation would show in the tests.
"""

from __future__ import annotations

import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
from psycopg import sql
from sqlalchemy.engine import make_url

GIVEN = "INCUBATOR_TEST_POSTGRESQL"
REQUIRED = "INCUBATOR_TEST_POSTGRESQL_REQUIRED"  # CI: no server is a failure, not a skip
PASSWORD = "stag-test-password"  # the throwaway cluster asks for passwords, as a station's does
PROGRAM_ROOTS = (Path("/usr/lib/postgresql"), Path("C:/Program Files/PostgreSQL"))


def server_programs() -> Path | None:
    """The folder of ``initdb`` and ``pg_ctl``: on PATH, else the newest version where
    Debian or the Windows installer puts them."""
    found = shutil.which("pg_ctl")
    if found and shutil.which("initdb"):
        return Path(found).parent
    for root in PROGRAM_ROOTS:
        folders = [program.parent for program in root.glob("*/bin/pg_ctl*")]
        if folders:
            return max(
                folders, key=lambda bin: int("0" + "".join(filter(str.isdigit, bin.parent.name)))
            )
    return None


class Server:
    """A server where each test gets a database of its own, cloned from a template."""

    def __init__(self, url: str) -> None:
        self.url = make_url(url).set(drivername="postgresql")
        self._names = itertools.count()
        self.prefix = f"stag_test_{os.getpid()}_"
        self.template = ""  # the migrated, seeded database each test copies

    def database_url(self, name: str) -> str:
        return self.url.set(database=name).render_as_string(hide_password=False)

    def _admin(self) -> psycopg.Connection[tuple[object, ...]]:
        return psycopg.connect(self.database_url(self.url.database or "postgres"), autocommit=True)

    def create(self, template: str | None = None) -> str:
        """A new database (empty, or a copy of ``template``); its name."""
        name = f"{self.prefix}{next(self._names)}"
        statement = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
        if template is not None:
            statement += sql.SQL(" TEMPLATE {}").format(sql.Identifier(template))
        with self._admin() as admin:
            admin.execute(statement)
        return name

    def reader(self, url: str) -> str:
        """A login that may read the database at ``url`` and change nothing in it."""
        name = make_url(url).database or ""
        role = f"{name}_reader"
        with self._admin() as admin:
            admin.execute(
                sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
                    sql.Identifier(role), sql.Literal(PASSWORD)
                )
            )
        with psycopg.connect(self.database_url(name), autocommit=True) as owner:
            owner.execute(
                sql.SQL("GRANT SELECT ON ALL TABLES IN SCHEMA public TO {}").format(
                    sql.Identifier(role)
                )
            )
        reader = self.url.set(username=role, password=PASSWORD, database=name)
        return reader.render_as_string(hide_password=False)

    def drop(self, name: str) -> None:
        with self._admin() as admin:
            admin.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )
            admin.execute(
                sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(f"{name}_reader"))
            )


@contextmanager
def postgresql_server() -> Iterator[Server | str]:
    """The given server, else a throwaway one, else why there is none."""
    given = os.environ.get(GIVEN)
    if given:
        yield Server(given)
        return
    programs = server_programs()
    if programs is None:
        yield f"PostgreSQL: no server programs (initdb, pg_ctl) and no {GIVEN} URL"
        return
    unusable = _unusable(programs)
    if unusable:
        yield f"PostgreSQL: {unusable}; or give a server in {GIVEN}"
        return
    with throwaway_cluster(programs) as url:
        yield Server(url)


def _unusable(programs: Path) -> str | None:
    """Why these programs cannot make the throwaway cluster here, if they cannot."""
    done = subprocess.run(
        [str(programs / "initdb"), "--version"], capture_output=True, text=True, check=False
    )
    major = int("".join(itertools.takewhile(str.isdigit, done.stdout.split()[-1])) or 0)
    if major < 15:  # ICU sorting chosen at initdb
        return f"initdb {major} is older than 15"
    if _as_root():
        import pwd  # POSIX only, as is running as root

        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return "run as root, but there is no 'postgres' user to run initdb as"
        if shutil.which("runuser") is None:
            return "run as root, but there is no runuser"
    return None


def _as_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


@contextmanager
def throwaway_cluster(programs: Path) -> Iterator[str]:
    as_root = _as_root()
    run_as = ["runuser", "-u", "postgres", "--"] if as_root else []
    folder = Path(tempfile.mkdtemp(prefix="stag-postgresql-"))
    if as_root:
        shutil.chown(folder, "postgres")
    data, port = str(folder / "data"), _free_port()
    password = folder / "password"
    password.write_text(PASSWORD, encoding="utf-8")
    if as_root:
        shutil.chown(password, "postgres")
    initdb = [str(programs / "initdb"), "--pgdata", data, "--username", "stag"]
    login = ["--auth", "scram-sha-256", "--pwfile", str(password)]
    sorting = ["--locale-provider", "icu", "--icu-locale", "ko-KR", "--locale", "C"]
    settings = (  # Seoul's clock, so that a session not set to UTC would show in the tests
        f"-p {port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' "
        "-c timezone=Asia/Seoul "
        "-c fsync=off -c full_page_writes=off -c synchronous_commit=off -c max_connections=200"
    )
    pg_ctl = [str(programs / "pg_ctl"), "--pgdata", data]
    try:
        _run([*run_as, *initdb, *login, "--encoding", "UTF8", *sorting])
        _run([*run_as, *pg_ctl, "--options", settings, "--log", str(folder / "log"), "-w", "start"])
        try:
            yield f"postgresql://stag:{PASSWORD}@127.0.0.1:{port}/postgres"
        finally:
            _run([*run_as, *pg_ctl, "--mode", "immediate", "-w", "stop"])
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _run(command: list[str]) -> None:
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)}: {done.stderr or done.stdout}")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port
