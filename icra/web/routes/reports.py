"""Reports: the list, sending one (a file or text written in the form), its history,
its original file, and its moves (submit, return, approve, publish, reopen)."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.responses import RedirectResponse, Response

from icra.db.models import User, UserRole
from icra.errors import IcraError, InputError
from icra.services.agencies import list_agencies
from icra.services.intake import ingest_report
from icra.services.plans import list_plans
from icra.services.workflow import move_report, readable_report, report_history, visible_reports
from icra.web.deps import CurrentUser, SessionDep
from icra.web.errors import status_of
from icra.web.templating import render

router = APIRouter(prefix="/reports", tags=["reports"])
WRITTEN_NAME = "written-in-form.txt"


@router.get("")
def report_list(request: Request, session: SessionDep, user: CurrentUser) -> Response:
    return render(request, "reports.html", reports=visible_reports(session=session, user=user))


def _new_form(request: Request, session: SessionDep, status_code: int = 200, **values: object) -> Response:
    return render(
        request,
        "report_new.html",
        status_code,
        plans=list_plans(session=session),
        agencies=list_agencies(session=session),
        **values,
    )


@router.get("/new")
def new_report(request: Request, session: SessionDep, user: CurrentUser) -> Response:
    return _new_form(request, session, error=None)


@router.post("")
async def send_report(
    request: Request,
    session: SessionDep,
    user: CurrentUser,
    file: Annotated[UploadFile | None, File()] = None,
    text: Annotated[str, Form()] = "",
    agency: Annotated[str, Form()] = "",
    year: Annotated[str, Form()] = "",
    plan: Annotated[str, Form()] = "",
) -> Response:
    limit = request.app.state.settings.max_upload_bytes
    try:
        if file is not None and file.filename:
            data, filename = await file.read(limit + 1), file.filename
        elif text.strip():
            data, filename = text.encode("utf-8"), WRITTEN_NAME
        else:
            raise InputError("choose a file (.docx, .pdf, .txt) or write the report in the form")
        agency_code = user.agency.code if user.role is UserRole.reporter and user.agency else agency
        if not year.strip().isdigit() and year.strip():
            raise InputError(f"year {year!r}: write it as four digits")
        # Its own transaction: a refused report leaves nothing behind, and the form is shown again.
        with request.app.state.sessions.begin() as writing:
            report_id = ingest_report(
                session=writing,
                data=data,
                filename=filename,
                agency_code=agency_code,
                user=writing.get(User, user.id),
                year=int(year) if year.strip() else None,
                plan_code=plan or None,
                max_bytes=limit,
            ).id
    except IcraError as exc:
        return _new_form(request, session, status_of(exc), error=str(exc), text=text, year=year)
    return RedirectResponse(f"/reports/{report_id}", status_code=303)


@router.get("/{report_id}/history")
def history(request: Request, session: SessionDep, user: CurrentUser, report_id: int) -> Response:
    report = readable_report(session=session, report_id=report_id, user=user)
    return render(
        request, "history.html", report=report, events=report_history(session=session, report=report)
    )


@router.get("/{report_id}/source")
def source(session: SessionDep, user: CurrentUser, report_id: int) -> Response:
    report = readable_report(session=session, report_id=report_id, user=user)
    if report.source_file is None:
        raise InputError(f"report {report_id} keeps no original file")
    name = report.source_file.filename or f"report-{report_id}"
    return Response(
        report.source_file.content,
        media_type="application/octet-stream",
        headers={"Content-Disposition": f"attachment; filename*=UTF-8''{quote(name, safe='')}"},
    )


@router.post("/{report_id}/{move}")
def make_move(
    session: SessionDep,
    user: CurrentUser,
    report_id: int,
    move: str,
    comment: Annotated[str, Form()] = "",
) -> Response:
    move_report(session=session, report_id=report_id, move=move, user=user, comment=comment)
    return RedirectResponse(f"/reports/{report_id}", status_code=303)
