"""How the ``icra`` command reports errors: one line, never a traceback."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def test_an_error_with_brackets_prints_whole(icra: Any, tmp_path: Path) -> None:
    plan = tmp_path / "period.yaml"
    plan.write_text("plan:\n  code: x\n  title: {az: X}\n  period: 2014\nitems: []\n", encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'icra.db'}"
    assert icra("--db", db, "init").exit_code == 0
    result = icra("--db", db, "plan", "import", str(plan))
    assert result.exit_code == 2
    assert "[first year, last year]" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_a_usage_error_is_shown_by_the_command_line(icra: Any) -> None:
    result = icra("export", "--format", "xlsx")
    assert result.exit_code == 2
    assert "Missing option '--year'" in result.stderr


def test_version(icra: Any) -> None:
    result = icra("--version")
    assert result.exit_code == 0
    assert result.stdout.startswith("icra ")
