"""``icra demo`` on a fresh install, and run again."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest


def test_demo_sets_up_once_and_keeps_passwords(
    icra: Callable[..., Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    first = icra("demo", "--no-serve")
    assert first.exit_code == 0, first.stderr
    assert (tmp_path / "icra-demo.db").is_file()
    passwords = dict(re.findall(r"│ (\S+)\s+│ \w+\s+│ \S*\s+│ (\S{12})\s+│", first.stdout))
    assert set(passwords) == {"admin", "coordinator", "reporter-dmx", "reporter-din", "viewer"}
    assert re.search(r"report 1: DMX 2016, \d+ entries \(ingested\)", first.stdout)
    again = icra("demo", "--no-serve")
    assert again.exit_code == 0
    assert "(unchanged: set on the first run)" in again.stdout
    assert not any(password in again.stdout for password in passwords.values())
    assert "report 1: DMX 2016" in again.stdout and "(already there)" in again.stdout


def test_demo_on_a_given_database(icra: Callable[..., Any], database_url: str) -> None:
    result = icra("--db", database_url, "demo", "--no-serve")
    assert result.exit_code == 0, result.stderr
    assert "(ingested)" in result.stdout
