"""``icra demo`` (a ready-to-try site on a fresh install) and ``icra serve``."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from icra.cli.database import console, open_session, settings_of
from icra.db import upgrade_database
from icra.services.demo_site import DEMO_USERS, prepare_demo
from icra.settings import Settings

DEMO_DATABASE = "sqlite:///icra-demo.db"

Host = Annotated[str, typer.Option("--host", help="Address to listen on.")]
Port = Annotated[int, typer.Option("--port", help="Port to listen on.")]


def _serve(settings: Settings, host: str, port: int) -> None:
    import uvicorn

    from icra.web.app import create_app

    console.print(f"İcra is at [bold]http://{host}:{port}[/] (Ctrl+C stops it)", highlight=False)
    uvicorn.run(create_app(settings), host=host, port=port, log_level="warning")


def demo(
    ctx: typer.Context,
    host: Host = "127.0.0.1",
    port: Port = 8000,
    serve: Annotated[
        bool, typer.Option("--serve/--no-serve", help="Serve the site once it is ready.")
    ] = True,
) -> None:
    """Set up a demo site (./icra-demo.db unless --db is given) and serve it."""
    settings = settings_of(ctx)
    if "database_url" not in settings.model_fields_set:
        settings = settings.model_copy(update={"database_url": DEMO_DATABASE})
        ctx.find_root().obj = settings
    upgrade_database(settings.database_url)
    with open_session(ctx) as session:
        site = prepare_demo(session=session, max_upload_bytes=settings.max_upload_bytes)
        report = site.report
        assert report is not None
        table = Table("user", "role", "agency", "password", title="Demo users")
        for username, (role, agency) in DEMO_USERS.items():
            password = site.new_passwords.get(username, "(unchanged: set on the first run)")
            table.add_row(username, role, agency or "", password)
        console.print(table)
        state = "ingested" if site.report_created else "already there"
        console.print(
            f"report {report.id}: {report.agency.code} {report.year}, "
            f"{len(report.entries)} entries ({state})",
            highlight=False,
        )
    if serve:
        _serve(settings, host, port)


def serve(ctx: typer.Context, host: Host = "127.0.0.1", port: Port = 8000) -> None:
    """Serve the web application on an existing database (`icra init` made it)."""
    _serve(settings_of(ctx), host, port)


def register(app: typer.Typer) -> None:
    app.command("demo")(demo)
    app.command("serve")(serve)
