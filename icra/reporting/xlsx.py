"""Tables for analysts as one Excel workbook: a sheet per table, the header row frozen
and an autofilter over the data, so a sheet opens ready to sort and filter."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from icra.reporting.common import NationalReport
from icra.reporting.tables import tables

_DATE_FORMAT = "DD.MM.YYYY"


def national_xlsx(report: NationalReport) -> Workbook:
    workbook = Workbook()
    workbook.remove(workbook.active)
    bold = Font(bold=True)
    for table in tables(report):
        sheet = workbook.create_sheet(table.title[:31])  # Excel's limit on sheet names
        sheet.append(table.header)
        for cell in sheet[1]:
            cell.font = bold
        for row in table.rows:
            sheet.append(row)
        for column, _ in enumerate(table.header, start=1):
            letter = get_column_letter(column)
            sheet.column_dimensions[letter].width = 18
        for row_cells in sheet.iter_rows(min_row=2):
            for cell in row_cells:
                if cell.is_date:
                    cell.number_format = _DATE_FORMAT
        sheet.freeze_panes = "A2"
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(table.header))}{len(table.rows) + 1}"
    return workbook


def save_xlsx(report: NationalReport, path: Path) -> Path:
    national_xlsx(report).save(path)
    return path
