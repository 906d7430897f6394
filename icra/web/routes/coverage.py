"""The coverage matrix: plan items x agencies x years, the gaps first."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from icra.services.coverage import coverage, plan_years
from icra.services.plans import get_plan
from icra.web.deps import CurrentUser, SessionDep
from icra.web.templating import render

router = APIRouter(prefix="/coverage", tags=["coverage"])


@router.get("")
def coverage_page(
    request: Request, session: SessionDep, user: CurrentUser, plan: str | None = None
) -> Response:
    chosen = get_plan(session=session, code=plan)
    return render(
        request,
        "coverage.html",
        plan=chosen,
        years=plan_years(chosen),
        rows=coverage(session=session, plan=chosen),
    )
