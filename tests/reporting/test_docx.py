"""Word output: the agency report survives extract -> store -> regenerate -> extract, and the
national report shows every agency's events and figures."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy.orm import Session

from icra.data import DEMO_DIR
from icra.db.models import Event, Report
from icra.ingest.pipeline import extract_file
from icra.ingest.readers import read_path
from icra.model import ItemStatus, ReportDraft
from icra.reporting.docx import agency_docx, national_docx, save
from icra.services.reporting import agency_report, national_report


def _events(draft: ReportDraft) -> list[tuple[object, ...]]:
    return [
        (e.title, e.kind, e.date_start, e.date_end, e.place, e.participants, e.section) for e in draft.events
    ]


def _figures(draft: ReportDraft) -> list[tuple[object, ...]]:
    return [(f.value, f.what, f.unit, f.period, f.section) for f in draft.figures]


def _document_refs(draft: ReportDraft) -> list[tuple[object, ...]]:
    return [(r.kind, r.number, r.date, r.issuer, r.section) for r in draft.document_refs]


def test_agency_report_regenerated_gives_the_same_records(
    session: Session, demo_report: Report, tmp_path: Path
) -> None:
    path = save(agency_docx(agency_report(session=session, report_id=demo_report.id)), tmp_path / "dmx.docx")
    original, again = extract_file(DEMO_DIR / "dmx-2016-demo-az.txt"), extract_file(path)
    assert _events(again) == _events(original)
    assert _figures(again) == _figures(original)
    assert _document_refs(again) == _document_refs(original)
    assert len(original.events) == 6 and len(original.document_refs) == 5  # the test compares something


def test_agency_report_has_the_agencies_shape(session: Session, demo_report: Report, tmp_path: Path) -> None:
    path = save(agency_docx(agency_report(session=session, report_id=demo_report.id)), tmp_path / "dmx.docx")
    paragraphs = read_path(path).text.splitlines()
    assert paragraphs[0].startswith(
        "Dövlət Miqrasiya Xidməti tərəfindən 2016-cı ildə “Azərbaycan Respublikasında"
    )
    assert "13.1.1-ci yarımbənd üzrə:" in paragraphs
    assert "13.3.6-cı və 13.3.7-ci yarımbəndlər üzrə:" in paragraphs
    assert extract_file(path).report.agency == "Dövlət Miqrasiya Xidməti"


def test_an_event_added_in_review_is_written_from_its_record(
    session: Session, demo_report: Report, tmp_path: Path
) -> None:
    entry = next(e for e in demo_report.entries if e.codes == ["13.8.1"])
    entry.events.append(
        Event(
            position=99,
            title="Sərhəd məntəqəsində maarifləndirmə görüşü",
            date_start=dt.date(2016, 9, 7),
            date_end=dt.date(2016, 9, 7),
            place="Astara",
            participants=12,
            status=ItemStatus.added,
            section_code="13.8.1",
        )
    )
    session.flush()
    path = save(agency_docx(agency_report(session=session, report_id=demo_report.id)), tmp_path / "dmx.docx")
    assert "Sərhəd məntəqəsində maarifləndirmə görüşü – 07.09.2016, Astara – 12 nəfər" in read_path(path).text
    added = [e for e in extract_file(path).events if e.date_start == dt.date(2016, 9, 7)]
    assert [(e.place, e.participants) for e in added] == [("Astara", 12)]


def test_an_event_edited_in_review_is_rewritten_from_its_record(
    session: Session, demo_report: Report, tmp_path: Path
) -> None:
    entry = next(e for e in demo_report.entries if e.codes == ["13.8.1"])
    seminar = next(e for e in entry.events if e.title.endswith("mövzusunda seminar"))
    seminar.participants, seminar.place, seminar.status = 5, "Sumqayıt", ItemStatus.edited
    session.flush()
    path = save(agency_docx(agency_report(session=session, report_id=demo_report.id)), tmp_path / "dmx.docx")
    text = read_path(path).text
    assert "mövzusunda seminar – 24.02.2016, Sumqayıt – 5 nəfər" in text
    assert "mövzusunda seminar – 24 fevral 2016-cı il, Bakı – 4 nəfər" not in text
    again = next(e for e in extract_file(path).events if e.title.endswith("mövzusunda seminar"))
    assert (again.place, again.participants) == ("Sumqayıt", 5)


def test_national_report_shows_every_agencys_events_and_figures(
    session: Session, demo_report: Report, din_report: Report, tmp_path: Path
) -> None:
    report = national_report(session=session, year=2016, lang="az")
    path = save(national_docx(report), tmp_path / "national.docx")
    text = read_path(path).text
    assert "milli hesabat" in text.splitlines()[0]
    for entry in report.entries():
        for event in entry.events:
            assert event.title in text
        for figure in entry.figures:
            assert figure.shown in text
    assert "Polis akademiyasında insan alverinə qarşı seminar – 10.10.2016, Bakı – 40 nəfər" in text
    # The training both agencies reported is listed once, under DIN's 13.2.5, naming DMX.
    assert text.count("BMqT ilə birgə DMX əməkdaşları üçün təlim") == 1
    assert "Bakı – 3 nəfər (həmçinin məlumat verib: DMX)" in text
    assert "13.3.7. " in text and "→ 13.3.6" in text


def test_national_report_in_english_lists_items_without_a_report(
    session: Session, demo_report: Report, tmp_path: Path
) -> None:
    path = save(national_docx(national_report(session=session, year=2016, lang="en")), tmp_path / "n.docx")
    text = read_path(path).text
    assert "Sub-items with no report" in text
    assert "Events and participants by agency" in text
    assert "State Migration Service" in text
