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

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from docx import Document
from docx.document import Document as DocxDocument
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Inches, Length, Pt
from lxml import etree

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
BULLET = "List Bullet"


class Writer:
    """A new document written from top to bottom as WordprocessingML text, parsed once.

    python-docx's ``add_paragraph`` inserts before the section properties and looks its
    style up by name, each a scan of the whole document, and builds every run element by
    element: 40 s for a national report of 50 agencies x 200 sub-items. Here paragraphs and
    tables are written as XML text and parsed in one go by :meth:`done`."""

    def __init__(self) -> None:
        self.document = Document()
        normal = self.document.styles["Normal"]
        normal.font.name = "DejaVu Sans"  # has ə ğ ı İ ö ş ç ü; Word falls back where it is missing
        normal.font.size = Pt(11)
        section = self.document.sections[-1]
        margins = (section.left_margin or 0) + (section.right_margin or 0)
        self._width = (section.page_width or Inches(8.5)) - margins
        self._style_ids: dict[str, str] = {}
        self._parts: list[str] = []

    def _style_id(self, name: str) -> str:
        if name not in self._style_ids:
            self._style_ids[name] = self.document.styles[name].style_id
        return self._style_ids[name]

    def paragraph(
        self, text: str = "", style: str | None = None, *, bold: bool = False, italic: bool = False
    ) -> None:
        properties = f'<w:pPr><w:pStyle w:val="{self._style_id(style)}"/></w:pPr>' if style else ""
        self._parts.append(f"<w:p>{properties}{_run(text, bold=bold, italic=italic)}</w:p>")

    def heading(self, text: str, level: int) -> None:
        self.paragraph(text, "Title" if level == 0 else f"Heading {level}")

    def bold(self, text: str) -> None:
        self.paragraph(text, bold=True)

    def table(self, header: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        """A grid table, the header row bold."""
        column = Length(self._width // len(header)).twips
        grid = "".join(f'<w:gridCol w:w="{column}"/>' for _ in header)
        self._parts.append(
            f'<w:tbl><w:tblPr><w:tblStyle w:val="{self._style_id("Table Grid")}"/>'
            f'<w:tblW w:type="auto" w:w="0"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>'
            f"{_row(header, column, bold=True)}{''.join(_row(row, column) for row in rows)}</w:tbl>"
        )

    def done(self) -> DocxDocument:
        """The document, its body replaced by what was written, the section properties kept last."""
        body = self.document.element.body
        section = body.sectPr
        closing = etree.tostring(section, encoding="unicode") if section is not None else ""
        written = parse_xml(f"<w:body {nsdecls('w', 'r')}>{''.join(self._parts)}{closing}</w:body>")
        self._parts = []
        body.getparent().replace(body, written)
        return self.document


# Characters XML 1.0 cannot hold (C0 controls but tab, line feed, carriage return).
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """``text`` without the control characters a .docx cannot store (old reports carry some)."""
    return _NOT_XML.sub("", text)


def _run(text: str, *, bold: bool = False, italic: bool = False) -> str:
    if not text:
        return ""
    look = ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "")
    properties = f"<w:rPr>{look}</w:rPr>" if look else ""
    return f'<w:r>{properties}<w:t xml:space="preserve">{escape(xml_safe(text))}</w:t></w:r>'


def _row(values: Sequence[Any], width: int, *, bold: bool = False) -> str:
    cell = f'<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="{width}"/></w:tcPr><w:p>{{}}</w:p></w:tc>'
    cells = "".join(cell.format(_run(str(value), bold=bold)) for value in values)
    return f"<w:tr>{cells}</w:tr>"


def agency_docx(report: AgencyReport) -> DocxDocument:
    """The agency's report as Word writes it: title, then each part with its narrative."""
    writer = Writer()
    writer.heading(report.title, 0)
    for entry in report.entries:
        writer.bold(entry.heading.strip() or report.headings.heading_for(entry.codes))
        _agency_entry(writer, entry)
    return writer.done()


def _agency_entry(writer: Writer, entry: EntryPart) -> None:
    """The entry's own paragraphs, an edited event's list item rewritten from its record,
    and events added in review (no words of their own) listed after."""
    word = participants_word(entry)
    rewritten = [e for e in entry.events if e.status in _FROM_RECORD and e.source_start is not None]
    placed: set[int] = set()
    for block in blocks(entry.text):
        event = next((e for e in rewritten if block.start <= (e.source_start or 0) < block.end), None)
        if block.bullet and event is not None:
            writer.paragraph(event_line(event, word), BULLET)
            placed.add(id(event))
        else:
            writer.paragraph(block.text, BULLET if block.bullet else None)
    for event in entry.events:
        if event.source_start is None and id(event) not in placed:
            writer.paragraph(event_line(event, word), BULLET)


def national_docx(report: NationalReport) -> DocxDocument:
    """The consolidated report: summary, every item in plan order, missing items, statistics."""
    words = report.headings
    writer = Writer()
    writer.heading(report.title, 0)
    writer.heading(words.summary, 1)
    writer.table(
        [words.agency, words.reports, words.events, words.participants],
        [[s.agency.name, s.reports, s.events, s.participants] for s in report.summary],
    )
    for item in report.items:
        _national_item(writer, item, words)
    if report.unplaced:
        writer.heading("—", 1)
        for entry in report.unplaced:
            _national_entry(writer, entry, words)
    writer.heading(words.missing_items, 1)
    for line in [f"{item.code}. {item.title}" for item in report.missing_items] or ["—"]:
        writer.paragraph(line, BULLET)
    writer.heading(words.statistics, 1)
    writer.table(
        [words.item, words.agency, words.what, *map(str, report.years)],
        [
            [row.code or "", row.agency, row.what, *(row.values[y] for y in report.years)]
            for row in report.statistics
        ],
    )
    return writer.done()


def _national_item(writer: Writer, item: ItemPart, words: Headings) -> None:
    writer.heading(f"{item.code}. {item.title}", min(item.level, 3))
    if item.responsible:
        names = ", ".join(
            f"{r.agency.abbreviation or r.agency.code} ({words.lead if r.role == 'lead' else words.partner})"
            for r in item.responsible
        )
        writer.paragraph(f"{words.responsible}: {names}")
    for entry in item.entries:
        _national_entry(writer, entry, words)
    if item.see_also:
        writer.paragraph("→ " + ", ".join(item.see_also))
    elif item.is_leaf and not item.entries:
        writer.paragraph(words.no_report, italic=True)


def _national_entry(writer: Writer, entry: EntryPart, words: Headings) -> None:
    writer.bold(entry.agency.name)
    for block in narrative(entry):
        writer.paragraph(block.text, BULLET if block.bullet else None)
    if entry.events:
        writer.paragraph(f"{words.events}:")
        for event in entry.events:
            writer.paragraph(_national_event(event, entry, words), BULLET)


def _national_event(event: EventRecord, entry: EntryPart, words: Headings) -> str:
    line = event_line(event, participants_word(entry))
    if event.also_reported_by:
        line += f" ({words.also_reported_by}: {', '.join(event.also_reported_by)})"
    return line


def save(document: DocxDocument, path: Path) -> Path:
    document.save(str(path))
    return path
