"""Alembic, driven from code: the schema changes only through db/migrations.

Alembic is imported only when a database needs it (new, older or newer than
this program); a database already at ``SCHEMA`` opens without it, which keeps
the program's start quick.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Connection, inspect, text

from incubator_app.paths import bundled

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

SCHEMA = "0010"  # the newest migration's revision (a test holds it to alembic's head)
VERSION_TABLE = "alembic_version"


def _config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(bundled("db/migrations")))
    config.attributes["connection"] = connection
    return config


def _scripts() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config())


def head() -> str:
    revision = _scripts().get_current_head()
    assert revision is not None
    return revision


def known(revision: str) -> bool:
    """Whether this program has the migration ``revision`` (else the file is newer)."""
    return revision == SCHEMA or any(
        script.revision == revision for script in _scripts().walk_revisions()
    )


def current_revision(connection: Connection) -> str | None:
    """The revision alembic recorded in the database (None: no schema yet)."""
    if not inspect(connection).has_table(VERSION_TABLE):
        return None
    return connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()


def upgrade(connection: Connection) -> None:
    """Run every pending migration inside the caller's transaction."""
    from alembic import command

    command.upgrade(_config(connection), "head")
