"""Public pages, without sign-in, for the public and partners: the published reports (a list
and a read-only view), the dashboard over them and the public national report. Only published
reports, each through :func:`icra.services.publication.make_public` with the coordinator's
threshold: victim counts below it shown as "<5", victims' names withheld, officials' stay."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from icra.db.models import Report, ReportStatus
from icra.errors import NotFound
from icra.reporting.common import NationalReport
from icra.reporting.downloads import download
from icra.reporting.html import environment
from icra.services.dashboard import dashboard
from icra.services.publication import make_public
from icra.services.reporting import agency_report, national_report
from icra.web.deps import OptionalUser, SessionDep
from icra.web.routes.exports import LangQuery, PlanQuery, YearQuery, attachment, render_national
from icra.web.templating import render

router = APIRouter(prefix="/public", tags=["public"])
PUBLISHED = (ReportStatus.published,)
# Public files are the readable report, not the analysts' tables of every record.
PUBLIC_FORMATS = ("docx", "pdf", "md")


def published_reports(session: Session) -> list[Report]:
    query = select(Report).where(Report.status == ReportStatus.published)
    return list(session.scalars(query.order_by(Report.year.desc(), Report.id.desc())))


def _threshold(request: Request) -> int:
    return int(request.app.state.settings.public_threshold)


def _public_national(
    request: Request, session: Session, plan: str | None, year: int | None, lang: str
) -> NationalReport:
    published = published_reports(session)
    return national_report(
        session=session,
        plan_code=plan,
        year=year or (published[0].year if published else 0),
        lang=lang,
        statuses=PUBLISHED,
        public=True,
        threshold=_threshold(request),
    )


@router.get("")
def public_home(request: Request, session: SessionDep, user: OptionalUser) -> Response:
    reports = published_reports(session)
    board = dashboard(session=session, reports=reports)
    return render(request, "public.html", reports=reports, board=board)


@router.get("/reports/{report_id}")
def public_report(request: Request, session: SessionDep, user: OptionalUser, report_id: int) -> Response:
    report = session.get(Report, report_id)
    if report is None or report.status is not ReportStatus.published:
        raise NotFound(f"no published report with id {report_id}")
    shown = agency_report(session=session, report_id=report_id)
    make_public(shown, threshold=_threshold(request))
    entry_template = environment().get_template("_entry.html")
    entries = [(entry, entry_template.render(entry=entry, h=shown.headings)) for entry in shown.entries]
    return render(request, "public_report.html", report=report, shown=shown, entries=entries)


@router.get("/national")
def public_national(
    request: Request,
    session: SessionDep,
    user: OptionalUser,
    plan: PlanQuery = None,
    year: YearQuery = None,
    lang: LangQuery = "az",
) -> Response:
    report = _public_national(request, session, plan or None, year, lang)
    return render_national(
        request,
        session,
        report,
        formats=PUBLIC_FORMATS,
        templates=(),
        template_formats=(),
        download_path="/public/national/download",
    )


@router.get("/national/download")
def public_national_download(
    request: Request,
    session: SessionDep,
    format: Annotated[str, Query()],
    year: Annotated[int, Query()],
    plan: PlanQuery = None,
    lang: LangQuery = "az",
) -> Response:
    if format not in PUBLIC_FORMATS:
        raise NotFound(f"no public download as {format!r}; the formats are {', '.join(PUBLIC_FORMATS)}")
    return attachment(download(_public_national(request, session, plan or None, year, lang), format))
