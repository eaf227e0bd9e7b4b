"""Alembic environment. The program passes its open connection in
``config.attributes["connection"]``; developers generating a revision run
``alembic revision --autogenerate -m "..."`` from the checkout (alembic.ini)."""

from alembic import context
from sqlalchemy import create_engine

from incubator_app.store.models import Base

config = context.config
connection = config.attributes.get("connection")


def run(conn) -> None:
    context.configure(connection=conn, target_metadata=Base.metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


if connection is not None:
    run(connection)
else:
    engine = create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.begin() as conn:
        run(conn)
