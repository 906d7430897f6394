"""Plans and their item trees: import from a :class:`~icra.plan_files.PlanSpec`, and reads.

Re-importing a plan updates it in place, item by item, matched by code: items keep
their ids, so report entries linked to unchanged codes stay linked. A code missing
from the new file is deleted if nothing refers to it; if a report entry refers to
it (or to one of its sub-items) it is kept and marked *withdrawn*, so old reports
keep their links and lose nothing. Listing the code again restores it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import exists, select
from sqlalchemy.orm import Session, selectinload

from icra.db.models import Agency, Plan, PlanItem, PlanItemAgency, ResponsibilityRole, User, entry_plan_item
from icra.errors import InputError, NotFound
from icra.plan_files import PlanItemSpec, PlanSpec
from icra.services import audit
from icra.services.agencies import agencies_by_code
from icra.services.permissions import CATALOGUE_EDITORS, require_role


@dataclass
class ImportResult:
    """What an import changed, by item code."""

    plan: Plan
    plan_created: bool = False
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    withdrawn: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)


def code_key(code: str) -> tuple[int, ...]:
    """Sort key putting 13.2.10 after 13.2.9."""
    return tuple(int(part) for part in code.split("."))


def import_plan(*, session: Session, spec: PlanSpec, user: User) -> ImportResult:
    """Create the plan of ``spec``, or bring the stored plan with its code in line with it."""
    require_role(user, *CATALOGUE_EDITORS, action="import plans")
    agencies = _resolve_agencies(session, spec)  # before any change: a bad file changes nothing
    plan = session.scalar(select(Plan).where(Plan.code == spec.code))
    result = ImportResult(plan=plan or Plan(code=spec.code), plan_created=plan is None)
    plan = result.plan
    before = None if result.plan_created else audit.snapshot(plan)
    plan.title_az, plan.title_en, plan.title_ru = spec.title.az, spec.title.en, spec.title.ru
    plan.period_start, plan.period_end = spec.period_start, spec.period_end
    plan.country, plan.reconstructed = spec.country, spec.reconstructed
    if before is None:
        session.add(plan)
        audit.record(session=session, user=user, action="create", entity=plan, after=audit.snapshot(plan))
    else:
        audit.record_update(
            session=session, user=user, entity=plan, before=before, after=audit.snapshot(plan)
        )

    existing = {item.code: item for item in plan.items}
    for item_spec in spec.items_parents_first():
        _save_item(session, user, plan, existing, item_spec, agencies, result)
    listed = {item_spec.code for item_spec in spec.items}
    removed = sorted((code for code in existing if code not in listed), key=code_key, reverse=True)
    _remove_items(session, user, existing, removed, result)
    session.flush()
    return result


def _resolve_agencies(session: Session, spec: PlanSpec) -> dict[str, Agency]:
    wanted = {code for item in spec.items for code in (*item.lead, *item.partners)}
    found = agencies_by_code(session=session, codes=wanted)
    for item in spec.items:
        for column in ("lead", "partners"):
            for code in getattr(item, column):
                if code not in found:
                    raise InputError(
                        f"{spec.source or spec.code}: {item.origin or item.code}, field '{column}': "
                        f"unknown agency {code} (see `icra agency list`)"
                    )
    return found


def _item_snapshot(item: PlanItem) -> dict[str, object]:
    return audit.snapshot(
        item, agencies={r.agency.code: r.role.value for r in item.responsibilities}, parent_code=_parent(item)
    )


def _parent(item: PlanItem) -> str | None:
    return item.parent.code if item.parent else None


def _save_item(
    session: Session,
    user: User,
    plan: Plan,
    existing: dict[str, PlanItem],
    spec: PlanItemSpec,
    agencies: dict[str, Agency],
    result: ImportResult,
) -> None:
    item = existing.get(spec.code)
    before = _item_snapshot(item) if item is not None else None
    if item is None:
        item = PlanItem(plan=plan, code=spec.code)
        existing[spec.code] = item
    item.parent = existing[spec.parent_code] if spec.parent_code else None
    item.level = spec.level
    item.title_az, item.title_en, item.title_ru = spec.title.az, spec.title.en, spec.title.ru
    item.deadline_text = spec.deadline.text if spec.deadline else None
    item.deadline_from = spec.deadline.start if spec.deadline else None
    item.deadline_to = spec.deadline.end if spec.deadline else None
    item.expected_result = spec.expected_result
    item.indicators = list(spec.indicators)
    item.withdrawn = False
    roles = {code: ResponsibilityRole.lead for code in spec.lead}
    roles |= {code: ResponsibilityRole.partner for code in spec.partners}
    _set_responsibilities(session, item, roles, agencies)
    if before is None:
        session.add(item)
        audit.record(session=session, user=user, action="create", entity=item, after=_item_snapshot(item))
        result.created.append(spec.code)
    elif audit.record_update(
        session=session, user=user, entity=item, before=before, after=_item_snapshot(item)
    ):
        result.updated.append(spec.code)
    else:
        result.unchanged.append(spec.code)


def _set_responsibilities(
    session: Session, item: PlanItem, roles: dict[str, ResponsibilityRole], agencies: dict[str, Agency]
) -> None:
    # Changed in place, row by row: replacing the list would insert before it deletes.
    for responsibility in list(item.responsibilities):
        role = roles.pop(responsibility.agency.code, None)
        if role is None:
            item.responsibilities.remove(responsibility)
        else:
            responsibility.role = role
    for code, role in roles.items():
        item.responsibilities.append(PlanItemAgency(agency=agencies[code], role=role))


def _remove_items(
    session: Session, user: User, existing: dict[str, PlanItem], removed: list[str], result: ImportResult
) -> None:
    """Delete dropped items nothing refers to; withdraw the others (deepest first)."""
    kept: set[str] = set()
    for code in removed:
        item = existing[code]
        has_kept_child = any(child.startswith(code + ".") for child in kept)
        before = _item_snapshot(item)
        if has_kept_child or _is_referenced(session, item):
            kept.add(code)
            if not item.withdrawn:
                item.withdrawn = True
                audit.record_update(
                    session=session, user=user, entity=item, before=before, after=_item_snapshot(item)
                )
                result.withdrawn.append(code)
            continue
        audit.record(session=session, user=user, action="delete", entity=item, before=before)
        session.delete(item)
        session.flush()  # its children's rows go before their parent's
        result.deleted.append(code)


def _is_referenced(session: Session, item: PlanItem) -> bool:
    return bool(session.scalar(select(exists().where(entry_plan_item.c.plan_item_id == item.id))))


def list_plans(*, session: Session) -> list[Plan]:
    return list(session.scalars(select(Plan).order_by(Plan.period_start, Plan.code)))


def get_plan(*, session: Session, code: str | None = None) -> Plan:
    """The plan with ``code``; without one, the only plan there is."""
    if code is not None:
        plan = session.scalar(select(Plan).where(Plan.code == code))
        if plan is None:
            raise NotFound(f"no plan {code!r} (see `icra plan list`)")
        return plan
    plans = list_plans(session=session)
    if not plans:
        raise NotFound("no plan yet: import one with `icra plan import FILE`")
    if len(plans) > 1:
        raise InputError(f"there are several plans; name one: {', '.join(p.code for p in plans)}")
    return plans[0]


def plan_items(*, session: Session, plan: Plan) -> list[PlanItem]:
    """All of ``plan``'s items in code order (13, 13.1, 13.1.1, 13.2 ...), agencies loaded."""
    items = session.scalars(
        select(PlanItem)
        .where(PlanItem.plan_id == plan.id)
        .options(selectinload(PlanItem.responsibilities).selectinload(PlanItemAgency.agency))
    )
    return sorted(items, key=lambda item: code_key(item.code))


def items_by_code(*, session: Session, plan: Plan, codes: list[str]) -> dict[str, PlanItem]:
    """The items of ``plan`` among ``codes``, by code; unknown codes are simply absent."""
    if not codes:
        return {}
    query = select(PlanItem).where(PlanItem.plan_id == plan.id, PlanItem.code.in_(set(codes)))
    return {item.code: item for item in session.scalars(query)}
