"""Who may do what: the role check every service that changes records calls, and who may
read which report (one rule, for one report in Python and for many in SQL)."""

from __future__ import annotations

from sqlalchemy import ColumnElement, false, true

from icra.db.models import Report, ReportStatus, User, UserRole
from icra.errors import PermissionDenied

COORDINATORS = (UserRole.admin, UserRole.coordinator)
# Plans and agencies: the catalogue every report refers to.
CATALOGUE_EDITORS = COORDINATORS


def require_role(user: User, *roles: UserRole, action: str) -> None:
    """Refuse ``action`` unless ``user`` is active and holds one of ``roles``."""
    if not user.active or user.role not in roles:
        allowed = " or ".join(role.value for role in roles)
        raise PermissionDenied(f"{user.username} ({user.role.value}) may not {action}: needs {allowed}")


def may_read(user: User, report: Report) -> bool:
    """A coordinator reads every report, anyone published ones, a reporter its own agency's too;
    a deactivated account reads nothing."""
    if not user.active:
        return False
    if user.role in COORDINATORS or report.status is ReportStatus.published:
        return True
    return user.role is UserRole.reporter and user.agency_id == report.agency_id


def readable_by(user: User) -> ColumnElement[bool]:
    """The condition on Report that ``may_read`` states, for a query over many reports."""
    if not user.active:
        return false()
    if user.role in COORDINATORS:
        return true()
    published = Report.status == ReportStatus.published
    return published | (Report.agency_id == user.agency_id) if user.role is UserRole.reporter else published
