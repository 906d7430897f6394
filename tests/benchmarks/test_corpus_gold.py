"""The gold files of the tuning corpus and of the held-out set agree with the texts beside them,
so a hand edit of either cannot quietly make the extraction scores meaningless."""

import importlib.util
import json
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parents[2] / "benchmarks" / "corpus"
HELDOUT = CORPUS.parent / "heldout"


def _check_gold():
    spec = importlib.util.spec_from_file_location("check_gold", CORPUS / "check_gold.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


CHECK_GOLD = _check_gold()
REPORTS = CHECK_GOLD.report_files(CORPUS)
HELDOUT_REPORTS = CHECK_GOLD.report_files(HELDOUT)


def test_corpus_has_reports_in_three_languages() -> None:
    languages = {
        json.loads(p.with_suffix(".gold.json").read_text("utf-8"))["report"]["language"] for p in REPORTS
    }
    assert {"az", "ru", "en"} <= languages


@pytest.mark.parametrize("report", REPORTS + HELDOUT_REPORTS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_gold_matches_its_text(report: Path) -> None:
    gold = json.loads(report.with_suffix(".gold.json").read_text(encoding="utf-8"))
    assert CHECK_GOLD.problems(report, gold) == []
