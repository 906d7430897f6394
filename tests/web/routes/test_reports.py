"""Sending a report (file or form), what each role may read, the moves and the history page."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from typing import Any

import docx
import pytest
from fpdf import FPDF

# A short report of the Ministry of Internal Affairs, written for these tests.
DIN_REPORT = """Daxili İşlər Nazirliyinin 2016-cı ildə Milli Fəaliyyət Planının icrası barədə məlumatı

13.2.5-ci yarımbənd üzrə:
Nazirliyin əməkdaşları 12 oktyabr 2016-cı il tarixdə Bakıda keçirilmiş seminarda iştirak etmişlər – 9 nəfər.
"""


def docx_bytes(text: str) -> bytes:
    document = docx.Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def pdf_without_text() -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 60, style="F")  # a page of picture, as a scanner makes
    return bytes(pdf.output())


def report_id_of(answer: Any) -> int:
    assert answer.status_code == 303, answer.text
    found = re.fullmatch(r"/reports/(\d+)", answer.headers["location"])
    assert found, answer.headers["location"]
    return int(found.group(1))


@pytest.mark.parametrize(
    ("name", "make"),
    [
        ("din-2016.txt", lambda: DIN_REPORT.encode("utf-8")),
        ("din-2016.docx", lambda: docx_bytes(DIN_REPORT)),
    ],
)
def test_a_reporter_sends_a_file_and_reviews_its_draft(
    site: Any, name: str, make: Callable[[], bytes]
) -> None:
    client = site.client("reporter-din")
    answer = client.post(
        "/reports",
        data={"csrf_token": client.token(), "year": ""},
        files={"file": (name, make())},
        follow_redirects=False,
    )
    page = client.get(f"/reports/{report_id_of(answer)}").text
    assert "Ministry of Internal Affairs · 2016" in page
    assert "13.2.5" in page
    assert 'class="hl-event' in page  # the seminar is marked in the text
    assert client.get("/reports").text.count("/reports/") >= 1


def test_a_report_written_in_the_form(site: Any) -> None:
    client = site.client("reporter-din")
    answer = client.submit("/reports", {"text": DIN_REPORT, "year": "2016"})
    assert "seminar" in client.get(f"/reports/{report_id_of(answer)}").text


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "empty.txt: empty file"),
        ("broken.docx", b"PK\x03\x04 not really a zip", "broken.docx: "),
        ("scan.pdf", None, "scan.pdf: scanned PDF, no text layer"),
        ("big.txt", b"a" * (2**20 + 1), "big.txt: 1.0 MB is more than the limit of 1.0 MB"),
    ],
)
def test_a_bad_upload_is_explained_and_nothing_is_stored(
    site: Any, database_rows: Callable[[], dict[str, Any]], name: str, content: bytes | None, message: str
) -> None:
    client = site.client("reporter-din")
    before = database_rows()
    answer = client.post(
        "/reports",
        data={"csrf_token": client.token(), "year": "2016"},
        files={"file": (name, pdf_without_text() if content is None else content)},
    )
    assert answer.status_code == 400
    assert message in answer.text
    assert 'enctype="multipart/form-data"' in answer.text  # the form again, to try another file
    after = database_rows()
    assert {t: rows for t, rows in after.items() if t != "audit_event"} == {
        t: rows for t, rows in before.items() if t != "audit_event"
    }
    assert after["audit_event"] == before["audit_event"]


def test_a_reporter_cannot_send_for_another_agency(site: Any) -> None:
    client = site.client("reporter-din")
    answer = client.submit("/reports", {"text": DIN_REPORT, "year": "2016", "agency": "DMX"})
    report = client.get(f"/reports/{report_id_of(answer)}").text
    assert (
        "Ministry of Internal Affairs · 2016" in report
    )  # the form's agency is ignored: a reporter sends its own


def test_another_agencys_reporter_cannot_open_a_draft_by_url(site: Any) -> None:
    client = site.client("reporter-din")
    rid = site.report_id
    assert client.get(f"/reports/{rid}").status_code == 404
    assert client.get(f"/reports/{rid}/history").status_code == 404
    assert client.get(f"/reports/{rid}/source").status_code == 404
    assert client.submit(f"/reports/{rid}/submit").status_code == 404
    assert f"/reports/{rid}" not in client.get("/reports").text
    # The viewer sees no draft either; the coordinator and the agency's own reporter do.
    assert site.client("viewer").get(f"/reports/{rid}").status_code == 404
    assert site.client("coordinator").get(f"/reports/{rid}").status_code == 200
    assert site.client("reporter-dmx").get(f"/reports/{rid}").status_code == 200


def test_the_original_file_downloads_byte_for_byte(site: Any) -> None:
    from icra.services.demo_site import DEMO_REPORT

    answer = site.client("reporter-dmx").get(f"/reports/{site.report_id}/source")
    assert answer.status_code == 200
    assert answer.content == DEMO_REPORT.read_bytes()
    assert "dmx-2016-demo-az.txt" in answer.headers["content-disposition"]


def test_submit_return_reopen_approve_publish(site: Any) -> None:
    rid = site.report_id
    reporter, coordinator, viewer = (
        site.client("reporter-dmx"),
        site.client("coordinator"),
        site.client("viewer"),
    )
    assert reporter.submit(f"/reports/{rid}/submit").status_code == 303
    # Submitted: read-only to the reporter.
    assert 'class="delete"' not in reporter.get(f"/reports/{rid}").text
    answer = coordinator.submit(f"/reports/{rid}/return")
    assert answer.status_code == 400
    assert "say what to change" in answer.text
    assert (
        coordinator.submit(f"/reports/{rid}/return", {"comment": "13.8.1: add the dates"}).status_code == 303
    )
    assert reporter.submit(f"/reports/{rid}/approve").status_code == 403
    assert reporter.submit(f"/reports/{rid}/reopen").status_code == 303
    assert reporter.submit(f"/reports/{rid}/submit").status_code == 303
    assert viewer.get(f"/reports/{rid}").status_code == 404
    assert coordinator.submit(f"/reports/{rid}/approve").status_code == 303
    assert coordinator.submit(f"/reports/{rid}/publish").status_code == 303
    # Published: everyone reads it, nobody changes it.
    assert viewer.get(f"/reports/{rid}").status_code == 200
    page = coordinator.get(f"/reports/{rid}").text
    assert 'class="delete"' not in page and "status-published" in page
    history = coordinator.get(f"/reports/{rid}/history").text
    steps = re.findall(r'data-action="(\w+)" data-record="report"', history)
    assert steps == ["create", "submit", "return", "reopen", "submit", "approve", "publish"]
    assert "13.8.1: add the dates" in history


def test_an_unknown_step_is_a_clear_error(site: Any) -> None:
    answer = site.client("coordinator").submit(f"/reports/{site.report_id}/archive")
    assert answer.status_code == 400
    assert "no such step 'archive'" in answer.text.replace("&#39;", "'")


def test_a_malformed_address_is_a_page_not_json(site: Any) -> None:
    answer = site.client("coordinator").get("/reports/abc")
    assert answer.status_code == 400
    assert answer.headers["content-type"].startswith("text/html")
    assert "/reports/abc: report_id: " in answer.text


def test_an_unknown_page_is_a_page_too(site: Any) -> None:
    answer = site.client("coordinator").get("/no/such/page")
    assert answer.status_code == 404
    assert '<p class="error">Not Found</p>' in answer.text
