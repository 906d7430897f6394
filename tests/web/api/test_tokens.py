"""A user's own tokens through the API: made (the secret answered once), listed, revoked."""

from __future__ import annotations

from tests.web.api.conftest import ApiClient


def test_a_user_makes_lists_and_revokes_its_own_tokens(api: ApiClient) -> None:
    client = api("reporter-dmx")
    made = client.post("/api/v1/tokens", json={"name": "weekly export"})
    assert made.status_code == 201
    secret = made.json()["secret"]
    listed = client.get("/api/v1/tokens").json()
    assert [token["name"] for token in listed] == ["tests", "weekly export"]
    assert all("secret" not in token for token in listed)
    script = api(None)
    script.headers["Authorization"] = f"Bearer {secret}"
    assert script.get("/api/v1/reports").status_code == 200
    revoked = client.delete(f"/api/v1/tokens/{made.json()['id']}")
    assert revoked.json()["revoked_at"] is not None
    assert script.get("/api/v1/reports").status_code == 401


def test_another_user_s_token_is_not_there(api: ApiClient) -> None:
    theirs = api("reporter-din").get("/api/v1/tokens").json()[0]["id"]
    answer = api("reporter-dmx").delete(f"/api/v1/tokens/{theirs}")
    assert (answer.status_code, answer.json()) == (404, {"detail": f"no API token {theirs} of reporter-dmx"})


def test_a_token_needs_a_name(api: ApiClient) -> None:
    assert api("viewer").post("/api/v1/tokens", json={"name": "  "}).status_code == 422
