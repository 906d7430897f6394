"""Every format of the national report as a download: bytes, media type and file name."""

from __future__ import annotations

import io
import zipfile

import pytest
from openpyxl import load_workbook
from sqlalchemy.orm import Session

from icra.db.models import Report
from icra.errors import InputError
from icra.reporting.downloads import FORMATS, download
from icra.services.reporting import national_report


@pytest.mark.parametrize(
    ("fmt", "media_type", "filename", "opening"),
    [
        (
            "docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "nap-2014-2018-2016.docx",
            b"PK",
        ),
        ("pdf", "application/pdf", "nap-2014-2018-2016.pdf", b"%PDF-"),
        ("html", "text/html; charset=utf-8", "nap-2014-2018-2016.html", b"<!doctype html>"),
        ("md", "text/markdown; charset=utf-8", "nap-2014-2018-2016.md", "# “Azərbaycan".encode()),
        (
            "xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "nap-2014-2018-2016.xlsx",
            b"PK",
        ),
        ("csv", "application/zip", "nap-2014-2018-2016.zip", b"PK"),
    ],
)
def test_every_format(
    session: Session, demo_report: Report, fmt: str, media_type: str, filename: str, opening: bytes
) -> None:
    got = download(national_report(session=session, year=2016), fmt)
    assert (got.media_type, got.filename) == (media_type, filename)
    assert got.content.startswith(opening)


def test_public_downloads_say_so_and_hold_no_small_victim_counts(
    session: Session, demo_report: Report, din_report: Report
) -> None:
    report = national_report(session=session, year=2016, public=True)
    got = download(report, "xlsx")
    assert got.filename == "nap-2014-2018-2016-public.xlsx"
    figures = list(load_workbook(io.BytesIO(got.content))["Statistik göstəricilər"].values)
    assert ("DIN", "13.2.5", "<5") in {row[:3] for row in figures}
    tables = zipfile.ZipFile(io.BytesIO(download(report, "csv").content))
    assert "qurban X.Y." not in tables.read("events.csv").decode("utf-8-sig")
    assert "X.Y." not in download(report, "md").content.decode()


def test_unknown_format(session: Session, demo_report: Report) -> None:
    with pytest.raises(
        InputError, match="no report format 'odt'; the formats are docx, pdf, html, md, xlsx, csv"
    ):
        download(national_report(session=session, year=2016), "odt")
    assert list(FORMATS) == ["docx", "pdf", "html", "md", "xlsx", "csv"]
