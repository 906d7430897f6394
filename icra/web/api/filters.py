"""What the API's lists and paths share: ids and codes as the database can hold them, paging,
and which of the caller's readable reports a list is about."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Path, Query
from sqlalchemy.orm import Session

from icra.db.models import Report, ReportStatus, User
from icra.services.workflow import visible_reports

# Ids are 32-bit on every database: a larger number names nothing.
MAX_ID = 2**31 - 1
CODE = r"^[A-Za-z0-9._-]{1,60}$"
Id = Annotated[int, Path(ge=1, le=MAX_ID)]
Year = Annotated[int | None, Query(ge=1900, le=2200)]
PlanItemCode = Annotated[str | None, Query(pattern=CODE, description="Plan item code, e.g. 13.1.1.")]
Limit = Annotated[int, Query(ge=1, le=1000)]
Offset = Annotated[int, Query(ge=0, le=MAX_ID)]


@dataclass(frozen=True)
class ReportFilter:
    """Which of the caller's readable reports a list is about (each filter optional)."""

    agency: str | None = None
    plan: str | None = None
    year: int | None = None
    report_status: ReportStatus | None = None
    report: int | None = None

    def keeps(self, report: Report) -> bool:
        return (
            (self.agency is None or report.agency.code == self.agency.upper())
            and (self.plan is None or report.plan.code == self.plan)
            and (self.year is None or report.year == self.year)
            and (self.report_status is None or report.status is self.report_status)
            and (self.report is None or report.id == self.report)
        )


def report_filter(
    agency: Annotated[str | None, Query(pattern=CODE, description="Agency code, e.g. DMX.")] = None,
    plan: Annotated[str | None, Query(pattern=CODE, description="Plan code.")] = None,
    year: Year = None,
    report_status: ReportStatus | None = None,
    report: Annotated[int | None, Query(ge=1, le=MAX_ID, description="Report id.")] = None,
) -> ReportFilter:
    return ReportFilter(agency, plan, year, report_status, report)


Chosen = Annotated[ReportFilter, Depends(report_filter)]


def readable(session: Session, user: User, chosen: ReportFilter) -> list[Report]:
    return [report for report in visible_reports(session=session, user=user) if chosen.keeps(report)]
