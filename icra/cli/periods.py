"""``icra remind``: e-mail the agencies that have not yet sent their report for an open
reporting period (run it daily, e.g. from cron)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

import typer

from icra.cli.database import command_user, console, open_session, settings_of
from icra.errors import InputError
from icra.services.reminders import send_reminders


def remind(
    ctx: typer.Context,
    today: Annotated[
        str | None, typer.Option("--today", metavar="YYYY-MM-DD", help="Act as on this day (default: today).")
    ] = None,
) -> None:
    """Send today's reporting reminders (SMTP: ICRA_SMTP_HOST, ICRA_SMTP_PORT, ICRA_MAIL_FROM)."""
    try:
        day = dt.date.fromisoformat(today) if today else None
    except ValueError:
        raise InputError(f"--today {today!r}: write the day as YYYY-MM-DD") from None
    with open_session(ctx) as session:
        sent = send_reminders(
            session=session, settings=settings_of(ctx), user=command_user(ctx, session), today=day
        )
        for reminder in sent:
            console.print(
                f"{reminder.kind}: {reminder.agency.code} {reminder.period.year} "
                f"-> {', '.join(reminder.recipients)}",
                highlight=False,
            )
        console.print(f"{len(sent)} reminder(s) sent", highlight=False)


def register(app: typer.Typer) -> None:
    app.command("remind")(remind)
