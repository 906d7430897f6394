"""The national report as PDF: a coordinator opens it and finds every agency's events and
figures (checked with pdftotext), in a font that has the Azerbaijani letters (pdffonts), and
page 1 renders to an image (pdftoppm)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy.orm import Session

from icra.db.models import Report
from icra.reporting.pdf import save_pdf
from icra.services.reporting import national_report


def _poppler(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.skip(f"{tool} is missing: install poppler-utils (.ci/run does)")
    return path


def _one_line(text: str) -> str:
    return " ".join(text.split())


def test_pdf_shows_every_agencys_events_and_figures(
    session: Session, demo_report: Report, din_report: Report, tmp_path: Path
) -> None:
    report = national_report(session=session, year=2016, lang="az")
    pdf = save_pdf(report, tmp_path / "national.pdf")
    text = _one_line(
        subprocess.run([_poppler("pdftotext"), str(pdf), "-"], capture_output=True, text=True).stdout
    )
    assert _one_line(report.title) in text
    for entry in report.entries():
        assert entry.agency.name in text
        for event in entry.events:
            assert _one_line(event.title) in text
        for figure in entry.figures:
            assert figure.shown in text
    assert "Polis akademiyasında insan alverinə qarşı seminar – 10.10.2016, Bakı – 40 nəfər" in text
    for letter in "əğıİöşçü":
        assert letter in text

    fonts = subprocess.run([_poppler("pdffonts"), str(pdf)], capture_output=True, text=True).stdout
    assert "DejaVu-Sans" in fonts

    subprocess.run(
        [_poppler("pdftoppm"), "-png", "-r", "50", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "p")]
    )
    page = Image.open(tmp_path / "p-1.png").convert("L")
    dark = sum(page.histogram()[:128])
    assert page.width < page.height and dark > 1000  # an A4 page with text on it
