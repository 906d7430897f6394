"""The ``icra`` command. Each module here adds one group of commands and only
parses options, calls ``icra.services`` or ``icra.ingest`` and prints with rich."""

from __future__ import annotations

import sys

import typer
from rich.console import Console
from rich.markup import escape

from icra import __version__
from icra.errors import IcraError
from icra.settings import Settings

app = typer.Typer(
    name="icra",
    help="İcra: track and report the implementation of national action plans.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
)
err_console = Console(stderr=True, soft_wrap=True)  # an error stays on one line, however long


def _version(value: bool) -> None:
    if value:
        print(f"icra {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    ctx: typer.Context,
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version."
    ),
    db: str | None = typer.Option(
        None, "--db", metavar="URL", help="Database URL (default: ICRA_DATABASE_URL or sqlite:///icra.db)."
    ),
    as_user: str | None = typer.Option(
        None, "--as", metavar="USER", help="Act as USER in the audit trail (default: the system user 'cli')."
    ),
) -> None:
    """İcra: track and report the implementation of national action plans."""
    # Every command reads its settings from ctx.obj (see icra.cli.database.settings_of).
    overrides = {"database_url": db, "cli_user": as_user}
    ctx.obj = Settings.model_validate({key: value for key, value in overrides.items() if value is not None})


# Every command group, one line each; a module's register(app) adds its commands.
COMMAND_MODULES: tuple[str, ...] = (
    "icra.cli.extract",
    "icra.cli.database",
    "icra.cli.plans",
    "icra.cli.people",
    "icra.cli.web",
    "icra.cli.periods",
    "icra.cli.reports",
    "icra.cli.tokens",
)


def _register_all() -> None:
    import importlib

    for name in COMMAND_MODULES:
        importlib.import_module(name).register(app)


def main() -> None:
    """Run the command line. Typer shows usage errors itself (standalone mode); what
    escapes it is an IcraError, shown as one line, or a bug, shown as one line too."""
    _register_all()
    try:
        app()
    except IcraError as exc:
        err_console.print(f"[bold red]error:[/] {escape(str(exc))}", highlight=False, soft_wrap=True)
        sys.exit(2)
    except Exception as exc:
        err_console.print(
            f"[bold red]internal error:[/] {type(exc).__name__}: {escape(str(exc))}",
            highlight=False,
            soft_wrap=True,
        )
        sys.exit(70)
