"""Who may read and change a report, and its moves: draft -> submitted ->
returned | approved -> published (and a returned report back to draft).

Reading and writing are checked here, not in templates, so the web, the API and
the CLI refuse the same things. A reporter sees its own agency's reports and
every published one; a report of another agency that it may not read is
reported as missing (:class:`NotFound`), so a URL does not tell it exists.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from icra.db.models import AuditEvent, Report, ReportStatus, User, UserRole
from icra.errors import InputError, NotFound, PermissionDenied
from icra.services import audit
from icra.services.periods import is_locked, refuse_if_locked
from icra.services.permissions import COORDINATORS, may_read, readable_by
from icra.services.reports import get_report

# Statuses in which a report's items may still change, by role.
EDITABLE = {
    UserRole.admin: (ReportStatus.draft, ReportStatus.submitted),
    UserRole.coordinator: (ReportStatus.draft, ReportStatus.submitted),
    UserRole.reporter: (ReportStatus.draft,),
    UserRole.viewer: (),
}


@dataclass(frozen=True)
class Move:
    """A status change: its name (the audit action), from which statuses, to which, by whom."""

    name: str
    sources: tuple[ReportStatus, ...]
    target: ReportStatus
    roles: tuple[UserRole, ...]
    needs_comment: bool = False


MOVES = {
    move.name: move
    for move in (
        Move("submit", (ReportStatus.draft,), ReportStatus.submitted, (*COORDINATORS, UserRole.reporter)),
        Move("return", (ReportStatus.submitted,), ReportStatus.returned, COORDINATORS, needs_comment=True),
        Move("approve", (ReportStatus.submitted,), ReportStatus.approved, COORDINATORS),
        Move("publish", (ReportStatus.approved,), ReportStatus.published, COORDINATORS),
        Move("reopen", (ReportStatus.returned,), ReportStatus.draft, (*COORDINATORS, UserRole.reporter)),
    )
}


def may_edit(user: User, report: Report) -> bool:
    """Whether ``user`` may change the report's items, its period's lock aside."""
    return may_read(user, report) and report.status in EDITABLE[user.role]


def can_edit(*, session: Session, user: User, report: Report) -> bool:
    """Whether ``user`` may change the report's items now."""
    return may_edit(user, report) and not is_locked(session=session, plan_id=report.plan_id, year=report.year)


def readable_report(*, session: Session, report_id: int, user: User) -> Report:
    """The report, if ``user`` may read it; otherwise NotFound, as if it did not exist."""
    report = get_report(session=session, report_id=report_id)
    if not may_read(user, report):
        raise NotFound(f"no report with id {report_id}")
    return report


def editable_report(*, session: Session, report_id: int, user: User) -> Report:
    """The report, if ``user`` may change its items now (its own draft, for a reporter)."""
    report = readable_report(session=session, report_id=report_id, user=user)
    if not may_edit(user, report):
        raise PermissionDenied(
            f"report {report_id} is {report.status.value}: {user.username} ({user.role.value}) "
            "may not change it"
        )
    refuse_if_locked(session=session, plan_id=report.plan_id, year=report.year)
    return report


def visible_reports(*, session: Session, user: User) -> list[Report]:
    """Every report ``user`` may read, newest year first."""
    query = select(Report).where(readable_by(user)).order_by(Report.year.desc(), Report.id.desc())
    return list(session.scalars(query))


def allowed_moves(*, session: Session, user: User, report: Report) -> list[str]:
    """The names of the moves ``user`` may make on ``report`` now (none in a locked period)."""
    if is_locked(session=session, plan_id=report.plan_id, year=report.year):
        return []
    return [
        move.name
        for move in MOVES.values()
        if report.status in move.sources and user.role in move.roles and may_read(user, report)
    ]


def move_report(*, session: Session, report_id: int, move: str, user: User, comment: str = "") -> Report:
    """Make ``move`` ("submit", "return" ...) on a report; the comment goes to the audit trail."""
    chosen = MOVES.get(move)
    if chosen is None:
        raise InputError(f"no such step {move!r}: choose one of {', '.join(MOVES)}")
    report = readable_report(session=session, report_id=report_id, user=user)
    refuse_if_locked(session=session, plan_id=report.plan_id, year=report.year)
    if move not in allowed_moves(session=session, user=user, report=report):
        raise PermissionDenied(
            f"report {report_id} is {report.status.value}: {user.username} ({user.role.value}) "
            f"may not {move} it"
        )
    if chosen.needs_comment and not comment.strip():
        raise InputError(f"report {report_id}: say what to change when you {move} it (a comment)")
    before = audit.snapshot(report)
    report.status = chosen.target
    audit.record(
        session=session,
        user=user,
        action=move,
        entity=report,
        before=before,
        after=audit.snapshot(report, comment=comment.strip() or None),
    )
    return report


def report_history(*, session: Session, report: Report) -> list[AuditEvent]:
    """Every change to ``report``, its entries, their items (deleted items too) and its
    organisations, oldest first."""
    return list(
        session.scalars(select(AuditEvent).where(AuditEvent.report_id == report.id).order_by(AuditEvent.id))
    )
