"""Extracted items through the API: listed across readable reports, filtered, and reviewed
(edit, confirm, delete, add) as the review screen reviews them, by those who may."""

from __future__ import annotations

import pytest

from tests.web.api.conftest import ApiClient
from tests.web.conftest import Site

EVENT_FIELDS = "date_end, date_start, kind, participants, place, title"


@pytest.mark.parametrize("path", ["events", "figures", "document-refs"])
def test_each_kind_is_listed_with_its_report_and_entry(site: Site, api: ApiClient, path: str) -> None:
    client = api("coordinator")
    items = client.get(f"/api/v1/{path}").json()
    assert items and {item["report_id"] for item in items} == {site.report_id}
    first = client.get(f"/api/v1/{path}/{items[0]['id']}").json()
    assert first == items[0]
    entry = client.get(f"/api/v1/entries/{first['entry_id']}").json()
    assert entry["position"] == first["section_index"]
    assert api("reporter-din").get(f"/api/v1/{path}").json() == []
    assert api("reporter-din").get(f"/api/v1/{path}/{first['id']}").status_code == 404


def test_filters(site: Site, api: ApiClient, event_id: int) -> None:
    client = api("coordinator")
    every = client.get("/api/v1/events").json()
    for params, expected in (
        ({"agency": "DMX", "year": 2016}, every),
        ({"agency": "DIN"}, []),
        ({"year": 2017}, []),
        ({"plan_item": "13.8.1"}, [e for e in every if e["section"] == "13.8.1"]),
        ({"status": "confirmed"}, []),
        ({"report": site.report_id, "limit": 2, "offset": 1}, every[1:3]),
    ):
        assert client.get("/api/v1/events", params=params).json() == expected, params
    client.post(f"/api/v1/events/{event_id}/confirm")
    assert [e["id"] for e in client.get("/api/v1/events", params={"status": "confirmed"}).json()] == [
        event_id
    ]


def test_an_edit_changes_the_fields_given_and_keeps_the_others(api: ApiClient, event_id: int) -> None:
    client = api("reporter-dmx")
    before = client.get(f"/api/v1/events/{event_id}").json()
    edited = client.patch(
        f"/api/v1/events/{event_id}", json={"values": {"participants": 12, "place": "Gəncə"}}
    )
    assert edited.status_code == 200
    after = edited.json()
    assert (after["participants"], after["place"], after["status"]) == (12, "Gəncə", "edited")
    assert (after["title"], after["date_start"]) == (before["title"], before["date_start"])
    assert client.get(f"/api/v1/events/{event_id}").json() == after


@pytest.mark.parametrize(
    ("values", "status", "detail"),
    [
        ({"date_start": "13 aprel"}, 400, "event: 'date_start' cannot be '13 aprel'"),
        ({"title": None}, 400, "event: 'title' is required"),
        ({"colour": "red"}, 400, f"event has no field colour: its fields are {EVENT_FIELDS}"),
        ({"participants": True}, 400, "True is not a value of any field: write text, a number or a date"),
    ],
)
def test_a_bad_value_is_refused_and_changes_nothing(
    api: ApiClient, event_id: int, values: dict[str, object], status: int, detail: str
) -> None:
    client = api("coordinator")
    before = client.get(f"/api/v1/events/{event_id}").json()
    answer = client.patch(f"/api/v1/events/{event_id}", json={"values": values})
    assert (answer.status_code, answer.json()) == (status, {"detail": detail})
    assert client.get(f"/api/v1/events/{event_id}").json() == before


@pytest.mark.parametrize(
    ("username", "status"),
    [
        ("admin", 200),
        ("coordinator", 200),
        ("reporter-dmx", 200),
        ("reporter-din", 404),
        ("viewer", 404),
    ],
)
def test_who_may_change_the_draft_s_items(api: ApiClient, event_id: int, username: str, status: int) -> None:
    answer = api(username).patch(f"/api/v1/events/{event_id}", json={"values": {"place": "Şəki"}})
    assert answer.status_code == status


def test_a_submitted_report_is_the_coordinator_s_to_change(site: Site, api: ApiClient, event_id: int) -> None:
    reporter = api("reporter-dmx")
    reporter.post(f"/api/v1/reports/{site.report_id}/submit")
    refused = reporter.post(f"/api/v1/events/{event_id}/confirm")
    assert (refused.status_code, refused.json()) == (
        403,
        {"detail": f"report {site.report_id} is submitted: reporter-dmx (reporter) may not change it"},
    )
    assert api("coordinator").post(f"/api/v1/events/{event_id}/confirm").status_code == 200


def test_add_then_delete_an_item(api: ApiClient, event_id: int) -> None:
    client = api("reporter-dmx")
    entry_id = client.get(f"/api/v1/events/{event_id}").json()["entry_id"]
    new = {"values": {"value": 17, "what": "consultations"}, "source_start": 0, "source_end": 5}
    added = client.post(f"/api/v1/entries/{entry_id}/figures", json=new)
    assert added.status_code == 201
    figure = added.json()
    assert (figure["value"], figure["status"], figure["entry_id"], figure["source_end"]) == (
        17,
        "added",
        entry_id,
        5,
    )
    half_span = client.post(
        f"/api/v1/entries/{entry_id}/figures", json={"values": {"value": 1}, "source_start": 3}
    )
    assert half_span.json() == {"detail": "figure: give source_start and source_end both, or neither"}
    assert client.delete(f"/api/v1/figures/{figure['id']}").status_code == 204
    assert client.get(f"/api/v1/figures/{figure['id']}").status_code == 404
    assert api("reporter-din").post(f"/api/v1/entries/{entry_id}/figures", json=new).status_code == 404
