"""The audit trail: one :class:`AuditEvent` per change, with the record before and after."""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from icra.db.models import AuditEvent, Base, Entry, Report, User

# Never copied into the trail: secrets, and file bytes the SourceFile already keeps.
HIDDEN_COLUMNS = frozenset({"password_hash", "content"})


def snapshot(record: Base, **extra: Any) -> dict[str, Any]:
    """``record``'s columns as JSON values (dates as ISO text), plus ``extra`` facts."""
    values = {
        attribute.key: _json_value(getattr(record, attribute.key))
        for attribute in inspect(record).mapper.column_attrs
        if attribute.key not in HIDDEN_COLUMNS
    }
    return {**values, **{key: _json_value(value) for key, value in extra.items()}}


def _json_value(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dt.date):  # datetime too
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_json_value(v) for v in value]
    return value


def record(
    *,
    session: Session,
    user: User | None,
    action: str,
    entity: Base,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> AuditEvent:
    """Write who did ``action`` ("create", "update", "delete") to ``entity``, and how it looked."""
    session.flush()  # gives a new entity its id
    event = AuditEvent(
        user=user,
        action=action,
        entity_type=entity.__tablename__,
        entity_id=getattr(entity, "id", None),
        report_id=_report_of(session, entity),
        before=before,
        after=after,
    )
    session.add(event)
    return event


def _report_of(session: Session, entity: Base) -> int | None:
    """The report ``entity`` is part of: itself, by its ``report_id``, or through its entry's."""
    if isinstance(entity, Report):
        return entity.id
    report_id = getattr(entity, "report_id", None)
    if report_id is not None:
        return int(report_id)
    entry_id = getattr(entity, "entry_id", None)
    if entry_id is None:
        return None
    return session.scalar(select(Entry.report_id).where(Entry.id == entry_id))


def record_update(
    *, session: Session, user: User, entity: Base, before: dict[str, Any], after: dict[str, Any]
) -> bool:
    """Record an update if ``before`` and ``after`` differ; say whether anything changed."""
    if before == after:
        return False
    record(session=session, user=user, action="update", entity=entity, before=before, after=after)
    return True


def list_events(
    *, session: Session, entity_type: str | None = None, entity_id: int | None = None, limit: int = 100
) -> list[AuditEvent]:
    """The newest changes first, optionally those of one kind of record or one record."""
    query = select(AuditEvent).order_by(AuditEvent.id.desc()).limit(limit)
    if entity_type is not None:
        query = query.where(AuditEvent.entity_type == entity_type)
    if entity_id is not None:
        query = query.where(AuditEvent.entity_id == entity_id)
    return list(session.scalars(query))
