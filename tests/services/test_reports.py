"""store_draft / load_draft: a draft goes in whole (or not at all) and comes back the same."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from icra.db.models import Organisation, Report, SourceFile
from icra.errors import InputError, PermissionDenied
from icra.model import (
    DocumentKind,
    DocumentRef,
    Event,
    Figure,
    ItemStatus,
    Need,
    ReportDraft,
    ReportHeader,
    Section,
    SourceInfo,
    SourceSpan,
)
from icra.model import Organisation as DraftOrganisation
from icra.services.demo import load_demo
from icra.services.reports import list_reports, load_draft, store_draft
from icra.services.users import acting_user, add_user

# Written for these tests from the sample's facts (dates, figures, bodies), not its sentences.
TITLE = "Dövlət Miqrasiya Xidmətinin 2016-cı il üzrə hesabatı\n\n"
LAW = "13.1.1 üzrə: Layihə 1 dekabr 2016-cı il tarixli 02/2896 saylı məktubla Nazirlər Kabinetinə göndərilib."
STATS = (
    "13.3.6, 13.3.7 və 13.3.99 üzrə: İl ərzində 1913 nəfərin yaşaması leqallaşdırılıb, artım 66,6 faizdir."
)
EVENTS = "13.8.1 üzrə: 24 fevral 2016-cı ildə Bakıda seminar keçirilib, DMX-dən 4 nəfər iştirak edib."
TEXT = TITLE + "\n\n".join((LAW, STATS, EVENTS))


def _span(section: int, text: str, part: str, status: ItemStatus = ItemStatus.extracted) -> dict[str, object]:
    start = text.index(part)
    return {
        "section_index": section,
        "source_start": start,
        "source_end": start + len(part),
        "status": status,
    }


def make_draft() -> ReportDraft:
    sections = []
    for codes, unknown, body in ((["13.1.1"], [], LAW), (["13.3.6", "13.3.7"], ["13.3.99"], STATS)):
        start = TEXT.index(body)
        sections.append(
            Section(
                codes=codes,
                unknown_codes=unknown,
                heading=body[:30],
                text=body,
                start=start,
                end=start + len(body),
            )
        )
    start = TEXT.index(EVENTS)
    sections.append(
        Section(codes=["13.8.1"], heading="13.8.1 üzrə:", text=EVENTS, start=start, end=len(TEXT))
    )
    return ReportDraft(
        report=ReportHeader(
            agency="Dövlət Miqrasiya Xidməti", year=2016, plan_period=(2014, 2018), language="az"
        ),
        sections=sections,
        events=[
            Event(
                **_span(2, EVENTS, "24 fevral 2016-cı ildə Bakıda seminar"),
                title="seminar",
                kind="seminar",
                date_start=dt.date(2016, 2, 24),
                date_end=dt.date(2016, 2, 24),
                place="Bakı",
                participants=4,
                section="13.8.1",
            ),
        ],
        figures=[
            Figure(
                **_span(1, STATS, "1913 nəfər", ItemStatus.confirmed),
                value=1913,
                what="yaşaması leqallaşdırılıb",
                period="2016",
                unit="nəfər",
                section="13.3.6",
            ),
            Figure(
                **_span(1, STATS, "66,6 faiz", ItemStatus.edited), value=66.6, what="artım", section="13.3.6"
            ),
        ],
        document_refs=[
            DocumentRef(
                **_span(0, LAW, "1 dekabr 2016-cı il tarixli 02/2896 saylı məktub"),
                kind=DocumentKind.letter,
                number="02/2896",
                date=dt.date(2016, 12, 1),
                issuer="Dövlət Miqrasiya Xidməti",
                section="13.1.1",
            ),
        ],
        needs=[
            Need(section_index=0, status=ItemStatus.added, text="Qanun layihəsinin qəbulu", section="13.1.1")
        ],
        organisations=[
            DraftOrganisation(
                name="Dövlət Miqrasiya Xidməti",
                abbreviation="DMX",
                aliases=["Xidmət"],
                mentions=[
                    SourceSpan(source_start=0, source_end=22),  # in the title, outside every section
                    SourceSpan(**_span(2, EVENTS, "DMX")),
                ],
            ),
            DraftOrganisation(
                name="Nazirlər Kabineti", mentions=[SourceSpan(**_span(0, LAW, "Nazirlər Kabinet"))]
            ),
        ],
        warnings=["section '13.3.6, 13.3.7 və 13.3.99 üzrə' names codes not in the plan: 13.3.99"],
        source=SourceInfo(
            filename="dmx-2016.txt",
            format="txt",
            sha256=hashlib.sha256(TEXT.encode()).hexdigest(),
            size=len(TEXT.encode()),
            encoding="utf-8",
        ),
    )


@pytest.fixture
def demo(session: Session) -> Session:
    load_demo(session=session)
    session.commit()
    return session


def _store(session: Session, draft: ReportDraft, source: bytes = TEXT.encode()) -> Report:
    return store_draft(
        session=session,
        draft=draft,
        agency_code="DMX",
        plan_code="nap-2014-2018",
        year=2016,
        source_bytes=source,
        user=acting_user(session=session),
    )


def test_a_draft_comes_back_as_it_went_in(demo: Session) -> None:
    draft = make_draft()
    report_id = _store(demo, draft).id
    demo.commit()
    demo.expunge_all()
    assert load_draft(session=demo, report_id=report_id) == draft


def test_entries_link_known_codes_and_keep_unknown_ones(demo: Session) -> None:
    report = _store(demo, make_draft())
    demo.commit()
    assert [[item.code for item in entry.plan_items] for entry in report.entries] == [
        ["13.1.1"],
        ["13.3.6", "13.3.7"],
        ["13.8.1"],
    ]
    assert report.entries[1].unknown_codes == ["13.3.99"]
    assert (report.status.value, report.agency.code, report.plan.code, report.year) == (
        "draft",
        "DMX",
        "nap-2014-2018",
        2016,
    )
    assert [r.id for r in list_reports(session=demo, agency_code="DMX", year=2016)] == [report.id]


def test_the_source_file_is_kept_byte_for_byte(demo: Session) -> None:
    report_id = _store(demo, make_draft()).id
    demo.commit()
    stored = demo.scalar(select(SourceFile).where(SourceFile.report_id == report_id))
    assert stored is not None
    assert (stored.content, stored.size, stored.filename) == (
        TEXT.encode(),
        len(TEXT.encode()),
        "dmx-2016.txt",
    )
    assert stored.sha256 == hashlib.sha256(TEXT.encode()).hexdigest()


def test_the_sample_report_round_trips(demo: Session, shared_dir: Path) -> None:
    from icra.ingest.pipeline import extract_file

    path = shared_dir / "corpus" / "dmx-2016-az.txt"
    draft = extract_file(path)
    report_id = _store(demo, draft, path.read_bytes()).id
    demo.commit()
    demo.expunge_all()
    assert load_draft(session=demo, report_id=report_id) == draft


def _counts(session: Session) -> tuple[int | None, int | None]:
    return (
        session.scalar(select(func.count(Report.id))),
        session.scalar(select(func.count(Organisation.id))),
    )


@pytest.mark.parametrize(
    ("spoil", "message"),
    [
        (
            lambda d: d.figures[1].__setattr__("section_index", 7),
            "dmx-2016.txt: figure 2 (66.6) belongs to no section of the report (section 7)",
        ),
        (
            lambda d: d.organisations[1].mentions[0].__setattr__("section_index", 3),
            "dmx-2016.txt: a mention of Nazirlər Kabineti belongs to no section of the report (section 3)",
        ),
        (
            lambda d: d.source.__setattr__("sha256", "0" * 64),
            "dmx-2016.txt: the bytes given are not the file the draft was read from",
        ),
    ],
)
def test_a_draft_that_cannot_be_stored_leaves_no_trace(
    demo: Session, spoil: Callable[[ReportDraft], object], message: str
) -> None:
    draft = make_draft()
    spoil(draft)
    before = _counts(demo)
    with pytest.raises(InputError) as error:
        _store(demo, draft)
    assert str(error.value).startswith(message)
    demo.rollback()
    assert _counts(demo) == before


def test_a_reporter_stores_only_for_their_agency(demo: Session) -> None:
    cli = acting_user(session=demo)
    reporter = add_user(
        session=demo, username="nigar", password="parol-12345", role="reporter", agency_code="DIN", user=cli
    )
    with pytest.raises(PermissionDenied, match="nigar reports for another agency, not DMX"):
        store_draft(
            session=demo,
            draft=make_draft(),
            agency_code="DMX",
            year=2016,
            source_bytes=TEXT.encode(),
            user=reporter,
        )
