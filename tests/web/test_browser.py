"""The whole workflow in a real browser: Playwright driving Debian's chromium against a
uvicorn server on a free loopback port. Skipped, saying why, without chromium."""

from __future__ import annotations

import os
import re
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import docx
import pytest

from icra.db import make_engine, session_factory, upgrade_database
from icra.services.demo_site import DEMO_REPORT, prepare_demo
from icra.settings import Settings
from icra.web.app import create_app

CHROMIUM = shutil.which("chromium")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="no chromium on PATH (apt-get install chromium; .ci/run installs it)"
)
# Screenshots go to tmp_path unless ICRA_SCREENSHOTS names a folder (docs/screenshots/README.md).
SCREENSHOTS = os.environ.get("ICRA_SCREENSHOTS")


@dataclass
class Server:
    base: str
    passwords: dict[str, str]
    report_id: int


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    import uvicorn

    url = f"sqlite:///{tmp_path / 'icra.db'}"
    upgrade_database(url)
    engine = make_engine(url)
    with session_factory(engine).begin() as session:
        demo = prepare_demo(session=session, max_upload_bytes=2**20)
        assert demo.report is not None
        report_id = demo.report.id
    engine.dispose()
    port = free_port()
    app = create_app(Settings(database_url=url, secret_key="browser-test"))
    uvicorn_server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=uvicorn_server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not uvicorn_server.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    yield Server(f"http://127.0.0.1:{port}", demo.new_passwords, report_id)
    uvicorn_server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="playwright is not installed (pip install -e '.[dev]')"
    )

    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield launched
        launched.close()


def signed_in(browser: Any, server: Server, username: str, lang: str = "en") -> Any:
    context = browser.new_context(viewport={"width": 1360, "height": 900})
    context.add_cookies([{"name": "lang", "value": lang, "url": server.base}])
    page = context.new_page()
    page.goto(f"{server.base}/signin")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", server.passwords[username])
    page.click("form.card button")
    page.wait_for_url(f"{server.base}/")
    return page


@pytest.fixture
def shot(tmp_path: Path) -> Any:
    folder = Path(SCREENSHOTS) if SCREENSHOTS else tmp_path / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)

    def take(page: Any, name: str) -> None:
        page.screenshot(path=str(folder / f"{name}.png"), full_page=False)
        assert (folder / f"{name}.png").stat().st_size > 10_000  # a drawn page, not a blank one

    return take


def test_report_from_upload_to_publication(browser: Any, server: Server, tmp_path: Path, shot: Any) -> None:
    reporter = signed_in(browser, server, "reporter-dmx")
    shot(reporter, "dashboard")
    # The demo report again, as a file the reporter uploads for 2017.
    upload = tmp_path / "dmx-2017.txt"
    upload.write_bytes(DEMO_REPORT.read_bytes())
    reporter.goto(f"{server.base}/reports/new")
    reporter.fill("input[name=year]", "2017")
    reporter.set_input_files("input[name=file]", str(upload))
    reporter.click("form.card button.primary")
    reporter.wait_for_url(re.compile(r".*/reports/\d+$"))
    report_url = reporter.url
    shot(reporter, "review")

    # Confirm the first event, correct the first figure, delete the first need, add an event by hand.
    event = reporter.locator("form.item-event").first
    event_id = event.get_attribute("id")
    event.locator("button.confirm").click()
    reporter.locator(f"#{event_id} .badge", has_text="confirmed").wait_for()
    figure = reporter.locator("form.item-figure").first
    figure_id = figure.get_attribute("id")
    figure.locator("input[name=value]").fill("24221")
    figure.locator("button.save").click()
    reporter.locator(f"#{figure_id} .badge", has_text="edited").wait_for()
    assert reporter.locator(f"#{figure_id} input[name=value]").input_value() == "24221"
    needs_before = reporter.locator("form.item-need").count()
    if needs_before:
        reporter.locator("form.item-need").first.locator("button.delete").click()
        reporter.wait_for_function(
            f"document.querySelectorAll('form.item-need').length == {needs_before - 1}"
        )
    entry = reporter.locator("section.entry").first
    entry.locator(".add button", has_text="event").click()
    entry.locator("form.new textarea[name=title]").fill("Görüş: əl ilə əlavə edildi")
    entry.locator("form.new button.primary").click()
    reporter.locator("form.item-status-added", has_text="").first.wait_for()
    assert "Görüş: əl ilə əlavə edildi" in reporter.content()
    reporter.click("form.move-submit button")
    reporter.locator(".status-submitted").first.wait_for()

    # Another agency's reporter cannot open the draft, by URL either.
    other = signed_in(browser, server, "reporter-din")
    answer = other.goto(report_url)
    assert answer is not None and answer.status == 404
    other.goto(f"{server.base}/reports")
    assert report_url.rsplit("/", 1)[1] not in [
        link.rsplit("/", 1)[1] for link in other.locator("table a").evaluate_all("(l) => l.map(a => a.href)")
    ]

    coordinator = signed_in(browser, server, "coordinator")
    coordinator.goto(report_url)
    coordinator.fill("form.move-return input[name=comment]", "13.8.1: give each meeting's place")
    coordinator.click("form.move-return button")
    coordinator.locator(".status-returned").first.wait_for()
    reporter.goto(report_url)
    assert reporter.locator("form.item button.delete").count() == 0  # returned: read-only to the reporter
    reporter.click("form.move-reopen button")
    reporter.locator(".status-draft").first.wait_for()
    reporter.click("form.move-submit button")
    reporter.locator(".status-submitted").first.wait_for()
    coordinator.goto(report_url)
    coordinator.click("form.move-approve button")
    coordinator.locator(".status-approved").first.wait_for()
    coordinator.click("form.move-publish button")
    coordinator.locator(".status-published").first.wait_for()
    coordinator.goto(report_url + "/history")
    shot(coordinator, "history")
    history = coordinator.content()
    assert (
        "13.8.1: give each meeting&#39;s place" in history or "13.8.1: give each meeting's place" in history
    )
    for screen, path in (("plan", "/plans"), ("coverage", "/coverage")):
        coordinator.goto(server.base + path)
        shot(coordinator, screen)

    # The year's national report, downloaded as .docx, holds the event added by hand.
    coordinator.click("nav a[href='/national']")
    coordinator.fill("form.filters input[name=year]", "2017")
    coordinator.click("form.filters button")
    coordinator.locator("article.icra-report").wait_for()
    shot(coordinator, "national")
    with coordinator.expect_download() as download:
        coordinator.click("a.download-docx")
    assert download.value.suggested_filename == "nap-2014-2018-2017.docx"
    national = docx.Document(download.value.path())
    assert any("Görüş: əl ilə əlavə edildi" in p.text for p in national.paragraphs)

    # The public, signed in or not, reads the published report from the sign-in page's link.
    public = browser.new_context(viewport={"width": 1360, "height": 900}).new_page()
    public.goto(f"{server.base}/signin")
    public.click("form.card a[href='/public']")
    public.click(f"a[href='/public/reports/{report_url.rsplit('/', 1)[1]}']")
    public.locator("article.icra-report").wait_for()
    public.goto(f"{server.base}/public")
    public.locator("#chart-months .main-svg").first.wait_for()
    shot(public, "public")


def test_rating_search_and_the_azerbaijani_interface(browser: Any, server: Server, shot: Any) -> None:
    coordinator = signed_in(browser, server, "coordinator")
    coordinator.goto(f"{server.base}/plans")
    coordinator.select_option("#item-13\\.1\\.1 select[name=rating]", "substantial")
    # htmx redraws the row; a reload shows the rating was stored.
    coordinator.wait_for_load_state("networkidle")
    coordinator.reload()
    assert coordinator.locator("#item-13\\.1\\.1 select[name=rating]").input_value() == "substantial"
    coordinator.goto(f"{server.base}/search")
    coordinator.fill("input[name=q]", "İNSAN alverinə")
    coordinator.locator("#results .search-hit").first.wait_for()
    assert "alverindən" in coordinator.locator("#results mark").all_inner_texts()
    shot(coordinator, "search")

    reporter = signed_in(browser, server, "reporter-dmx", lang="az")
    assert reporter.locator("nav a").all_inner_texts()[:3] == ["İcmal", "Plan", "Hesabatlar"]
    reporter.goto(f"{server.base}/reports/{server.report_id}")
    assert reporter.locator("button.confirm").first.inner_text() == "Təsdiqlə"
    shot(reporter, "review-az")
    reporter.click("button[name=lang][value=ru]")
    reporter.wait_for_load_state()
    assert reporter.locator("button.confirm").first.inner_text() == "Подтвердить"
