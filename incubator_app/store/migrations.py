"""Alembic, driven from code: the schema changes only through db/migrations."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

from incubator_app.paths import bundled


def _config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(bundled("db/migrations")))
    config.attributes["connection"] = connection
    return config


def _scripts() -> ScriptDirectory:
    return ScriptDirectory.from_config(_config())


def head() -> str:
    revision = _scripts().get_current_head()
    assert revision is not None
    return revision


def known(revision: str) -> bool:
    """Whether this program has the migration ``revision`` (else the file is newer)."""
    return any(script.revision == revision for script in _scripts().walk_revisions())


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(connection: Connection) -> None:
    """Run every pending migration inside the caller's transaction."""
    command.upgrade(_config(connection), "head")
