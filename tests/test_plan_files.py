"""Plan files: the demo plan reads the same from YAML and XLSX; every mistake is one
line naming the file, the item (YAML) or row (XLSX), and the field."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from icra.data import DEMO_AGENCIES, DEMO_PLAN
from icra.errors import InputError
from icra.plan_files import parse_deadline, read_agencies, read_plan

D = dt.date

Sheets = dict[str, list[list[Any]]]


def test_demo_plan_reads_as_a_tree() -> None:
    spec = read_plan(DEMO_PLAN)
    codes = [item.code for item in spec.items]
    assert (spec.code, spec.period_start, spec.period_end) == ("nap-2014-2018", 2014, 2018)
    assert codes[:3] == ["13", "13.1", "13.1.1"]
    assert {"13.2.5", "13.2.6", "13.2.10", "13.3.6", "13.3.7", "13.8.1", "13.9.5"} <= set(codes)
    assert spec.reconstructed and "reconstructed" in spec.reconstructed
    sub_item = next(item for item in spec.items if item.code == "13.2.5")
    assert (sub_item.parent_code, sub_item.level, sub_item.lead, sub_item.partners) == (
        "13.2",
        3,
        ["DMX"],
        ["DIN", "EESMN"],
    )


def test_xlsx_reads_the_same_plan_as_yaml(demo_plan_xlsx: Path) -> None:
    assert read_plan(demo_plan_xlsx).model_dump() == read_plan(DEMO_PLAN).model_dump()


def test_demo_agencies() -> None:
    agencies = {a.code: a for a in read_agencies(DEMO_AGENCIES)}
    assert {"DMX", "DIN", "EESMN", "EN", "NK"} <= set(agencies)
    assert (agencies["DIN"].abbreviation, agencies["DIN"].name.en) == ("DİN", "Ministry of Internal Affairs")


@pytest.mark.parametrize(
    ("written", "start", "end"),
    [
        ("2016", D(2016, 1, 1), D(2016, 12, 31)),
        ("2014-2018", D(2014, 1, 1), D(2018, 12, 31)),
        ("2014 – 2018", D(2014, 1, 1), D(2018, 12, 31)),
        ("2016-06-30", D(2016, 6, 30), D(2016, 6, 30)),
        ("30.06.2016", D(2016, 6, 30), D(2016, 6, 30)),
        (dt.datetime(2016, 6, 30), D(2016, 6, 30), D(2016, 6, 30)),
    ],
)
def test_deadlines(written: Any, start: dt.date, end: dt.date) -> None:
    deadline = parse_deadline(written)
    assert (deadline.start, deadline.end) == (start, end)


@pytest.mark.parametrize(
    ("written", "message"),
    [
        ("2016-02-30", "'2016-02-30' is not a date that exists"),
        ("31.04.2016", "'31.04.2016' is not a date that exists"),
        ("2018-2014", "'2018-2014' ends before it starts"),
        ("soon", "'soon' is not a year, a range of years (2014-2018) or a date (2016-06-30)"),
    ],
)
def test_impossible_deadlines(written: str, message: str) -> None:
    with pytest.raises(ValueError, match=message.replace("(", r"\(").replace(")", r"\)")):
        parse_deadline(written)


def _plan_document() -> dict[str, Any]:
    return {
        "plan": {"code": "nap-test", "title": {"en": "Test plan"}, "period": ["2014", "2018"]},
        "items": [
            {"code": "13", "title": {"az": "Bölmə"}},
            {"code": "13.1", "title": {"az": "Tədbir"}},
            {"code": "13.1.1", "title": {"az": "Yarımbənd"}, "deadline": "2016", "lead": ["DMX"]},
        ],
    }


def _item(n: int) -> Callable[[dict[str, Any]], dict[str, Any]]:
    return lambda doc: doc["items"][n]


YAML_MISTAKES: list[tuple[Callable[[dict[str, Any]], object], str]] = [
    (lambda d: d["items"].append({"code": "13.1", "title": {"az": "Yenə"}}),
     "plan.yaml: item #4 (13.1), field 'code': 13.1 is also item #2 (13.1)"),
    (lambda d: d["items"].append({"code": "13.2.5", "title": {"az": "Yetim"}}),
     "plan.yaml: item #4 (13.2.5), field 'code': its parent 13.2 is not in the plan"),
    (lambda d: _item(2)(d).update(deadline="2016-02-30"),
     "plan.yaml: item #3 (13.1.1), field 'deadline': deadline '2016-02-30' is not a date that exists"),
    (lambda d: _item(2)(d).update(deadline="2019"),
     "plan.yaml: item #3 (13.1.1), field 'deadline': 2019 is outside the plan period 2014-2018"),
    (lambda d: _item(2)(d).update(title={"az": "  "}),
     "plan.yaml: item #3 (13.1.1), field 'title': the item has no title in any language"),
    (lambda d: _item(2)(d).update(titel={"az": "x"}),
     "plan.yaml: item #3 (13.1.1), field 'titel': Extra inputs are not permitted"),
    (lambda d: _item(2)(d).update(code="13.1.x"),
     "plan.yaml: item #3 (13.1.x), field 'code': '13.1.x' is not a plan item code such as 13 or 13.2.5"),
    (lambda d: _item(2)(d).update(lead="DMX", partners=["dmx"]),
     "plan.yaml: item #3 (13.1.1), field 'partners': DMX is also a lead agency"),
    (lambda d: _item(2)(d).update(lead=["D M X"]),
     "plan.yaml: item #3 (13.1.1), field 'lead': 'D M X' is not an agency code"),
    (lambda d: d["plan"].update(period=["2018", "2014"]),
     "plan.yaml: plan, field 'period': 2018-2014 ends before it starts"),
    (lambda d: d["plan"].update(title={"en": ""}),
     "plan.yaml: plan, field 'title': the plan has no title in any language"),
    (lambda d: d["plan"].pop("period"),
     "plan.yaml: plan, field 'period': expected [first year, last year]"),
    (lambda d: d.pop("items"),
     "plan.yaml: expected a list 'items:' of plan items"),
]  # fmt: skip


@pytest.mark.parametrize(("mistake", "message"), YAML_MISTAKES)
def test_yaml_mistakes(tmp_path: Path, mistake: Callable[[dict[str, Any]], object], message: str) -> None:
    document = _plan_document()
    mistake(document)
    path = tmp_path / "plan.yaml"
    path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    with pytest.raises(InputError) as error:
        read_plan(path)
    assert str(error.value).startswith(message)
    assert "\n" not in str(error.value)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("plan.csv", "code,title\n", "plan.csv: not a plan file (expected .yaml, .yml or .xlsx)"),
        ("plan.yaml", "plan: [unclosed\n", "plan.yaml: not valid YAML at line 2"),
        ("plan.yaml", "- just\n- a list\n", "plan.yaml: expected a mapping 'plan:'"),
        ("plan.xlsx", "not a zip file", "plan.xlsx: not a readable .xlsx workbook"),
    ],
)
def test_files_that_are_not_plans(tmp_path: Path, name: str, content: str, message: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as error:
        read_plan(path)
    assert str(error.value).startswith(message)


def test_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"nowhere\.yaml: no such file"):
        read_plan(tmp_path / "nowhere.yaml")


def test_codes_stay_text_in_yaml(tmp_path: Path) -> None:
    # Unquoted, PyYAML would read 13.10 as the number 13.1.
    path = tmp_path / "plan.yaml"
    path.write_text(
        "plan: {code: p, title: {az: P}, period: [2014, 2018]}\n"
        "items:\n  - {code: 13, title: {az: A}}\n  - {code: 13.1, title: {az: B}}\n"
        "  - {code: 13.10, title: {az: C}, deadline: 2016-06-30}\n",
        encoding="utf-8",
    )
    spec = read_plan(path)
    assert [item.code for item in spec.items] == ["13", "13.1", "13.10"]
    assert spec.items[2].deadline is not None and spec.items[2].deadline.start == D(2016, 6, 30)


def _row(sheets: Sheets, code: str) -> list[Any]:
    return next(row for row in sheets["items"] if row[0] == code)


XLSX_MISTAKES: list[tuple[Callable[[Sheets], object], str]] = [
    (lambda s: s["items"].append(list(_row(s, "13.2.5"))),
     "plan.xlsx: row 16, field 'code': 13.2.5 is also row 6"),
    (lambda s: s["items"].append(["13.4.1", "Yetim"]),
     "plan.xlsx: row 16, field 'code': its parent 13.4 is not in the plan"),
    (lambda s: _row(s, "13.2.6").__setitem__(4, "2016-02-30"),
     "plan.xlsx: row 7, field 'deadline': deadline '2016-02-30' is not a date that exists"),
    (lambda s: _row(s, "13.2.6").__setitem__(4, 2013),
     "plan.xlsx: row 7, field 'deadline': 2013 is outside the plan period 2014-2018"),
    (lambda s: _row(s, "13.2.6").__setitem__(slice(1, 4), ["", " ", None]),
     "plan.xlsx: row 7, field 'title': the item has no title in any language"),
    (lambda s: _row(s, "13.2.6").__setitem__(0, 13.1),
     "plan.xlsx: row 7, field 'code': 13.1 is a number in the sheet"),
    (lambda s: s["items"][0].__setitem__(1, "titel_az"),
     "plan.xlsx: sheet 'items', row 1: unknown column 'titel_az'"),
    (lambda s: s["plan"].append(["period", "2014-2018"]),
     "plan.xlsx: sheet 'plan', row 8: unknown field 'period'"),
    (lambda s: s["plan"].__setitem__(3, ["period_start", "twenty"]),
     "plan.xlsx: sheet 'plan', field 'period_start': Input should be a valid integer"),
    (lambda s: s.__setitem__("Sheet1", s.pop("items")),
     "plan.xlsx: no sheet 'items' (the workbook has: plan, Sheet1)"),
]  # fmt: skip


@pytest.mark.parametrize(("mistake", "message"), XLSX_MISTAKES)
def test_xlsx_mistakes(
    tmp_path: Path,
    demo_sheets: Sheets,
    write_xlsx: Callable[[Path, Sheets], Path],
    mistake: Callable[[Sheets], object],
    message: str,
) -> None:
    mistake(demo_sheets)
    path = write_xlsx(tmp_path / "plan.xlsx", demo_sheets)
    with pytest.raises(InputError) as error:
        read_plan(path)
    assert str(error.value).startswith(message)
