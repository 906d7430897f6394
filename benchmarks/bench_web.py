"""Every page's response time on the demo data (target: under 200 ms).

Builds the demo site (``icra demo``'s data) in a temporary SQLite file, plus more reports
of the demo agencies for the other years of the plan (the demo report again, so the
dashboards, coverage and search have several years to work over), signs in as the
coordinator and as a reporter, and times each page in-process (FastAPI's TestClient:
no network, so the figures are the app's own time). Prints the median and the slowest of
the runs per page, and fails when a median is over the target.

    python benchmarks/bench_web.py          # 20 runs per page, reports for every plan year
    python benchmarks/bench_web.py --smoke  # 3 runs per page, the demo report only (CI)
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
import time
import warnings
from pathlib import Path

warnings.filterwarnings("ignore", category=DeprecationWarning)

from fastapi.testclient import TestClient  # noqa: E402  (after the warning filter)

from icra.db import make_engine, session_factory, upgrade_database  # noqa: E402
from icra.services.demo_site import DEMO_REPORT, prepare_demo  # noqa: E402
from icra.services.intake import ingest_report  # noqa: E402
from icra.services.users import get_user  # noqa: E402
from icra.settings import Settings  # noqa: E402
from icra.web.app import create_app  # noqa: E402

TARGET_MS = 200.0
CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


def build_site(url: str, extra_years: range) -> tuple[dict[str, str], int]:
    upgrade_database(url)
    engine = make_engine(url)
    with session_factory(engine).begin() as session:
        site = prepare_demo(session=session, max_upload_bytes=2**20)
        assert site.report is not None
        reporter = get_user(session=session, username="reporter-dmx")
        for year in extra_years:
            ingest_report(
                session=session,
                data=DEMO_REPORT.read_bytes(),
                filename=f"dmx-{year}.txt",
                agency_code="DMX",
                year=year,
                user=reporter,
                max_bytes=2**20,
            )
        report_id = site.report.id
    engine.dispose()
    return site.new_passwords, report_id


def signed_in(settings: Settings, username: str, password: str) -> TestClient:
    client = TestClient(create_app(settings))
    token = CSRF.search(client.get("/signin").text)
    assert token, "no sign-in form"
    answer = client.post(
        "/signin", data={"username": username, "password": password, "csrf_token": token.group(1)}
    )
    assert answer.status_code == 200, f"sign-in as {username} failed"
    return client


def time_page(client: TestClient, path: str, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        answer = client.get(path)
        times.append((time.perf_counter() - start) * 1000)
        assert answer.status_code == 200, f"{path}: {answer.status_code}"
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="3 runs per page on the demo report only")
    args = parser.parse_args()
    runs = 3 if args.smoke else 20
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'bench.db'}"
        passwords, report_id = build_site(url, range(0) if args.smoke else range(2014, 2016))
        settings = Settings(database_url=url, secret_key="bench")
        pages = {
            "coordinator": [
                "/",
                "/plans/nap-2014-2018",
                "/reports",
                f"/reports/{report_id}",
                f"/reports/{report_id}/history",
                "/coverage",
                "/periods",
                "/search?q=insan+alverin%C9%99",
                "/reports/new",
                "/national?year=2016",
                "/national?year=2016&lang=en",
                "/tokens",
                # The public pages answer the same signed in or not.
                "/public",
                "/public/national?year=2016",
            ],
            "reporter-dmx": ["/", f"/reports/{report_id}", "/search?q=seminar", "/national?year=2016"],
        }
        print(f"{'user':<14} {'page':<34} {'median ms':>10} {'max ms':>8}")
        slow = []
        for username, paths in pages.items():
            client = signed_in(settings, username, passwords[username])
            client.get("/")  # templates compiled, catalogue loaded: not a page's own time
            for path in paths:
                times = time_page(client, path, runs)
                median = statistics.median(times)
                print(f"{username:<14} {path:<34} {median:>10.1f} {max(times):>8.1f}")
                if median > TARGET_MS:
                    slow.append(f"{username} {path}: {median:.0f} ms")
            client.close()
    if slow:
        print(f"over the {TARGET_MS:.0f} ms target: " + "; ".join(slow), file=sys.stderr)
        return 1
    print(f"every page under {TARGET_MS:.0f} ms (median of {runs} runs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
