"""``icra agency add | list`` and ``icra user add | list``: who reports and who signs in."""

from __future__ import annotations

from typing import Annotated

import typer
from pydantic import ValidationError
from rich.markup import escape
from rich.table import Table

from icra.cli.database import command_user, console, open_session
from icra.errors import InputError
from icra.plan_files import AgencySpec, Titles
from icra.services.agencies import add_agency, list_agencies
from icra.services.users import add_user, list_users

agency_app = typer.Typer(help="The agencies that carry out plans and report on them.", no_args_is_help=True)
user_app = typer.Typer(help="User accounts.", no_args_is_help=True)


@agency_app.command("add")
def agency_add(
    ctx: typer.Context,
    code: Annotated[str, typer.Argument(help="Short ASCII code, e.g. DMX.")],
    name_az: Annotated[str | None, typer.Option("--name-az", help="Name in Azerbaijani.")] = None,
    name_en: Annotated[str | None, typer.Option("--name-en", help="Name in English.")] = None,
    name_ru: Annotated[str | None, typer.Option("--name-ru", help="Name in Russian.")] = None,
    abbreviation: Annotated[
        str | None, typer.Option("--abbreviation", help="As reports write it, e.g. DİN.")
    ] = None,
) -> None:
    """Add an agency."""
    if not (name_az or name_en or name_ru):
        raise InputError(f"agency {code}: give its name with --name-az, --name-en or --name-ru")
    try:
        spec = AgencySpec(
            code=code, name=Titles(az=name_az, en=name_en, ru=name_ru), abbreviation=abbreviation
        )
    except ValidationError as exc:
        raise InputError(f"agency {code}: {exc.errors()[0]['msg'].removeprefix('Value error, ')}") from None
    with open_session(ctx) as session:
        agency = add_agency(session=session, spec=spec, user=command_user(ctx, session))
        console.print(f"agency {agency.code} added", highlight=False)


@agency_app.command("list")
def agency_list(ctx: typer.Context) -> None:
    """List the agencies."""
    with open_session(ctx) as session:
        table = Table("code", "abbreviation", "name (az)", "name (en)", "name (ru)")
        for agency in list_agencies(session=session):
            names = (agency.code, agency.abbreviation, agency.name_az, agency.name_en, agency.name_ru)
            table.add_row(*(escape(name or "") for name in names))
        console.print(table)


@user_app.command("add")
def user_add(
    ctx: typer.Context,
    username: Annotated[str, typer.Argument(help="The name the user signs in with.")],
    role: Annotated[str, typer.Option("--role", help="admin, coordinator, reporter or viewer.")],
    agency: Annotated[
        str | None, typer.Option("--agency", help="The agency a reporter reports for (its code).")
    ] = None,
    password: Annotated[
        str | None, typer.Option("--password", help="The password; asked for (hidden, twice) when left out.")
    ] = None,
    email: Annotated[
        str | None, typer.Option("--email", help="Where reporting reminders go (reporters).")
    ] = None,
) -> None:
    """Add a user (passwords are stored as argon2id hashes)."""
    if password is None:
        password = typer.prompt("password", hide_input=True, confirmation_prompt=True)
    with open_session(ctx) as session:
        user = add_user(
            session=session,
            username=username,
            password=password,
            role=role,
            agency_code=agency,
            email=email,
            user=command_user(ctx, session),
        )
        where = f" for {user.agency.code}" if user.agency else ""
        console.print(f"user {user.username} added as {user.role.value}{where}", highlight=False)


@user_app.command("list")
def user_list(ctx: typer.Context) -> None:
    """List the users."""
    with open_session(ctx) as session:
        table = Table("user", "role", "agency", "e-mail", "active")
        for user in list_users(session=session):
            table.add_row(
                escape(user.username),
                user.role.value,
                user.agency.code if user.agency else "",
                escape(user.email or ""),
                "yes" if user.active else "no",
            )
        console.print(table)


def register(app: typer.Typer) -> None:
    app.add_typer(agency_app, name="agency")
    app.add_typer(user_app, name="user")
