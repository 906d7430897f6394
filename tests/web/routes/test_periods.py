"""Reporting periods on the web: opened by the coordinator, approved and then locked."""

from __future__ import annotations

import re
from typing import Any

from icra.db.models import ReportingPeriod


def test_the_coordinator_opens_and_approves_a_period_which_locks_its_reports(site: Any) -> None:
    coordinator, reporter = site.client("coordinator"), site.client("reporter-dmx")
    assert coordinator.submit("/periods", {"year": "2016", "due": "2017-01-31"}).status_code == 303
    page = coordinator.get("/periods").text
    assert 'id="period-2016"' in page and "2017-01-31" in page
    waiting = re.search(r'id="period-2016">.*?<td class="waiting">(.*?)</td>', page, re.S)
    assert waiting and re.findall(r">([^<]+)</span>", waiting.group(1)) == ["DİN", "DMX", "ƏƏSMN", "ƏN"]
    with site.sessions() as session:
        period_id = session.query(ReportingPeriod).one().id
    # Before the approval the reporter still works on the draft.
    assert 'class="delete"' in reporter.get(f"/reports/{site.report_id}").text
    assert coordinator.submit(f"/periods/{period_id}/approve").status_code == 303
    review = reporter.get(f"/reports/{site.report_id}").text
    assert 'class="delete"' not in review and "move-submit" not in review
    refused = reporter.submit(f"/reports/{site.report_id}/submit")
    assert refused.status_code == 403
    assert "the reporting period 2016 is approved and locked" in refused.text
    upload = reporter.submit(
        "/reports", {"text": "13.1.1-ci yarımbənd üzrə:\nİş görülmüşdür.", "year": "2016"}
    )
    assert upload.status_code == 403
    assert "locked" in upload.text
    # A locked period's due date no longer moves.
    assert coordinator.submit("/periods", {"year": "2016", "due": "2017-03-01"}).status_code == 403


def test_only_coordinators_open_periods(site: Any) -> None:
    reporter = site.client("reporter-dmx")
    assert "Open a reporting period" not in reporter.get("/periods").text
    answer = reporter.submit("/periods", {"year": "2016", "due": "2017-01-31"})
    assert answer.status_code == 403
    assert "may not open reporting periods" in answer.text


def test_a_year_outside_the_plan_or_a_bad_date_is_refused(site: Any) -> None:
    coordinator = site.client("coordinator")
    outside = coordinator.submit("/periods", {"year": "2031", "due": "2032-01-31"})
    assert outside.status_code == 400 and "no year 2031 in it" in outside.text
    bad_date = coordinator.submit("/periods", {"year": "2016", "due": "31.01.2017"})
    assert bad_date.status_code == 400 and "write it as YYYY-MM-DD" in bad_date.text


def test_an_agency_that_submitted_leaves_the_waiting_list(site: Any) -> None:
    coordinator = site.client("coordinator")
    coordinator.submit("/periods", {"year": "2016", "due": "2017-01-31"})
    site.client("reporter-dmx").submit(f"/reports/{site.report_id}/submit")
    page = coordinator.get("/periods").text
    waiting = re.search(r'id="period-2016">.*?<td class="waiting">(.*?)</td>', page, re.S)
    assert waiting and re.findall(r">([^<]+)</span>", waiting.group(1)) == ["DİN", "ƏƏSMN", "ƏN"]
