"""The national report as PDF: the HTML page printed by WeasyPrint, in DejaVu Sans
(the fonts-dejavu-core package), which has ə ğ ı İ ö ş ç ü."""

from __future__ import annotations

from pathlib import Path

from icra.errors import IcraError
from icra.reporting.common import NationalReport
from icra.reporting.html import TEMPLATES_DIR, national_html


def national_pdf(report: NationalReport) -> bytes:
    try:
        from weasyprint import HTML
    except OSError as exc:  # WeasyPrint is installed but Pango is not
        raise IcraError(
            f"PDF needs the Pango library (apt-get install libpango-1.0-0 libpangoft2-1.0-0): {exc}"
        ) from None
    pdf: bytes = HTML(string=national_html(report), base_url=str(TEMPLATES_DIR)).write_pdf()
    return pdf


def save_pdf(report: NationalReport, path: Path) -> Path:
    path.write_bytes(national_pdf(report))
    return path
