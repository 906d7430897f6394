"""The national report page and its downloads, and an agency report as .docx: a coordinator
finds every agency's events and figures in the files; a reporter gets only what it may read."""

from __future__ import annotations

import html
import io
import re
import subprocess
from typing import Any

import docx
import pytest
from sqlalchemy import select

from icra.db.models import Agency, Entry, Event, Figure, Report
from icra.reporting.common import format_number

# The Ministry of Internal Affairs' draft, written for these tests: one event and one figure.
DIN_REPORT = """Daxili İşlər Nazirliyinin 2016-cı il üzrə məlumatı

13.2.5-ci yarımbənd üzrə:
Nazirliyin əməkdaşları 12 oktyabr 2016-cı il tarixdə Gəncədə keçirilmiş seminarda iştirak etmişlər – 9 nəfər.
"""
YEAR = 2016


def flat(text: str) -> str:
    """Text with its line breaks and runs of spaces as single spaces (PDF lines wrap anywhere)."""
    return " ".join(text.split())


def docx_text(content: bytes) -> str:
    document = docx.Document(io.BytesIO(content))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return flat("\n".join([p.text for p in document.paragraphs] + cells))


def pdf_text(content: bytes, tmp_path: Any) -> str:
    path = tmp_path / "national.pdf"
    path.write_bytes(content)
    return flat(
        subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True).stdout
    )


def records_by_agency(site: Any) -> dict[str, list[str]]:
    """Agency code -> the event titles and figure descriptions and values stored for the year."""
    found: dict[str, list[str]] = {}
    with site.sessions() as session:
        for kind, columns in ((Event, (Event.title,)), (Figure, (Figure.what, Figure.value))):
            query = (
                select(Agency.code, *columns)
                .join(Entry, Entry.id == kind.entry_id)
                .join(Report, Report.id == Entry.report_id)
                .join(Agency, Agency.id == Report.agency_id)
                .where(Report.year == YEAR)
            )
            for code, *values in session.execute(query):
                found.setdefault(code, []).extend(
                    format_number(v) if isinstance(v, float) else flat(v) for v in values
                )
    return found


@pytest.fixture
def two_agencies(site: Any) -> Any:
    """The demo site with a second agency's draft beside the State Migration Service's."""
    answer = site.client("reporter-din").submit("/reports", {"text": DIN_REPORT, "year": str(YEAR)})
    assert answer.status_code == 303
    return site


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_the_coordinator_finds_every_agencys_events_and_figures(
    two_agencies: Any, tmp_path: Any, fmt: str
) -> None:
    client = two_agencies.client("coordinator")
    page = client.get(f"/national?year={YEAR}")
    assert page.status_code == 200
    assert (
        f'href="/national/download?plan=nap-2014-2018&amp;year={YEAR}&amp;lang=az&amp;format={fmt}"'
        in page.text
    )
    answer = client.get(f"/national/download?year={YEAR}&format={fmt}")
    assert answer.status_code == 200
    assert f"nap-2014-2018-{YEAR}.{fmt}" in answer.headers["content-disposition"]
    text = docx_text(answer.content) if fmt == "docx" else pdf_text(answer.content, tmp_path)
    expected = records_by_agency(two_agencies)
    assert set(expected) == {"DMX", "DIN"}
    missing = {code: [r for r in records if r not in text] for code, records in expected.items()}
    assert missing == {"DMX": [], "DIN": []}


@pytest.mark.parametrize(
    ("query", "disposition", "starts"),
    [
        ("format=md", "nap-2014-2018-2016.md", b"# "),
        ("format=xlsx", "nap-2014-2018-2016.xlsx", b"PK"),
        ("format=csv", "nap-2014-2018-2016.zip", b"PK"),
        ("format=docx&template=greta", "nap-2014-2018-2016-greta.docx", b"PK"),
        ("format=md&template=tip", "nap-2014-2018-2016-tip.md", b"#"),
        ("format=md&lang=en", "nap-2014-2018-2016.md", b"# "),
    ],
)
def test_every_download_of_the_national_report(
    site: Any, query: str, disposition: str, starts: bytes
) -> None:
    answer = site.client("coordinator").get(f"/national/download?year={YEAR}&{query}")
    assert answer.status_code == 200
    assert disposition in answer.headers["content-disposition"]
    assert answer.content.startswith(starts)


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("format=odt", "no report format 'odt'"),
        ("format=pdf&template=unicef", "no template download 'unicef'"),
        ("format=md&lang=ru", "reports are written in az or en, not 'ru'"),
    ],
)
def test_a_wrong_download_is_explained(site: Any, query: str, message: str) -> None:
    answer = site.client("coordinator").get(f"/national/download?year={YEAR}&{query}")
    assert answer.status_code == 400
    assert message in html.unescape(answer.text)


def test_a_reporter_cannot_download_another_agencys_draft(two_agencies: Any) -> None:
    client = two_agencies.client("reporter-din")
    national = client.get(f"/national/download?year={YEAR}&format=md").text
    assert "Gəncədə" in national  # its own draft
    dmx_events = records_by_agency(two_agencies)["DMX"]
    assert [title for title in dmx_events if title in national] == []
    assert client.get(f"/reports/{two_agencies.report_id}/docx").status_code == 404
    assert "Gəncədə" not in two_agencies.client("viewer").get(f"/national?year={YEAR}").text


def test_an_agency_report_downloads_as_docx(site: Any) -> None:
    answer = site.client("reporter-dmx").get(f"/reports/{site.report_id}/docx")
    assert answer.status_code == 200
    assert f"DMX-nap-2014-2018-{YEAR}.docx" in answer.headers["content-disposition"]
    text = docx_text(answer.content)
    with site.sessions() as session:
        openings = [
            flat(t)[:60] for t in session.scalars(select(Entry.text).where(Entry.report_id == site.report_id))
        ]
    assert openings and [opening for opening in openings if opening not in text] == []
    assert re.search(r"/reports/\d+/docx", site.client("reporter-dmx").get(f"/reports/{site.report_id}").text)
