"""Alembic's entry point: runs migrations on the engine that ``icra.db.migrations`` passes in."""

from __future__ import annotations

from alembic import context

from icra.db.models import Base

engine = context.config.attributes["engine"]

with engine.begin() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        # SQLite cannot ALTER most things; batch mode copies the table instead.
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()
