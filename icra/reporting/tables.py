"""The tables analysts download (events, figures, document references, coverage), one
list of rows each, headed in the report's language; ``xlsx`` and ``csv`` write them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from icra.reporting.common import NationalReport, format_number


@dataclass(frozen=True)
class Table:
    name: str  # a file or sheet name: "events"
    title: str  # the heading in the report's language: "Tədbirlər"
    header: list[str]
    rows: list[list[Any]]


TABLE_NAMES = ("events", "figures", "document_refs", "coverage")


def tables(report: NationalReport) -> list[Table]:
    """The four tables of ``report``; a suppressed count stays a text ("<5"), others numbers."""
    h = report.headings
    events = [
        [
            e.origin.agency,
            e.origin.code,
            e.title,
            e.kind,
            e.date_start,
            e.date_end,
            e.place,
            e.participants,
            ", ".join(e.also_reported_by),
            e.status,
            e.origin.report_id,
        ]
        for e in report.events
    ]
    figures = [
        [
            f.origin.agency,
            f.origin.code,
            f.value if f.shown == format_number(f.value) else f.shown,
            f.what,
            f.unit,
            f.period,
            f.status,
            f.origin.report_id,
        ]
        for f in report.figures
    ]
    refs = [
        [
            r.origin.agency,
            r.origin.code,
            r.kind,
            r.number,
            r.date,
            r.issuer,
            r.title,
            ", ".join(r.also_reported_by),
            r.status,
            r.origin.report_id,
        ]
        for r in report.document_refs
    ]
    coverage = [[c.code, c.title, c.agency, c.role, h.yes if c.reported else h.no] for c in report.coverage]
    return [
        Table(
            "events",
            h.events,
            [
                h.agency,
                h.item,
                h.title,
                h.kind,
                h.date,
                h.date_end,
                h.place,
                h.participants,
                h.also_reported_by,
                h.status,
                h.report_id,
            ],
            events,
        ),
        Table(
            "figures",
            h.figures,
            [h.agency, h.item, h.value, h.what, h.unit, h.period, h.status, h.report_id],
            figures,
        ),
        Table(
            "document_refs",
            h.document_refs,
            [
                h.agency,
                h.item,
                h.kind,
                h.number,
                h.date,
                h.issuer,
                h.title,
                h.also_reported_by,
                h.status,
                h.report_id,
            ],
            refs,
        ),
        Table("coverage", h.coverage, [h.item, h.title, h.agency, h.role, h.reported], coverage),
    ]
