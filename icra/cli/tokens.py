"""``icra token create | list | revoke``: keys for scripts that use the JSON API (/api/v1)."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from icra.cli.database import command_user, console, open_session
from icra.services.tokens import create_token, list_tokens, revoke_token
from icra.services.users import get_user

token_app = typer.Typer(help="API tokens: how scripts sign in to the JSON API.", no_args_is_help=True)


@token_app.command("create")
def token_create(
    ctx: typer.Context,
    username: Annotated[str, typer.Argument(help="The user the token acts as, with that user's rights.")],
    name: Annotated[
        str, typer.Option("--name", help="What the token is for, e.g. 'nightly export'.")
    ] = "script",
) -> None:
    """Make a token and print its secret (shown only now: store it where the script runs)."""
    with open_session(ctx) as session:
        owner = get_user(session=session, username=username)
        token, secret = create_token(session=session, owner=owner, name=name, user=command_user(ctx, session))
        console.print(
            f"token {token.id} ({escape(token.name)}) of {escape(owner.username)}; its secret, shown once:",
            highlight=False,
        )
        print(secret)


@token_app.command("list")
def token_list(
    ctx: typer.Context,
    username: Annotated[str | None, typer.Argument(help="Only this user's tokens.")] = None,
) -> None:
    """List tokens (never their secrets)."""
    with open_session(ctx) as session:
        user = command_user(ctx, session)
        owner = get_user(session=session, username=username) if username else None
        table = Table("id", "user", "name", "created", "revoked")
        for token in list_tokens(session=session, user=user, owner=owner):
            table.add_row(
                str(token.id),
                escape(token.user.username),
                escape(token.name),
                f"{token.created_at:%Y-%m-%d %H:%M}",
                f"{token.revoked_at:%Y-%m-%d %H:%M}" if token.revoked_at else "",
            )
        console.print(table)


@token_app.command("revoke")
def token_revoke(
    ctx: typer.Context,
    token_id: Annotated[int, typer.Argument(metavar="ID", help="The token's id (see `icra token list`).")],
) -> None:
    """Revoke a token: scripts using it are refused from the next request on."""
    with open_session(ctx) as session:
        token = revoke_token(session=session, token_id=token_id, user=command_user(ctx, session))
        console.print(
            f"token {token.id} ({escape(token.name)}) of {escape(token.user.username)} revoked",
            highlight=False,
        )


def register(app: typer.Typer) -> None:
    app.add_typer(token_app, name="token")
