"""The coverage matrix: a row per sub-item and responsible agency, a cell per year, gaps first."""

from __future__ import annotations

import re
from typing import Any


def rows(page: str) -> list[tuple[str, str, list[str]]]:
    """(code, agency, cells) per row of the matrix, in order."""
    found = []
    for row in re.findall(r"<tr><td class=\"code\">(.*?)</tr>", page, re.S):
        code = re.search(r">([\d.]+)</a>", row)
        agency = re.search(r'<td title="[^"]*">([^<]+)</td>', row)
        assert code and agency
        found.append((code.group(1), agency.group(1), re.findall(r'class="cell cell-(\w+)"', row)))
    return found


def test_a_draft_then_a_published_report_fill_their_cells(site: Any) -> None:
    coordinator = site.client("coordinator")
    matrix = dict(((code, agency), cells) for code, agency, cells in rows(coordinator.get("/coverage").text))
    # Years 2014-2018: the demo report is DMX's 2016 draft.
    assert matrix[("13.1.1", "DMX")] == ["missing", "missing", "draft", "missing", "missing"]
    assert matrix[("13.2.5", "DİN")] == ["missing"] * 5
    for step in ("submit", "approve"):
        coordinator.submit(f"/reports/{site.report_id}/{step}")
    matrix = dict(((code, agency), cells) for code, agency, cells in rows(coordinator.get("/coverage").text))
    assert matrix[("13.1.1", "DMX")][2] == "reported"


def test_the_gaps_come_first(site: Any) -> None:
    found = rows(site.client("viewer").get("/coverage").text)
    gaps = [(cells.count("missing"), cells.count("draft")) for _code, _agency, cells in found]
    assert gaps == sorted(gaps, reverse=True)
    assert gaps[-1] == (4, 1)  # DMX's items, covered by the 2016 draft, come last
    assert found[0][2] == ["missing"] * 5
    assert "13" not in [code for code, _agency, _cells in found]  # sections are covered through sub-items
