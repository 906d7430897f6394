"""What every report format reads: a :class:`NationalReport` or an :class:`AgencyReport`,
built from stored records by :mod:`icra.services.reporting`. Renderers (docx, html, md,
xlsx, csv) take one of these and never touch the database, so each format shows the
same records in the same order.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field

from icra import lang as languages
from icra.reporting.headings import Headings


@dataclass(frozen=True)
class AgencyName:
    code: str
    name: str
    abbreviation: str | None = None


@dataclass(frozen=True)
class Origin:
    """Where a record was reported: which agency's report, which year, under which plan code."""

    agency: str
    report_id: int
    year: int
    code: str | None
    lang: str  # the language the report is written in


@dataclass
class EventRecord:
    origin: Origin
    title: str
    kind: str | None
    date_start: dt.date | None
    date_end: dt.date | None
    place: str | None
    participants: int | None
    status: str
    source_start: int | None = None
    source_end: int | None = None
    # Other agencies that reported the same event; it is shown once, under the first.
    also_reported_by: list[str] = field(default_factory=list)


@dataclass
class FigureRecord:
    origin: Origin
    value: float
    what: str
    unit: str | None
    period: str | None
    status: str
    source_start: int | None = None
    source_end: int | None = None
    # How the value is shown: the number, or "<5" where a public report suppresses a small count.
    shown: str = ""

    def __post_init__(self) -> None:
        self.shown = self.shown or format_number(self.value)


@dataclass
class DocumentRecord:
    origin: Origin
    kind: str
    number: str | None
    date: dt.date | None
    issuer: str | None
    title: str | None
    status: str
    source_start: int | None = None
    source_end: int | None = None
    also_reported_by: list[str] = field(default_factory=list)


@dataclass
class EntryPart:
    """One part of an agency's report: its heading, its narrative and the records in it."""

    agency: AgencyName
    report_id: int
    codes: list[str]
    heading: str
    text: str
    lang: str
    events: list[EventRecord] = field(default_factory=list)
    figures: list[FigureRecord] = field(default_factory=list)
    document_refs: list[DocumentRecord] = field(default_factory=list)
    # Events another agency reported first: listed there, left out here.
    merged_events: list[EventRecord] = field(default_factory=list)


@dataclass(frozen=True)
class Responsibility:
    agency: AgencyName
    role: str  # "lead" or "partner"


@dataclass
class ItemPart:
    """A plan item with what each agency reported on it this year."""

    code: str
    title: str
    level: int
    responsible: list[Responsibility] = field(default_factory=list)
    entries: list[EntryPart] = field(default_factory=list)
    # Items without sub-items are the ones agencies report on.
    is_leaf: bool = True
    # Codes of the items whose joint entry ("13.3.6 and 13.3.7") also covers this one.
    see_also: list[str] = field(default_factory=list)

    @property
    def reported(self) -> bool:
        return bool(self.entries or self.see_also)


@dataclass(frozen=True)
class AgencySummary:
    agency: AgencyName
    reports: int
    events: int
    participants: int


@dataclass(frozen=True)
class StatisticRow:
    """One figure of the year beside the same figure in earlier years (None: not reported)."""

    agency: str
    code: str | None
    what: str
    unit: str | None
    values: dict[int, str]


@dataclass(frozen=True)
class CoverageRow:
    code: str
    title: str
    agency: str
    role: str
    reported: bool


@dataclass
class NationalReport:
    plan_code: str
    plan_title: str
    year: int
    headings: Headings
    items: list[ItemPart]
    agencies: list[AgencyName]
    summary: list[AgencySummary]
    statistics: list[StatisticRow]
    years: list[int]  # the statistics' columns: earlier years, then this one
    coverage: list[CoverageRow]
    # Entries under no known plan code (a preamble, a needs section, an unknown code).
    unplaced: list[EntryPart] = field(default_factory=list)
    public: bool = False

    @property
    def title(self) -> str:
        return self.headings.national_title.format(
            plan=self.plan_title, year=self.headings.ordinal(self.year)
        )

    @property
    def missing_items(self) -> list[ItemPart]:
        return [item for item in self.items if item.is_leaf and not item.reported]

    def entries(self) -> Iterator[EntryPart]:
        for item in self.items:
            yield from item.entries
        yield from self.unplaced

    @property
    def events(self) -> list[EventRecord]:
        return [event for entry in self.entries() for event in entry.events]

    @property
    def figures(self) -> list[FigureRecord]:
        return [figure for entry in self.entries() for figure in entry.figures]

    @property
    def document_refs(self) -> list[DocumentRecord]:
        return [ref for entry in self.entries() for ref in entry.document_refs]


@dataclass
class AgencyReport:
    report_id: int
    agency: AgencyName
    plan_title: str
    year: int
    lang: str
    headings: Headings
    entries: list[EntryPart]

    @property
    def title(self) -> str:
        return self.headings.agency_title.format(
            agency=self.agency.name, plan=self.plan_title, year=self.headings.ordinal(self.year)
        )


def format_number(value: float) -> str:
    """A figure as reports write it: whole numbers without ".0"."""
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def format_dates(start: dt.date | None, end: dt.date | None) -> str:
    """A date or a date range as dd.mm.yyyy, the form every reader of the reports knows."""
    if start is None:
        return ""
    if end is None or end == start:
        return f"{start:%d.%m.%Y}"
    return f"{start:%d.%m.%Y}-{end:%d.%m.%Y}"


# Marks that open an item of a list written as plain text ("· seminar – 24 fevral ...").
LIST_MARKS = "·•▪●◦‣-–—*"


@dataclass(frozen=True)
class Block:
    """A paragraph of an entry's narrative: ``text[start:end]`` without its list mark."""

    text: str
    bullet: bool
    start: int
    end: int


def blocks(text: str) -> list[Block]:
    """The non-empty lines of ``text``; a line opened by a list mark is a bullet."""
    found = []
    offset = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        start = offset + len(line) - len(line.lstrip())
        offset += len(line)
        if not stripped:
            continue
        bullet = stripped[0] in LIST_MARKS and stripped[1:2].isspace()
        shown = stripped[1:].strip() if bullet else stripped
        found.append(Block(text=shown, bullet=bullet, start=start, end=start + len(stripped)))
    return found


def narrative(entry: EntryPart) -> list[Block]:
    """The entry's paragraphs without the list items that state its events, which reports
    show from the records instead."""
    events = [*entry.events, *entry.merged_events]
    spans = [(e.source_start, e.source_end) for e in events if e.source_start is not None]
    return [
        block
        for block in blocks(entry.text)
        if not (block.bullet and any(block.start <= start < block.end for start, _ in spans))
    ]


def event_line(event: EventRecord, participants_word: str) -> str:
    """An event as agencies list them: "seminar – 24.02.2016, Bakı – 4 nəfər"."""
    when = ", ".join(part for part in (format_dates(event.date_start, event.date_end), event.place) if part)
    count = f"{event.participants} {participants_word}" if event.participants is not None else ""
    return " – ".join(part for part in (event.title, when, count) if part)


def document_line(ref: DocumentRecord, kinds: dict[str, str]) -> str:
    """A document as reports cite it, its kind named by ``kinds``: "məktub № 02/2896, 01.12.2016
    (Dövlət Miqrasiya Xidməti)"."""
    name = ref.title or kinds.get(ref.kind, ref.kind)
    named = f"{name} № {ref.number}" if ref.number else name
    cited = f"{named}, {ref.date:%d.%m.%Y}" if ref.date else named
    return f"{cited} ({ref.issuer})" if ref.issuer else cited


def grouped(found: list[Block]) -> list[tuple[bool, list[str]]]:
    """Consecutive paragraphs grouped into runs of bullets and runs of plain paragraphs."""
    runs: list[tuple[bool, list[str]]] = []
    for block in found:
        if runs and runs[-1][0] == block.bullet:
            runs[-1][1].append(block.text)
        else:
            runs.append((block.bullet, [block.text]))
    return runs


def participants_word(entry: EntryPart) -> str:
    """The word the entry's language counts participants with ("nəfər", "человек")."""
    words = languages.get(entry.lang).participant_words
    return words[0] if words else ""
