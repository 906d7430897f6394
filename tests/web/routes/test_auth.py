"""Signing in and out: cookies, CSRF, throttling, where sign-in leads."""

from __future__ import annotations

from typing import Any

from icra.services.signin import MAX_FAILURES


def test_a_page_sends_a_stranger_to_sign_in(site: Any) -> None:
    answer = site.client().get("/reports", follow_redirects=False)
    assert answer.status_code == 303
    assert answer.headers["location"] == "/signin?next=/reports"


def test_signing_in_sets_a_signed_http_only_lax_cookie(site: Any) -> None:
    client = site.client()
    answer = client.sign_in("coordinator", site.passwords["coordinator"])
    cookie = answer.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie and "secure" not in cookie
    assert "coordinator" in client.get("/").text


def test_the_cookie_is_secure_when_served_over_https(site: Any) -> None:
    client = site.client(https=True)
    client.base_url = "https://testserver"
    assert "secure" in client.get("/signin").headers["set-cookie"].lower()


def test_a_wrong_password_is_refused_on_the_page(site: Any) -> None:
    client = site.client()
    answer = client.sign_in("coordinator", "wrong password")
    assert answer.status_code == 401
    assert "wrong user name or password" in answer.text
    assert client.get("/", follow_redirects=False).status_code == 303


def test_too_many_failures_refuse_even_the_right_password(site: Any) -> None:
    client = site.client()
    for _ in range(MAX_FAILURES):
        assert client.sign_in("viewer", "nope").status_code == 401
    answer = client.sign_in("viewer", site.passwords["viewer"])
    assert answer.status_code == 403
    assert "too many failed sign-ins for &#39;viewer&#39;" in answer.text
    # Another user from the same address is not held back.
    assert client.sign_in("coordinator", site.passwords["coordinator"]).status_code == 303


def test_web_processes_share_the_throttle(site: Any) -> None:
    first, second = site.client(), site.client()
    for _ in range(MAX_FAILURES):
        first.sign_in("viewer", "nope")
    assert second.sign_in("viewer", site.passwords["viewer"]).status_code == 403


def test_a_form_without_the_csrf_token_is_refused(site: Any) -> None:
    client = site.client("coordinator")
    answer = client.post("/signout")
    assert answer.status_code == 403
    assert "reload the page" in answer.text
    assert client.get("/", follow_redirects=False).status_code == 200


def test_htmx_sends_the_token_in_a_header(site: Any) -> None:
    client = site.client("coordinator")
    assert client.submit("/signout", htmx=True).status_code == 303
    assert client.get("/", follow_redirects=False).status_code == 303


def test_sign_in_goes_on_only_to_a_page_of_this_site(site: Any) -> None:
    client = site.client()
    answer = client.post(
        "/signin",
        data={
            "username": "viewer",
            "password": site.passwords["viewer"],
            "csrf_token": client.token(),
            "next": "//evil.example/",
        },
        follow_redirects=False,
    )
    assert answer.status_code == 303
    assert answer.headers["location"] == "/"


def test_a_forged_session_cookie_signs_nobody_in(site: Any) -> None:
    import base64
    import json

    client = site.client()
    forged = base64.b64encode(json.dumps({"user_id": 1}).encode()).decode() + ".forged.signature"
    client.cookies.set("icra_session", forged)
    assert client.get("/", follow_redirects=False).status_code == 303


def test_signing_out_ends_the_session(site: Any) -> None:
    client = site.client("reporter-dmx")
    assert client.submit("/signout").headers["location"] == "/signin"
    assert client.get(f"/reports/{site.report_id}", follow_redirects=False).status_code == 303
