"""Search on the web: folded and stemmed, filtered, highlighted, and only over readable reports."""

from __future__ import annotations

import re
from typing import Any


def found(page: str) -> list[str]:
    return re.findall(r"<mark>([^<]+)</mark>", page)


def test_azerbaijani_forms_find_each_other_and_are_marked(site: Any) -> None:
    client = site.client("coordinator")
    page = client.get("/search", params={"q": "İNSAN alverinə"}).text
    assert page.count('class="search-hit"') >= 2
    marked = {word.casefold() for word in found(page)}
    assert {"insan", "alverindən", "alveri"} <= marked


def test_filters_by_plan_item_year_and_agency(site: Any) -> None:
    client = site.client("coordinator")
    by_item = client.get("/search", params={"q": "seminar", "item": "13.8.1"}).text
    assert by_item.count('class="search-hit"') == 1
    assert (
        client.get("/search", params={"q": "seminar", "item": "13.1.1"}).text.count('class="search-hit"') == 0
    )
    assert (
        client.get("/search", params={"q": "seminar", "year": "2017"}).text.count('class="search-hit"') == 0
    )
    assert (
        client.get("/search", params={"q": "seminar", "agency": "DIN"}).text.count('class="search-hit"') == 0
    )


def test_htmx_gets_only_the_results(site: Any) -> None:
    answer = site.client("coordinator").get("/search", params={"q": "Bakı"}, headers={"HX-Request": "true"})
    assert answer.text.lstrip().startswith('<p class="note">')
    assert "<html" not in answer.text


def test_another_agencys_draft_is_not_searched(site: Any) -> None:
    assert 'class="search-hit"' not in site.client("reporter-din").get("/search", params={"q": "insan"}).text
    assert 'class="search-hit"' in site.client("reporter-dmx").get("/search", params={"q": "insan"}).text
