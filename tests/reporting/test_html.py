"""The national report as HTML (the page the web shows) and as Markdown."""

from __future__ import annotations

from sqlalchemy.orm import Session

from icra.db.models import Report
from icra.reporting.html import bar_chart, national_body, national_html
from icra.reporting.md import national_md
from icra.services.reporting import national_report


def test_html_page_has_the_report_and_its_charts(
    session: Session, demo_report: Report, din_report: Report
) -> None:
    report = national_report(session=session, year=2016, lang="en")
    page = national_html(report)
    assert page.startswith("<!doctype html>") and '<html lang="en">' in page
    assert "<h1>National Action Plan on Combating Trafficking" in page
    assert page.count("<svg") == 2
    assert '<p class="no-report">No report submitted.</p>' not in page  # every demo sub-item has a report
    assert "<h2>Sub-items with no report</h2>\n<ul><li>—</li></ul>" in page
    training = "BMqT ilə birgə DMX əməkdaşları üçün təlim – 22.06.2016-23.06.2016, Bakı – 3 nəfər"
    assert f"<li>{training} (also reported by: DMX)</li>" in page
    assert "<li>letter № 3/851-04, 13.04.2016 (Ədliyyə Nazirliyi)</li>" in page
    assert "<li>məktub № 3/851-04, 13.04.2016 (Ədliyyə Nazirliyi)</li>" in national_html(
        national_report(session=session, year=2016, lang="az")
    )
    body = national_body(report)
    assert body.lstrip().startswith('<article class="icra-report">') and "<html" not in body


def test_html_escapes_what_reports_say(session: Session, demo_report: Report) -> None:
    report = national_report(session=session, year=2016)
    report.items[2].entries[0].text = "<script>alert(1)</script>"
    assert "&lt;script&gt;" in national_html(report) and "<script>" not in national_html(report)


def test_bar_chart_scales_to_the_longest_bar() -> None:
    chart = bar_chart("Events", [("DMX", 6), ("DIN", 3), ("EN", 0)])
    assert [bar.length for bar in chart.bars] == [300, 150, 0]
    assert [bar.y for bar in chart.bars] == [20, 36, 52]


def test_markdown_report(session: Session, demo_report: Report, din_report: Report) -> None:
    text = national_md(national_report(session=session, year=2016, lang="az"))
    lines = text.splitlines()
    assert lines[0].startswith("# “Azərbaycan Respublikasında") and lines[0].endswith("milli hesabat")
    assert "| Dövlət Miqrasiya Xidməti | 1 | 6 | 29 |" in lines
    assert "| Daxili İşlər Nazirliyi | 1 | 2 | 43 |" in lines
    assert "#### 13.1.1. İnsan alverindən zərər çəkmiş əcnəbilərə müvəqqəti yaşama icazəsi üçün " in text
    assert "- Polis akademiyasında insan alverinə qarşı seminar – 10.10.2016, Bakı – 40 nəfər" in lines
