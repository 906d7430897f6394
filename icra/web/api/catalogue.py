"""The catalogue every report refers to: plans, their items, agencies (read by every user)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path

from icra.errors import NotFound
from icra.services.agencies import get_agency, list_agencies
from icra.services.plans import get_plan, items_by_code, list_plans, plan_items
from icra.web.api import schemas
from icra.web.api.auth import ApiUser
from icra.web.api.filters import CODE
from icra.web.deps import SessionDep

router = APIRouter()
# Codes as plans and agencies write them (nap-2014-2018, 13.1.1, DMX).
Code = Annotated[str, Path(pattern=CODE)]


@router.get("/plans", tags=["plans"])
def plans(session: SessionDep, user: ApiUser) -> list[schemas.Plan]:
    return [schemas.Plan.model_validate(plan) for plan in list_plans(session=session)]


@router.get("/plans/{code}", tags=["plans"])
def plan(session: SessionDep, user: ApiUser, code: Code) -> schemas.Plan:
    return schemas.Plan.model_validate(get_plan(session=session, code=code))


@router.get("/plans/{code}/items", tags=["plans"])
def plan_item_list(session: SessionDep, user: ApiUser, code: Code) -> list[schemas.PlanItem]:
    """Every item of the plan in code order: sections, measures and sub-items."""
    items = plan_items(session=session, plan=get_plan(session=session, code=code))
    return [schemas.PlanItem.of(item) for item in items]


@router.get("/plans/{code}/items/{item_code}", tags=["plans"])
def plan_item(session: SessionDep, user: ApiUser, code: Code, item_code: Code) -> schemas.PlanItem:
    found = get_plan(session=session, code=code)
    item = items_by_code(session=session, plan=found, codes=[item_code]).get(item_code)
    if item is None:
        raise NotFound(f"plan {found.code} has no item {item_code!r}")
    return schemas.PlanItem.of(item)


@router.get("/agencies", tags=["agencies"])
def agencies(session: SessionDep, user: ApiUser) -> list[schemas.Agency]:
    return [schemas.Agency.model_validate(agency) for agency in list_agencies(session=session)]


@router.get("/agencies/{code}", tags=["agencies"])
def agency(session: SessionDep, user: ApiUser, code: Code) -> schemas.Agency:
    return schemas.Agency.model_validate(get_agency(session=session, code=code))
