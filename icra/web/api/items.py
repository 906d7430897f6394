"""Extracted items (events, figures, document references, needs): list them across the
reports the caller may read, read one, and review them as the web's review screen does
(confirm, edit, delete, add), through :mod:`icra.services.review`, which refuses what the
caller may not change. One router per kind, all made by :func:`item_router`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any

from fastapi import APIRouter, Query, Response
from sqlalchemy.orm import Session

from icra.db import models as db
from icra.errors import InputError, NotFound
from icra.model import ItemStatus
from icra.services import review
from icra.services.workflow import readable_report
from icra.web.api import schemas
from icra.web.api.auth import ApiUser
from icra.web.api.filters import Chosen, Id, Limit, Offset, PlanItemCode, readable
from icra.web.deps import SessionDep


def _readable_item(
    session: Session, user: db.User, kind: review.ItemKind, item_id: int
) -> tuple[db.Entry, db.SourcedItem]:
    """The item and its entry, if the caller may read its report; otherwise NotFound."""
    item = session.get(kind.model, item_id)
    entry = session.get(db.Entry, item.entry_id) if item is not None else None
    if item is None or entry is None:
        raise NotFound(f"no {kind.name} {item_id}")
    readable_report(session=session, report_id=entry.report_id, user=user)
    return entry, item


def _as_text(value: schemas.FieldValue) -> str:
    """A JSON value as the review form would carry it (the services read text)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        raise InputError(f"{value!r} is not a value of any field: write text, a number or a date")
    return str(value)


def _form_values(kind: review.ItemKind, given: Mapping[str, schemas.FieldValue], item: Any) -> dict[str, str]:
    """Every field of ``kind`` as text: those ``given``, the others as ``item`` has them."""
    names = {field.name for field in kind.fields}
    unknown = sorted(set(given) - names)
    if unknown:
        raise InputError(
            f"{kind.name} has no field {', '.join(unknown)}: its fields are {', '.join(sorted(names))}"
        )
    current = {name: "" if item is None else _as_text(_plain(getattr(item, name))) for name in names}
    return current | {name: _as_text(value) for name, value in given.items()}


def _plain(value: Any) -> schemas.FieldValue:
    # Dates and choices as their text: what the review form shows.
    return value if value is None or isinstance(value, int | float | str) else str(value)


def item_router(kind: review.ItemKind, answer: type[schemas.ItemT], path: str) -> APIRouter:
    router = APIRouter(tags=[path])
    answers: Any = list[answer]  # type: ignore[valid-type]  # a class chosen per kind, as FastAPI takes it
    fields = ", ".join(field.name + (" (required)" if field.required else "") for field in kind.fields)

    @router.get(f"/{path}", response_model=answers, name=f"list {path}")
    def item_list(
        session: SessionDep,
        user: ApiUser,
        chosen: Chosen,
        plan_item: PlanItemCode = None,
        status: Annotated[ItemStatus | None, Query(description="Review status of the item.")] = None,
        limit: Limit = 100,
        offset: Offset = 0,
    ) -> list[schemas.Stored]:
        found = [
            schemas.item_of(answer, entry, item)
            for report in readable(session, user, chosen)
            for entry in report.entries
            if plan_item is None or plan_item in entry.codes
            for item in getattr(entry, kind.relation)
            if status is None or item.status is status
        ]
        return list(found[offset : offset + limit])

    @router.get(f"/{path}/{{item_id}}", response_model=answer, name=f"get {kind.name}")
    def item_get(session: SessionDep, user: ApiUser, item_id: Id) -> schemas.Stored:
        return schemas.item_of(answer, *_readable_item(session, user, kind, item_id))

    @router.patch(
        f"/{path}/{{item_id}}",
        response_model=answer,
        name=f"edit {kind.name}",
        description=f"Fields: {fields}.",
    )
    def item_edit(
        session: SessionDep, user: ApiUser, item_id: Id, change: schemas.ItemChange
    ) -> schemas.Stored:
        entry, item = _readable_item(session, user, kind, item_id)
        values = _form_values(kind, change.values, item)
        review.edit_item(
            session=session,
            report_id=entry.report_id,
            kind=kind.name,
            item_id=item_id,
            values=values,
            user=user,
        )
        session.flush()
        return schemas.item_of(answer, entry, item)

    @router.post(f"/{path}/{{item_id}}/confirm", response_model=answer, name=f"confirm {kind.name}")
    def item_confirm(session: SessionDep, user: ApiUser, item_id: Id) -> schemas.Stored:
        entry, item = _readable_item(session, user, kind, item_id)
        review.confirm_item(
            session=session, report_id=entry.report_id, kind=kind.name, item_id=item_id, user=user
        )
        session.flush()
        return schemas.item_of(answer, entry, item)

    @router.delete(f"/{path}/{{item_id}}", status_code=204, name=f"delete {kind.name}")
    def item_delete(session: SessionDep, user: ApiUser, item_id: Id) -> Response:
        entry, _ = _readable_item(session, user, kind, item_id)
        review.delete_item(
            session=session, report_id=entry.report_id, kind=kind.name, item_id=item_id, user=user
        )
        return Response(status_code=204)

    @router.post(
        f"/entries/{{entry_id}}/{path}",
        status_code=201,
        response_model=answer,
        name=f"add {kind.name}",
        description=f"Add a {kind.name} by hand to an entry. Fields: {fields}.",
    )
    def item_add(
        session: SessionDep,
        user: ApiUser,
        entry_id: Id,
        new: schemas.NewItem,
    ) -> schemas.Stored:
        entry = session.get(db.Entry, entry_id)
        if entry is None:
            raise NotFound(f"no entry {entry_id}")
        if (new.source_start is None) != (new.source_end is None):
            raise InputError(f"{kind.name}: give source_start and source_end both, or neither")
        span = (
            None if new.source_start is None or new.source_end is None else (new.source_start, new.source_end)
        )
        item = review.add_item(
            session=session,
            report_id=entry.report_id,
            entry_id=entry_id,
            kind=kind.name,
            values=_form_values(kind, new.values, None),
            user=user,
            span=span,
        )
        return schemas.item_of(answer, entry, item)

    return router


ROUTERS = (
    item_router(review.item_kind("event"), schemas.Event, "events"),
    item_router(review.item_kind("figure"), schemas.Figure, "figures"),
    item_router(review.item_kind("document_ref"), schemas.DocumentRef, "document-refs"),
    item_router(review.item_kind("need"), schemas.Need, "needs"),
)
