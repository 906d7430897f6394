"""A signed-in user's API tokens: made (the secret shown once), listed, revoked, with CSRF;
the secret signs a script in to the JSON API until it is revoked."""

from __future__ import annotations

import re
from typing import Any

SECRET = re.compile(r'<code class="secret">(icra_[\w-]+)</code>')


def test_a_token_is_made_shown_once_used_and_revoked(site: Any) -> None:
    client = site.client("reporter-dmx")
    made = client.submit("/tokens", {"name": "nightly export"})
    assert made.status_code == 200
    found = SECRET.search(made.text)
    assert found, made.text
    secret = found.group(1)
    listed = client.get("/tokens").text
    assert "nightly export" in listed and secret not in listed  # shown once only

    script = site.client()
    bearer = {"Authorization": f"Bearer {secret}"}
    assert script.get("/api/v1/reports", headers=bearer).status_code == 200

    token_id = re.search(r'action="/tokens/(\d+)/revoke"', listed)
    assert token_id
    assert client.submit(f"/tokens/{token_id.group(1)}/revoke").status_code == 303
    assert 'action="/tokens/' not in client.get("/tokens").text  # nothing left to revoke
    assert script.get("/api/v1/reports", headers=bearer).status_code == 401


def test_a_token_needs_a_name_and_the_form_keeps_nothing(site: Any) -> None:
    client = site.client("viewer")
    answer = client.submit("/tokens", {"name": "  "})
    assert answer.status_code == 400
    assert "say what the token is for" in answer.text
    assert "No tokens yet." in client.get("/tokens").text


def test_a_form_without_the_csrf_token_is_refused(site: Any) -> None:
    client = site.client("viewer")
    answer = client.post("/tokens", data={"name": "forged"})
    assert answer.status_code == 403
    assert "No tokens yet." in client.get("/tokens").text


def test_someone_elses_token_cannot_be_revoked(site: Any) -> None:
    owner = site.client("coordinator")
    owner.submit("/tokens", {"name": "mine"})
    token_id = re.search(r'action="/tokens/(\d+)/revoke"', owner.get("/tokens").text)
    assert token_id
    assert site.client("viewer").submit(f"/tokens/{token_id.group(1)}/revoke").status_code == 404
    assert 'action="/tokens/' in owner.get("/tokens").text
