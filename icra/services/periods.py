"""Reporting periods and the coordinator's ratings of plan items.

A coordinator opens a plan's period for a year with a due date; agencies send their
reports for that year; when the coordinator approves the period it is locked, and
none of the year's reports of that plan changes again (no edits, moves or uploads).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from icra.db.models import (
    Agency,
    Plan,
    PlanItem,
    PlanItemAgency,
    PlanItemRating,
    Rating,
    Report,
    ReportingPeriod,
    ReportStatus,
    User,
)
from icra.errors import InputError, NotFound, PermissionDenied
from icra.services import audit
from icra.services.permissions import COORDINATORS, require_role

# A report in one of these has been sent for its period.
SENT = (ReportStatus.submitted, ReportStatus.approved, ReportStatus.published)


def list_periods(*, session: Session, plan: Plan | None = None) -> list[ReportingPeriod]:
    query = select(ReportingPeriod).order_by(ReportingPeriod.year.desc(), ReportingPeriod.plan_id)
    if plan is not None:
        query = query.where(ReportingPeriod.plan_id == plan.id)
    return list(session.scalars(query))


def is_locked(*, session: Session, plan_id: int, year: int) -> bool:
    return bool(
        session.scalar(
            select(ReportingPeriod.locked).where(
                ReportingPeriod.plan_id == plan_id, ReportingPeriod.year == year
            )
        )
    )


def refuse_if_locked(*, session: Session, plan_id: int, year: int) -> None:
    if is_locked(session=session, plan_id=plan_id, year=year):
        raise PermissionDenied(
            f"the reporting period {year} is approved and locked: its reports no longer change"
        )


def agencies_not_sent(*, session: Session, period: ReportingPeriod) -> list[Agency]:
    """The agencies responsible for an item of the period's plan that have sent no report for its year."""
    responsible = select(PlanItemAgency.agency_id).join(PlanItem).where(PlanItem.plan_id == period.plan_id)
    sent = select(Report.agency_id).where(
        Report.plan_id == period.plan_id, Report.year == period.year, Report.status.in_(SENT)
    )
    query = select(Agency).where(Agency.id.in_(responsible), Agency.id.not_in(sent)).order_by(Agency.code)
    return list(session.scalars(query))


def open_period(*, session: Session, plan: Plan, year: int, due: dt.date, user: User) -> ReportingPeriod:
    """Open ``plan``'s period for ``year``, due on ``due``; an open period's due date may move."""
    require_role(user, *COORDINATORS, action="open reporting periods")
    if not plan.period_start <= year <= plan.period_end:
        raise InputError(f"plan {plan.code} runs {plan.period_start}-{plan.period_end}: no year {year} in it")
    period = session.scalar(
        select(ReportingPeriod).where(ReportingPeriod.plan_id == plan.id, ReportingPeriod.year == year)
    )
    if period is None:
        period = ReportingPeriod(plan=plan, year=year, due=due)
        session.add(period)
        audit.record(session=session, user=user, action="create", entity=period, after=audit.snapshot(period))
        return period
    if period.locked:
        raise PermissionDenied(f"the reporting period {year} is approved and locked")
    before = audit.snapshot(period)
    period.due = due
    audit.record_update(
        session=session, user=user, entity=period, before=before, after=audit.snapshot(period)
    )
    return period


def get_period(*, session: Session, period_id: int) -> ReportingPeriod:
    period = session.get(ReportingPeriod, period_id)
    if period is None:
        raise NotFound(f"no reporting period with id {period_id}")
    return period


def approve_period(*, session: Session, period_id: int, user: User) -> ReportingPeriod:
    require_role(user, *COORDINATORS, action="approve reporting periods")
    period = get_period(session=session, period_id=period_id)
    before = audit.snapshot(period)
    period.locked = True
    audit.record(
        session=session,
        user=user,
        action="approve",
        entity=period,
        before=before,
        after=audit.snapshot(period),
    )
    return period


def ratings(*, session: Session, plan: Plan) -> dict[int, Rating]:
    """The rating of each rated item of ``plan``, by item id."""
    rows = session.execute(
        select(PlanItemRating.plan_item_id, PlanItemRating.rating)
        .join(PlanItem, PlanItem.id == PlanItemRating.plan_item_id)
        .where(PlanItem.plan_id == plan.id)
    )
    return {item_id: rating for item_id, rating in rows}


def rate_item(*, session: Session, item: PlanItem, rating: str, user: User) -> PlanItemRating:
    require_role(user, *COORDINATORS, action="rate plan items")
    try:
        chosen = Rating(rating)
    except ValueError:
        raise InputError(f"rating {rating!r}: choose one of {', '.join(r.value for r in Rating)}") from None
    record = session.get(PlanItemRating, item.id)
    before = audit.snapshot(record) if record is not None else None
    if record is None:
        record = PlanItemRating(plan_item_id=item.id, rating=chosen)
        session.add(record)
    record.rating, record.rated_at = chosen, dt.datetime.now(dt.UTC)
    session.flush()
    audit.record(
        session=session,
        user=user,
        action="rate",
        entity=record,
        before=before,
        after=audit.snapshot(record, plan_item=item.code),
    )
    return record
