"""Reminders to agencies that have not sent their report for an open reporting period:
"due soon" in the days before the due date, "overdue" after it.

An agency is reminded when it is responsible for an item of the plan and has no report
for the period's year that it has submitted (submitted, approved or published). The
reminder goes to the e-mail addresses of the agency's active reporters.
Each reminder sent is an audit event, so a daily ``icra remind`` sends each kind of
reminder once a day at most.
"""

from __future__ import annotations

import datetime as dt
import smtplib
from dataclasses import dataclass
from email.message import EmailMessage

from sqlalchemy import select
from sqlalchemy.orm import Session

from icra.db.models import (
    Agency,
    AuditEvent,
    ReportingPeriod,
    User,
    UserRole,
)
from icra.errors import InputError
from icra.services import audit
from icra.services.periods import agencies_not_sent, list_periods
from icra.settings import Settings

DAYS_BEFORE = 7


@dataclass(frozen=True)
class Reminder:
    period: ReportingPeriod
    agency: Agency
    kind: str  # "due soon" | "overdue"
    recipients: tuple[str, ...]

    def message(self, sender: str) -> EmailMessage:
        plan = self.period.plan
        message = EmailMessage()
        message["From"], message["To"] = sender, ", ".join(self.recipients)
        title = plan.title_az or plan.title_en or plan.code
        when = f"{self.period.due:%d.%m.%Y}"
        if self.kind == "overdue":
            message["Subject"] = f"İcra: {self.period.year} hesabatı gecikir / report overdue since {when}"
        else:
            message["Subject"] = (
                f"İcra: {self.period.year} hesabatı {when} tarixinədək / report due by {when}"
            )
        message.set_content(
            f"{self.agency.name_az or self.agency.code}: {title}, {self.period.year}.\n"
            f"Hesabatın son tarixi / Report due: {when}.\n"
        )
        return message


def due_reminders(*, session: Session, today: dt.date, days_before: int = DAYS_BEFORE) -> list[Reminder]:
    """The reminders to send today, one per agency and open period, not yet sent today."""
    reminders = []
    for period in list_periods(session=session):
        if period.locked or today < period.due - dt.timedelta(days=days_before):
            continue
        kind = "overdue" if today > period.due else "due soon"
        sent_today = _sent_on(session, period, kind, today)
        for agency in agencies_not_sent(session=session, period=period):
            recipients = _recipients(session, agency)
            if recipients and agency.code not in sent_today:
                reminders.append(Reminder(period, agency, kind, recipients))
    return reminders


def _recipients(session: Session, agency: Agency) -> tuple[str, ...]:
    addresses = session.scalars(
        select(User.email).where(
            User.agency_id == agency.id,
            User.role == UserRole.reporter,
            User.active.is_(True),
            User.email.is_not(None),
        )
    )
    return tuple(sorted(str(address) for address in addresses))


def _sent_on(session: Session, period: ReportingPeriod, kind: str, day: dt.date) -> set[str]:
    """The codes of the agencies already sent a ``kind`` reminder for ``period`` on ``day``."""
    events = session.scalars(
        select(AuditEvent).where(
            AuditEvent.action == "remind",
            AuditEvent.entity_type == ReportingPeriod.__tablename__,
            AuditEvent.entity_id == period.id,
        )
    )
    return {
        str(event.after["agency"])
        for event in events
        if event.after and event.after.get("kind") == kind and event.after.get("day") == day.isoformat()
    }


def send_reminders(
    *, session: Session, settings: Settings, user: User, today: dt.date | None = None
) -> list[Reminder]:
    """Send today's reminders through the SMTP server of ``settings``; each one sent is recorded."""
    day = today or dt.date.today()
    reminders = due_reminders(session=session, today=day)
    if not reminders:
        return []
    try:
        with smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=30) as smtp:
            for reminder in reminders:
                smtp.send_message(reminder.message(settings.mail_from))
                audit.record(
                    session=session,
                    user=user,
                    action="remind",
                    entity=reminder.period,
                    after={
                        "agency": reminder.agency.code,
                        "kind": reminder.kind,
                        "day": day.isoformat(),
                        "to": list(reminder.recipients),
                    },
                )
    except (OSError, smtplib.SMTPException) as error:
        where = f"{settings.smtp_host}:{settings.smtp_port}"
        raise InputError(f"cannot send reminders through the SMTP server {where} ({error})") from None
    return reminders
