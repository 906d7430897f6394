"""``icra report ...`` and ``icra export``, run as a user runs them on the demo data."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from icra.data import DEMO_DIR
from icra.ingest.readers import read_path

Run = Callable[..., Any]


@pytest.fixture
def ready(icra: Run, database_url: str) -> Run:
    """``icra --db URL ...`` with the demo plan and the demo report stored (report 1)."""
    assert icra("--db", database_url, "init", "--demo").exit_code == 0
    result = icra(
        "--db",
        database_url,
        "ingest",
        str(DEMO_DIR / "dmx-2016-demo-az.txt"),
        "--agency",
        "DMX",
        "--period",
        "2016",
    )
    assert result.exit_code == 0, result.stderr
    return lambda *args: icra("--db", database_url, *args)


@pytest.mark.parametrize(
    ("name", "expected"), [("n.docx", "milli hesabat"), ("n.md", "# “Azərbaycan"), ("n.html", "<h1>")]
)
def test_national_report_by_the_files_ending(ready: Run, tmp_path: Path, name: str, expected: str) -> None:
    output = tmp_path / name
    result = ready("report", "national", "--year", "2016", "-o", str(output))
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith(f"wrote {output} (")
    text = read_path(output).text if name.endswith(".docx") else output.read_text(encoding="utf-8")
    assert expected in text and "Minsk" in text


def test_national_report_as_pdf_in_english(ready: Run, tmp_path: Path) -> None:
    output = tmp_path / "national.pdf"
    result = ready(
        "report", "national", "--year", "2016", "--format", "pdf", "--lang", "en", "-o", str(output)
    )
    assert result.exit_code == 0, result.stderr
    assert output.read_bytes().startswith(b"%PDF-")


def test_agency_and_international_reports(ready: Run, tmp_path: Path) -> None:
    agency = tmp_path / "dmx.docx"
    assert ready("report", "agency", "--report", "1", "-o", str(agency)).exit_code == 0
    assert "13.8.1-ci yarımbənd üzrə:" in read_path(agency).text
    tip = tmp_path / "tip.md"
    result = ready("report", "international", "--template", "tip", "--year", "2016", "-o", str(tip))
    assert result.exit_code == 0, result.stderr
    assert "## Partnership" in tip.read_text(encoding="utf-8")


def test_exports(ready: Run, tmp_path: Path) -> None:
    workbook = tmp_path / "tables.xlsx"
    assert ready("export", "--year", "2016", "-o", str(workbook)).exit_code == 0
    assert load_workbook(workbook).sheetnames == ["Events", "Figures", "Document references", "Coverage"]
    archive = tmp_path / "tables.zip"
    assert ready("export", "--year", "2016", "-o", str(archive)).exit_code == 0
    assert len(zipfile.ZipFile(archive).namelist()) == 4
    one = tmp_path / "events.csv"
    assert (
        ready("export", "--year", "2016", "--format", "csv", "--table", "events", "-o", str(one)).exit_code
        == 0
    )
    assert one.read_text(encoding="utf-8-sig").count("\n") == 7  # header and six events


def test_quality_check_of_a_report(ready: Run) -> None:
    result = ready("report", "check", "--report", "1")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "report 1: no quality flags\n"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ("report", "national", "--year", "2016", "-o", "n.odt"),
            "n.odt: say --format (docx, pdf, md, html)",
        ),
        (("report", "agency", "--report", "9", "-o", "a.docx"), "no report with id 9"),
        (("export", "--year", "2016", "--table", "people", "-o", "p.csv"), "no table 'people'"),
        (("report", "national", "--year", "2016", "--plan", "nap-1", "-o", "n.md"), "no plan 'nap-1'"),
    ],
)
def test_errors_are_one_line(
    ready: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...], message: str
) -> None:
    monkeypatch.chdir(tmp_path)
    result = ready(*args)
    assert result.exit_code == 2
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
