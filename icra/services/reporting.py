"""Reads for reports: the national report of a plan for a year and one agency's report,
as the :mod:`icra.reporting.common` objects every output format renders.

The national report lists every plan item in plan order with what each agency reported
on it; an entry about several items ("13.3.6 and 13.3.7") stands under the first and the
others point to it. The same event or letter reported by two agencies is shown once, under
the first agency, naming the others (:func:`icra.services.quality.merge_duplicates`).
"""

from __future__ import annotations

import gc
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz
from sqlalchemy import ColumnElement, Row, Select, select
from sqlalchemy.orm import Session, selectinload

from icra import lang as languages
from icra.db.models import (
    Agency,
    DocumentRef,
    Entry,
    Event,
    Figure,
    Plan,
    PlanItem,
    Report,
    ReportStatus,
    SourcedItem,
    entry_plan_item,
)
from icra.reporting.common import (
    AgencyName,
    AgencyReport,
    AgencySummary,
    CoverageRow,
    DocumentRecord,
    EntryPart,
    EventRecord,
    FigureRecord,
    ItemPart,
    NationalReport,
    Origin,
    Responsibility,
    StatisticRow,
)
from icra.reporting.headings import REPORT_LANGUAGES, headings
from icra.services.plans import code_key, get_plan, plan_items
from icra.services.publication import make_public, shown_value
from icra.services.quality import merge_duplicates
from icra.services.reports import get_report

# How alike two figures' descriptions must be (rapidfuzz token-set ratio, 0-100) to be
# taken for the same statistic in two years.
SAME_STATISTIC = 75


def agency_name(agency: Agency, lang: str) -> AgencyName:
    name = getattr(agency, f"name_{lang}", None) or agency.name_az or agency.name_en or agency.code
    return AgencyName(code=agency.code, name=name, abbreviation=agency.abbreviation)


def _title(record: Plan | PlanItem, lang: str) -> str:
    return (
        getattr(record, f"title_{lang}", None) or record.title_az or record.title_en or record.title_ru or ""
    )


def _reports(
    session: Session, plan: Plan, years: Iterable[int], statuses: Sequence[ReportStatus] | None
) -> list[Report]:
    query = (
        select(Report)
        .where(Report.plan_id == plan.id, Report.year.in_(list(years)))
        .options(selectinload(Report.agency))
        .order_by(Report.year, Report.id)
    )
    if statuses is not None:
        query = query.where(Report.status.in_(list(statuses)))
    return list(session.scalars(query))


@dataclass
class _Loaded:
    """An entry as the reports show it, with the plan items it is linked to."""

    report: Report
    part: EntryPart
    plan_codes: set[str]


def _rows_by_entry(session: Session, query: Select[Any]) -> dict[int, list[Row[Any]]]:
    found: dict[int, list[Row[Any]]] = defaultdict(list)
    for row in session.execute(query):
        found[row[0]].append(row)
    return found


def load_entries(
    session: Session, reports: list[Report], lang: str, *, only_figures: bool = False
) -> list[_Loaded]:
    """Every entry of ``reports`` with its records (``only_figures``: no events or document
    references, for the statistics of earlier years), in report and entry order.

    Read as plain rows, a query per kind of record: building ORM objects for tens of
    thousands of records would take most of a large report's time budget."""
    if not reports:
        return []
    by_id = {report.id: report for report in reports}
    of_reports = Entry.report_id.in_(list(by_id))
    entries = session.execute(
        select(Entry.id, Entry.report_id, Entry.codes, Entry.unknown_codes, Entry.heading, Entry.text)
        .where(of_reports)
        .order_by(Entry.report_id, Entry.position)
    ).all()
    links = _rows_by_entry(
        session,
        select(entry_plan_item.c.entry_id, PlanItem.code)
        .join(PlanItem, PlanItem.id == entry_plan_item.c.plan_item_id)
        .join(Entry, Entry.id == entry_plan_item.c.entry_id)
        .where(of_reports),
    )
    figures = _rows_by_entry(session, _items_query(Figure, of_reports, _FIGURE_COLUMNS))
    no_rows: dict[int, list[Row[Any]]] = {}
    events = (
        no_rows if only_figures else _rows_by_entry(session, _items_query(Event, of_reports, _EVENT_COLUMNS))
    )
    refs = (
        no_rows
        if only_figures
        else _rows_by_entry(session, _items_query(DocumentRef, of_reports, _DOCUMENT_COLUMNS))
    )
    names = {report.id: agency_name(report.agency, lang) for report in reports}
    origins: dict[tuple[int, str | None], Origin] = {}  # shared: one per report and code

    def origin(report: Report, code: str | None) -> Origin:
        found = origins.get((report.id, code))
        if found is None:
            found = origins[(report.id, code)] = Origin(
                report.agency.code, report.id, report.year, code, report.language
            )
        return found

    loaded = []
    for entry_id, report_id, codes, unknown, heading, text in entries:
        report = by_id[report_id]
        first = codes[0] if codes else None
        part = EntryPart(
            agency=names[report_id],
            report_id=report.id,
            codes=[*codes, *unknown],
            heading=heading,
            text=text,
            lang=report.language,
            events=[
                EventRecord(
                    origin(report, row.section_code or first),
                    row.title,
                    row.kind,
                    row.date_start,
                    row.date_end,
                    row.place,
                    row.participants,
                    str(row.status),
                    row.source_start,
                    row.source_end,
                )
                for row in events.get(entry_id, [])
            ],
            figures=[
                FigureRecord(
                    origin(report, row.section_code or first),
                    row.value,
                    row.what,
                    row.unit,
                    row.period,
                    str(row.status),
                    row.source_start,
                    row.source_end,
                )
                for row in figures.get(entry_id, [])
            ],
            document_refs=[
                DocumentRecord(
                    origin(report, row.section_code or first),
                    str(row.kind),
                    row.number,
                    row.date,
                    row.issuer,
                    row.title,
                    str(row.status),
                    row.source_start,
                    row.source_end,
                )
                for row in refs.get(entry_id, [])
            ],
        )
        loaded.append(_Loaded(report, part, {code for _, code in links.get(entry_id, [])}))
    return loaded


# The columns of each kind of item that its record shows, after those every item has.
_EVENT_COLUMNS = (Event.title, Event.kind, Event.date_start, Event.date_end, Event.place, Event.participants)
_FIGURE_COLUMNS = (Figure.value, Figure.what, Figure.unit, Figure.period)
_DOCUMENT_COLUMNS = (
    DocumentRef.kind,
    DocumentRef.number,
    DocumentRef.date,
    DocumentRef.issuer,
    DocumentRef.title,
)


def _items_query(
    model: type[SourcedItem], of_reports: ColumnElement[bool], columns: tuple[Any, ...]
) -> Select[Any]:
    """An item kind's rows for the entries of some reports: entry id first, in extraction order."""
    shared = (model.entry_id, model.section_code, model.status, model.source_start, model.source_end)
    return (
        select(*shared, *columns)
        .join(Entry, Entry.id == model.entry_id)
        .where(of_reports)
        .order_by(model.position)
    )


def _report_lang(report: Report, lang: str | None) -> str:
    if lang is not None:
        return lang
    return report.language if report.language in REPORT_LANGUAGES else "en"


def agency_report(*, session: Session, report_id: int, lang: str | None = None) -> AgencyReport:
    """One stored report, entry by entry, with headings in ``lang`` (default: the report's own)."""
    report = get_report(session=session, report_id=report_id)
    lang = _report_lang(report, lang)
    return AgencyReport(
        report_id=report.id,
        agency=agency_name(report.agency, lang),
        plan_title=report.header_plan_title or _title(report.plan, report.language),
        year=report.year,
        lang=lang,
        headings=headings(lang),
        entries=[loaded.part for loaded in load_entries(session, [report], lang)],
    )


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a report is built. Its passes over the
    growing heap took 60% of building a large report (3.6 s of 50 agencies x 200 sub-items),
    though the records are plain data that form no cycles; reference counting frees them."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@_collector_paused()
def national_report(
    *,
    session: Session,
    year: int,
    plan_code: str | None = None,
    lang: str = "az",
    previous_years: int = 2,
    statuses: Sequence[ReportStatus] | None = None,
    public: bool = False,
    threshold: int = 5,
    readable: Callable[[Report], bool] | None = None,
) -> NationalReport:
    """The consolidated report on a plan for ``year``: every item in plan order with what each
    agency reported, the items nobody reported on, summary tables and statistics beside the
    ``previous_years`` before. ``statuses`` limits the reports taken (default: all);
    ``public`` withholds victims' names and counts below ``threshold``; ``readable`` keeps
    only the reports a user may read (the web passes the workflow's rule)."""
    words = headings(lang)
    plan = get_plan(session=session, code=plan_code)
    items = plan_items(session=session, plan=plan)
    years = list(range(year - previous_years, year + 1))
    reports = [r for r in _reports(session, plan, years, statuses) if readable is None or readable(r)]
    this_year = [report for report in reports if report.year == year]

    parts = {item.code: _item_part(item, items, lang) for item in items if not item.withdrawn}
    unplaced: list[EntryPart] = []
    for entry in load_entries(session, this_year, lang):
        _place(entry, parts, unplaced)

    national = NationalReport(
        plan_code=plan.code,
        plan_title=_title(plan, lang),
        year=year,
        headings=words,
        items=list(parts.values()),
        agencies=_agencies(this_year, parts.values(), lang),
        summary=[],
        statistics=[],
        years=years,
        coverage=_coverage(parts.values()),
        unplaced=unplaced,
        public=public,
    )
    national.summary = _summary(national)
    if public:
        make_public(national, threshold=threshold)
    earlier = load_entries(session, [r for r in reports if r.year < year], lang, only_figures=True)
    national.statistics = _statistics(national, [entry.part for entry in earlier], threshold)
    merge_duplicates(list(national.entries()))
    return national


def _item_part(item: PlanItem, items: list[PlanItem], lang: str) -> ItemPart:
    return ItemPart(
        code=item.code,
        title=_title(item, lang),
        level=item.level,
        responsible=[
            Responsibility(agency=agency_name(r.agency, lang), role=r.role.value)
            for r in sorted(item.responsibilities, key=lambda r: (r.role.value != "lead", r.agency.code))
        ],
        is_leaf=not any(other.parent_id == item.id for other in items),
    )


def _place(entry: _Loaded, parts: dict[str, ItemPart], unplaced: list[EntryPart]) -> None:
    """Put an entry under the first of its items in plan order; the others point to it."""
    codes = sorted((code for code in entry.plan_codes if code in parts), key=code_key)
    if not codes:
        unplaced.append(entry.part)
        return
    parts[codes[0]].entries.append(entry.part)
    for code in codes[1:]:
        parts[code].see_also.append(codes[0])


def _agencies(reports: list[Report], parts: Iterable[ItemPart], lang: str) -> list[AgencyName]:
    found = {r.agency.code: agency_name(r.agency, lang) for r in reports}
    for part in parts:
        found.update({r.agency.code: r.agency for r in part.responsible})
    return [found[code] for code in sorted(found)]


def _coverage(parts: Iterable[ItemPart]) -> list[CoverageRow]:
    rows = []
    for part in parts:
        reporters = {entry.agency.code for entry in part.entries}
        for responsibility in part.responsible:
            code = responsibility.agency.code
            rows.append(
                CoverageRow(
                    code=part.code,
                    title=part.title,
                    agency=code,
                    role=responsibility.role,
                    reported=code in reporters or bool(part.see_also),
                )
            )
    return rows


def _summary(national: NationalReport) -> list[AgencySummary]:
    reports: dict[str, set[int]] = defaultdict(set)
    events: dict[str, int] = defaultdict(int)
    participants: dict[str, int] = defaultdict(int)
    for entry in national.entries():
        code = entry.agency.code
        reports[code].add(entry.report_id)
        events[code] += len(entry.events)
        participants[code] += sum(event.participants or 0 for event in entry.events)
    return [
        AgencySummary(
            agency=agency,
            reports=len(reports[agency.code]),
            events=events[agency.code],
            participants=participants[agency.code],
        )
        for agency in national.agencies
        if agency.code in reports
    ]


def _statistics(national: NationalReport, earlier: list[EntryPart], threshold: int) -> list[StatisticRow]:
    """Each figure of the year beside the most alike figure the same agency reported under
    the same code in each earlier year."""
    earlier_figures: dict[tuple[str, str | None, int], list[FigureRecord]] = defaultdict(list)
    for entry in earlier:
        for figure in entry.figures:
            earlier_figures[(figure.origin.agency, figure.origin.code, figure.origin.year)].append(figure)
    rows = []
    for figure in national.figures:
        fold = languages.get(figure.origin.lang).fold
        values = {}
        for year in national.years[:-1]:
            candidates = earlier_figures.get((figure.origin.agency, figure.origin.code, year), [])
            match = _most_alike(figure, candidates, fold)
            values[year] = shown_value(match, public=national.public, threshold=threshold) if match else ""
        values[national.year] = figure.shown
        rows.append(
            StatisticRow(
                agency=figure.origin.agency,
                code=figure.origin.code,
                what=figure.what,
                unit=figure.unit,
                values=values,
            )
        )
    return rows


def _most_alike(
    figure: FigureRecord, candidates: list[FigureRecord], fold: Callable[[str], str]
) -> FigureRecord | None:
    best: tuple[float, FigureRecord] | None = None
    for candidate in candidates:
        if candidate.unit != figure.unit:
            continue
        score = fuzz.token_set_ratio(fold(figure.what), fold(candidate.what))
        if score >= SAME_STATISTIC and (best is None or score > best[0]):
            best = (score, candidate)
    return best[1] if best else None
