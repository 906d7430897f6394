"""Shared fixtures. Tests that score against ``../shared`` skip, saying why,
where it is absent (a user's fresh clone has no shared/).

Databases: ``database_url`` runs a test once on SQLite (a file in tmp_path) and
once on PostgreSQL (``ICRA_TEST_DATABASE_URL``, each test in a fresh schema of
its own; skipped, saying why, when unset). ``session`` is a session on it after
``upgrade_database``; ``icra`` runs the real ``icra`` command in-process.
"""

from __future__ import annotations

import getpass
import os
import sys
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from icra.data import DEMO_PLAN
from icra.db import make_engine, session_factory, upgrade_database
from icra.db.models import Base

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "corpus").is_dir():
        pytest.skip(f"{SHARED} is absent: the sample corpus lives beside the repository, not in it")
    return SHARED


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database: a SQLite file, or a fresh PostgreSQL schema dropped afterwards."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'icra.db'}"
        return
    base = os.environ.get("ICRA_TEST_DATABASE_URL")
    if not base:
        pytest.skip("ICRA_TEST_DATABASE_URL is not set: no PostgreSQL to test on (.ci/run starts one)")
    schema = f"test_{uuid.uuid4().hex[:16]}"
    admin = create_engine(base)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    # libpq's options put every connection of the test, Alembic's too, in its own schema.
    url = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def sessions(database_url: str) -> Iterator[sessionmaker[Session]]:
    """Sessions on ``database_url`` brought up to the newest schema."""
    upgrade_database(database_url)
    engine = make_engine(database_url)
    yield session_factory(engine)
    engine.dispose()


@pytest.fixture
def session(sessions: sessionmaker[Session]) -> Iterator[Session]:
    with sessions() as session:
        yield session


@pytest.fixture
def database_rows(sessions: sessionmaker[Session]) -> Callable[[], dict[str, list[tuple[Any, ...]]]]:
    """Every row of every table, read afresh: compare two calls to prove nothing changed."""

    def rows() -> dict[str, list[tuple[Any, ...]]]:
        with sessions() as session:
            return {
                table.name: sorted(tuple(row) for row in session.execute(select(table)))
                for table in Base.metadata.sorted_tables
            }

    return rows


@dataclass
class CliResult:
    exit_code: int
    stdout: str
    stderr: str


@pytest.fixture
def icra(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Callable[..., CliResult]:
    """Run ``icra ARGS...`` as a user would (through ``main()``, so errors print as they
    do for users); ``passwords`` answer hidden prompts in turn."""
    from icra.cli import main

    monkeypatch.setenv("COLUMNS", "200")

    def run(*args: str, passwords: tuple[str, ...] = ()) -> CliResult:
        answers = iter(passwords)
        monkeypatch.setattr(getpass, "getpass", lambda prompt="": next(answers))
        monkeypatch.setattr(sys, "argv", ["icra", *args])
        with pytest.raises(SystemExit) as exit_info:
            main()
        captured = capsys.readouterr()
        code = exit_info.value.code
        return CliResult(code if isinstance(code, int) else 1, captured.out, captured.err)

    return run


def write_workbook(path: Path, sheets: dict[str, list[list[Any]]]) -> Path:
    """An .xlsx file at ``path`` with one sheet per entry of ``sheets``, rows in order."""
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)
    for name, rows in sheets.items():
        sheet = workbook.create_sheet(name)
        for row in rows:
            sheet.append(row)
    workbook.save(path)
    return path


def demo_plan_sheets() -> dict[str, list[list[Any]]]:
    """The demo plan YAML laid out as the XLSX plan format's two sheets."""
    document = yaml.safe_load(DEMO_PLAN.read_text(encoding="utf-8"))
    plan = document["plan"]
    plan_rows: list[list[Any]] = [
        ["code", plan["code"]],
        *([f"title_{lang}", title] for lang, title in plan["title"].items()),
        ["period_start", plan["period"][0]],
        ["period_end", plan["period"][1]],
        ["country", plan["country"]],
        ["reconstructed", plan["reconstructed"]],
    ]
    columns = ["code", "title_az", "title_en", "title_ru", "deadline", "lead", "partners"]
    columns += ["expected_result", "indicators"]
    item_rows: list[list[Any]] = [columns]
    for item in document["items"]:
        item_rows.append(
            [
                item["code"],
                item["title"].get("az"),
                item["title"].get("en"),
                item["title"].get("ru"),
                item.get("deadline"),
                ", ".join(item.get("lead", [])),
                ", ".join(item.get("partners", [])),
                item.get("expected_result"),
                "\n".join(item.get("indicators", [])),
            ]
        )
    return {"plan": plan_rows, "items": item_rows}


@pytest.fixture
def write_xlsx() -> Callable[[Path, dict[str, list[list[Any]]]], Path]:
    return write_workbook


@pytest.fixture
def demo_sheets() -> dict[str, list[list[Any]]]:
    """The demo plan's rows in the XLSX layout, fresh for each test to change."""
    return demo_plan_sheets()


@pytest.fixture
def demo_plan_xlsx(tmp_path: Path) -> Path:
    """The demo plan as an .xlsx file, built from the YAML shipped in icra/data/demo."""
    return write_workbook(tmp_path / "plan-nap-2014-2018.xlsx", demo_plan_sheets())
