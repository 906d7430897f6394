"""The report each audit event belongs to, so a report's history is one indexed query;
filled in for the events already recorded.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

AUDIT = sa.table(
    "audit_event",
    sa.column("id", sa.Integer),
    sa.column("entity_type", sa.String),
    sa.column("entity_id", sa.Integer),
    sa.column("report_id", sa.Integer),
    sa.column("before", sa.JSON),
    sa.column("after", sa.JSON),
)
ENTRY = sa.table("entry", sa.column("id", sa.Integer), sa.column("report_id", sa.Integer))


# Events read and updated per round: the trail is the largest table, and its snapshots need not
# fit in memory at once.
BATCH = 5_000


def upgrade() -> None:
    with op.batch_alter_table("audit_event") as batch:
        batch.add_column(sa.Column("report_id", sa.Integer(), nullable=True))
        batch.create_index(batch.f("ix_audit_event_report_id"), ["report_id"], unique=False)
    bind = op.get_bind()
    last = 0
    while events := _events_after(bind, last):
        found = _reports_of(bind, events)
        if found:
            bind.execute(
                sa.update(AUDIT)
                .where(AUDIT.c.id == sa.bindparam("event_id"))
                .values(report_id=sa.bindparam("event_report_id")),
                found,
            )
        last = events[-1][0]


def _events_after(bind: sa.Connection, last: int) -> list[tuple[int, str, int | None, dict[str, Any]]]:
    """The next BATCH events after id ``last``: id, entity type and id, and a snapshot of the record."""
    rows = bind.execute(
        sa.select(AUDIT.c.id, AUDIT.c.entity_type, AUDIT.c.entity_id, AUDIT.c.before, AUDIT.c.after)
        .where(AUDIT.c.id > last)
        .order_by(AUDIT.c.id)
        .limit(BATCH)
    )
    return [(id_, kind, entity_id, after or before or {}) for id_, kind, entity_id, before, after in rows]


def _reports_of(
    bind: sa.Connection, events: list[tuple[int, str, int | None, dict[str, Any]]]
) -> list[dict[str, int]]:
    """The update of each of ``events`` that belongs to a report, as bound parameters."""
    entry_ids = {entry_id for *_, snapshot in events if isinstance(entry_id := snapshot.get("entry_id"), int)}
    report_of_entry = dict(
        bind.execute(sa.select(ENTRY.c.id, ENTRY.c.report_id).where(ENTRY.c.id.in_(entry_ids))).tuples().all()
    )
    found = []
    for event_id, entity_type, entity_id, snapshot in events:
        report_id = _report_of(entity_type, entity_id, snapshot, report_of_entry)
        if report_id is not None:
            found.append({"event_id": event_id, "event_report_id": report_id})
    return found


def _report_of(
    entity_type: str, entity_id: int | None, snapshot: dict[str, Any], report_of_entry: dict[int, int]
) -> int | None:
    """What icra.services.audit records now, worked out from an old event's snapshot."""
    if entity_type == "report":
        return entity_id
    report_id = snapshot.get("report_id")
    if isinstance(report_id, int):
        return report_id
    entry_id = snapshot.get("entry_id")
    return report_of_entry.get(entry_id) if isinstance(entry_id, int) else None


def downgrade() -> None:
    with op.batch_alter_table("audit_event") as batch:
        batch.drop_index(batch.f("ix_audit_event_report_id"))
        batch.drop_column("report_id")
