"""Who reported on what: for every plan item, agency and year, whether a report covers it.

A report covers an item when one of its entries is filed under the item's code.
"Reported" means approved or published; "draft" means any earlier status; "missing"
means no report of that agency for that year names the item.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from icra.db.models import Agency, Entry, Plan, PlanItem, Report, ReportStatus, entry_plan_item
from icra.services.plans import code_key, plan_items

REPORTED = "reported"
DRAFT = "draft"
MISSING = "missing"
DONE = (ReportStatus.approved, ReportStatus.published)


@dataclass
class CoverageRow:
    item: PlanItem
    agency: Agency
    cells: dict[int, str] = field(default_factory=dict)  # year -> reported | draft | missing

    def count(self, state: str) -> int:
        return sum(1 for cell in self.cells.values() if cell == state)


def plan_years(plan: Plan, today: dt.date | None = None) -> list[int]:
    """The plan's years up to this one: later years cannot be reported yet."""
    last = min(plan.period_end, (today or dt.date.today()).year)
    return list(range(plan.period_start, last + 1))


def reports_by_item(*, session: Session, plan: Plan) -> dict[int, list[Report]]:
    """The reports that cover each of ``plan``'s items, by item id, oldest year first."""
    rows = session.execute(
        select(entry_plan_item.c.plan_item_id, Report)
        .join(Entry, Entry.id == entry_plan_item.c.entry_id)
        .join(Report, Report.id == Entry.report_id)
        .where(Report.plan_id == plan.id)
        .order_by(Report.year, Report.id)
    )
    found: dict[int, list[Report]] = {}
    for item_id, report in rows:
        reports = found.setdefault(item_id, [])
        if report not in reports:
            reports.append(report)
    return found


def coverage(*, session: Session, plan: Plan, today: dt.date | None = None) -> list[CoverageRow]:
    """One row per sub-item and responsible agency, a cell per year; the most gaps first."""
    years = plan_years(plan, today)
    covered = reports_by_item(session=session, plan=plan)
    items = plan_items(session=session, plan=plan)
    parents = {item.parent_id for item in items}
    rows = []
    for item in items:
        if item.withdrawn or item.id in parents:
            continue  # sections and measures are covered through their sub-items
        for responsibility in item.responsibilities:
            row = CoverageRow(item=item, agency=responsibility.agency)
            for year in years:
                states = [
                    r.status
                    for r in covered.get(item.id, [])
                    if r.agency_id == row.agency.id and r.year == year
                ]
                row.cells[year] = REPORTED if any(s in DONE for s in states) else DRAFT if states else MISSING
            rows.append(row)
    # The gaps first: the most years missing, then the most still in draft.
    return sorted(
        rows,
        key=lambda row: (-row.count(MISSING), -row.count(DRAFT), code_key(row.item.code), row.agency.code),
    )
