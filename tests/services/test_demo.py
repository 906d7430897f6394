"""The demo catalogue loads, and loading it again changes nothing."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from icra.db.models import AuditEvent, PlanItem
from icra.services.demo import load_demo


def test_demo_loads_once(session: Session) -> None:
    plan = load_demo(session=session)
    events = session.scalar(select(func.count(AuditEvent.id)))
    assert plan.code == "nap-2014-2018"
    assert plan.reconstructed and "not copied from the official plan" in plan.reconstructed
    assert load_demo(session=session) is plan
    assert session.scalar(select(func.count(AuditEvent.id))) == events
    assert session.scalar(select(func.count(PlanItem.id))) == 14
