"""Reports: store an extracted :class:`~icra.model.ReportDraft` as a draft report
(with its source file, entries and items) and read it back.

Storing is all-or-nothing: everything is built and checked in memory, then added
at once, so a draft that cannot be stored leaves no trace. An entry keeps the
codes the report wrote, known to the plan or not, and links to the plan items
among them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from icra import model
from icra.db.models import (
    DocumentRef,
    Entry,
    Event,
    Figure,
    Need,
    Organisation,
    OrganisationMention,
    Plan,
    Report,
    ReportOrganisation,
    SourcedItem,
    SourceFile,
    User,
    UserRole,
)
from icra.errors import InputError, NotFound, PermissionDenied
from icra.services import audit
from icra.services.agencies import get_agency
from icra.services.permissions import require_role
from icra.services.plans import get_plan, items_by_code
from icra.services.search import index_entries

ItemT = TypeVar("ItemT", bound=SourcedItem)
REPORT_WRITERS = (UserRole.admin, UserRole.coordinator, UserRole.reporter)


def store_draft(
    *,
    session: Session,
    draft: model.ReportDraft,
    agency_code: str,
    plan_code: str | None = None,
    plan_id: int | None = None,
    year: int,
    source_bytes: bytes,
    user: User,
) -> Report:
    """Store ``draft`` as a draft report of ``agency_code`` on a plan (by code or id) for ``year``."""
    require_role(user, *REPORT_WRITERS, action="store reports")
    agency = get_agency(session=session, code=agency_code)
    if user.role is UserRole.reporter and user.agency_id != agency.id:
        raise PermissionDenied(f"{user.username} reports for another agency, not {agency.code}")
    plan = _plan(session, plan_code, plan_id)
    name = draft.source.filename or "the report"
    sha256 = hashlib.sha256(source_bytes).hexdigest()
    if draft.source.sha256 and draft.source.sha256 != sha256:
        raise InputError(f"{name}: the bytes given are not the file the draft was read from (sha256 differs)")
    report = Report(
        agency=agency,
        plan=plan,
        year=year,
        language=draft.report.language,
        header_agency=draft.report.agency,
        header_year=draft.report.year,
        header_plan_title=draft.report.plan_title,
        header_period_start=draft.report.plan_period[0] if draft.report.plan_period else None,
        header_period_end=draft.report.plan_period[1] if draft.report.plan_period else None,
        warnings=list(draft.warnings),
        source_file=SourceFile(
            filename=draft.source.filename,
            format=draft.source.format,
            encoding=draft.source.encoding,
            sha256=sha256,
            size=len(source_bytes),
            content=source_bytes,
        ),
    )
    report.entries = _entries(session, plan, draft.sections)
    _attach_items(name, report.entries, draft)
    _attach_organisations(session, name, report, draft.organisations)
    session.add(report)
    audit.record(
        session=session,
        user=user,
        action="create",
        entity=report,
        after=audit.snapshot(report, **_counts(draft)),
    )
    index_entries(session=session, entries=report.entries, language=report.language)
    return report


def _plan(session: Session, plan_code: str | None, plan_id: int | None) -> Plan:
    if plan_id is None:
        return get_plan(session=session, code=plan_code)
    plan = session.get(Plan, plan_id)
    if plan is None:
        raise NotFound(f"no plan with id {plan_id}")
    return plan


def _entries(session: Session, plan: Plan, sections: Sequence[model.Section]) -> list[Entry]:
    known = items_by_code(
        session=session, plan=plan, codes=[c for s in sections for c in (*s.codes, *s.unknown_codes)]
    )
    entries = []
    for position, section in enumerate(sections):
        codes = dict.fromkeys((*section.codes, *section.unknown_codes))  # in order, once each
        entries.append(
            Entry(
                position=position,
                codes=list(section.codes),
                unknown_codes=list(section.unknown_codes),
                heading=section.heading,
                text=section.text,
                start=section.start,
                end=section.end,
                plan_items=[known[code] for code in codes if code in known],
            )
        )
    return entries


def _entry_for(name: str, what: str, span: model.SourceSpan, code: str | None, entries: list[Entry]) -> Entry:
    """The entry an item belongs to: by its section index, else by its section's code."""
    if span.section_index is not None and 0 <= span.section_index < len(entries):
        return entries[span.section_index]
    if span.section_index is None and code is not None:
        for entry in entries:
            if code in entry.codes:
                return entry
    raise InputError(f"{name}: {what} belongs to no section of the report (section {span.section_index})")


def _item_fields(position: int, span: model.SourceSpan, code: str | None) -> dict[str, Any]:
    return {
        "position": position,
        "source_start": span.source_start,
        "source_end": span.source_end,
        "status": span.status,
        "section_code": code,
    }


def _attach_items(name: str, entries: list[Entry], draft: model.ReportDraft) -> None:
    for n, event in enumerate(draft.events):
        entry = _entry_for(name, f"event {n + 1} ({event.title})", event, event.section, entries)
        entry.events.append(
            Event(
                **_item_fields(n, event, event.section),
                title=event.title,
                kind=event.kind,
                date_start=event.date_start,
                date_end=event.date_end,
                place=event.place,
                participants=event.participants,
            )
        )
    for n, figure in enumerate(draft.figures):
        entry = _entry_for(name, f"figure {n + 1} ({figure.value})", figure, figure.section, entries)
        entry.figures.append(
            Figure(
                **_item_fields(n, figure, figure.section),
                value=figure.value,
                what=figure.what,
                period=figure.period,
                unit=figure.unit,
            )
        )
    for n, ref in enumerate(draft.document_refs):
        entry = _entry_for(name, f"document reference {n + 1} ({ref.number})", ref, ref.section, entries)
        entry.document_refs.append(
            DocumentRef(
                **_item_fields(n, ref, ref.section),
                kind=ref.kind,
                number=ref.number,
                date=ref.date,
                issuer=ref.issuer,
                title=ref.title,
            )
        )
    for n, need in enumerate(draft.needs):
        entry = _entry_for(name, f"need {n + 1}", need, need.section, entries)
        entry.needs.append(Need(**_item_fields(n, need, need.section), text=need.text))


def _attach_organisations(
    session: Session, name: str, report: Report, found: Sequence[model.Organisation]
) -> None:
    """Link the report to the organisations it names (shared records, matched by name)
    and keep every mention; one outside all sections keeps its whole-document span."""
    links: dict[str, ReportOrganisation] = {}
    for draft_org in found:
        link = links.get(draft_org.name)
        if link is None:
            link = ReportOrganisation(position=len(links), organisation=_organisation(session, draft_org))
            links[draft_org.name] = link
        for mention in draft_org.mentions:
            entry = (
                None
                if mention.section_index is None
                else _entry_for(name, f"a mention of {draft_org.name}", mention, None, report.entries)
            )
            report.mentions.append(
                OrganisationMention(
                    organisation=link.organisation,
                    entry=entry,
                    source_start=mention.source_start,
                    source_end=mention.source_end,
                    status=mention.status,
                )
            )
    report.organisations = list(links.values())


def _organisation(session: Session, found: model.Organisation) -> Organisation:
    # An organisation record is shared by every report; a new report only fills its gaps.
    organisation = session.scalar(select(Organisation).where(Organisation.name == found.name))
    if organisation is None:
        return Organisation(name=found.name, abbreviation=found.abbreviation, aliases=list(found.aliases))
    organisation.abbreviation = organisation.abbreviation or found.abbreviation
    organisation.aliases = list(dict.fromkeys([*organisation.aliases, *found.aliases]))
    return organisation


def _counts(draft: model.ReportDraft) -> dict[str, int]:
    return {
        "entries": len(draft.sections),
        "events": len(draft.events),
        "figures": len(draft.figures),
        "document_refs": len(draft.document_refs),
        "needs": len(draft.needs),
        "organisations": len(draft.organisations),
    }


def get_report(*, session: Session, report_id: int) -> Report:
    report = session.get(Report, report_id)
    if report is None:
        raise NotFound(f"no report with id {report_id}")
    return report


def list_reports(
    *, session: Session, plan_code: str | None = None, agency_code: str | None = None, year: int | None = None
) -> list[Report]:
    query = select(Report).order_by(Report.year.desc(), Report.id)
    if plan_code is not None:
        query = query.where(Report.plan_id == get_plan(session=session, code=plan_code).id)
    if agency_code is not None:
        query = query.where(Report.agency_id == get_agency(session=session, code=agency_code).id)
    if year is not None:
        query = query.where(Report.year == year)
    return list(session.scalars(query))


def load_draft(*, session: Session, report_id: int) -> model.ReportDraft:
    """The stored report as a :class:`~icra.model.ReportDraft`, the reverse of :func:`store_draft`."""
    report = get_report(session=session, report_id=report_id)
    start, end = report.header_period_start, report.header_period_end
    source = report.source_file
    return model.ReportDraft(
        report=model.ReportHeader(
            agency=report.header_agency,
            year=report.header_year,
            plan_title=report.header_plan_title,
            plan_period=(start, end) if start is not None and end is not None else None,
            language=report.language,
        ),
        sections=[
            model.Section(
                codes=list(entry.codes),
                unknown_codes=list(entry.unknown_codes),
                heading=entry.heading,
                text=entry.text,
                start=entry.start,
                end=entry.end,
            )
            for entry in report.entries
        ],
        events=[
            model.Event(
                **_span(entry, event),
                title=event.title,
                kind=event.kind,
                date_start=event.date_start,
                date_end=event.date_end,
                place=event.place,
                participants=event.participants,
            )
            for entry, event in _in_order(report.entries, lambda entry: entry.events)
        ],
        figures=[
            model.Figure(
                **_span(entry, figure),
                value=int(figure.value) if float(figure.value).is_integer() else figure.value,
                what=figure.what,
                period=figure.period,
                unit=figure.unit,
            )
            for entry, figure in _in_order(report.entries, lambda entry: entry.figures)
        ],
        document_refs=[
            model.DocumentRef(
                **_span(entry, ref),
                kind=ref.kind,
                number=ref.number,
                date=ref.date,
                issuer=ref.issuer,
                title=ref.title,
            )
            for entry, ref in _in_order(report.entries, lambda entry: entry.document_refs)
        ],
        needs=[
            model.Need(**_span(entry, need), text=need.text)
            for entry, need in _in_order(report.entries, lambda entry: entry.needs)
        ],
        organisations=[_draft_organisation(report, link.organisation) for link in report.organisations],
        warnings=list(report.warnings),
        source=model.SourceInfo(
            filename=source.filename if source else None,
            format=source.format if source else None,
            sha256=source.sha256 if source else None,
            size=source.size if source else None,
            encoding=source.encoding if source else None,
        ),
    )


def _in_order(entries: list[Entry], items_of: Callable[[Entry], list[ItemT]]) -> list[tuple[Entry, ItemT]]:
    """Each item with its entry, in the order extraction listed them across the report."""
    pairs = [(entry, item) for entry in entries for item in items_of(entry)]
    return sorted(pairs, key=lambda pair: pair[1].position)


def _span(entry: Entry, item: SourcedItem) -> dict[str, Any]:
    return {
        "section_index": entry.position,
        "source_start": item.source_start,
        "source_end": item.source_end,
        "status": item.status,
        "section": item.section_code,
    }


def _draft_organisation(report: Report, organisation: Organisation) -> model.Organisation:
    mentions = [
        model.SourceSpan(
            section_index=mention.entry.position if mention.entry else None,
            source_start=mention.source_start,
            source_end=mention.source_end,
            status=mention.status,
        )
        for mention in report.mentions
        if mention.organisation_id == organisation.id
    ]
    return model.Organisation(
        name=organisation.name,
        abbreviation=organisation.abbreviation,
        aliases=list(organisation.aliases),
        mentions=mentions,
    )
