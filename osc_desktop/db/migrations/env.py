"""Alembic environment: always run in-process on a connection the app has opened and keyed."""

from alembic import context

from osc_desktop.db.schema_version import include_name
from osc_desktop.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
    include_name=include_name,  # the FTS5 search index is not in the models
)
with context.begin_transaction():
    context.run_migrations()
