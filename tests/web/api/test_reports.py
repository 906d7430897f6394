"""Reports through the API: each role reads what the web shows it, sends and moves reports
as the web does, and reads entries and search hits of readable reports only."""

from __future__ import annotations

import pytest

from icra import lang as languages
from icra.services.demo_site import DEMO_REPORT
from tests.web.api.conftest import ApiClient
from tests.web.conftest import Site


@pytest.mark.parametrize(
    ("username", "sees_draft"),
    [
        ("admin", True),
        ("coordinator", True),
        ("reporter-dmx", True),  # its own agency's draft
        ("reporter-din", False),
        ("viewer", False),  # published reports only
    ],
)
def test_who_reads_the_draft(site: Site, api: ApiClient, username: str, sees_draft: bool) -> None:
    client = api(username)
    listed = [report["id"] for report in client.get("/api/v1/reports").json()]
    assert listed == ([site.report_id] if sees_draft else [])
    answer = client.get(f"/api/v1/reports/{site.report_id}")
    assert answer.status_code == (200 if sees_draft else 404)
    entries = client.get(f"/api/v1/reports/{site.report_id}/entries")
    assert entries.status_code == (200 if sees_draft else 404)
    hits = client.get("/api/v1/search", params={"q": "insan alveri"}).json()
    assert bool(hits) is sees_draft


def test_a_report_answers_its_header_source_and_the_caller_s_moves(site: Site, api: ApiClient) -> None:
    report = api("reporter-dmx").get(f"/api/v1/reports/{site.report_id}").json()
    assert (report["agency"], report["year"], report["status"], report["moves"]) == (
        "DMX",
        2016,
        "draft",
        ["submit"],
    )
    assert report["source"]["filename"] == DEMO_REPORT.name
    assert report["header"]["plan_period"] == [2014, 2018]
    assert report["entries"] > 3


def test_submit_approve_publish_then_the_viewer_reads_it(site: Site, api: ApiClient) -> None:
    path = f"/api/v1/reports/{site.report_id}"
    coordinator, viewer = api("coordinator"), api("viewer")
    refused = viewer.post(f"{path}/submit")
    assert refused.status_code == 404  # a viewer cannot tell a draft exists
    assert api("reporter-dmx").post(f"{path}/submit").json()["status"] == "submitted"
    no_comment = coordinator.post(f"{path}/return", json={"comment": " "})
    assert (no_comment.status_code, no_comment.json()["detail"]) == (
        400,
        f"report {site.report_id}: say what to change when you return it (a comment)",
    )
    assert coordinator.post(f"{path}/approve").json()["status"] == "approved"
    assert coordinator.post(f"{path}/publish").json()["status"] == "published"
    assert [report["id"] for report in viewer.get("/api/v1/reports").json()] == [site.report_id]
    assert viewer.get(path).json()["moves"] == []


@pytest.mark.parametrize(
    ("username", "move", "status", "detail"),
    [
        ("reporter-dmx", "approve", 403, "report {id} is draft: reporter-dmx (reporter) may not approve it"),
        ("coordinator", "publish", 403, "report {id} is draft: coordinator (coordinator) may not publish it"),
        (
            "coordinator",
            "shred",
            400,
            "no such step 'shred': choose one of submit, return, approve, publish, reopen",
        ),
        ("reporter-din", "submit", 404, "no report with id {id}"),
    ],
)
def test_refused_moves(
    site: Site, api: ApiClient, username: str, move: str, status: int, detail: str
) -> None:
    answer = api(username).post(f"/api/v1/reports/{site.report_id}/{move}")
    assert (answer.status_code, answer.json()) == (status, {"detail": detail.format(id=site.report_id)})


def test_a_reporter_sends_a_report_for_its_own_agency_only(api: ApiClient) -> None:
    reporter = api("reporter-din")
    upload = {"file": ("din-2017.txt", DEMO_REPORT.read_bytes(), "text/plain")}
    sent = reporter.post("/api/v1/reports", files=upload, data={"year": "2017"})
    assert sent.status_code == 201
    assert (sent.json()["agency"], sent.json()["year"], sent.json()["status"]) == ("DIN", 2017, "draft")
    assert [report["id"] for report in reporter.get("/api/v1/reports").json()] == [sent.json()["id"]]
    other = reporter.post("/api/v1/reports", files=upload, data={"year": "2017", "agency": "DMX"})
    assert (other.status_code, other.json()) == (
        403,
        {"detail": "reporter-din reports for another agency, not DMX"},
    )
    viewer = api("viewer").post("/api/v1/reports", files=upload, data={"agency": "DMX"})
    assert viewer.status_code == 403


def test_reports_are_filtered(site: Site, api: ApiClient) -> None:
    client = api("coordinator")
    for params, found in (
        ({"agency": "dmx"}, [site.report_id]),
        ({"agency": "DIN"}, []),
        ({"year": 2016, "plan": "nap-2014-2018"}, [site.report_id]),
        ({"year": 2015}, []),
        ({"report_status": "draft"}, [site.report_id]),
        ({"report_status": "published"}, []),
    ):
        assert [report["id"] for report in client.get("/api/v1/reports", params=params).json()] == found, (
            params
        )


def test_entries_and_search_hits_point_into_the_same_text(site: Site, api: ApiClient) -> None:
    client = api("coordinator")
    (hit, *_) = client.get(
        "/api/v1/search", params={"q": "insan alveri", "agency": "DMX", "year": 2016}
    ).json()
    entry = client.get(f"/api/v1/entries/{hit['entry_id']}").json()
    start, end = hit["spans"][0]
    assert languages.get("az").fold(entry["text"][start:end]).startswith(("insan", "alver"))
    by_item = client.get("/api/v1/entries", params={"plan_item": "13.1.1"}).json()
    assert [e["codes"] for e in by_item] == [["13.1.1"]]
    assert api("reporter-din").get(f"/api/v1/entries/{hit['entry_id']}").status_code == 404
