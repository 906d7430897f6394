"""The plan view: the tree, the reports covering each item, the coordinator's ratings."""

from __future__ import annotations

import re
from typing import Any

PLAN = "/plans/nap-2014-2018"


def row(page: str, code: str) -> str:
    found = re.search(rf'<tr class="level-\d[^"]*" id="item-{re.escape(code)}">.*?</tr>', page, re.S)
    assert found, f"no row for {code}"
    return found.group(0)


def test_the_tree_shows_agencies_deadlines_and_covering_reports(site: Any) -> None:
    page = site.client("coordinator").get(PLAN).text
    item = row(page, "13.1.1")
    assert "DMX" in item
    assert f'href="/reports/{site.report_id}"' in item  # the demo report covers 13.1.1 in 2016
    assert f'href="/reports/{site.report_id}"' not in row(page, "13.1")


def test_a_reporter_of_another_agency_is_not_shown_the_draft(site: Any) -> None:
    page = site.client("reporter-din").get(PLAN).text
    assert f'href="/reports/{site.report_id}"' not in page


def test_the_coordinator_rates_an_item_with_htmx(site: Any) -> None:
    coordinator = site.client("coordinator")
    answer = coordinator.submit(f"{PLAN}/items/13.1.1/rating", {"rating": "substantial"}, htmx=True)
    assert answer.status_code == 200
    assert answer.text.lstrip().startswith('<tr class="level-3')
    assert '<option value="substantial" selected>' in answer.text
    assert '<option value="substantial" selected>' in row(coordinator.get(PLAN).text, "13.1.1")
    viewer_row = row(site.client("viewer").get(PLAN).text, "13.1.1")
    assert 'class="rating rating-substantial"' in viewer_row


def test_only_a_coordinator_rates(site: Any) -> None:
    answer = site.client("reporter-dmx").submit(f"{PLAN}/items/13.1.1/rating", {"rating": "complete"})
    assert answer.status_code == 403
    bad = site.client("coordinator").submit(f"{PLAN}/items/13.1.1/rating", {"rating": "done"})
    assert bad.status_code == 400 and "choose one of not_started, limited" in bad.text
