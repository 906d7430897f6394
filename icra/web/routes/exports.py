"""Downloads: the national report of a plan for a year as a page with its files (.docx, .pdf,
.md, the analysts' .xlsx/.csv, the GRETA and TIP templates), and one agency report as .docx.
Each holds only the reports the signed-in user may read (the workflow's rule)."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from functools import partial
from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response
from sqlalchemy.orm import Session

from icra.db.models import User
from icra.errors import InputError
from icra.reporting.common import NationalReport
from icra.reporting.docx import agency_docx
from icra.reporting.downloads import Download, download
from icra.reporting.headings import REPORT_LANGUAGES
from icra.reporting.html import national_body
from icra.reporting.international import (
    TEMPLATES,
    international_docx,
    international_md,
    international_report,
    load_template,
)
from icra.services.permissions import may_read
from icra.services.plans import list_plans
from icra.services.reporting import agency_report, national_report
from icra.services.workflow import readable_report, visible_reports
from icra.web.deps import CurrentUser, SessionDep
from icra.web.templating import render

router = APIRouter(tags=["exports"])
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
# The national report's files, in the order the page offers them.
REPORT_FORMATS = ("docx", "pdf", "md", "xlsx", "csv")
TEMPLATE_FORMATS = ("docx", "md")

PlanQuery = Annotated[str | None, Query()]
YearQuery = Annotated[int | None, Query()]
LangQuery = Annotated[str, Query()]


def attachment(file: Download) -> Response:
    return Response(
        file.content,
        media_type=file.media_type,
        headers={"Content-Disposition": f"attachment; filename*=UTF-8''{quote(file.filename, safe='')}"},
    )


def international_download(report: NationalReport, template: str, fmt: str) -> Download:
    """``report`` regrouped under an international template's headings, as .docx or .md."""
    if template not in TEMPLATES or fmt not in TEMPLATE_FORMATS:
        raise InputError(
            f"no template download {template!r} as {fmt!r}; the templates are {', '.join(TEMPLATES)}, "
            f"as {' or '.join(TEMPLATE_FORMATS)}"
        )
    grouped = international_report(report, load_template(template))
    if fmt == "docx":
        out = io.BytesIO()
        international_docx(grouped).save(out)
        content, media_type = out.getvalue(), DOCX_TYPE
    else:
        content, media_type = international_md(grouped).encode("utf-8"), "text/markdown; charset=utf-8"
    return Download(content, media_type, f"{report.plan_code}-{report.year}-{template}.{fmt}")


def _readable_national(
    session: Session, user: User, plan: str | None, year: int, lang: str
) -> NationalReport:
    return national_report(
        session=session,
        plan_code=plan,
        year=year,
        lang=lang,
        readable=partial(may_read, user),
    )


def _latest_year(session: Session, user: User) -> int:
    """The newest year the user can read a report of; this year when there is none."""
    reports = visible_reports(session=session, user=user)
    return reports[0].year if reports else dt.date.today().year


@router.get("/national")
def national_page(
    request: Request,
    session: SessionDep,
    user: CurrentUser,
    plan: PlanQuery = None,
    year: YearQuery = None,
    lang: LangQuery = "az",
) -> Response:
    year = year or _latest_year(session, user)
    report = _readable_national(session, user, plan or None, year, lang)
    return render_national(
        request,
        session,
        report,
        formats=REPORT_FORMATS,
        templates=TEMPLATES,
        template_formats=TEMPLATE_FORMATS,
        download_path="/national/download",
    )


def render_national(
    request: Request,
    session: Session,
    report: NationalReport,
    *,
    formats: Sequence[str],
    templates: Sequence[str],
    template_formats: Sequence[str],
    download_path: str,
) -> Response:
    """The national report page, for signed-in users and for the public alike."""
    return render(
        request,
        "national.html",
        report=report,
        body=national_body(report),
        plans=list_plans(session=session),
        report_languages=REPORT_LANGUAGES,
        formats=formats,
        templates=templates,
        template_formats=template_formats,
        download_path=download_path,
    )


@router.get("/national/download")
def national_download(
    session: SessionDep,
    user: CurrentUser,
    format: Annotated[str, Query()],
    year: Annotated[int, Query()],
    plan: PlanQuery = None,
    lang: LangQuery = "az",
    template: Annotated[str | None, Query()] = None,
) -> Response:
    report = _readable_national(session, user, plan or None, year, lang)
    if template:
        return attachment(international_download(report, template, format))
    return attachment(download(report, format))


@router.get("/reports/{report_id}/docx")
def agency_download(session: SessionDep, user: CurrentUser, report_id: int) -> Response:
    """One agency's report regenerated from its stored records, in the shape agencies write."""
    report = readable_report(session=session, report_id=report_id, user=user)
    out = io.BytesIO()
    agency_docx(agency_report(session=session, report_id=report.id)).save(out)
    name = f"{report.agency.code}-{report.plan.code}-{report.year}.docx"
    return attachment(Download(out.getvalue(), DOCX_TYPE, name))
