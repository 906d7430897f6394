"""The review screen: a report's text with each extracted item marked at its words, beside
a form per item (confirm, edit, delete), a form to add one by hand, and a way to move an
entry to another plan code. Each change answers htmx with the entry's fragment, redrawn."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy.orm import Session

from icra.db.models import Entry, Report, ReportStatus, User
from icra.errors import InputError, NotFound
from icra.services import review
from icra.services.permissions import COORDINATORS
from icra.services.quality import QualityFlag, report_flags
from icra.services.workflow import allowed_moves, can_edit, readable_report
from icra.web.deps import CurrentUser, SessionDep
from icra.web.highlight import Span, pieces
from icra.web.templating import is_htmx, render

router = APIRouter(prefix="/reports", tags=["review"])


def item_spans(entry: Entry) -> list[Span]:
    return [
        Span(item.source_start, item.source_end, f"{kind.name}-{item.id}")
        for kind in review.ITEM_KINDS.values()
        for item in getattr(entry, kind.relation)
        if item.source_start is not None and item.source_end is not None
    ]


def _entry_context(report: Report, entry: Entry, editable: bool) -> dict[str, Any]:
    return {
        "report": report,
        "entry": entry,
        "pieces": pieces(entry.text, item_spans(entry)),
        "kinds": review.ITEM_KINDS,
        "editable": editable,
    }


@router.get("/{report_id}")
def review_page(request: Request, session: SessionDep, user: CurrentUser, report_id: int) -> Response:
    report = readable_report(session=session, report_id=report_id, user=user)
    editable = can_edit(session=session, user=user, report=report)
    return render(
        request,
        "review.html",
        report=report,
        entries=[_entry_context(report, entry, editable) for entry in report.entries],
        moves=allowed_moves(session=session, user=user, report=report),
        flags=_flags(session, report, user),
    )


def _flags(session: Session, report: Report, user: User) -> list[QualityFlag]:
    """What the coordinator should look at before approving a submitted report."""
    if user.role not in COORDINATORS or report.status is not ReportStatus.submitted:
        return []
    return report_flags(session=session, report_id=report.id)


def _entry_of(session: Session, report_id: int, entry_id: int, user: User) -> tuple[Report, Entry]:
    report = readable_report(session=session, report_id=report_id, user=user)
    entry = next((e for e in report.entries if e.id == entry_id), None)
    if entry is None:
        raise NotFound(f"report {report_id} has no entry {entry_id}")
    return report, entry


def _entry_answer(request: Request, session: Session, report_id: int, entry_id: int, user: User) -> Response:
    """The redrawn entry for htmx; a plain form post goes back to the review page."""
    if not is_htmx(request):
        return RedirectResponse(f"/reports/{report_id}#entry-{entry_id}", status_code=303)
    session.flush()
    session.expire_all()  # read the entry's items as they now are
    report, entry = _entry_of(session, report_id, entry_id, user)
    editable = can_edit(session=session, user=user, report=report)
    return render(request, "_entry.html", **_entry_context(report, entry, editable))


def _item_entry(session: Session, kind: str, item_id: int) -> int:
    item = session.get(review.item_kind(kind).model, item_id)
    if item is None:
        raise NotFound(f"no {kind} {item_id}")
    return item.entry_id


@router.post("/{report_id}/items/{kind}/{item_id}/confirm")
def confirm(
    request: Request, session: SessionDep, user: CurrentUser, report_id: int, kind: str, item_id: int
) -> Response:
    item = review.confirm_item(session=session, report_id=report_id, kind=kind, item_id=item_id, user=user)
    return _entry_answer(request, session, report_id, item.entry_id, user)


@router.post("/{report_id}/items/{kind}/{item_id}/edit")
async def edit(
    request: Request, session: SessionDep, user: CurrentUser, report_id: int, kind: str, item_id: int
) -> Response:
    values = {key: str(value) for key, value in (await request.form()).items()}
    item = review.edit_item(
        session=session, report_id=report_id, kind=kind, item_id=item_id, values=values, user=user
    )
    return _entry_answer(request, session, report_id, item.entry_id, user)


@router.post("/{report_id}/items/{kind}/{item_id}/delete")
def delete(
    request: Request, session: SessionDep, user: CurrentUser, report_id: int, kind: str, item_id: int
) -> Response:
    entry_id = _item_entry(session, kind, item_id)
    review.delete_item(session=session, report_id=report_id, kind=kind, item_id=item_id, user=user)
    return _entry_answer(request, session, report_id, entry_id, user)


@router.get("/{report_id}/entries/{entry_id}/new")
def new_item(
    request: Request, session: SessionDep, user: CurrentUser, report_id: int, entry_id: int, kind: str
) -> Response:
    report, entry = _entry_of(session, report_id, entry_id, user)
    return render(request, "_new_item.html", report=report, entry=entry, kind=review.item_kind(kind))


@router.post("/{report_id}/entries/{entry_id}/items/{kind}")
async def add(
    request: Request, session: SessionDep, user: CurrentUser, report_id: int, entry_id: int, kind: str
) -> Response:
    form = {key: str(value) for key, value in (await request.form()).items()}
    span = _span(form.get("source_start", ""), form.get("source_end", ""))
    review.add_item(
        session=session,
        report_id=report_id,
        entry_id=entry_id,
        kind=kind,
        values=form,
        user=user,
        span=span,
    )
    return _entry_answer(request, session, report_id, entry_id, user)


def _span(start: str, end: str) -> tuple[int, int] | None:
    if not start.strip() and not end.strip():
        return None
    if not (start.strip().isdigit() and end.strip().isdigit()):
        raise InputError(f"characters {start!r}-{end!r}: give both as whole numbers, or neither")
    return int(start), int(end)


@router.post("/{report_id}/entries/{entry_id}/move")
def move(
    request: Request,
    session: SessionDep,
    user: CurrentUser,
    report_id: int,
    entry_id: int,
    code: Annotated[str, Form()],
) -> Response:
    review.move_entry(session=session, report_id=report_id, entry_id=entry_id, code=code, user=user)
    return _entry_answer(request, session, report_id, entry_id, user)
