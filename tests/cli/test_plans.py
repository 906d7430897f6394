"""``icra init`` and ``icra plan import | show | list``, run as a user runs them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from icra.data import DEMO_PLAN
from icra.db.migrations import head_revision

Run = Callable[..., Any]
Rows = Callable[[], dict[str, list[tuple[Any, ...]]]]


def _one_line(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def ready(icra: Run, database_url: str) -> Callable[..., Any]:
    """``icra --db URL ...`` on a database that ``icra init --demo`` has set up."""
    result = icra("--db", database_url, "init", "--demo")
    assert result.exit_code == 0, result.stderr
    assert f"is at schema {head_revision()}" in result.stdout
    assert "demo loaded: plan nap-2014-2018 with 14 items" in result.stdout
    return lambda *args, **kw: icra("--db", database_url, *args, **kw)


def test_show_draws_the_tree(ready: Run) -> None:
    shown = ready("plan", "show", "--lang", "en")
    assert shown.exit_code == 0, shown.stderr
    lines = shown.stdout.splitlines()
    assert "nap-2014-2018 National Action Plan on Combating Trafficking" in lines[0]
    line = next(line for line in lines if "13.2.5" in line)
    assert line.startswith("    │   ├── 13.2.5 Take part in the National Referral Mechanism")
    assert line.endswith("(deadline 2014-2018; lead DMX; partners DIN, EESMN)")
    assert "13.2.10 Train migration staff" in shown.stdout


def test_list(ready: Run) -> None:
    listed = ready("plan", "list")
    assert listed.exit_code == 0
    assert "nap-2014-2018" in listed.stdout and "2014-2018" in listed.stdout


def test_change_the_file_and_import_again(ready: Run, tmp_path: Path) -> None:
    document = yaml.safe_load(DEMO_PLAN.read_text(encoding="utf-8"))
    document["items"] = [i for i in document["items"] if i["code"] != "13.9.5"]
    document["items"][2]["title"]["en"] = "Draft the Migration Code amendments"
    path = tmp_path / "plan.yaml"
    path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    imported = ready("plan", "import", str(path))
    assert imported.exit_code == 0, imported.stderr
    assert imported.stdout.splitlines() == [
        "plan nap-2014-2018 updated from plan.yaml",
        "  changed: 13.1.1",
        "  deleted: 13.9.5",
        "  unchanged: 12 items",
    ]
    assert "13.9.5" not in ready("plan", "show").stdout


def test_an_xlsx_plan_imports(ready: Run, demo_plan_xlsx: Path) -> None:
    imported = ready("plan", "import", str(demo_plan_xlsx))
    assert imported.exit_code == 0, imported.stderr
    assert "unchanged: 14 items" in imported.stdout


MALFORMED: list[tuple[str, Callable[[Path, Callable[..., Path], dict[str, Any]], Path], str]] = [
    ("yaml, unknown agency",
     lambda tmp, _, __: _yaml(tmp, lambda d: d["items"][2].update(lead=["XYZ"])),
     "error: plan.yaml: item #3 (13.1.1), field 'lead': unknown agency XYZ (see `icra agency list`)"),
    ("yaml, impossible deadline",
     lambda tmp, _, __: _yaml(tmp, lambda d: d["items"][2].update(deadline="2016-02-30")),
     "error: plan.yaml: item #3 (13.1.1), field 'deadline': deadline '2016-02-30' is not a date that exists"),
    ("yaml, broken syntax",
     lambda tmp, _, __: _text(tmp / "plan.yaml", "plan: {code: [\n"),
     "error: plan.yaml: not valid YAML at line 2"),
    ("xlsx, missing parent",
     lambda tmp, write, s: write(tmp / "plan.xlsx", {**s, "items": [*s["items"], ["14.1", "Yeni"]]}),
     "error: plan.xlsx: row 16, field 'code': its parent 14 is not in the plan"),
    ("xlsx, wrong sheet",
     lambda tmp, write, sheets: write(tmp / "plan.xlsx", {"Sheet1": sheets["items"]}),
     "error: plan.xlsx: no sheet 'plan' (the workbook has: Sheet1)"),
    ("xlsx, not a workbook",
     lambda tmp, _, __: _text(tmp / "plan.xlsx", "code,title\n13,x\n"),
     "error: plan.xlsx: not a readable .xlsx workbook"),
    ("neither",
     lambda tmp, _, __: _text(tmp / "plan.csv", "code,title\n"),
     "error: plan.csv: not a plan file (expected .yaml, .yml or .xlsx)"),
]  # fmt: skip


def _text(path: Path, content: str) -> Path:
    path.write_text(content, encoding="utf-8")
    return path


def _yaml(tmp: Path, change: Callable[[dict[str, Any]], object]) -> Path:
    document = yaml.safe_load(DEMO_PLAN.read_text(encoding="utf-8"))
    document["items"][5]["title"]["en"] = "A change that must not be kept"
    change(document)
    return _text(tmp / "plan.yaml", yaml.safe_dump(document, allow_unicode=True))


@pytest.mark.parametrize(("case", "make", "message"), MALFORMED, ids=[case for case, _, _ in MALFORMED])
def test_a_malformed_file_is_one_line_and_changes_nothing(
    ready: Run,
    tmp_path: Path,
    database_rows: Rows,
    write_xlsx: Callable[..., Path],
    demo_sheets: dict[str, Any],
    case: str,
    make: Callable[[Path, Callable[..., Path], dict[str, Any]], Path],
    message: str,
) -> None:
    path = make(tmp_path, write_xlsx, demo_sheets)
    before = database_rows()
    result = ready("plan", "import", str(path))
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    assert _one_line(result.stderr).startswith(message)
    assert database_rows() == before


def test_commands_refuse_a_database_that_is_not_set_up(icra: Run, tmp_path: Path) -> None:
    result = icra("--db", f"sqlite:///{tmp_path / 'none.db'}", "plan", "list")
    assert result.exit_code == 2
    assert (
        _one_line(result.stderr)
        == f"error: no database at sqlite:///{tmp_path / 'none.db'}: run `icra init` first"
    )
    assert not (tmp_path / "none.db").exists()


def test_the_database_comes_from_the_environment(
    icra: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ICRA_DATABASE_URL", f"sqlite:///{tmp_path / 'env.db'}")
    assert icra("init").exit_code == 0
    assert (tmp_path / "env.db").is_file()
    assert "no plans yet" in icra("plan", "list").stdout


def test_show_names_the_plans_to_choose_from(ready: Run, tmp_path: Path) -> None:
    document = yaml.safe_load(DEMO_PLAN.read_text(encoding="utf-8"))
    document["plan"]["code"] = "nap-2019-2023"
    document["plan"]["period"] = [2019, 2023]
    for item in document["items"]:
        item.pop("deadline", None)
    assert (
        ready("plan", "import", str(_text(tmp_path / "next.yaml", yaml.safe_dump(document)))).exit_code == 0
    )
    result = ready("plan", "show")
    assert (
        _one_line(result.stderr) == "error: there are several plans; name one: nap-2014-2018, nap-2019-2023"
    )
    assert "nap-2019-2023" in ready("plan", "show", "--plan", "nap-2019-2023").stdout
