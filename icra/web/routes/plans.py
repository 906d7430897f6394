"""The plan view: the tree of items with their agencies, deadlines, ratings and the reports
covering each per year; the coordinator rates an item there."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy.orm import Session

from icra.db.models import Plan, Rating, User
from icra.errors import NotFound
from icra.services.coverage import plan_years, reports_by_item
from icra.services.periods import rate_item, ratings
from icra.services.permissions import may_read
from icra.services.plans import get_plan, items_by_code, list_plans, plan_items
from icra.web.deps import CurrentUser, SessionDep
from icra.web.templating import is_htmx, render

router = APIRouter(prefix="/plans", tags=["plans"])


@router.get("")
def plan_list(request: Request, session: SessionDep, user: CurrentUser) -> Response:
    plans = list_plans(session=session)
    if len(plans) == 1:
        return RedirectResponse(f"/plans/{plans[0].code}", status_code=303)
    return render(request, "plans.html", plans=plans)


def _plan_context(session: Session, plan: Plan, user: User) -> dict[str, Any]:
    covering = reports_by_item(session=session, plan=plan)
    return {
        "plan": plan,
        "years": plan_years(plan),
        # Only the reports this user may open are listed under an item.
        "covering": {item: [r for r in reports if may_read(user, r)] for item, reports in covering.items()},
        "ratings": ratings(session=session, plan=plan),
        "rubric": list(Rating),
    }


@router.get("/{code}")
def plan_view(request: Request, session: SessionDep, user: CurrentUser, code: str) -> Response:
    plan = get_plan(session=session, code=code)
    items = plan_items(session=session, plan=plan)
    return render(request, "plan.html", items=items, **_plan_context(session, plan, user))


@router.post("/{code}/items/{item_code}/rating")
def rate(
    request: Request,
    session: SessionDep,
    user: CurrentUser,
    code: str,
    item_code: str,
    rating: Annotated[str, Form()],
) -> Response:
    """Set an item's rating; htmx gets the item's row redrawn, a plain form the plan again."""
    plan = get_plan(session=session, code=code)
    item = items_by_code(session=session, plan=plan, codes=[item_code]).get(item_code)
    if item is None:
        raise NotFound(f"plan {plan.code} has no item {item_code!r}")
    rate_item(session=session, item=item, rating=rating, user=user)
    if not is_htmx(request):
        return RedirectResponse(f"/plans/{plan.code}#item-{item.code}", status_code=303)
    return render(request, "_plan_item.html", item=item, **_plan_context(session, plan, user))
