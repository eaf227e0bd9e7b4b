"""Every test gets its own real database, copied from one migrated and seeded template.

The store, services and command-line tests run twice through ``db_location``: on an
SQLite file and on a PostgreSQL database of a real server (``tests/postgresql_server.py``).
Without a server the PostgreSQL cases skip with the reason, unless
``INCUBATOR_TEST_POSTGRESQL_REQUIRED`` is set (CI), where they fail. The window's,
Excel's and reports' tests run on SQLite: they read through the same services.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from incubator_app.store.database import Database, open_database
from tests.postgresql_server import REQUIRED, Server, postgresql_server

ON_BOTH = frozenset({"store", "services", "cli"})  # test folders run on both databases
BACKENDS = ("sqlite", "postgresql")

# Real widgets, no screen: set before any test makes the QApplication.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The person's own desk settings (name, backup folder) are never read or written by a
# test, nor a folder a scheduled job named: each test run has settings of its own.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="stag-test-config-")
os.environ.pop("INCUBATOR_BACKUPS", None)


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "stag.sqlite3"
    open_database(str(path)).dispose()
    return path


@pytest.fixture
def db_path(template_db: Path, tmp_path: Path) -> Path:
    path = tmp_path / "stag.sqlite3"
    shutil.copy(template_db, path)
    return path


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" not in metafunc.fixturenames:
        return
    if metafunc.definition.path.parent.name not in ON_BOTH:
        return
    on_file = metafunc.definition.get_closest_marker("sqlite_file") is not None
    metafunc.parametrize("backend", BACKENDS[:1] if on_file else BACKENDS, indirect=True)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """Which database the test's own runs on (SQLite outside the folders run on both)."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture(scope="session")
def server() -> Iterator[Server]:
    """A PostgreSQL server holding the migrated, seeded template database."""
    with postgresql_server() as found:
        if isinstance(found, str):  # why there is none
            if os.environ.get(REQUIRED):
                pytest.fail(found)
            pytest.skip(found)
        found.template = found.create()
        open_database(found.database_url(found.template)).dispose()
        yield found
        found.drop(found.template)


@pytest.fixture
def db_location(backend: str, request: pytest.FixtureRequest) -> Iterator[str]:
    """What ``--db`` names for this test: its SQLite file, or its server database's URL."""
    if backend == "sqlite":
        yield str(request.getfixturevalue("db_path"))
        return
    server: Server = request.getfixturevalue("server")
    name = server.create(template=server.template)
    yield server.database_url(name)
    server.drop(name)


@pytest.fixture
def read_only_location(db_location: str, backend: str, request: pytest.FixtureRequest) -> str:
    """The same database as a desk that may only read it: a read-only opening of the
    file, or a login the server lets only read."""
    if backend == "sqlite":
        return f"sqlite:///file:{Path(db_location).as_posix()}?mode=ro&uri=true"
    server: Server = request.getfixturevalue("server")
    return server.reader(db_location)


@pytest.fixture
def db(db_location: str) -> Iterator[Database]:
    database = open_database(db_location)
    yield database
    database.dispose()


@pytest.fixture
def session(db: Database) -> Iterator[Session]:
    """A write session for the test body; committed if the test passes."""
    with db.session(write=True) as s:
        yield s
