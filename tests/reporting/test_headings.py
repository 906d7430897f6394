"""Report headings: Azerbaijani ordinal endings by a number's last spoken word, and the
heading of a part about one code or several."""

from __future__ import annotations

import pytest

from icra.errors import InputError
from icra.reporting.headings import AZ, EN, Headings, headings


@pytest.mark.parametrize(
    ("number", "written"),
    [
        (2016, "2016-cı"),  # altı
        (2009, "2009-cu"),  # doqquz
        (2001, "2001-ci"),  # bir
        (2013, "2013-cü"),  # üç
        (2014, "2014-cü"),  # dörd
        (2010, "2010-cu"),  # on
        (2020, "2020-ci"),  # iyirmi
        (2040, "2040-cı"),  # qırx
        (2090, "2090-cı"),  # doxsan
        (2000, "2000-ci"),  # min
        (1900, "1900-cü"),  # yüz
        (1_000_000, "1000000-cu"),  # milyon
    ],
)
def test_azerbaijani_ordinals(number: int, written: str) -> None:
    assert AZ.ordinal(number) == written


@pytest.mark.parametrize(
    ("words", "codes", "heading"),
    [
        (AZ, ["13.1.1"], "13.1.1-ci yarımbənd üzrə:"),
        (AZ, ["13.2.10"], "13.2.10-cu yarımbənd üzrə:"),
        (AZ, ["13.3.6", "13.3.7"], "13.3.6-cı və 13.3.7-ci yarımbəndlər üzrə:"),
        (AZ, ["2.1", "2.2", "2.3"], "2.1-ci, 2.2-ci və 2.3-cü yarımbəndlər üzrə:"),
        (EN, ["13.1.1"], "Sub-item 13.1.1:"),
        (EN, ["13.3.6", "13.3.7"], "Sub-items 13.3.6 and 13.3.7:"),
    ],
)
def test_part_headings(words: Headings, codes: list[str], heading: str) -> None:
    assert words.heading_for(codes) == heading


def test_english_writes_no_ordinal_endings() -> None:
    assert EN.ordinal(2016) == "2016"


def test_unknown_report_language() -> None:
    assert headings("en") is EN
    with pytest.raises(InputError, match="reports are written in az or en, not 'fr'"):
        headings("fr")
