"""Plans, their items and agencies, as every signed-in caller reads them."""

from __future__ import annotations

import pytest

from tests.web.api.conftest import ApiClient


def test_plans_and_their_items(api: ApiClient) -> None:
    viewer = api("viewer")
    (plan,) = viewer.get("/api/v1/plans").json()
    assert (plan["code"], plan["period_start"], plan["period_end"]) == ("nap-2014-2018", 2014, 2018)
    assert viewer.get("/api/v1/plans/nap-2014-2018").json() == plan
    items = viewer.get("/api/v1/plans/nap-2014-2018/items").json()
    codes = [item["code"] for item in items]
    assert codes[:3] == ["13", "13.1", "13.1.1"] and "13.2.10" in codes
    item = viewer.get("/api/v1/plans/nap-2014-2018/items/13.1.1").json()
    assert (item["parent_code"], item["lead"], item["level"]) == ("13.1", ["DMX"], 3)


def test_agencies(api: ApiClient) -> None:
    client = api("reporter-din")
    codes = [agency["code"] for agency in client.get("/api/v1/agencies").json()]
    assert {"DMX", "DIN"} <= set(codes)
    assert client.get("/api/v1/agencies/dmx").json()["code"] == "DMX"


@pytest.mark.parametrize(
    ("path", "status", "detail"),
    [
        ("/api/v1/plans/no-such-plan", 404, "no plan 'no-such-plan' (see `icra plan list`)"),
        ("/api/v1/plans/nap-2014-2018/items/99.9", 404, "plan nap-2014-2018 has no item '99.9'"),
        ("/api/v1/agencies/XYZ", 404, "no agency 'XYZ' (see `icra agency list`)"),
    ],
)
def test_missing_records_are_404_in_json(api: ApiClient, path: str, status: int, detail: str) -> None:
    answer = api("viewer").get(path)
    assert (answer.status_code, answer.json()) == (status, {"detail": detail})
