"""What extraction produces: a :class:`ReportDraft`, each item tied to its source.

These pydantic objects are the contract between ``icra/ingest`` (which makes
them), the review screens (which show and correct them) and ``icra/services``
(which stores them). ``to_extraction_json`` gives the shape of
``shared/schema/extraction.md``; the extra fields (spans, status) ride along.

Spans: ``source_start``/``source_end`` index into the text of the section the
item belongs to (``ReportDraft.sections[section_index].text``); a section's own
``start``/``end`` index into the whole document text.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, Field


class ItemStatus(StrEnum):
    extracted = "extracted"
    confirmed = "confirmed"
    edited = "edited"
    added = "added"


class DocumentKind(StrEnum):
    letter = "letter"
    decision = "decision"
    law = "law"
    order = "order"
    decree = "decree"
    resolution = "resolution"
    other = "other"


class SourceSpan(BaseModel):
    """Where an item came from: characters ``source_start:source_end`` of its section's text."""

    section_index: int | None = None
    source_start: int | None = None
    source_end: int | None = None
    status: ItemStatus = ItemStatus.extracted


class ReportHeader(BaseModel):
    agency: str | None = None
    year: int | None = None
    plan_title: str | None = None
    plan_period: tuple[int, int] | None = None
    language: str = "az"


class Section(BaseModel):
    """The part of a report about one or more plan items ("13.3.6 and 13.3.7")."""

    codes: list[str] = Field(default_factory=list)
    heading: str = ""
    text: str = ""
    start: int = 0
    end: int = 0
    unknown_codes: list[str] = Field(default_factory=list)


class Event(SourceSpan):
    title: str
    kind: str | None = None
    date_start: dt.date | None = None
    date_end: dt.date | None = None
    place: str | None = None
    participants: int | None = None
    section: str | None = None


class Figure(SourceSpan):
    value: float | int
    what: str = ""
    period: str | None = None
    unit: str | None = None
    section: str | None = None


class DocumentRef(SourceSpan):
    kind: DocumentKind = DocumentKind.other
    number: str | None = None
    date: dt.date | None = None
    issuer: str | None = None
    title: str | None = None
    section: str | None = None


class Organisation(BaseModel):
    name: str
    abbreviation: str | None = None
    aliases: list[str] = Field(default_factory=list)
    mentions: list[SourceSpan] = Field(default_factory=list)


class Need(SourceSpan):
    text: str
    section: str | None = None


class SourceInfo(BaseModel):
    filename: str | None = None
    format: str | None = None
    sha256: str | None = None
    size: int | None = None
    encoding: str | None = None


class ReportDraft(BaseModel):
    report: ReportHeader = Field(default_factory=ReportHeader)
    sections: list[Section] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)
    document_refs: list[DocumentRef] = Field(default_factory=list)
    organisations: list[Organisation] = Field(default_factory=list)
    needs: list[Need] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    source: SourceInfo = Field(default_factory=SourceInfo)

    def to_extraction_json(self) -> dict[str, Any]:
        """The JSON object of ``shared/schema/extraction.md``, with spans as extra fields.

        ``sections`` lists only text under plan codes; text under no heading (a
        news item, a preamble) goes to ``unassigned_sections``, so it is never
        counted as a wrong section. Each section carries its ``index``, which the
        items' ``section_index`` refers to.
        """
        data = self.model_dump(mode="json")
        sections = [{**s, "index": i} for i, s in enumerate(data["sections"])]
        data["sections"] = [s for s in sections if s["codes"]]
        data["unassigned_sections"] = [s for s in sections if not s["codes"]]
        return data
