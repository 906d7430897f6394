"""Reminders for reporting periods, sent to a real SMTP server on loopback (aiosmtpd)."""

from __future__ import annotations

import datetime as dt
import socket
from collections.abc import Iterator
from email import message_from_bytes, policy
from email.message import Message
from typing import Any

import pytest
from sqlalchemy.orm import Session

from icra.db.models import ReportStatus
from icra.errors import InputError
from icra.services.demo import load_demo
from icra.services.periods import approve_period, open_period
from icra.services.reminders import send_reminders
from icra.services.users import acting_user, add_user
from icra.settings import Settings


class Inbox:
    def __init__(self) -> None:
        self.messages: list[Message] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append(message_from_bytes(envelope.content, policy=policy.default))
        return "250 OK"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def smtp() -> Iterator[tuple[Inbox, Settings]]:
    from aiosmtpd.controller import Controller

    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    yield inbox, Settings(smtp_host="127.0.0.1", smtp_port=controller.port, mail_from="icra@example.org")
    controller.stop()


@pytest.fixture
def period_2016(session: Session) -> Any:
    system = acting_user(session=session)
    plan = load_demo(session=session, user=system)
    for name, agency, email in (
        ("aysel", "DMX", "dmx@example.org"),
        ("murad", "DIN", "din@example.org"),
        ("reporter-din", "DIN", None),
    ):
        add_user(
            session=session,
            username=name,
            password="long enough",
            role="reporter",
            agency_code=agency,
            email=email,
            user=system,
        )
    return open_period(session=session, plan=plan, year=2016, due=dt.date(2017, 1, 31), user=system)


def subjects(inbox: Inbox) -> list[tuple[str, str]]:
    return sorted((str(m["To"]), str(m["Subject"])) for m in inbox.messages)


def test_due_soon_then_overdue_once_a_day(
    session: Session, smtp: tuple[Inbox, Settings], period_2016: Any
) -> None:
    inbox, settings = smtp
    system = acting_user(session=session)
    assert send_reminders(session=session, settings=settings, user=system, today=dt.date(2017, 1, 1)) == []
    sent = send_reminders(session=session, settings=settings, user=system, today=dt.date(2017, 1, 28))
    assert {(r.agency.code, r.kind) for r in sent} == {("DMX", "due soon"), ("DIN", "due soon")}
    # Only reporters with an e-mail address receive it.
    assert (
        "din@example.org",
        "İcra: 2016 hesabatı 31.01.2017 tarixinədək / report due by 31.01.2017",
    ) in subjects(inbox)
    assert send_reminders(session=session, settings=settings, user=system, today=dt.date(2017, 1, 28)) == []
    late = send_reminders(session=session, settings=settings, user=system, today=dt.date(2017, 2, 2))
    assert {r.kind for r in late} == {"overdue"}
    assert len(inbox.messages) == 4


def test_an_agency_that_submitted_is_not_reminded(
    session: Session, smtp: tuple[Inbox, Settings], period_2016: Any
) -> None:
    from icra.services.demo_site import prepare_demo

    _, settings = smtp
    site = prepare_demo(session=session, max_upload_bytes=2**20)
    assert site.report is not None
    site.report.status = ReportStatus.submitted
    sent = send_reminders(
        session=session, settings=settings, user=acting_user(session=session), today=dt.date(2017, 2, 1)
    )
    assert [r.agency.code for r in sent] == ["DIN"]


def test_an_approved_period_sends_nothing(
    session: Session, smtp: tuple[Inbox, Settings], period_2016: Any
) -> None:
    inbox, settings = smtp
    system = acting_user(session=session)
    approve_period(session=session, period_id=period_2016.id, user=system)
    assert send_reminders(session=session, settings=settings, user=system, today=dt.date(2017, 2, 1)) == []
    assert inbox.messages == []


def test_an_unreachable_server_is_one_clear_line(session: Session, period_2016: Any) -> None:
    settings = Settings(smtp_host="127.0.0.1", smtp_port=free_port())
    with pytest.raises(InputError, match=r"cannot send reminders through the SMTP server 127\.0\.0\.1:\d+"):
        send_reminders(
            session=session, settings=settings, user=acting_user(session=session), today=dt.date(2017, 2, 1)
        )
