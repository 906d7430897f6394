"""Quality flags the coordinator sees before approving a report, and the merging of records
two agencies both reported.

- *repeated text*: a section that repeats the agency's report of the year before nearly
  word for word (rapidfuzz ratio of the folded texts at or above ``REPEATED_TEXT``);
- *contradicting figures*: parts that add up to more than their whole (legalised +
  expelled + left > identified), as ``icra/data/quality/figure-checks.yaml`` configures
  per plan item and indicator;
- *outside the period*: an event dated outside the report's year;
- *duplicate*: the same letter (kind, number, date) or event (date, place, a title alike)
  in another agency's report for the same plan and year; the national report shows it once.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Protocol

import yaml
from rapidfuzz import fuzz
from sqlalchemy import select
from sqlalchemy.orm import Session

from icra import lang as languages
from icra.data import DEMO_DIR
from icra.db.models import Entry, Figure, Report
from icra.errors import InputError
from icra.reporting.common import EntryPart, EventRecord
from icra.services.reports import get_report

FIGURE_CHECKS = DEMO_DIR.parent / "quality" / "figure-checks.yaml"
# Folded texts at least this alike (rapidfuzz ratio, 0-100) count as repeated.
REPEATED_TEXT = 90
# Event titles at least this alike (token-set ratio) on the same day and place are one event.
SAME_EVENT = 80


@dataclass(frozen=True)
class QualityFlag:
    kind: str  # "repeated_text", "contradicting_figures", "outside_period", "duplicate"
    code: str | None
    message: str


class _EventLike(Protocol):
    """A stored event or an event record: what telling two events apart needs."""

    @property
    def title(self) -> str: ...
    @property
    def date_start(self) -> dt.date | None: ...
    @property
    def place(self) -> str | None: ...


class _DocumentLike(Protocol):
    @property
    def kind(self) -> object: ...
    @property
    def number(self) -> str | None: ...
    @property
    def date(self) -> dt.date | None: ...


def document_key(ref: _DocumentLike) -> tuple[str, str, dt.date | None] | None:
    """What makes two references one document: kind, number (spaces dropped) and date."""
    if not ref.number:
        return None
    return (str(getattr(ref.kind, "value", ref.kind)), re.sub(r"\s+", "", ref.number), ref.date)


def same_event(a: _EventLike, b: _EventLike, fold: Callable[[str], str]) -> bool:
    if a.date_start is None or a.date_start != b.date_start:
        return False
    if fold(a.place or "") != fold(b.place or ""):
        return False
    return fuzz.token_set_ratio(fold(a.title), fold(b.title)) >= SAME_EVENT


def merge_duplicates(entries: list[EntryPart]) -> None:
    """Keep each event and document reported by several agencies once, under the first
    entry that has it, naming the other agencies; move the later copies of an event to
    their entry's ``merged_events`` and drop those of a document, in place."""
    kept_documents: dict[tuple[str, str, dt.date | None], tuple[str, list[str]]] = {}
    # Events by day and place: only those can be one event, so titles are compared within.
    kept_events: dict[tuple[dt.date, str], list[tuple[str, EventRecord]]] = defaultdict(list)
    for entry in entries:
        agency = entry.agency.code
        fold = languages.get(entry.lang).fold
        documents = []
        for ref in entry.document_refs:
            key = document_key(ref)
            first = kept_documents.get(key) if key else None
            if first is not None and first[0] != agency:
                if agency not in first[1]:
                    first[1].append(agency)
                continue
            if key and first is None:
                kept_documents[key] = (agency, ref.also_reported_by)
            documents.append(ref)
        entry.document_refs = documents
        events = []
        for event in entry.events:
            bucket = kept_events[(event.date_start, fold(event.place or ""))] if event.date_start else []
            twin = next(
                (kept for owner, kept in bucket if owner != agency and same_event(kept, event, fold)), None
            )
            if twin is None:
                events.append(event)
                bucket.append((agency, event))
            else:
                if agency not in twin.also_reported_by:
                    twin.also_reported_by.append(agency)
                entry.merged_events.append(event)
        entry.events = events


def report_flags(*, session: Session, report_id: int) -> list[QualityFlag]:
    """Every quality flag of one stored report, in the order of the checks above."""
    report = get_report(session=session, report_id=report_id)
    return [
        *repeated_text(session=session, report=report),
        *contradicting_figures(report=report),
        *events_outside_period(report=report),
        *duplicates(session=session, report=report),
    ]


def _fold(report: Report) -> Callable[[str], str]:
    return languages.get(report.language).fold if report.language in languages.SUPPORTED else str.casefold


def repeated_text(*, session: Session, report: Report) -> list[QualityFlag]:
    previous = session.scalars(
        select(Report).where(
            Report.agency_id == report.agency_id,
            Report.plan_id == report.plan_id,
            Report.year == report.year - 1,
        )
    ).all()
    fold = _fold(report)
    earlier = [entry for old in previous for entry in old.entries]
    flags = []
    for entry in report.entries:
        for old in earlier:
            if not set(entry.codes) & set(old.codes) or not entry.text.strip():
                continue
            score = fuzz.ratio(fold(entry.text), fold(old.text))
            if score >= REPEATED_TEXT:
                part = entry.heading.strip().rstrip(":") or _code(entry)
                message = f"{part}: the text repeats the {old.report.year} report almost word for word"
                flags.append(QualityFlag("repeated_text", _code(entry), f"{message} ({score:.0f}% alike)"))
                break
    return flags


def _code(entry: Entry) -> str | None:
    return entry.codes[0] if entry.codes else None


@dataclass(frozen=True)
class _Indicator:
    name: str
    words: dict[str, tuple[str, ...]]


@dataclass(frozen=True)
class FigureCheck:
    plan: str
    item: str
    whole: _Indicator
    parts: tuple[_Indicator, ...]


@cache
def figure_checks(path: Path = FIGURE_CHECKS) -> tuple[FigureCheck, ...]:
    """The checks configured in ``path``; a malformed file is named in the error."""
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
        return tuple(
            FigureCheck(
                plan=str(check["plan"]),
                item=str(check["item"]),
                whole=_indicator(check["whole"]),
                parts=tuple(_indicator(part) for part in check["parts"]),
            )
            for check in document["checks"]
        )
    except (OSError, yaml.YAMLError, KeyError, TypeError) as exc:
        raise InputError(f"{path}: not a list of figure checks ({exc})") from None


def _indicator(spec: dict[str, object]) -> _Indicator:
    words = spec["words"]
    if not isinstance(words, dict):
        raise TypeError(f"words of {spec['indicator']} must be a mapping of language to words")
    return _Indicator(
        name=str(spec["indicator"]),
        words={code: tuple(languages.get(code).fold(w) for w in listed) for code, listed in words.items()},
    )


def _matching(figures: Iterable[Figure], indicator: _Indicator, lang: str) -> list[float]:
    data = languages.get(lang)
    stems = indicator.words.get(lang, ())
    return [figure.value for figure in figures if any(stem in data.fold(figure.what) for stem in stems)]


def contradicting_figures(
    *, report: Report, checks: tuple[FigureCheck, ...] | None = None
) -> list[QualityFlag]:
    flags = []
    for check in checks if checks is not None else figure_checks():
        if check.plan != report.plan.code:
            continue
        figures = [f for entry in report.entries if check.item in entry.codes for f in entry.figures]
        wholes = _matching(figures, check.whole, report.language)
        if not wholes:
            continue
        found = {
            part.name: max(values)
            for part in check.parts
            if (values := _matching(figures, part, report.language))
        }
        if sum(found.values()) > max(wholes):
            listed = " + ".join(f"{name} {value:g}" for name, value in found.items())
            flags.append(
                QualityFlag(
                    "contradicting_figures",
                    check.item,
                    f"{check.item}: {listed} = {sum(found.values()):g}, more than "
                    f"{check.whole.name} {max(wholes):g}",
                )
            )
    return flags


def events_outside_period(*, report: Report) -> list[QualityFlag]:
    start, end = dt.date(report.year, 1, 1), dt.date(report.year, 12, 31)
    flags = []
    for entry in report.entries:
        for event in entry.events:
            first, last = event.date_start, event.date_end or event.date_start
            if first is None or last is None or (start <= first and last <= end):
                continue
            flags.append(
                QualityFlag(
                    "outside_period",
                    event.section_code or _code(entry),
                    f"{event.title}: dated {first:%d.%m.%Y}, outside the reporting period {report.year}",
                )
            )
    return flags


def duplicates(*, session: Session, report: Report) -> list[QualityFlag]:
    others = session.scalars(
        select(Report).where(
            Report.plan_id == report.plan_id, Report.year == report.year, Report.agency_id != report.agency_id
        )
    ).all()
    fold = _fold(report)
    documents = {
        document_key(ref): other for other in others for e in other.entries for ref in e.document_refs
    }
    flags = []
    for entry in report.entries:
        for ref in entry.document_refs:
            other = documents.get(document_key(ref)) if document_key(ref) else None
            if other is not None:
                flags.append(
                    QualityFlag(
                        "duplicate",
                        ref.section_code or _code(entry),
                        f"{ref.kind.value} {ref.number}: also reported by {other.agency.code}",
                    )
                )
        for event in entry.events:
            other = next(
                (o for o in others for e in o.entries for twin in e.events if same_event(twin, event, fold)),
                None,
            )
            if other is not None:
                flags.append(
                    QualityFlag(
                        "duplicate",
                        event.section_code or _code(entry),
                        f"{event.title}: also reported by {other.agency.code}",
                    )
                )
    return flags
