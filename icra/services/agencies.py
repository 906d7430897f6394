"""Agencies: the bodies that carry out plan items and write reports."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from icra.db.models import Agency, User
from icra.errors import InputError, NotFound
from icra.plan_files import AgencySpec
from icra.services import audit
from icra.services.permissions import CATALOGUE_EDITORS, require_role


def _apply(agency: Agency, spec: AgencySpec) -> None:
    agency.code = spec.code
    agency.name_az, agency.name_en, agency.name_ru = spec.name.az, spec.name.en, spec.name.ru
    agency.abbreviation = spec.abbreviation


def add_agency(*, session: Session, spec: AgencySpec, user: User) -> Agency:
    require_role(user, *CATALOGUE_EDITORS, action="change agencies")
    if session.scalar(select(Agency).where(Agency.code == spec.code)) is not None:
        raise InputError(f"agency {spec.code} already exists")
    agency = Agency()
    _apply(agency, spec)
    session.add(agency)
    audit.record(session=session, user=user, action="create", entity=agency, after=audit.snapshot(agency))
    return agency


def save_agencies(*, session: Session, specs: Iterable[AgencySpec], user: User) -> list[Agency]:
    """Add the agencies that are new and update the others, matched by code."""
    require_role(user, *CATALOGUE_EDITORS, action="change agencies")
    saved = []
    for spec in specs:
        agency = session.scalar(select(Agency).where(Agency.code == spec.code))
        if agency is None:
            saved.append(add_agency(session=session, spec=spec, user=user))
            continue
        before = audit.snapshot(agency)
        _apply(agency, spec)
        audit.record_update(
            session=session, user=user, entity=agency, before=before, after=audit.snapshot(agency)
        )
        saved.append(agency)
    return saved


def get_agency(*, session: Session, code: str) -> Agency:
    agency = session.scalar(select(Agency).where(Agency.code == code.strip().upper()))
    if agency is None:
        raise NotFound(f"no agency {code!r} (see `icra agency list`)")
    return agency


def agencies_by_code(*, session: Session, codes: Iterable[str]) -> dict[str, Agency]:
    """The agencies among ``codes`` that exist, by code; the caller reports the missing ones."""
    wanted = set(codes)
    return (
        {a.code: a for a in session.scalars(select(Agency).where(Agency.code.in_(wanted)))} if wanted else {}
    )


def list_agencies(*, session: Session) -> list[Agency]:
    return list(session.scalars(select(Agency).order_by(Agency.code)))
