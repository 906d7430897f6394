"""International templates: plan items mapped to GRETA's questionnaire and the TIP report's
Ps, and the year's records grouped under them."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from icra.db.models import Report
from icra.errors import InputError, NotFound
from icra.ingest.readers import read_path
from icra.reporting.docx import save
from icra.reporting.international import (
    international_docx,
    international_md,
    international_report,
    load_template,
)
from icra.services.reporting import national_report


@pytest.mark.parametrize(
    ("template", "code", "section"),
    [
        ("tip", "13.1.1", "protection"),  # listed by code
        ("tip", "13.2.5", "protection"),
        ("tip", "13.2.6", "prevention"),  # by the prefix 13.2
        ("tip", "13.3.7", "prosecution"),
        ("tip", "13.8.1", "partnership"),
        ("tip", "13.30.1", None),  # 13.3 is no prefix of 13.30
        ("greta", "13.2.10", "training"),  # the code beats the prefix 13.2
        ("greta", "13.2.6", "prevention"),
        ("greta", "13.3.6", "border"),
        ("greta", "14.1.1", None),
    ],
)
def test_items_map_to_sections(template: str, code: str, section: str | None) -> None:
    found = load_template(template).section_of(code)
    assert (found.key if found else None) == section


def test_unknown_and_malformed_templates(tmp_path: Path) -> None:
    with pytest.raises(NotFound, match="no international template 'ilo'; known: greta, tip"):
        load_template("ilo")
    (tmp_path / "bad.yaml").write_text("template: bad\nsections: 3\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.yaml: not an international template"):
        load_template("bad", tmp_path)


def test_tip_export_groups_the_years_records(
    session: Session, demo_report: Report, din_report: Report, tmp_path: Path
) -> None:
    national = national_report(session=session, year=2016, lang="en")
    report = international_report(national, load_template("tip"))
    assert [(p.title, [i.code for i in p.items]) for p in report.parts] == [
        ("Prosecution", ["13.3.6"]),
        ("Protection", ["13.1.1", "13.2.5"]),
        ("Prevention", ["13.2.6", "13.2.10", "13.9.5"]),
        ("Partnership", ["13.8.1"]),
    ]
    text = international_md(report)
    assert text.startswith("# Grouped by US Trafficking in Persons Report: National Action Plan")
    assert "- Polis akademiyasında insan alverinə qarşı seminar – 10.10.2016, Bakı – 40 nəfər" in text
    docx_text = read_path(save(international_docx(report), tmp_path / "tip.docx")).text
    assert "Partnership" in docx_text and "Minsk" in docx_text


def test_greta_export_in_azerbaijani(session: Session, demo_report: Report) -> None:
    national = national_report(session=session, year=2016, lang="az")
    text = international_md(international_report(national, load_template("greta")))
    assert "## Qurbanların müəyyən edilməsi (maddə 10)" in text
    assert "## Beynəlxalq əməkdaşlıq (maddə 32)" in text
