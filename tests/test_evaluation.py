"""İcra's scorer: the rules case by case, and agreement with the shared scorer."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

import pytest

from icra import evaluation
from icra.ingest.pipeline import extract_file


def _event(start: str, end: str | None, participants: int | None, place: str | None = None) -> dict[str, Any]:
    return {"date_start": start, "date_end": end, "participants": participants, "place": place}


# kind, gold items, predicted items, matched
CASES: list[tuple[str, list[dict[str, Any]], list[dict[str, Any]], int]] = [
    ("sections", [{"codes": ["13.3.6", "13.3.7"]}], [{"codes": ["13.3.7", "13.3.6"]}], 1),
    ("sections", [{"codes": ["13.3.6", "13.3.7"]}], [{"codes": ["13.3.6"]}], 0),
    ("events", [_event("2016-04-14", "2016-04-15", None)], [_event("2016-04-14", "2016-04-15", None)], 1),
    ("events", [_event("2016-04-14", "2016-04-14", 6)], [_event("2016-04-14", None, 6)], 1),
    ("events", [_event("2016-04-14", "2016-04-14", 6)], [_event("2016-04-14", "2016-04-14", None)], 0),
    ("figures", [{"value": 24220}], [{"value": "24 220"}], 1),
    ("figures", [{"value": 66.6}], [{"value": "66,6"}], 1),
    ("figures", [{"value": 5}, {"value": 5}], [{"value": 5}], 1),
    ("figures", [{"value": 5}], [{"value": "beş"}], 0),
    (
        "document_refs",
        [{"number": "3/851-04", "date": "2016-04-13"}],
        [{"number": "3/85104", "date": "2016-04-13"}],
        1,
    ),
    ("document_refs", [{"number": "1410-IVQ", "date": None}], [{"number": "1410 IVQ", "date": None}], 1),
    ("document_refs", [{"title": "Qanun"}], [{"title": "Qanun"}], 0),
    (
        "organisations",
        [{"name": "Beynəlxalq Miqrasiya Təşkilatı", "abbreviation": "BMqT"}],
        [{"name": "BMqT"}],
        1,
    ),
    (
        "organisations",
        [{"name": "Azərbaycan Respublikasının Ədliyyə Nazirliyi"}],
        [{"name": "Ədliyyə Nazirliyi"}],
        1,
    ),
    ("organisations", [{"name": "Ədliyyə Nazirliyi"}], [{"name": "Daxili İşlər Nazirliyi"}], 0),
]


@pytest.mark.parametrize(("kind", "gold", "predicted", "matched"), CASES)
def test_matching_rules(
    kind: str, gold: list[dict[str, Any]], predicted: list[dict[str, Any]], matched: int
) -> None:
    assert evaluation.score({kind: gold}, {kind: predicted}).kinds[kind].matched == matched


def test_precision_recall_and_overall() -> None:
    gold = {"events": [_event("2016-01-13", "2016-01-13", 6, "Bakı şəhəri"), _event("2016-02-11", None, 3)]}
    predicted = {"events": [_event("2016-01-13", "2016-01-13", 6, "Bakı")], "figures": [{"value": 4}]}
    result = evaluation.score(gold, predicted)
    assert (result.kinds["events"].precision, result.kinds["events"].recall) == (1.0, 0.5)
    assert result.kinds["figures"].precision == 0.0
    assert (result.overall.matched, result.overall.gold, result.overall.predicted) == (1, 2, 2)
    assert result.event_place_accuracy == 1.0
    assert evaluation.score({}, {}).overall.f1 == 1.0


def _shared_scorer(shared_dir: Path) -> Any:
    spec = importlib.util.spec_from_file_location(
        "score_extraction", shared_dir / "tools" / "score_extraction.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _sample(shared_dir: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    corpus = shared_dir / "corpus"
    gold = json.loads((corpus / "dmx-2016-az.gold.json").read_text(encoding="utf-8"))
    return gold, extract_file(corpus / "dmx-2016-az.txt").to_extraction_json()


def test_agrees_with_the_shared_scorer(shared_dir: Path) -> None:
    shared = _shared_scorer(shared_dir)
    pairs = [_sample(shared_dir)]
    for gold_path in sorted((shared_dir / "corpus" / "dev").glob("*.gold.json")):
        report = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt"))
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        pairs.append((gold, extract_file(report).to_extraction_json()))
    for gold, predicted in pairs:
        assert evaluation.score(gold, predicted).to_json() == shared.score(gold, predicted)


def test_sample_meets_the_targets_for_sections_and_events(shared_dir: Path) -> None:
    gold, predicted = _sample(shared_dir)
    result = evaluation.score(gold, predicted)
    assert result.kinds["sections"].f1 >= 0.95
    assert result.kinds["events"].f1 >= 0.95
    assert result.event_place_accuracy is not None and result.event_place_accuracy >= 0.9
