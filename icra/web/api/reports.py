"""Reports: list and read those the caller may read, send one (a file, stored as a draft,
as the web's form does), move it (submit, return, approve, publish, reopen), read its entries;
and search their text. Who may do what is decided by ``icra.services.workflow``."""

from __future__ import annotations

from functools import partial
from typing import Annotated

from fastapi import APIRouter, File, Form, Path, Query, Request, UploadFile
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from icra.db import models as db
from icra.db.models import Report, User, UserRole
from icra.errors import InputError, NotFound
from icra.services.intake import ingest_report
from icra.services.search import search
from icra.services.workflow import allowed_moves, move_report, readable_report
from icra.web.api import schemas
from icra.web.api.auth import ApiUser
from icra.web.api.filters import CODE, Chosen, Id, Limit, Offset, PlanItemCode, Year, readable
from icra.web.deps import SessionDep

router = APIRouter()


def report_answer(session: Session, user: User, report: Report) -> schemas.Report:
    return schemas.Report.of(report, allowed_moves(session=session, user=user, report=report))


@router.get("/reports", tags=["reports"])
def reports(
    session: SessionDep,
    user: ApiUser,
    chosen: Chosen,
    limit: Limit = 100,
    offset: Offset = 0,
) -> list[schemas.Report]:
    """The reports the caller may read (a reporter: its agency's and the published ones;
    a viewer: the published ones), newest year first."""
    found = readable(session, user, chosen)[offset : offset + limit]
    return [report_answer(session, user, report) for report in found]


@router.get("/reports/{report_id}", tags=["reports"])
def report(session: SessionDep, user: ApiUser, report_id: Id) -> schemas.Report:
    return report_answer(session, user, readable_report(session=session, report_id=report_id, user=user))


@router.post("/reports", status_code=201, tags=["reports"])
async def send_report(
    request: Request,
    session: SessionDep,
    user: ApiUser,
    file: Annotated[UploadFile, File(description="The report: .docx, .pdf or .txt.")],
    agency: Annotated[
        str, Form(pattern=r"^[A-Za-z0-9._-]{0,20}$", description="Agency code (a reporter's own when empty).")
    ] = "",
    year: Annotated[
        int | None, Form(ge=1900, le=2200, description="Default: the year the report states.")
    ] = None,
    plan: Annotated[
        str, Form(pattern=r"^[A-Za-z0-9._-]{0,60}$", description="Plan code (the only plan when empty).")
    ] = "",
) -> schemas.Report:
    """Read the file and store what it says as a draft report, as the web's upload does."""
    limit = request.app.state.settings.max_upload_bytes
    data = await file.read(limit + 1)
    if user.role is UserRole.reporter and user.agency is not None and not agency:
        agency = user.agency.code
    if not agency:
        raise InputError("name the agency the report is from (agency, e.g. DMX)")
    # Extraction takes a while on a long PDF: off the event loop, so other requests go on.
    stored = await run_in_threadpool(
        partial(
            ingest_report,
            session=session,
            data=data,
            filename=file.filename or "report",
            agency_code=agency,
            user=user,
            year=year,
            plan_code=plan or None,
            max_bytes=limit,
        )
    )
    return await run_in_threadpool(report_answer, session, user, stored)


@router.post("/reports/{report_id}/{move}", tags=["reports"])
def make_move(
    session: SessionDep,
    user: ApiUser,
    report_id: Id,
    move: Annotated[str, Path(description="submit, return, approve, publish or reopen.")],
    body: schemas.Move | None = None,
) -> schemas.Report:
    comment = body.comment if body else ""
    moved = move_report(session=session, report_id=report_id, move=move, user=user, comment=comment)
    session.flush()
    return report_answer(session, user, moved)


@router.get("/reports/{report_id}/entries", tags=["entries"])
def report_entries(session: SessionDep, user: ApiUser, report_id: Id) -> list[schemas.Entry]:
    """The report's parts, one per plan item or group of items, with their text."""
    found = readable_report(session=session, report_id=report_id, user=user)
    return [schemas.Entry.of(entry) for entry in found.entries]


@router.get("/entries", tags=["entries"])
def entries(
    session: SessionDep,
    user: ApiUser,
    chosen: Chosen,
    plan_item: PlanItemCode = None,
    limit: Limit = 100,
    offset: Offset = 0,
) -> list[schemas.Entry]:
    found = [
        entry
        for report in readable(session, user, chosen)
        for entry in report.entries
        if plan_item is None or plan_item in entry.codes
    ]
    return [schemas.Entry.of(entry) for entry in found[offset : offset + limit]]


@router.get("/entries/{entry_id}", tags=["entries"])
def entry(session: SessionDep, user: ApiUser, entry_id: Id) -> schemas.Entry:
    found = session.get(db.Entry, entry_id)
    if found is None:
        raise NotFound(f"no entry {entry_id}")
    readable_report(session=session, report_id=found.report_id, user=user)  # NotFound unless readable
    return schemas.Entry.of(found)


@router.get("/search", tags=["search"])
def search_reports(
    session: SessionDep,
    user: ApiUser,
    q: Annotated[
        schemas.Text, Query(min_length=1, max_length=500, description="Words to find, all of them.")
    ],
    agency: Annotated[str | None, Query(pattern=CODE, description="Agency code.")] = None,
    year: Year = None,
    plan_item: PlanItemCode = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> list[schemas.SearchHit]:
    """The entries holding every word of ``q`` (folded and stemmed for the report's language)."""
    hits = search(
        session=session,
        user=user,
        query=q,
        agency_code=agency.upper() if agency else None,
        year=year,
        plan_item=plan_item,
        limit=limit,
    )
    return [
        schemas.SearchHit(
            report_id=hit.report.id,
            entry_id=hit.entry.id,
            agency=hit.report.agency.code,
            year=hit.report.year,
            codes=list(hit.entry.codes),
            heading=hit.entry.heading,
            spans=hit.spans,
        )
        for hit in hits
    ]
