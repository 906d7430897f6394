"""Web fixtures: the demo site (``icra demo``'s data) on each database, a TestClient per
user, and sign-in as a browser does it (the form's CSRF token, then the cookie)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session, sessionmaker

from icra.services.demo_site import prepare_demo
from icra.settings import Settings
from icra.web.app import create_app

CSRF_INPUT = re.compile(r'name="csrf_token" value="([^"]+)"')


def csrf_of(html: str) -> str:
    found = CSRF_INPUT.search(html)
    assert found, "the page has no form with a CSRF token"
    return found.group(1)


@dataclass
class Site:
    url: str
    sessions: sessionmaker[Session]
    passwords: dict[str, str]
    report_id: int
    settings: Settings


@pytest.fixture
def site(database_url: str, sessions: sessionmaker[Session]) -> Site:
    with sessions.begin() as session:
        demo = prepare_demo(session=session, max_upload_bytes=5 * 2**20)
        assert demo.report is not None
        report_id = demo.report.id
    settings = Settings(database_url=database_url, secret_key="test-secret", max_upload_bytes=2**20)
    return Site(database_url, sessions, demo.new_passwords, report_id, settings)


def sign_in(client: TestClient, username: str, password: str) -> None:
    token = csrf_of(client.get("/signin").text)
    answer = client.post(
        "/signin",
        data={"username": username, "password": password, "csrf_token": token},
        follow_redirects=False,
    )
    assert answer.status_code == 303, answer.text


@pytest.fixture
def client_as(site: Site) -> Iterator[Callable[[str | None], TestClient]]:
    """``client_as("reporter-dmx")``: a client signed in as that demo user (None: nobody)."""
    clients: list[TestClient] = []

    def make(username: str | None) -> TestClient:
        client = TestClient(create_app(site.settings))
        client.__enter__()
        clients.append(client)
        if username is not None:
            sign_in(client, username, site.passwords[username])
        return client

    yield make
    for client in clients:
        client.__exit__(None, None, None)


def form_token(client: TestClient, path: str = "/") -> str:
    """The CSRF token of the signed-in session, as a page's forms carry it."""
    return csrf_of(client.get(path).text)
