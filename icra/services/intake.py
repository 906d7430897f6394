"""A report arrives: check who sends it, read and extract it (``icra.ingest``), and store
it as a draft, all or nothing. The web's upload form and ``icra demo`` both come here."""

from __future__ import annotations

from sqlalchemy.orm import Session

from icra.db.models import Report, User, UserRole
from icra.errors import InputError, PermissionDenied
from icra.ingest.pipeline import extract_file
from icra.services.agencies import get_agency
from icra.services.periods import refuse_if_locked
from icra.services.permissions import require_role
from icra.services.plans import get_plan, plan_items
from icra.services.reports import REPORT_WRITERS, store_draft


def ingest_report(
    *,
    session: Session,
    data: bytes,
    filename: str,
    agency_code: str,
    user: User,
    year: int | None = None,
    plan_code: str | None = None,
    max_bytes: int,
) -> Report:
    """Extract the report in ``data`` and store it as ``agency_code``'s draft for ``year``
    (the year its header states when None). Refused before anything is read when
    ``user`` may not report for the agency."""
    require_role(user, *REPORT_WRITERS, action="send reports")
    agency = get_agency(session=session, code=agency_code)
    if user.role is UserRole.reporter and user.agency_id != agency.id:
        raise PermissionDenied(f"{user.username} reports for another agency, not {agency.code}")
    if len(data) > max_bytes:
        raise InputError(
            f"{filename}: {len(data) / 2**20:.1f} MB is more than the limit of {max_bytes / 2**20:.1f} MB"
        )
    plan = get_plan(session=session, code=plan_code)
    codes = {item.code for item in plan_items(session=session, plan=plan)}
    draft = extract_file(data=data, filename=filename, plan_codes=codes)
    report_year = year or draft.report.year
    if report_year is None:
        raise InputError(f"{filename}: the report states no year; choose one")
    refuse_if_locked(session=session, plan_id=plan.id, year=report_year)
    return store_draft(
        session=session,
        draft=draft,
        agency_code=agency.code,
        plan_id=plan.id,
        year=report_year,
        source_bytes=data,
        user=user,
    )
