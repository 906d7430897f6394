"""The national report as services.reporting builds it: plan order, items without a report,
joint entries, summary, statistics beside earlier years, coverage, public mode, duplicates."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from icra.db.models import Report, ReportStatus
from icra.errors import InputError
from icra.services.reporting import agency_report, national_report
from tests.reporting import conftest as stored
from tests.reporting.conftest import StoreText

# The stored reports of tests/reporting, as fixtures here too.
demo_report, din_report, store_text = stored.demo_report, stored.din_report, stored.store_text

DMX_2015 = """Dövlət Miqrasiya Xidməti tərəfindən 2015-ci ildə görülən işlər

13.3.6-cı və 13.3.7-ci yarımbəndlər üzrə:
İl ərzində qaydaları pozmuş 21000 əcnəbi və vətəndaşlığı olmayan şəxs müəyyən edilmişdir. \
Onlardan 1500 nəfərin ölkədə yaşaması qanuniləşdirilmişdir.
"""


def test_items_in_plan_order_with_what_was_reported(session: Session, demo_report: Report) -> None:
    report = national_report(session=session, year=2016, lang="en")
    assert [item.code for item in report.items][:5] == ["13", "13.1", "13.1.1", "13.2", "13.2.5"]
    by_code = {item.code: item for item in report.items}
    assert [e.agency.code for e in by_code["13.1.1"].entries] == ["DMX"]
    assert by_code["13.3.7"].entries == [] and by_code["13.3.7"].see_also == ["13.3.6"]
    assert by_code["13.3.7"].reported and not by_code["13.1"].is_leaf
    assert [(r.agency.code, r.role) for r in by_code["13.2.5"].responsible] == [
        ("DMX", "lead"),
        ("DIN", "partner"),
        ("EESMN", "partner"),
    ]
    assert report.missing_items == []
    assert [(s.agency.code, s.reports, s.events, s.participants) for s in report.summary] == [
        ("DMX", 1, 6, 29)
    ]


def test_statistics_beside_the_previous_years(
    session: Session, demo_report: Report, store_text: StoreText
) -> None:
    store_text(DMX_2015, agency="DMX", year=2015)
    report = national_report(session=session, year=2016)
    assert report.years == [2014, 2015, 2016]
    rows = {row.what: row.values for row in report.statistics}
    assert rows["əcnəbi və vətəndaşlığı olmayan şəxs müəyyən edilmişdir"] == {
        2014: "",
        2015: "21000",
        2016: "24220",
    }
    assert rows["nəfərin ölkədə yaşaması qanuniləşdirilmiş"] == {2014: "", 2015: "1500", 2016: "1913"}
    assert rows["videotəlimat hazırlanmış"] == {2014: "", 2015: "", 2016: "11"}  # not reported in 2015


def test_only_the_statuses_asked_for(session: Session, demo_report: Report, din_report: Report) -> None:
    din_report.status = ReportStatus.approved
    session.flush()
    report = national_report(session=session, year=2016, statuses=[ReportStatus.approved])
    assert {entry.agency.code for entry in report.entries()} == {"DIN"}
    assert "13.1.1" in [item.code for item in report.missing_items]


def test_public_report_withholds_names_and_small_counts(
    session: Session, demo_report: Report, din_report: Report
) -> None:
    report = national_report(session=session, year=2016, public=True, threshold=5)
    din = next(entry for entry in report.entries() if entry.agency.code == "DIN")
    assert (
        "İl ərzində insan alverinin <5 qurbanı müəyyən edilmişdir, onlardan qurban [ad gizlədilib]"
        in din.text
    )
    assert [f.shown for f in din.figures] == ["<5"]
    internal = national_report(session=session, year=2016)
    assert "qurban X.Y." in next(e.text for e in internal.entries() if e.agency.code == "DIN")


def test_agency_report_and_headings(session: Session, demo_report: Report) -> None:
    report = agency_report(session=session, report_id=demo_report.id, lang="en")
    assert report.title.startswith(
        "Report of the State Migration Service on the work done in 2016 under the “"
    )
    assert len(report.entries) == 7
    with pytest.raises(InputError, match="reports are written in az or en, not 'ru'"):
        national_report(session=session, year=2016, lang="ru")
