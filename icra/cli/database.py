"""``icra init``, and the database access every command shares.

Commands find the database in the settings the root callback puts in
``ctx.obj`` (``--db URL``, else ``ICRA_DATABASE_URL``, else ``sqlite:///icra.db``)
and act as ``--as USER`` (else the system user ``cli``) in the audit trail.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated

import typer
from rich.console import Console
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from icra.db import check_database, make_engine, session_factory, upgrade_database
from icra.db.models import User
from icra.services import search
from icra.services.demo import load_demo
from icra.services.users import acting_user
from icra.settings import Settings

console = Console()


def settings_of(ctx: typer.Context) -> Settings:
    root = ctx.find_root()
    # The root callback always sets it; a command invoked on its own reads the environment.
    return root.obj if isinstance(root.obj, Settings) else Settings.model_validate({})


@contextmanager
def open_session(ctx: typer.Context) -> Iterator[Session]:
    """A session on the command's database, in one transaction: committed when the
    command succeeds, rolled back (nothing changed) when it fails."""
    engine = make_engine(settings_of(ctx).database_url)
    try:
        check_database(engine)
        with session_factory(engine).begin() as session:
            yield session
    finally:
        engine.dispose()


def command_user(ctx: typer.Context, session: Session) -> User:
    """The user this command acts as (``--as USER``, else the system user ``cli``)."""
    return acting_user(session=session, username=settings_of(ctx).cli_user)


def init(
    ctx: typer.Context,
    demo: Annotated[bool, typer.Option("--demo", help="Also load the demo agencies and plan.")] = False,
) -> None:
    """Create the database, or upgrade it to the newest schema."""
    url = settings_of(ctx).database_url
    revision = upgrade_database(url)
    console.print(f"database {make_url(url).render_as_string()} is at schema {revision}", highlight=False)
    if demo:
        with open_session(ctx) as session:
            plan = load_demo(session=session, user=command_user(ctx, session))
            console.print(f"demo loaded: plan {plan.code} with {len(plan.items)} items", highlight=False)


def reindex(ctx: typer.Context) -> None:
    """Rebuild the search index of every report (after an upgrade changed how words are stemmed)."""
    with open_session(ctx) as session:
        count = search.reindex(session=session)
    console.print(f"search index rebuilt: {count} entries", highlight=False)


def register(app: typer.Typer) -> None:
    app.command("init")(init)
    app.command("reindex")(reindex)
