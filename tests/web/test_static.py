"""Every asset a page loads is served from /static and exists there: no CDN, ever."""

from __future__ import annotations

import re
from pathlib import Path

from icra.web.app import STATIC
from icra.web.templating import TEMPLATES

ASSET = re.compile(r'<(?:script|link)\b[^>]*?(?:src|href)="([^"]+)"')


def test_assets_are_local_and_present() -> None:
    assets = {url for page in TEMPLATES.glob("*.html") for url in ASSET.findall(page.read_text("utf-8"))}
    assert assets, "no template loads any asset"
    for url in assets:
        assert url.startswith("/static/"), f"{url}: not served by İcra"
        assert (STATIC / url.removeprefix("/static/")).is_file(), f"{url}: missing from icra/web/static"


def test_no_template_names_another_host() -> None:
    for page in TEMPLATES.glob("*.html"):
        assert not re.search(r'(?:src|href|action)="(?:https?:)?//', page.read_text("utf-8")), page.name


def test_the_static_files_are_served(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from icra.db import upgrade_database
    from icra.settings import Settings
    from icra.web.app import create_app

    url = f"sqlite:///{tmp_path / 'icra.db'}"
    upgrade_database(url)
    with TestClient(create_app(Settings(database_url=url))) as client:
        answer = client.get("/static/htmx-2.0.11.min.js")
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith(("application/javascript", "text/javascript"))
