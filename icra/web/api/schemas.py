"""What the API answers with. Extracted items and entries reuse :mod:`icra.model`'s classes
(the shape extraction produces and review corrects), with the ids a script needs to
address them; the catalogue's records are read straight from their columns."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, TypeVar

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from icra import model
from icra.db import models as db

# Values a person may type: PostgreSQL text cannot hold NUL characters, so they are refused here.
Text = Annotated[str, StringConstraints(pattern=r"^[^\x00]*$", max_length=100_000)]
FieldValue = Text | int | float | bool | None


class Error(BaseModel):
    """Every refusal: one line saying why (a list of problems for a malformed request, 422)."""

    detail: str | list[dict[str, Any]]


class Plan(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    code: str
    title_az: str | None
    title_en: str | None
    title_ru: str | None
    period_start: int
    period_end: int
    country: str | None


class PlanItem(BaseModel):
    code: str
    level: int
    parent_code: str | None
    title_az: str | None
    title_en: str | None
    title_ru: str | None
    deadline_text: str | None
    deadline_from: dt.date | None
    deadline_to: dt.date | None
    expected_result: str | None
    indicators: list[str]
    withdrawn: bool
    lead: list[str]
    partners: list[str]

    @classmethod
    def of(cls, item: db.PlanItem) -> PlanItem:
        def agencies(role: db.ResponsibilityRole) -> list[str]:
            return [r.agency.code for r in item.responsibilities if r.role is role]

        return cls(
            code=item.code,
            level=item.level,
            parent_code=item.parent.code if item.parent else None,
            title_az=item.title_az,
            title_en=item.title_en,
            title_ru=item.title_ru,
            deadline_text=item.deadline_text,
            deadline_from=item.deadline_from,
            deadline_to=item.deadline_to,
            expected_result=item.expected_result,
            indicators=list(item.indicators),
            withdrawn=item.withdrawn,
            lead=agencies(db.ResponsibilityRole.lead),
            partners=agencies(db.ResponsibilityRole.partner),
        )


class Agency(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    code: str
    abbreviation: str | None
    name_az: str | None
    name_en: str | None
    name_ru: str | None


class Report(BaseModel):
    id: int
    agency: str
    plan: str
    year: int
    status: db.ReportStatus
    language: str
    header: model.ReportHeader
    warnings: list[str]
    created_at: dt.datetime
    source: model.SourceInfo
    entries: int
    moves: list[str] = Field(description="The moves (submit, return ...) the caller may make on it now.")

    @classmethod
    def of(cls, report: db.Report, moves: list[str]) -> Report:
        start, end = report.header_period_start, report.header_period_end
        source = report.source_file
        return cls(
            id=report.id,
            agency=report.agency.code,
            plan=report.plan.code,
            year=report.year,
            status=report.status,
            language=report.language,
            header=model.ReportHeader(
                agency=report.header_agency,
                year=report.header_year,
                plan_title=report.header_plan_title,
                plan_period=(start, end) if start is not None and end is not None else None,
                language=report.language,
            ),
            warnings=list(report.warnings),
            created_at=report.created_at,
            source=model.SourceInfo(
                filename=source.filename,
                format=source.format,
                sha256=source.sha256,
                size=source.size,
                encoding=source.encoding,
            )
            if source
            else model.SourceInfo(),
            entries=len(report.entries),
            moves=moves,
        )


class Entry(model.Section):
    id: int
    report_id: int
    position: int

    @classmethod
    def of(cls, entry: db.Entry) -> Entry:
        return cls(
            id=entry.id,
            report_id=entry.report_id,
            position=entry.position,
            codes=list(entry.codes),
            unknown_codes=list(entry.unknown_codes),
            heading=entry.heading,
            text=entry.text,
            start=entry.start,
            end=entry.end,
        )


class Stored(BaseModel):
    """Where an extracted item is kept: its own id, its report's and its entry's."""

    id: int
    report_id: int
    entry_id: int


class Event(Stored, model.Event):
    pass


class Figure(Stored, model.Figure):
    pass


class DocumentRef(Stored, model.DocumentRef):
    pass


class Need(Stored, model.Need):
    pass


ItemT = TypeVar("ItemT", bound=Stored)


def item_of(out: type[ItemT], entry: db.Entry, item: db.SourcedItem) -> ItemT:
    """``item`` as ``out``: its columns by name, with the span's section as extraction gave it."""
    columns = {name: getattr(item, name) for name in out.model_fields if hasattr(item, name)}
    return out.model_validate(
        {
            **columns,
            "report_id": entry.report_id,
            "section_index": entry.position,
            "section": item.section_code,
        }
    )


class ItemChange(BaseModel):
    """The fields to set, by name (those of the kind of item); a field left out keeps its value,
    null empties it. Values are read as the review screen reads its form."""

    values: dict[str, FieldValue] = Field(default_factory=dict)


class NewItem(ItemChange):
    source_start: int | None = Field(
        None, ge=0, description="Where the item's words start in the entry's text."
    )
    source_end: int | None = Field(None, ge=0, description="Where they end; give both or neither.")


class Move(BaseModel):
    comment: Text = Field("", description="Why: required to return a report.")


class SearchHit(BaseModel):
    report_id: int
    entry_id: int
    agency: str
    year: int
    codes: list[str]
    heading: str
    spans: list[tuple[int, int]] = Field(description="The matching words, as characters of the entry's text.")


class Token(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    name: str
    created_at: dt.datetime
    revoked_at: dt.datetime | None


class NewToken(BaseModel):
    name: Annotated[str, StringConstraints(pattern=r"^[^\x00]*[^\x00\s][^\x00]*$", max_length=80)] = Field(
        description="What the token is for, e.g. 'nightly export'."
    )


class CreatedToken(Token):
    secret: str = Field(description="Send as 'Authorization: Bearer <secret>'; shown only this once.")
