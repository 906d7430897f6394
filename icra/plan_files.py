"""Plan and agency catalogue files: YAML or XLSX in, a validated :class:`PlanSpec` out.

A plan file lists a plan (code, titles, period) and its items, one per YAML list
entry or XLSX row; an item's parent is implied by its code (``13.2`` for
``13.2.5``). Agencies are named by their codes; whether those exist is checked
on import (``icra.services.plans.import_plan``), since only the database knows.

YAML::

    plan:
      code: nap-2014-2018
      title: {az: "...", en: "..."}
      period: [2014, 2018]
      country: Azerbaijan
    items:
      - code: "13.1.1"
        title: {az: "...", en: "..."}
        deadline: 2014-2018         # a year, a range of years, or a date (2016-06-30)
        lead: [DMX]
        partners: [DIN, EN]
        expected_result: "..."
        indicators: ["...", "..."]

XLSX: a sheet ``plan`` of ``field | value`` rows (code, title_az, title_en,
title_ru, period_start, period_end, country, reconstructed) and a sheet
``items`` whose first row names the columns (code, title_az, title_en, title_ru,
deadline, lead, partners, expected_result, indicators). Several agencies in one
cell are separated by commas, several indicators by new lines or semicolons.

Every error is one line naming the file, the row (XLSX) or item (YAML) and the field.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from icra.errors import InputError

ITEM_CODE = re.compile(r"\d+(\.\d+)*")
PLAN_CODE = re.compile(r"[a-z0-9][a-z0-9._-]*")
AGENCY_CODE = re.compile(r"[A-Z0-9][A-Z0-9_-]*")
ISO_DATE = re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})")
DOTTED_DATE = re.compile(r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})")
ModelT = TypeVar("ModelT", bound=BaseModel)
PLAN_SHEET = "plan"
ITEMS_SHEET = "items"
ITEM_COLUMNS = (
    "code",
    "title_az",
    "title_en",
    "title_ru",
    "deadline",
    "lead",
    "partners",
    "expected_result",
    "indicators",
)
PLAN_FIELDS = (
    "code",
    "title_az",
    "title_en",
    "title_ru",
    "period_start",
    "period_end",
    "country",
    "reconstructed",
)


class Titles(BaseModel):
    """A name in each of İcra's languages; blank ones count as absent."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    az: str | None = None
    en: str | None = None
    ru: str | None = None

    @field_validator("az", "en", "ru", mode="before")
    @classmethod
    def _blank_is_none(cls, value: Any) -> Any:
        if isinstance(value, str):
            return value.strip() or None
        return value

    def any(self) -> bool:
        return bool(self.az or self.en or self.ru)


class Deadline(BaseModel):
    """A deadline as the plan writes it, and the days it covers (first and last, inclusive)."""

    model_config = ConfigDict(frozen=True)

    text: str
    start: dt.date
    end: dt.date


def parse_deadline(value: Any) -> Deadline:
    """A year (2016), a range of years (2014-2018) or a date (2016-06-30, 30.06.2016)."""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return Deadline(text=value.isoformat(), start=value, end=value)
    text = str(value).strip()
    if match := re.fullmatch(r"(\d{4})", text):
        year = int(match[1])
        return Deadline(text=text, start=dt.date(year, 1, 1), end=dt.date(year, 12, 31))
    if match := re.fullmatch(r"(\d{4})\s*[-–]\s*(\d{4})", text):
        first, last = int(match[1]), int(match[2])
        if first > last:
            raise ValueError(f"deadline {text!r} ends before it starts")
        return Deadline(text=text, start=dt.date(first, 1, 1), end=dt.date(last, 12, 31))
    if match := ISO_DATE.fullmatch(text) or DOTTED_DATE.fullmatch(text):
        try:
            date = dt.date(int(match["y"]), int(match["m"]), int(match["d"]))
        except ValueError:
            raise ValueError(f"deadline {text!r} is not a date that exists") from None
        return Deadline(text=text, start=date, end=date)
    raise ValueError(f"deadline {text!r} is not a year, a range of years (2014-2018) or a date (2016-06-30)")


def _agency_codes(value: Any) -> Any:
    if value is None:
        return []
    if isinstance(value, str):
        value = re.split(r"[,;]", value)
    if isinstance(value, list):
        return [str(code).strip().upper() for code in value if str(code).strip()]
    return value


class PlanItemSpec(BaseModel):
    """One item of a plan file, as read and checked on its own."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    # Where the item stands in its file ("row 7", "item #4 (13.2.5)"), for messages.
    origin: str = Field("", exclude=True)
    code: str
    title: Titles
    deadline: Deadline | None = None
    expected_result: str | None = None
    indicators: list[str] = Field(default_factory=list)
    lead: list[str] = Field(default_factory=list)
    partners: list[str] = Field(default_factory=list)

    @field_validator("code")
    @classmethod
    def _check_code(cls, value: str) -> str:
        if not ITEM_CODE.fullmatch(value):
            raise ValueError(f"{value!r} is not a plan item code such as 13 or 13.2.5")
        return value

    @field_validator("deadline", mode="before")
    @classmethod
    def _read_deadline(cls, value: Any) -> Any:
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        return value if isinstance(value, Deadline) else parse_deadline(value)

    @field_validator("lead", "partners", mode="before")
    @classmethod
    def _read_agencies(cls, value: Any) -> Any:
        return _agency_codes(value)

    @field_validator("lead", "partners")
    @classmethod
    def _check_agencies(cls, value: list[str]) -> list[str]:
        for code in value:
            if not AGENCY_CODE.fullmatch(code):
                raise ValueError(f"{code!r} is not an agency code (letters A-Z, digits, - and _)")
        return value

    @field_validator("indicators", mode="before")
    @classmethod
    def _read_indicators(cls, value: Any) -> Any:
        if value is None:
            return []
        if isinstance(value, str):
            value = re.split(r"[;\n]", value)
        return (
            [str(line).strip() for line in value if str(line).strip()] if isinstance(value, list) else value
        )

    @field_validator("expected_result", mode="before")
    @classmethod
    def _blank_is_none(cls, value: Any) -> Any:
        return value.strip() or None if isinstance(value, str) else value

    @model_validator(mode="after")
    def _check_own(self) -> PlanItemSpec:
        if not self.title.any():
            raise ValueError("field 'title': the item has no title in any language")
        if both := set(self.lead) & set(self.partners):
            raise ValueError(f"field 'partners': {', '.join(sorted(both))} is also a lead agency")
        return self

    @property
    def parent_code(self) -> str | None:
        return self.code.rpartition(".")[0] or None

    @property
    def level(self) -> int:
        return self.code.count(".") + 1


class PlanSpec(BaseModel):
    """A whole plan file: the plan and its items, checked as a tree."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    # The file it came from, for messages.
    source: str = Field("", exclude=True)
    code: str
    title: Titles
    period_start: int = Field(ge=1900, le=2200)
    period_end: int = Field(ge=1900, le=2200)
    country: str | None = None
    # Why the titles are not the plan's official text, where they are not.
    reconstructed: str | None = None
    items: list[PlanItemSpec]

    @field_validator("code")
    @classmethod
    def _check_code(cls, value: str) -> str:
        if not PLAN_CODE.fullmatch(value):
            raise ValueError(f"{value!r} is not a plan code (lower-case letters, digits, '.', '-', '_')")
        return value

    @model_validator(mode="after")
    def _check_tree(self) -> PlanSpec:
        if not self.title.any():
            raise ValueError("field 'title': the plan has no title in any language")
        if self.period_start > self.period_end:
            raise ValueError(f"field 'period': {self.period_start}-{self.period_end} ends before it starts")
        seen: dict[str, PlanItemSpec] = {}
        for item in self.items:
            if item.code in seen:
                raise ValueError(f"{item.origin}, field 'code': {item.code} is also {seen[item.code].origin}")
            seen[item.code] = item
        for item in self.items:
            if item.parent_code and item.parent_code not in seen:
                raise ValueError(
                    f"{item.origin}, field 'code': its parent {item.parent_code} is not in the plan"
                )
            if item.deadline and not (
                self.period_start <= item.deadline.start.year and item.deadline.end.year <= self.period_end
            ):
                raise ValueError(
                    f"{item.origin}, field 'deadline': {item.deadline.text} is outside the plan period "
                    f"{self.period_start}-{self.period_end}"
                )
        return self

    def items_parents_first(self) -> list[PlanItemSpec]:
        return sorted(self.items, key=lambda item: item.level)


class AgencySpec(BaseModel):
    """One agency of an agency catalogue file."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    code: str
    name: Titles
    abbreviation: str | None = None

    @field_validator("code", mode="before")
    @classmethod
    def _read_code(cls, value: Any) -> Any:
        codes = _agency_codes([value]) if isinstance(value, str) else value
        if isinstance(codes, list) and not (codes and AGENCY_CODE.fullmatch(codes[0])):
            raise ValueError(f"{value!r} is not an agency code (letters A-Z, digits, - and _)")
        return codes[0] if isinstance(codes, list) else codes

    @model_validator(mode="after")
    def _check_name(self) -> AgencySpec:
        if not self.name.any():
            raise ValueError("field 'name': the agency has no name in any language")
        return self


def read_plan(path: Path) -> PlanSpec:
    """The plan in a .yaml/.yml or .xlsx file; :class:`InputError` names what is wrong and where."""
    suffix = path.suffix.lower()
    if suffix not in (".yaml", ".yml", ".xlsx"):
        raise InputError(f"{path.name}: not a plan file (expected .yaml, .yml or .xlsx)")
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    return _read_plan_xlsx(path) if suffix == ".xlsx" else _read_plan_yaml(path)


def read_agencies(path: Path) -> list[AgencySpec]:
    """The agencies of a YAML file holding a list under ``agencies:``."""
    document = _load_yaml(path)
    entries = document.get("agencies") if isinstance(document, dict) else None
    if not isinstance(entries, list):
        raise InputError(f"{path.name}: expected a list under 'agencies:'")
    specs = []
    for number, raw in enumerate(entries, start=1):
        origin = f"agency #{number}"
        if not isinstance(raw, dict):
            raise InputError(f"{path.name}: {origin}: expected code, name and abbreviation")
        specs.append(_validate(AgencySpec, raw, path.name, f"{origin} ({raw.get('code')})", "."))
    return specs


class _TextLoader(yaml.SafeLoader):
    """Reads every plain scalar but ``null`` as text: ``13.10`` stays "13.10", not the
    number 13.1, and ``2016-02-30`` reaches our own date check instead of crashing PyYAML."""


_TextLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag == "tag:yaml.org,2002:null"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _load_yaml(path: Path) -> Any:
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_TextLoader)  # _TextLoader is a SafeLoader
    except UnicodeDecodeError:
        raise InputError(f"{path.name}: not UTF-8 text") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        raise InputError(f"{path.name}: not valid YAML{where}: {getattr(exc, 'problem', exc)}") from None


def _read_plan_yaml(path: Path) -> PlanSpec:
    document = _load_yaml(path)
    if not isinstance(document, dict) or not isinstance(document.get("plan"), dict):
        raise InputError(f"{path.name}: expected a mapping 'plan:' (code, title, period) and a list 'items:'")
    if not isinstance(document.get("items"), list):
        raise InputError(f"{path.name}: expected a list 'items:' of plan items")
    plan = dict(document["plan"])
    period = plan.pop("period", None)
    if not (isinstance(period, list) and len(period) == 2):
        raise InputError(f"{path.name}: plan, field 'period': expected [first year, last year]")
    items = []
    for number, raw in enumerate(document["items"], start=1):
        if not isinstance(raw, dict):
            raise InputError(f"{path.name}: item #{number}: expected a mapping with code, title ...")
        code = raw.get("code")
        origin = f"item #{number} ({code})" if code else f"item #{number}"
        items.append(_validate(PlanItemSpec, {**raw, "origin": origin}, path.name, origin, "."))
    return _validate(
        PlanSpec,
        {**plan, "period_start": period[0], "period_end": period[1], "items": items, "source": path.name},
        path.name,
        "plan",
        ".",
    )


def _read_plan_xlsx(path: Path) -> PlanSpec:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, OSError, KeyError, ValueError) as exc:
        raise InputError(f"{path.name}: not a readable .xlsx workbook ({type(exc).__name__})") from None
    try:
        for name in (PLAN_SHEET, ITEMS_SHEET):
            if name not in workbook.sheetnames:
                raise InputError(
                    f"{path.name}: no sheet '{name}' (the workbook has: {', '.join(workbook.sheetnames)})"
                )
        plan = _plan_sheet(path.name, workbook[PLAN_SHEET].iter_rows(values_only=True))
        items = list(_items_sheet(path.name, workbook[ITEMS_SHEET].iter_rows(values_only=True)))
    finally:
        workbook.close()
    return _validate(PlanSpec, {**plan, "items": items, "source": path.name}, path.name, "sheet 'plan'", "_")


def _plan_sheet(filename: str, rows: Iterable[tuple[Any, ...]]) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    for number, row in enumerate(rows, start=1):
        if not row or _blank(row[0]):
            continue
        field = str(row[0]).strip()
        if field not in PLAN_FIELDS:
            raise InputError(
                f"{filename}: sheet 'plan', row {number}: unknown field {field!r} "
                f"(known: {', '.join(PLAN_FIELDS)})"
            )
        fields[field] = row[1] if len(row) > 1 else None
    titles = {lang: fields.pop(f"title_{lang}", None) for lang in ("az", "en", "ru")}
    return {**fields, "title": titles}


def _items_sheet(filename: str, rows: Iterable[tuple[Any, ...]]) -> Iterator[PlanItemSpec]:
    rows = iter(rows)
    header = [str(cell).strip().lower() if not _blank(cell) else "" for cell in next(rows, ())]
    for column in header:
        if column and column not in ITEM_COLUMNS:
            raise InputError(
                f"{filename}: sheet 'items', row 1: unknown column {column!r} "
                f"(known: {', '.join(ITEM_COLUMNS)})"
            )
    if "code" not in header:
        raise InputError(f"{filename}: sheet 'items', row 1: no 'code' column")
    for number, row in enumerate(rows, start=2):
        cells = {column: value for column, value in zip(header, row, strict=False) if column}
        if all(_blank(value) for value in cells.values()):
            continue
        origin = f"row {number}"
        raw: dict[str, Any] = {
            "origin": origin,
            "code": _code_cell(f"{filename}: {origin}", cells.pop("code", None)),
            "title": {lang: cells.pop(f"title_{lang}", None) for lang in ("az", "en", "ru")},
        }
        raw.update({column: value for column, value in cells.items() if not _blank(value)})
        yield _validate(PlanItemSpec, raw, filename, origin, "_")


def _code_cell(where: str, value: Any) -> str:
    # Excel turns a typed 13.10 into the number 13.1; refuse rather than guess.
    if isinstance(value, float):
        raise InputError(
            f"{where}, field 'code': {value} is a number in the sheet; format the column as text "
            "so that 13.10 is not read as 13.1"
        )
    return "" if value is None else str(value).strip()


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _validate(model: type[ModelT], raw: dict[str, Any], filename: str, where: str, joiner: str) -> ModelT:
    """``model`` from ``raw``, or an :class:`InputError` naming the file, the place and the field."""
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        raise InputError(f"{filename}: {_describe(exc.errors()[0], where, joiner)}") from None


def _describe(error: Any, where: str, joiner: str) -> str:
    if error["type"] == "value_error" and not error["loc"]:
        # Our own checks name their field; a whole plan's checks name the item as well.
        message = str(error["ctx"]["error"])
        return f"{where}, {message}" if message.startswith("field ") else message
    field = joiner.join(str(part) for part in error["loc"] if not isinstance(part, int))
    if error["type"] == "missing":
        message = "missing"
    elif error["type"] == "value_error":
        message = str(error["ctx"]["error"])
    else:
        message = error["msg"]
    return f"{where}, field '{field}': {message}"
