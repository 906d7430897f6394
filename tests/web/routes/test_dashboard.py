"""The dashboards: the numbers handed to the charts, over the reports the user may read."""

from __future__ import annotations

import json
import re
from typing import Any


def chart_data(page: str, name: str) -> Any:
    found = re.search(rf'name: "{name}", x: (\[[^\]]*\]), y: (\[[^\]]*\])', page)
    assert found, f"no {name} series"
    return json.loads(found.group(1)), json.loads(found.group(2))


def test_events_and_participants_of_the_demo_report(site: Any) -> None:
    page = site.client("reporter-dmx").get("/").text
    assert '<script src="/static/plotly-4.1.2.min.js"></script>' in page
    months, events = chart_data(page, "Events")
    assert months[0] == "2016-01" and sum(events) >= 5
    agencies, _ = re.findall(r"x: (\[[^\]]*\])", page)[2:4]
    assert json.loads(agencies) == ["DMX"]
    assert "Legal acts" in page and "81" in page  # the 2001 decision no. 81 the report cites


def test_a_viewer_sees_nothing_of_an_unpublished_report(site: Any) -> None:
    page = site.client("viewer").get("/").text
    months, events = chart_data(page, "Events")
    assert months == [] and events == []
