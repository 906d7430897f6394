"""Reviewing a draft: confirm, edit, delete or add an extracted item, and move an
entry to another plan code. Each change goes to the audit trail with the item
before and after; only a report the user may edit now is changed
(:func:`icra.services.workflow.editable_report`).

Values arrive as text (a form's fields); :data:`ITEM_KINDS` says, per kind of
item, which fields a person may set and how each is read.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from icra.db.models import DocumentRef, Entry, Event, Figure, Need, SourcedItem, User
from icra.errors import InputError, NotFound
from icra.model import DocumentKind, ItemStatus
from icra.services import audit
from icra.services.plans import items_by_code
from icra.services.workflow import editable_report


def _text(value: str) -> str:
    return value.strip()


def _int(value: str) -> int:
    return int(value.replace(" ", ""))


def _number(value: str) -> float:
    return float(value.replace(" ", "").replace(",", "."))


def _date(value: str) -> dt.date:
    return dt.date.fromisoformat(value.strip())


def _document_kind(value: str) -> DocumentKind:
    return DocumentKind(value.strip())


@dataclass(frozen=True)
class Field:
    name: str
    read: Callable[[str], Any]
    required: bool = False


@dataclass(frozen=True)
class ItemKind:
    """One kind of extracted item: its record class, the entry's list of them, its editable fields."""

    name: str
    model: type[SourcedItem]
    relation: str
    fields: tuple[Field, ...]


ITEM_KINDS: Mapping[str, ItemKind] = {
    kind.name: kind
    for kind in (
        ItemKind(
            "event",
            Event,
            "events",
            (
                Field("title", _text, required=True),
                Field("kind", _text),
                Field("date_start", _date),
                Field("date_end", _date),
                Field("place", _text),
                Field("participants", _int),
            ),
        ),
        ItemKind(
            "figure",
            Figure,
            "figures",
            (Field("value", _number, required=True), Field("what", _text), Field("period", _text)),
        ),
        ItemKind(
            "document_ref",
            DocumentRef,
            "document_refs",
            (
                Field("kind", _document_kind, required=True),
                Field("number", _text),
                Field("date", _date),
                Field("issuer", _text),
                Field("title", _text),
            ),
        ),
        ItemKind("need", Need, "needs", (Field("text", _text, required=True),)),
    )
}


def item_kind(name: str) -> ItemKind:
    kind = ITEM_KINDS.get(name)
    if kind is None:
        raise NotFound(f"no kind of item {name!r}: choose one of {', '.join(ITEM_KINDS)}")
    return kind


def read_values(kind: ItemKind, values: Mapping[str, str]) -> dict[str, Any]:
    """The fields of ``kind`` read from text; an empty optional field is None."""
    read: dict[str, Any] = {}
    for field in kind.fields:
        raw = (values.get(field.name) or "").strip()
        if not raw:
            if field.required:
                raise InputError(f"{kind.name}: '{field.name}' is required")
            read[field.name] = "" if field.name == "what" else None
            continue
        try:
            read[field.name] = field.read(raw)
        except ValueError:
            raise InputError(f"{kind.name}: '{field.name}' cannot be {raw!r}") from None
    return read


def _item(session: Session, report_id: int, kind: ItemKind, item_id: int, user: User) -> SourcedItem:
    report = editable_report(session=session, report_id=report_id, user=user)
    item = session.get(kind.model, item_id)
    if item is None or item.entry_id not in {entry.id for entry in report.entries}:
        raise NotFound(f"report {report_id} has no {kind.name} {item_id}")
    return item


def confirm_item(*, session: Session, report_id: int, kind: str, item_id: int, user: User) -> SourcedItem:
    item = _item(session, report_id, item_kind(kind), item_id, user)
    before = audit.snapshot(item)
    if item.status is ItemStatus.extracted:
        item.status = ItemStatus.confirmed
    audit.record_update(session=session, user=user, entity=item, before=before, after=audit.snapshot(item))
    return item


def edit_item(
    *, session: Session, report_id: int, kind: str, item_id: int, values: Mapping[str, str], user: User
) -> SourcedItem:
    chosen = item_kind(kind)
    item = _item(session, report_id, chosen, item_id, user)
    before = audit.snapshot(item)
    for name, value in read_values(chosen, values).items():
        setattr(item, name, value)
    after = audit.snapshot(item)
    if after != before and item.status is not ItemStatus.added:
        item.status = ItemStatus.edited
        after = audit.snapshot(item)
    audit.record_update(session=session, user=user, entity=item, before=before, after=after)
    return item


def delete_item(*, session: Session, report_id: int, kind: str, item_id: int, user: User) -> None:
    item = _item(session, report_id, item_kind(kind), item_id, user)
    audit.record(session=session, user=user, action="delete", entity=item, before=audit.snapshot(item))
    session.delete(item)
    session.flush()


def _entry(session: Session, report_id: int, entry_id: int, user: User) -> Entry:
    report = editable_report(session=session, report_id=report_id, user=user)
    for entry in report.entries:
        if entry.id == entry_id:
            return entry
    raise NotFound(f"report {report_id} has no entry {entry_id}")


def add_item(
    *,
    session: Session,
    report_id: int,
    entry_id: int,
    kind: str,
    values: Mapping[str, str],
    user: User,
    span: tuple[int, int] | None = None,
) -> SourcedItem:
    """Add an item by hand to an entry, optionally tied to characters ``span`` of its text."""
    chosen = item_kind(kind)
    entry = _entry(session, report_id, entry_id, user)
    if span is not None and not 0 <= span[0] < span[1] <= len(entry.text):
        raise InputError(f"{chosen.name}: characters {span[0]}-{span[1]} are outside the entry's text")
    siblings: list[SourcedItem] = getattr(entry, chosen.relation)
    item = chosen.model(
        **read_values(chosen, values),
        position=max((s.position for s in siblings), default=-1) + 1,
        source_start=span[0] if span else None,
        source_end=span[1] if span else None,
        status=ItemStatus.added,
        section_code=entry.codes[0] if entry.codes else None,
    )
    siblings.append(item)
    session.flush()  # the snapshot needs the item's id and entry_id (the report's history finds it by those)
    audit.record(session=session, user=user, action="create", entity=item, after=audit.snapshot(item))
    return item


def move_entry(*, session: Session, report_id: int, entry_id: int, code: str, user: User) -> Entry:
    """Put an entry under another plan code of the report's plan (a section filed under the wrong one)."""
    entry = _entry(session, report_id, entry_id, user)
    code = code.strip()
    found = items_by_code(session=session, plan=entry.report.plan, codes=[code])
    if code not in found:
        raise InputError(f"plan {entry.report.plan.code} has no item {code!r}")
    before = audit.snapshot(entry, plan_items=[item.code for item in entry.plan_items])
    entry.codes, entry.unknown_codes, entry.plan_items = [code], [], [found[code]]
    for relation in ("events", "figures", "document_refs", "needs"):
        for item in getattr(entry, relation):
            item.section_code = code
    after = audit.snapshot(entry, plan_items=[code])
    audit.record_update(session=session, user=user, entity=entry, before=before, after=after)
    return entry
