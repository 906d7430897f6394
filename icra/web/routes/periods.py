"""Reporting periods: the coordinator opens a plan's year with a due date and approves
(locks) it; everyone sees which agencies have sent their report."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from icra.errors import InputError
from icra.services.periods import agencies_not_sent, approve_period, list_periods, open_period
from icra.services.plans import get_plan
from icra.web.deps import CurrentUser, SessionDep
from icra.web.templating import render

router = APIRouter(prefix="/periods", tags=["periods"])


@router.get("")
def period_list(request: Request, session: SessionDep, user: CurrentUser) -> Response:
    plan = get_plan(session=session)
    periods = list_periods(session=session, plan=plan)
    waiting = {period.id: agencies_not_sent(session=session, period=period) for period in periods}
    return render(request, "periods.html", plan=plan, periods=periods, waiting=waiting)


@router.post("")
def open_one(
    session: SessionDep,
    user: CurrentUser,
    year: Annotated[int, Form()],
    due: Annotated[str, Form()],
    plan: Annotated[str, Form()] = "",
) -> Response:
    try:
        due_date = dt.date.fromisoformat(due)
    except ValueError:
        raise InputError(f"due date {due!r}: write it as YYYY-MM-DD") from None
    open_period(
        session=session, plan=get_plan(session=session, code=plan or None), year=year, due=due_date, user=user
    )
    return RedirectResponse("/periods", status_code=303)


@router.post("/{period_id}/approve")
def approve(session: SessionDep, user: CurrentUser, period_id: int) -> Response:
    approve_period(session=session, period_id=period_id, user=user)
    return RedirectResponse("/periods", status_code=303)
