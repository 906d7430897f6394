"""Word documents: an agency's report regenerated from its stored records, and the
consolidated national report.

The agency report keeps the shape agencies write today: a title naming the agency, the
plan and the year, then one part per sub-item ("13.1.1-ci yarımbənd üzrə:") with its
narrative, lists as real Word bullets. Events added or edited in review are written from
their records, so the document says what the reviewed records say.

The national report carries its summary and statistics as tables and no charts: drawing
two bar charts does not justify matplotlib and numpy (some 40 MB, half a second to import)
in every installation; the HTML and PDF report draw them as SVG, and Word users can chart
the tables.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from docx import Document
from docx.document import Document as DocxDocument
from docx.shared import Pt

from icra.reporting.common import (
    AgencyReport,
    EntryPart,
    EventRecord,
    ItemPart,
    NationalReport,
    blocks,
    event_line,
    narrative,
    participants_word,
)
from icra.reporting.headings import Headings

# Review statuses whose record, not the source words, says what happened.
_FROM_RECORD = ("added", "edited")


def new_document() -> DocxDocument:
    document = Document()
    style = document.styles["Normal"]
    style.font.name = "DejaVu Sans"  # has ə ğ ı İ ö ş ç ü; Word falls back where it is missing
    style.font.size = Pt(11)
    return document


def _bold(document: DocxDocument, text: str) -> None:
    document.add_paragraph().add_run(text).bold = True


def agency_docx(report: AgencyReport) -> DocxDocument:
    """The agency's report as Word writes it: title, then each part with its narrative."""
    document = new_document()
    document.add_paragraph(report.title, style="Title")
    for entry in report.entries:
        _bold(document, entry.heading.strip() or report.headings.heading_for(entry.codes))
        _agency_entry(document, entry)
    return document


def _agency_entry(document: DocxDocument, entry: EntryPart) -> None:
    """The entry's own paragraphs, an edited event's list item rewritten from its record,
    and events added in review (no words of their own) listed after."""
    word = participants_word(entry)
    rewritten = {
        event.source_start: event
        for event in entry.events
        if event.status in _FROM_RECORD and event.source_start is not None
    }
    placed: set[int] = set()
    for block in blocks(entry.text):
        event = next(
            (e for s, e in rewritten.items() if s is not None and block.start <= s < block.end), None
        )
        if block.bullet and event is not None:
            document.add_paragraph(event_line(event, word), style="List Bullet")
            placed.add(id(event))
        else:
            document.add_paragraph(block.text, style="List Bullet" if block.bullet else None)
    for event in entry.events:
        if event.source_start is None and id(event) not in placed:
            document.add_paragraph(event_line(event, word), style="List Bullet")


def national_docx(report: NationalReport) -> DocxDocument:
    """The consolidated report: summary, every item in plan order, missing items, statistics."""
    words = report.headings
    document = new_document()
    document.add_paragraph(report.title, style="Title")
    document.add_heading(words.summary, level=1)
    _table(
        document,
        [words.agency, words.reports, words.events, words.participants],
        [[s.agency.name, s.reports, s.events, s.participants] for s in report.summary],
    )
    for item in report.items:
        _national_item(document, item, words)
    if report.unplaced:
        document.add_heading("—", level=1)
        for entry in report.unplaced:
            _national_entry(document, entry, words)
    document.add_heading(words.missing_items, level=1)
    for item in report.missing_items:
        document.add_paragraph(f"{item.code}. {item.title}", style="List Bullet")
    document.add_heading(words.statistics, level=1)
    _table(
        document,
        [words.item, words.agency, words.what, *map(str, report.years)],
        [
            [row.code or "", row.agency, row.what, *(row.values[y] for y in report.years)]
            for row in report.statistics
        ],
    )
    return document


def _national_item(document: DocxDocument, item: ItemPart, words: Headings) -> None:
    document.add_heading(f"{item.code}. {item.title}", level=min(item.level, 3))
    if item.responsible:
        names = ", ".join(
            f"{r.agency.abbreviation or r.agency.code} ({words.lead if r.role == 'lead' else words.partner})"
            for r in item.responsible
        )
        document.add_paragraph(f"{words.responsible}: {names}")
    for entry in item.entries:
        _national_entry(document, entry, words)
    if item.see_also:
        document.add_paragraph("→ " + ", ".join(item.see_also))
    elif item.is_leaf and not item.entries:
        document.add_paragraph(words.no_report).runs[0].italic = True


def _national_entry(document: DocxDocument, entry: EntryPart, words: Headings) -> None:
    _bold(document, entry.agency.name)
    for block in narrative(entry):
        document.add_paragraph(block.text, style="List Bullet" if block.bullet else None)
    if entry.events:
        document.add_paragraph(f"{words.events}:")
        for event in entry.events:
            document.add_paragraph(_national_event(event, entry, words), style="List Bullet")


def _national_event(event: EventRecord, entry: EntryPart, words: Headings) -> str:
    line = event_line(event, participants_word(entry))
    if event.also_reported_by:
        line += f" ({words.also_reported_by}: {', '.join(event.also_reported_by)})"
    return line


def _table(document: DocxDocument, header: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    table = document.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
        cell.paragraphs[0].runs[0].bold = True
    for row in rows:
        cells = table.add_row().cells
        for cell, value in zip(cells, row, strict=True):
            cell.text = str(value)


def save(document: DocxDocument, path: Path) -> Path:
    document.save(str(path))
    return path
