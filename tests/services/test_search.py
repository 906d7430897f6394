"""The search's stemmer and matcher (one case per line, by language), and the search over stored
reports through the index in the database, on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import delete, event
from sqlalchemy.orm import Session

from icra import lang
from icra.db.models import EntryTerm, Report, ReportStatus
from icra.services.search import matches, query_stems, reindex, search, stems
from icra.services.users import acting_user, add_user
from tests.reporting import conftest as stored
from tests.reporting.conftest import StoreText


@pytest.mark.parametrize(
    ("code", "word", "same_as"),
    [
        ("az", "alverinə", "alveri"),
        ("az", "alverindən", "alver"),
        ("az", "İnsan", "insan"),
        ("az", "İNSANLAR", "insan"),
        ("az", "qurbanlarının", "qurban"),
        ("az", "Bakıda", "Bakı"),
        ("az", "seminarda", "seminarı"),
        ("az", "qurbanı", "qurban"),  # "qurban" + "ı", though "qurba" + "nı" reads too
        ("az", "sığınacağa", "sığınacaq"),  # q turns ğ before a vowel
        ("az", "Bakının", "Bakı"),
        ("ru", "торговли", "торговлей"),
        ("ru", "Торговлю", "торговля"),
        ("en", "Trainings", "training"),
    ],
)
def test_inflected_forms_share_a_stem(code: str, word: str, same_as: str) -> None:
    data = lang.get(code)
    assert stems(data.fold(word), data) & stems(data.fold(same_as), data)


@pytest.mark.parametrize(
    ("code", "word", "other"),
    [
        ("az", "qurban", "qurultay"),
        ("az", "insan", "insanlıq"),
        ("az", "təlim", "təlimat"),
        ("ru", "торговля", "торговец"),
    ],
)
def test_different_words_share_no_stem(code: str, word: str, other: str) -> None:
    data = lang.get(code)
    assert not stems(word, data) & stems(other, data)


@pytest.mark.parametrize(
    ("code", "word", "expected"),
    [
        ("az", "iş", "iş"),  # too short to cut
        ("az", "bakı", "bakı"),  # a stem keeps four letters
        ("az", "insan", "insan"),
        ("en", "seminar", "seminar"),
    ],
)
def test_short_words_and_stems_stay_whole(code: str, word: str, expected: str) -> None:
    assert min(stems(word, lang.get(code)), key=len) == expected


def test_matches_are_spans_of_the_original_text() -> None:
    text = "İnsan alverinə qarşı; İNSAN ALVERİ qurbanları"
    data = lang.get("az")
    spans = matches(text, query_stems("insan alveri", data), data)
    assert [text[s:e] for s, e in spans] == ["İnsan", "alverinə", "İNSAN", "ALVERİ"]


# Stored reports, searched through the database's index: the fixtures of tests/reporting.
demo_report, din_report, store_text = stored.demo_report, stored.din_report, stored.store_text


def _add(session: Session, username: str, role: str, agency: str | None = None) -> None:
    admin = acting_user(session=session)
    add_user(
        session=session,
        username=username,
        password="a long passphrase",
        role=role,
        agency_code=agency,
        user=admin,
    )


def _found(session: Session, username: str, query: str, **filters: object) -> list[tuple[str, list[str]]]:
    user = acting_user(session=session, username=username)
    return [
        (hit.report.agency.code, [hit.entry.text[s:e] for s, e in hit.spans])
        for hit in search(session=session, user=user, query=query, **filters)  # type: ignore[arg-type]
    ]


def test_the_index_finds_every_form_and_marks_them(session: Session, din_report: Report) -> None:
    _add(session, "coord", "coordinator")
    hits = _found(session, "coord", "QURBANLARI sığınacaq")
    assert hits == [("DIN", ["qurbanı", "qurban", "sığınacağa"])]


def test_every_word_must_be_in_the_entry(session: Session, din_report: Report) -> None:
    _add(session, "coord", "coordinator")
    assert _found(session, "coord", "qurban Kişinyov") == []
    assert _found(session, "coord", "...") == []


def test_a_reporter_searches_its_own_and_published_reports_only(
    session: Session, demo_report: Report, din_report: Report
) -> None:
    _add(session, "dmx", "reporter", "DMX")
    _add(session, "din", "reporter", "DIN")
    assert {agency for agency, _ in _found(session, "din", "Bakı")} == {"DIN"}
    assert {agency for agency, _ in _found(session, "dmx", "Bakı")} == {"DMX"}
    din_report.status = ReportStatus.published
    session.flush()
    assert {agency for agency, _ in _found(session, "dmx", "Bakı")} == {"DMX", "DIN"}


def test_filters_narrow_the_hits(session: Session, demo_report: Report, din_report: Report) -> None:
    _add(session, "coord", "coordinator")
    assert {a for a, _ in _found(session, "coord", "Bakı", agency_code="DIN")} == {"DIN"}
    assert _found(session, "coord", "Bakı", year=2015) == []
    assert {a for a, _ in _found(session, "coord", "Bakı", plan_item="13.2.5")} <= {"DIN", "DMX"}
    assert _found(session, "coord", "Bakı", plan_item="13.1.1", agency_code="DIN") == []


def test_the_plan_item_filter_finds_an_entry_under_a_code_the_plan_lacks(
    session: Session, store_text: StoreText
) -> None:
    store_text(
        "13.4.99-cu yarımbənd üzrə:\nİl ərzində 2 qurbana yardım göstərilib.\n", agency="DIN", year=2016
    )
    _add(session, "coord", "coordinator")
    assert _found(session, "coord", "qurban", plan_item="13.4.99") == [("DIN", ["qurbana"])]
    assert _found(session, "coord", "qurban", plan_item="13.4.9") == []


def test_reindex_restores_a_lost_index(session: Session, din_report: Report) -> None:
    _add(session, "coord", "coordinator")
    session.execute(delete(EntryTerm))
    session.expire_all()
    assert _found(session, "coord", "qurban") == []
    assert reindex(session=session) == len(din_report.entries)
    session.flush()
    assert [agency for agency, _ in _found(session, "coord", "qurban")] == ["DIN"]


@contextmanager
def _statements(session: Session) -> Iterator[list[str]]:
    """The SQL statements ``session`` sends to its database meanwhile."""
    sent: list[str] = []

    def count(*args: object) -> None:
        sent.append(str(args[2]))

    engine = session.get_bind()
    event.listen(engine, "before_cursor_execute", count)
    try:
        yield sent
    finally:
        event.remove(engine, "before_cursor_execute", count)


def test_reindex_sends_as_many_statements_for_a_large_archive_as_for_a_small_one(
    session: Session, store_text: StoreText
) -> None:
    # Loading each entry's old stems one query at a time took minutes over a national archive.
    store_text(stored.DIN_2016, agency="DIN", year=2016)
    session.expire_all()  # as a new session of `icra reindex` finds them
    with _statements(session) as small:
        few = reindex(session=session)
        session.flush()
    for year in (2014, 2015, 2017):
        store_text(stored.DEMO_REPORT.read_text(encoding="utf-8"), agency="DMX", year=year)
    session.expire_all()
    with _statements(session) as large:
        many = reindex(session=session)
        session.flush()
    assert many > 3 * few
    assert len(large) == len(small)
    _add(session, "coord", "coordinator")
    assert {agency for agency, _ in _found(session, "coord", "qurban")} == {"DIN", "DMX"}
