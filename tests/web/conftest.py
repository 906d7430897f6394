"""Web fixtures: the demo site (``icra demo``'s data) on each database, and clients that
act as a browser does: ``site.client("reporter-dmx")`` signs in through the form, and
``client.submit(path, data)`` posts a form with the page's CSRF token."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session, sessionmaker

from icra.db import make_engine, session_factory, upgrade_database
from icra.services.demo_site import prepare_demo
from icra.settings import Settings
from icra.web.app import create_app

CSRF_INPUT = re.compile(r'name="csrf_token" value="([^"]+)"')


def csrf_of(html: str) -> str:
    found = CSRF_INPUT.search(html)
    assert found, "the page has no form with a CSRF token"
    return found.group(1)


class SiteClient(TestClient):
    def token(self) -> str:
        """The CSRF token of this client's session, as the sign-in form carries it."""
        return csrf_of(self.get("/signin").text)

    def sign_in(self, username: str, password: str) -> httpx.Response:
        return self.post(
            "/signin",
            data={"username": username, "password": password, "csrf_token": self.token()},
            follow_redirects=False,
        )

    def submit(
        self, path: str, data: dict[str, Any] | None = None, *, htmx: bool = False, **kwargs: Any
    ) -> Any:
        """Post a form as the page would: with the token; as htmx does (a header), or plainly."""
        headers = {"X-CSRF-Token": self.token(), "HX-Request": "true"} if htmx else {}
        body = {**(data or {}), **({} if htmx else {"csrf_token": self.token()})}
        return self.post(path, data=body, headers=headers, follow_redirects=False, **kwargs)


@dataclass
class Site:
    url: str
    sessions: sessionmaker[Session]
    passwords: dict[str, str]
    report_id: int
    settings: Settings
    clients: list[SiteClient] = field(default_factory=list)

    def client(self, username: str | None = None, **settings: Any) -> SiteClient:
        """A client of a fresh app (a web process of its own), signed in as ``username``."""
        client = SiteClient(create_app(self.settings.model_copy(update=settings)))
        client.__enter__()
        client.cookies.set("lang", "en")  # tests read the English interface; test_i18n checks the others
        self.clients.append(client)
        if username is not None:
            assert client.sign_in(username, self.passwords[username]).status_code == 303
        return client


@dataclass(frozen=True)
class DemoFile:
    path: Path
    passwords: dict[str, str]
    report_id: int


def build_demo(url: str) -> tuple[dict[str, str], int]:
    upgrade_database(url)
    engine = make_engine(url)
    with session_factory(engine).begin() as session:
        demo = prepare_demo(session=session, max_upload_bytes=5 * 2**20)
        assert demo.report is not None
        report_id = demo.report.id
    engine.dispose()
    return demo.new_passwords, report_id


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> DemoFile:
    """The demo site as a SQLite file, built once (hashing five passwords, extracting the
    report) and copied for each SQLite test."""
    path = tmp_path_factory.mktemp("demo") / "icra.db"
    passwords, report_id = build_demo(f"sqlite:///{path}")
    return DemoFile(path, passwords, report_id)


@pytest.fixture
def site(database_url: str, demo_file: DemoFile) -> Iterator[Site]:
    """The demo site on ``database_url``, with the demo users' passwords."""
    if database_url.startswith("sqlite:///"):
        shutil.copyfile(demo_file.path, database_url.removeprefix("sqlite:///"))
        passwords, report_id = demo_file.passwords, demo_file.report_id
    else:
        passwords, report_id = build_demo(database_url)
    engine = make_engine(database_url)
    settings = Settings(database_url=database_url, secret_key="test-secret", max_upload_bytes=2**20)
    built = Site(database_url, session_factory(engine), passwords, report_id, settings)
    yield built
    for client in built.clients:
        client.__exit__(None, None, None)
    engine.dispose()
