"""Every format of the national report as bytes with its media type and file name: the one
place the web's "Download" and the CLI turn a :class:`NationalReport` into a file."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass

from icra.errors import InputError
from icra.reporting.common import NationalReport
from icra.reporting.csv import csv_zip
from icra.reporting.docx import national_docx
from icra.reporting.html import national_html
from icra.reporting.md import national_md
from icra.reporting.pdf import national_pdf
from icra.reporting.xlsx import national_xlsx


@dataclass(frozen=True)
class Download:
    content: bytes
    media_type: str
    filename: str


def _docx(report: NationalReport) -> bytes:
    out = io.BytesIO()
    national_docx(report).save(out)
    return out.getvalue()


def _xlsx(report: NationalReport) -> bytes:
    out = io.BytesIO()
    national_xlsx(report).save(out)
    return out.getvalue()


# Format -> (renderer, media type, file ending).
FORMATS: dict[str, tuple[Callable[[NationalReport], bytes], str, str]] = {
    "docx": (_docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    "pdf": (national_pdf, "application/pdf", "pdf"),
    "html": (lambda r: national_html(r).encode("utf-8"), "text/html; charset=utf-8", "html"),
    "md": (lambda r: national_md(r).encode("utf-8"), "text/markdown; charset=utf-8", "md"),
    "xlsx": (_xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    "csv": (csv_zip, "application/zip", "zip"),
}


def download(report: NationalReport, fmt: str) -> Download:
    """``report`` rendered as ``fmt``, named ``<plan>-<year>[-public].<ending>``."""
    if fmt not in FORMATS:
        raise InputError(f"no report format {fmt!r}; the formats are {', '.join(FORMATS)}")
    render, media_type, ending = FORMATS[fmt]
    public = "-public" if report.public else ""
    return Download(render(report), media_type, f"{report.plan_code}-{report.year}{public}.{ending}")
