"""Tables for analysts: .xlsx (a sheet per table, header frozen, autofilter on) and .csv
(one file per table, several in a zip)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy.orm import Session

from icra.db.models import Report
from icra.errors import InputError
from icra.reporting.csv import save_csv
from icra.reporting.xlsx import save_xlsx
from icra.services.reporting import national_report


def test_workbook_has_a_filtered_sheet_per_table(
    session: Session, demo_report: Report, din_report: Report, tmp_path: Path
) -> None:
    path = save_xlsx(national_report(session=session, year=2016, lang="en"), tmp_path / "tables.xlsx")
    workbook = load_workbook(path)
    assert workbook.sheetnames == ["Events", "Figures", "Document references", "Coverage"]
    for sheet in workbook.worksheets:
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref == f"A1:{sheet.cell(1, sheet.max_column).column_letter}{sheet.max_row}"
    events = list(workbook["Events"].values)
    assert events[0][:8] == (
        "Agency",
        "Sub-item",
        "Title",
        "Kind",
        "Date",
        "End date",
        "Place",
        "Participants",
    )
    seminar = next(row for row in events if row[2] == "Polis akademiyasında insan alverinə qarşı seminar")
    assert seminar[:2] == ("DIN", "13.2.5") and seminar[4] == dt.datetime(2016, 10, 10) and seminar[7] == 40
    assert len(events) == 1 + 6 + 2 - 1  # DMX's 6, DIN's 2, the shared training once
    figures = list(workbook["Figures"].values)
    assert {("DMX", "13.3.6", 1913), ("DIN", "13.2.5", 3)} <= {row[:3] for row in figures}
    refs = list(workbook["Document references"].values)
    assert [row[3] for row in refs[1:]].count("02/2896") == 1
    coverage = list(workbook["Coverage"].values)
    assert (coverage[2][0], *coverage[2][2:]) == ("13.1.1", "EN", "partner", "no")


def test_csv_zip_has_one_file_per_table(session: Session, demo_report: Report, tmp_path: Path) -> None:
    report = national_report(session=session, year=2016, lang="az")
    with zipfile.ZipFile(save_csv(report, tmp_path / "tables.zip")) as archive:
        assert archive.namelist() == ["events.csv", "figures.csv", "document_refs.csv", "coverage.csv"]
        data = archive.read("events.csv")
    assert data.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs for UTF-8
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0][:3] == ["Qurum", "Yarımbənd", "Ad"]
    assert rows[2][:3] == ["DMX", "13.8.1", "BMqT layihəsi çərçivəsində beynəlxalq ekspertlə görüş"]


def test_csv_one_table_or_a_clear_error(session: Session, demo_report: Report, tmp_path: Path) -> None:
    report = national_report(session=session, year=2016)
    path = save_csv(report, tmp_path / "figures.csv", table="figures")
    assert "24220" in path.read_text(encoding="utf-8-sig")
    with pytest.raises(InputError, match="no table 'people'; the tables are events, figures"):
        save_csv(report, tmp_path / "x.csv", table="people")
    with pytest.raises(InputError, match=r"x\.csv: several tables go in a \.zip"):
        save_csv(report, tmp_path / "x.csv")
