"""The numbers the dashboards chart, over the reports a user may read: events and
participants per month and per agency, trainings, figures over the years, and the
register of legal acts the reports cite."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from icra.db.models import DocumentRef, Entry, Event, Figure, Report
from icra.model import DocumentKind

LEGAL_ACTS = (
    DocumentKind.law,
    DocumentKind.decree,
    DocumentKind.decision,
    DocumentKind.resolution,
    DocumentKind.order,
)
TRAINING_KIND = "training"


@dataclass
class Dashboard:
    months: list[str]
    events_per_month: list[int]
    participants_per_month: list[int]
    agencies: list[str]
    events_per_agency: list[int]
    participants_per_agency: list[int]
    trainings: list[tuple[Event, Report]]
    # Figure label -> year -> summed value, for labels reported in any year.
    statistics: dict[str, dict[int, float]]
    legal_acts: list[tuple[DocumentRef, Report]]


def dashboard(*, session: Session, reports: list[Report], top_statistics: int = 8) -> Dashboard:
    ids = [report.id for report in reports]
    events = list(
        session.execute(
            select(Event, Report)
            .join(Entry, Entry.id == Event.entry_id)
            .join(Report)
            .where(Report.id.in_(ids))
        ).tuples()
    )
    per_month: Counter[str] = Counter()
    people_month: Counter[str] = Counter()
    per_agency: Counter[str] = Counter()
    people_agency: Counter[str] = Counter()
    for event, report in events:
        per_agency[report.agency.code] += 1
        people_agency[report.agency.code] += event.participants or 0
        if event.date_start is not None:
            month = event.date_start.strftime("%Y-%m")
            per_month[month] += 1
            people_month[month] += event.participants or 0
    months = sorted(per_month)
    agencies = sorted(per_agency)
    return Dashboard(
        months=months,
        events_per_month=[per_month[m] for m in months],
        participants_per_month=[people_month[m] for m in months],
        agencies=agencies,
        events_per_agency=[per_agency[a] for a in agencies],
        participants_per_agency=[people_agency[a] for a in agencies],
        trainings=[(e, r) for e, r in events if e.kind == TRAINING_KIND],
        statistics=_statistics(session, ids, top_statistics),
        legal_acts=list(
            session.execute(
                select(DocumentRef, Report)
                .join(Entry, Entry.id == DocumentRef.entry_id)
                .join(Report)
                .where(Report.id.in_(ids), DocumentRef.kind.in_(LEGAL_ACTS))
                .order_by(DocumentRef.date.desc(), DocumentRef.id)
            ).tuples()
        ),
    )


def _statistics(session: Session, report_ids: list[int], top: int) -> dict[str, dict[int, float]]:
    """The ``top`` most reported figure labels (what a number counts), summed per year."""
    rows = session.execute(
        select(Figure.what, Report.year, Figure.value)
        .join(Entry, Entry.id == Figure.entry_id)
        .join(Report)
        .where(Report.id.in_(report_ids), Figure.what != "")
    )
    by_label: dict[str, dict[int, float]] = defaultdict(lambda: defaultdict(float))
    for what, year, value in rows:
        by_label[what][year] += value
    labels = sorted(by_label, key=lambda label: (-len(by_label[label]), label))[:top]
    return {label: dict(sorted(by_label[label].items())) for label in labels}
