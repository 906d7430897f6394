"""Signing in to the API: a bearer token (no CSRF, no cookie) or the web session (CSRF on changes)."""

from __future__ import annotations

from sqlalchemy import select

from icra.db.models import ApiToken, AuditEvent
from icra.services.tokens import revoke_token
from icra.services.users import get_user
from tests.web.api.conftest import ApiClient, make_token, user_id
from tests.web.conftest import Site


def test_no_token_no_entry(api: ApiClient) -> None:
    answer = api(None).get("/api/v1/plans")
    assert answer.status_code == 401
    assert answer.headers["WWW-Authenticate"] == "Bearer"
    assert answer.json() == {"detail": "sign in, or send an API token as 'Authorization: Bearer <token>'"}


def test_an_unknown_or_revoked_token_is_refused(site: Site, api: ApiClient) -> None:
    client = api(None)
    client.headers["Authorization"] = "Bearer icra_made-up"
    assert client.get("/api/v1/plans").json() == {"detail": "the API token is unknown or revoked"}
    secret = make_token(site, "viewer")
    client.headers["Authorization"] = f"Bearer {secret}"
    assert client.get("/api/v1/plans").status_code == 200
    with site.sessions.begin() as session:
        token = session.scalars(select(ApiToken)).one()
        revoke_token(session=session, token_id=token.id, user=get_user(session=session, username="viewer"))
    assert client.get("/api/v1/plans").status_code == 401


def test_a_token_changes_without_csrf_and_the_trail_names_its_user(
    site: Site, api: ApiClient, event_id: int
) -> None:
    answer = api("reporter-dmx").post(f"/api/v1/events/{event_id}/confirm")
    assert (answer.status_code, answer.json()["status"]) == (200, "confirmed")
    with site.sessions() as session:
        trail = session.scalars(select(AuditEvent).where(AuditEvent.entity_type == "event")).one()
        assert trail.user_id == user_id(site, "reporter-dmx")


def test_a_signed_in_browser_reads_but_changes_only_with_the_csrf_token(site: Site, event_id: int) -> None:
    browser = site.client("reporter-dmx")
    assert browser.get("/api/v1/events").status_code == 200
    refused = browser.post(f"/api/v1/events/{event_id}/confirm")
    assert refused.status_code == 403
    assert refused.json() == {
        "detail": "the form has expired or did not come from İcra: reload the page and try again"
    }
    confirmed = browser.post(f"/api/v1/events/{event_id}/confirm", headers={"X-CSRF-Token": browser.token()})
    assert (confirmed.status_code, confirmed.json()["status"]) == (200, "confirmed")
