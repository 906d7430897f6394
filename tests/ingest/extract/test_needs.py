"""Needs as reports state them, in az, ru and en; one case a line.

Each case: language, text, the sentences found as needs.
"""

from __future__ import annotations

import pytest

from icra import lang as languages
from icra.ingest.extract.context import ExtractionContext
from icra.ingest.extract.needs import extract_needs
from icra.model import Section

CASES: list[tuple[str, str, list[str]]] = [
    (
        "az",
        "Sığınacaqların sayının artırılmasına ehtiyac var. Təlimlər keçirilib.",
        ["Sığınacaqların sayının artırılmasına ehtiyac var."],
    ),
    ("az", "Tərcüməçilərin cəlb edilməsi zəruridir.", ["Tərcüməçilərin cəlb edilməsi zəruridir."]),
    (
        "az",
        "Regionlarda əlavə ştat vahidləri tələb olunur.",
        ["Regionlarda əlavə ştat vahidləri tələb olunur."],
    ),
    # A need word inside a quoted title states no need; the bare noun names no need either.
    ("az", "“Ehtiyacların qiymətləndirilməsi” layihəsi başa çatıb.", []),
    ("az", "Əmək bazarının tələbatı nəzərə alınıb.", []),
    (
        "ru",
        "Необходимо расширить сеть приютов. Семинар прошёл успешно.",
        ["Необходимо расширить сеть приютов."],
    ),
    (
        "ru",
        "Требуется обучение сотрудников пограничной службы.",
        ["Требуется обучение сотрудников пограничной службы."],
    ),
    (
        "en",
        "There is a need for more shelters in the regions.",
        ["There is a need for more shelters in the regions."],
    ),
    ("en", "A needs assessment was held. The necessary base was established.", []),
]


@pytest.mark.parametrize(("code", "text", "expected"), CASES)
def test_needs(code: str, text: str, expected: list[str]) -> None:
    section = Section(text=text, end=len(text))
    context = ExtractionContext(lang=languages.get(code), section=section, section_index=0)
    assert [n.text for n in extract_needs(context)] == expected


def test_a_need_keeps_its_section_and_span() -> None:
    text = "Mərkəz fəaliyyət göstərir:\nreabilitasiya mərkəzinin açılması zəruridir."
    section = Section(codes=["13.9.5"], text=text, end=len(text))
    [need] = extract_needs(ExtractionContext(lang=languages.get("az"), section=section, section_index=4))
    assert (need.section, need.section_index) == ("13.9.5", 4)
    assert text[need.source_start : need.source_end] == "reabilitasiya mərkəzinin açılması zəruridir."
