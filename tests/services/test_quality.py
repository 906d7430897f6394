"""Quality flags on stored reports: repeated text, contradicting figures, events outside the
period, and the same letter or event reported by two agencies."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from icra.db.models import Report
from icra.errors import InputError
from icra.ingest.pipeline import extract_report
from icra.services.demo import load_demo
from icra.services.quality import figure_checks, report_flags
from icra.services.reports import store_draft
from icra.services.users import acting_user

TRAINING = (
    "13.2.10-cu yarımbənd üzrə:\n"
    "Xidmətin Təlim-tədris mərkəzində əməkdaşlar üçün insan alveri qurbanlarının müəyyən edilməsi, "
    "könüllü qayıdış və readmissiya mövzularında məşğələlər təşkil olunmuşdur.\n\n"
)
BREACHES = (
    "13.3.6-cı yarımbənd üzrə:\n"
    "İl ərzində qaydaları pozmuş 1000 əcnəbi və vətəndaşlığı olmayan şəxs müəyyən edilmişdir. Onlardan 600 "
    "nəfərin ölkədə yaşaması qanuniləşdirilmiş, 300 əcnəbinin inzibati qaydada ölkədən çıxarılması barədə "
    "qərar qəbul olunmuş, {left} əcnəbi isə ölkəni könüllü tərk etmişdir.\n\n"
)
EVENTS = (
    "13.8.1-ci yarımbənd üzrə:\n"
    "Əməkdaşlar aşağıdakı tədbirlərdə iştirak etmişlər:\n"
    "· Miqrasiya mövzusunda seminar – 12 dekabr 2015-ci il, Bakı – 5 nəfər;\n"
    "· Ekspertlərlə görüş – 3 mart 2016-cı il, Gəncə – 4 nəfər.\n\n"
)
LETTER = (
    "13.1.1-ci yarımbənd üzrə:\nLayihə 1 dekabr 2016-cı il tarixli 02/2896 saylı məktubla göndərilmişdir.\n"
)

Store = Callable[[str, str, int], Report]


@pytest.fixture
def store(session: Session) -> Store:
    load_demo(session=session)

    def stored(text: str, agency: str, year: int) -> Report:
        report = store_draft(
            session=session,
            draft=extract_report(f"Hesabat {year}\n\n{text}", lang="az"),
            agency_code=agency,
            plan_code="nap-2014-2018",
            year=year,
            source_bytes=text.encode(),
            user=acting_user(session=session),
        )
        session.flush()
        return report

    return stored


def _flags(session: Session, report: Report) -> list[tuple[str, str | None]]:
    return [(flag.kind, flag.code) for flag in report_flags(session=session, report_id=report.id)]


def test_a_clean_report_has_no_flags(session: Session, store: Store) -> None:
    assert _flags(session, store(BREACHES.format(left=100), "DMX", 2016)) == []


def test_text_repeating_last_years_report(session: Session, store: Store) -> None:
    store(TRAINING, "DMX", 2015)
    report = store(
        TRAINING.replace("təşkil olunmuşdur", "təşkil edilmişdir") + BREACHES.format(left=90), "DMX", 2016
    )
    flags = report_flags(session=session, report_id=report.id)
    assert [(f.kind, f.code) for f in flags] == [("repeated_text", "13.2.10")]
    assert flags[0].message.startswith(
        "13.2.10-cu yarımbənd üzrə: the text repeats the 2015 report almost word"
    )


def test_parts_adding_up_to_more_than_the_whole(session: Session, store: Store) -> None:
    flags = report_flags(session=session, report_id=store(BREACHES.format(left=200), "DMX", 2016).id)
    assert [f.message for f in flags] == [
        "13.3.6: Stays regularised 600 + Expulsion decisions 300 + Voluntary departures 200 = 1100, "
        "more than Breaches of residence rules found 1000"
    ]


def test_events_outside_the_reporting_period(session: Session, store: Store) -> None:
    flags = report_flags(session=session, report_id=store(EVENTS, "DMX", 2016).id)
    assert [(f.kind, f.code) for f in flags] == [("outside_period", "13.8.1")]
    assert "dated 12.12.2015, outside the reporting period 2016" in flags[0].message


def test_the_same_letter_and_event_from_two_agencies(session: Session, store: Store) -> None:
    dmx = store(LETTER + EVENTS.replace("2015-ci", "2016-cı"), "DMX", 2016)
    din = store(LETTER + EVENTS.replace("2015-ci", "2016-cı").replace("Gəncə – 4", "Gəncə – 2"), "DIN", 2016)
    assert _flags(session, din) == [("duplicate", "13.1.1"), ("duplicate", "13.8.1"), ("duplicate", "13.8.1")]
    messages = [f.message for f in report_flags(session=session, report_id=dmx.id)]
    assert messages[0] == "letter 02/2896: also reported by DIN"
    assert messages[1] == "Miqrasiya mövzusunda seminar: also reported by DIN"


def test_a_broken_checks_file_is_named(tmp_path: Path) -> None:
    path = tmp_path / "checks.yaml"
    path.write_text("checks:\n  - plan: x\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"checks\.yaml: not a list of figure checks"):
        figure_checks(path)
