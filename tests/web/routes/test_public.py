"""Public pages, without sign-in: only published reports, small victim counts shown as "<5",
victims' names withheld and officials' kept, as the coordinator's threshold says."""

from __future__ import annotations

import html
from typing import Any

import pytest

from tests.web.routes.test_reports import report_id_of

# The Ministry of Internal Affairs' report, written for these tests: three victims (fewer than
# the threshold of 5), one named, and an official who is named.
DIN_REPORT = """Daxili İşlər Nazirliyinin 2016-cı il üzrə məlumatı

13.2.5-ci yarımbənd üzrə:
İl ərzində 3 insan alveri qurbanı müəyyən edilmişdir, qurban Leyla H. sığınacağa yerləşdirilmişdir.
Nazirliyin əməkdaşı Əliyev R.S. 12 oktyabr 2016-cı il tarixdə Gəncədə seminarda çıxış etmişdir – 9 nəfər.
Nazirlik Dövlət Miqrasiya Xidmətinin 5 may 2016-cı il tarixli 02/1178 saylı məktubuna cavab vermişdir.
"""
DMX_DRAFT_WORDS = "Kişinyov"  # a place only the State Migration Service's draft names


@pytest.fixture
def published(site: Any) -> int:
    """The demo site (its report a draft) with the Ministry's report sent, approved and published."""
    reporter, coordinator = site.client("reporter-din"), site.client("coordinator")
    report_id = report_id_of(reporter.submit("/reports", {"text": DIN_REPORT, "year": "2016"}))
    assert reporter.submit(f"/reports/{report_id}/submit").status_code == 303
    for move in ("approve", "publish"):
        assert coordinator.submit(f"/reports/{report_id}/{move}").status_code == 303
    return report_id


def public_text(site: Any, path: str, **settings: Any) -> str:
    answer = site.client(**settings).get(path)
    assert answer.status_code == 200, answer.text
    return html.unescape(answer.text)


@pytest.mark.parametrize(
    "path",
    ["/public/reports/{id}", "/public/national?year=2016", "/public/national/download?year=2016&format=md"],
)
def test_a_small_victim_count_and_a_victims_name_are_withheld(site: Any, published: int, path: str) -> None:
    text = public_text(site, path.format(id=published))
    assert "<5" in text
    assert "Leyla H." not in text
    assert "Əliyev R.S." in text  # an official keeps his name
    assert "Gəncədə" in text


def test_the_coordinators_threshold_decides(site: Any, published: int) -> None:
    text = public_text(site, f"/public/reports/{published}", public_threshold=3)
    assert "<5" not in text and "3 insan alveri qurbanı" in text
    assert "Leyla H." not in text  # names are withheld whatever the threshold


def test_public_pages_show_no_draft(site: Any, published: int) -> None:
    home = public_text(site, "/public")
    assert f'href="/public/reports/{published}"' in home
    assert f'href="/public/reports/{site.report_id}"' not in home
    assert DMX_DRAFT_WORDS not in public_text(site, "/public/national?year=2016")
    anonymous = site.client()
    assert anonymous.get(f"/public/reports/{site.report_id}").status_code == 404
    assert anonymous.get("/public/national/download?year=2016&format=xlsx").status_code == 404


def test_the_public_pages_need_no_sign_in_and_the_sign_in_page_links_them(site: Any) -> None:
    anonymous = site.client()
    assert 'href="/public"' in anonymous.get("/signin").text
    for path in ("/public", "/public/national?year=2016"):
        assert anonymous.get(path, follow_redirects=False).status_code == 200
    assert anonymous.get("/national", follow_redirects=False).status_code == 303


def test_a_published_report_lists_its_documents(site: Any, published: int) -> None:
    assert "məktub № 02/1178, 05.05.2016" in public_text(site, f"/public/reports/{published}")
