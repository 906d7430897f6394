"""Stored reports to render: the demo report of the State Migration Service (DMX) and a short
report of the Ministry of Internal Affairs (DIN) written for these tests, which shares one
training and one letter with DMX's."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy.orm import Session

from icra.data import DEMO_DIR
from icra.db.models import Report
from icra.ingest.pipeline import extract_file
from icra.services.demo import load_demo
from icra.services.reports import store_draft
from icra.services.users import acting_user

DEMO_REPORT = DEMO_DIR / "dmx-2016-demo-az.txt"
PLAN = (
    "“Azərbaycan Respublikasında insan alverinə qarşı mübarizəyə dair "
    "2014-2018-ci illər üçün Milli Fəaliyyət Planı”"
)
DIN_2016 = f"""Daxili İşlər Nazirliyi tərəfindən 2016-cı ildə {PLAN}nın icrası üzrə görülən işlər

13.2.5-ci yarımbənd üzrə:
Nazirlik Dövlət Miqrasiya Xidmətinin 1 dekabr 2016-cı il tarixli 02/2896 saylı məktubunu nəzərə almışdır.
Nazirliyin əməkdaşları aşağıdakı tədbirdə iştirak etmişlər:
· BMqT ilə birgə DMX əməkdaşları üçün təlim – 22-23 iyun 2016-cı il, Bakı – 3 nəfər;
· Polis akademiyasında insan alverinə qarşı seminar – 10 oktyabr 2016-cı il, Bakı – 40 nəfər.
İl ərzində insan alverinin 3 qurbanı müəyyən edilmişdir, onlardan qurban X.Y. sığınacağa yerləşdirilmişdir.
"""

StoreText = Callable[..., Report]


@pytest.fixture
def store_text(session: Session) -> StoreText:
    """Store a report written as text: ``store_text(text, agency="DIN", year=2016)``."""
    load_demo(session=session)

    def store(text: str, *, agency: str, year: int, name: str = "report.txt") -> Report:
        data = text.encode("utf-8")
        draft = extract_file(data=data, filename=name)
        report = store_draft(
            session=session,
            draft=draft,
            agency_code=agency,
            plan_code="nap-2014-2018",
            year=year,
            source_bytes=data,
            user=acting_user(session=session),
        )
        session.flush()
        return report

    return store


@pytest.fixture
def demo_report(store_text: StoreText) -> Report:
    return store_text(DEMO_REPORT.read_text(encoding="utf-8"), agency="DMX", year=2016, name=DEMO_REPORT.name)


@pytest.fixture
def din_report(store_text: StoreText) -> Report:
    return store_text(DIN_2016, agency="DIN", year=2016, name="din-2016.txt")
