"""The plan view: the tree of items with their agencies, deadlines and the reports covering each."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from icra.services.coverage import plan_years, reports_by_item
from icra.services.plans import get_plan, list_plans, plan_items
from icra.services.workflow import may_read
from icra.web.deps import CurrentUser, SessionDep
from icra.web.templating import render

router = APIRouter(prefix="/plans", tags=["plans"])


@router.get("")
def plan_list(request: Request, session: SessionDep, user: CurrentUser) -> Response:
    plans = list_plans(session=session)
    if len(plans) == 1:
        return RedirectResponse(f"/plans/{plans[0].code}", status_code=303)
    return render(request, "plans.html", plans=plans)


@router.get("/{code}")
def plan_view(request: Request, session: SessionDep, user: CurrentUser, code: str) -> Response:
    plan = get_plan(session=session, code=code)
    covering = reports_by_item(session=session, plan=plan)
    return render(
        request,
        "plan.html",
        plan=plan,
        items=plan_items(session=session, plan=plan),
        years=plan_years(plan),
        # Only the reports this user may open are listed under an item.
        covering={
            item_id: [r for r in reports if may_read(user, r)] for item_id, reports in covering.items()
        },
    )
