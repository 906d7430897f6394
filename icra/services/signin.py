"""Signing in, with throttling kept in the database so several web processes agree.

Every attempt is an :class:`~icra.db.models.AuditEvent` (``sign_in`` or
``sign_in_failed``, with the user name and the client address), so the trail shows
who tried and the throttle needs no table of its own: after
:data:`MAX_FAILURES` failures for one user name from one address within
:data:`WINDOW`, that pair is refused until the window has passed, even with the
right password.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from icra.db.models import AuditEvent, User
from icra.errors import PermissionDenied
from icra.services import audit
from icra.services.users import authenticate

MAX_FAILURES = 5
WINDOW = dt.timedelta(minutes=15)
FAILED = "sign_in_failed"


class Throttled(PermissionDenied):
    """Too many failed sign-ins for one user name from one address."""


def recent_failures(*, session: Session, username: str, client: str, now: dt.datetime | None = None) -> int:
    since = (now or dt.datetime.now(dt.UTC)) - WINDOW
    attempts = session.scalars(
        select(AuditEvent).where(
            AuditEvent.action == FAILED, AuditEvent.entity_type == User.__tablename__, AuditEvent.at >= since
        )
    )
    return sum(1 for a in attempts if a.after == {"username": username, "client": client})


def sign_in(*, session: Session, username: str, password: str, client: str) -> User | None:
    """The user whose name and password these are, or None (the failure is recorded, so the
    caller commits rather than raising); :class:`Throttled` after too many failures."""
    username = username.strip()
    if recent_failures(session=session, username=username, client=client) >= MAX_FAILURES:
        raise Throttled(
            f"too many failed sign-ins for {username!r}: try again in {WINDOW.seconds // 60} minutes"
        )
    user = authenticate(session=session, username=username, password=password)
    if user is None:
        session.add(
            AuditEvent(
                user=None,
                action=FAILED,
                entity_type=User.__tablename__,
                entity_id=None,
                after={"username": username, "client": client},
            )
        )
        session.flush()
        return None
    audit.record(session=session, user=user, action="sign_in", entity=user, after={"client": client})
    return user
