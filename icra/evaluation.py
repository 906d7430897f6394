"""Score an extraction against a gold annotation of the same report.

The rules are those of the project's shared scorer (``tools/score_extraction.py``
beside the corpus), so that ``icra eval`` and that script print the same numbers:

- sections match on the set of their plan codes;
- events on (date_start, date_end, participants); place is scored apart, as
  the share of matched events whose places agree (one contains the other);
- figures on their value as a number (a multiset: 24220 twice needs two);
- document references on (number with case, spaces and dashes ignored, date),
  and only those with a number or a date count;
- organisations on the same abbreviation, or names alike (ratio >= 0.85) once
  a leading "Azərbaycan Respublikası(nın)" is set aside.

Each kind gets precision, recall and F1; ``overall`` is micro-averaged.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Hashable, Iterable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from icra.ingest.readers import EXTENSIONS

KINDS = ("sections", "events", "figures", "document_refs", "organisations")
_ALIKE = 0.85
_STATE_PREFIX = re.compile(r"^(azərbaycan respublikas[ıi](n[ıi]n)? )")

Item = dict[str, Any]


@dataclass(frozen=True)
class KindScore:
    gold: int
    predicted: int
    matched: int
    precision: float
    recall: float
    f1: float


@dataclass(frozen=True)
class Score:
    kinds: dict[str, KindScore]
    overall: KindScore
    event_place_accuracy: float | None

    def to_json(self) -> dict[str, Any]:
        """The shape the shared scorer prints with ``--json``."""
        result: dict[str, Any] = {kind: asdict(score) for kind, score in self.kinds.items()}
        result["event_place_accuracy"] = self.event_place_accuracy
        overall = asdict(self.overall)
        result["overall"] = {k: overall[k] for k in ("precision", "recall", "f1")}
        return result


def fold(text: str | None) -> str:
    """Case-fold with the dotted and dotless I kept apart, quotes dropped, spaces collapsed."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text).replace("I", "ı").replace("İ", "i").lower()
    text = re.sub(r"[\"'“”«»„‘’`]", "", text)
    return re.sub(r"\s+", " ", text).strip()


def _section_key(item: Item) -> Hashable:
    return frozenset(str(code).strip() for code in item.get("codes", []))


def _event_key(item: Item) -> Hashable:
    start = item.get("date_start")
    return (start, item.get("date_end") or start, item.get("participants"))


def figure_value(value: Any) -> float:
    """A figure's value as a number: 24220, "24 220", 66.6 and "66,6" all work."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return round(float(value), 6)
    text = re.sub(r"[\s\u00a0]", "", str(value))
    if re.fullmatch(r"\d{1,3}([.,]\d{3})+", text):  # thousands separators
        text = re.sub(r"[.,]", "", text)
    return round(float(text.replace(",", ".")), 6)


def _figure_key(item: Item) -> Hashable:
    try:
        return figure_value(item.get("value"))
    except (TypeError, ValueError):
        return ("unparsed", str(item.get("value")))


def _docref_key(item: Item) -> Hashable:
    return (re.sub(r"[\s\-–]", "", fold(item.get("number"))), item.get("date"))


_KEYS: dict[str, Callable[[Item], Hashable]] = {
    "sections": _section_key,
    "events": _event_key,
    "figures": _figure_key,
    "document_refs": _docref_key,
}


def _multiset_hits(gold: Iterable[Hashable], predicted: Iterable[Hashable]) -> int:
    g, p = Counter(gold), Counter(predicted)
    return sum(min(n, p[key]) for key, n in g.items())


def _org_name(text: str | None) -> str:
    return _STATE_PREFIX.sub("", fold(text))


def _org_hits(gold: list[Item], predicted: list[Item]) -> int:
    used: set[int] = set()
    hits = 0
    for g in gold:
        g_name, g_abbr = _org_name(g.get("name")), fold(g.get("abbreviation"))
        for i, p in enumerate(predicted):
            if i in used:
                continue
            p_name, p_abbr = _org_name(p.get("name")), fold(p.get("abbreviation"))
            same_abbr = bool(g_abbr) and g_abbr in (p_abbr, p_name)
            alike = (
                bool(g_name)
                and bool(p_name)
                and difflib.SequenceMatcher(None, g_name, p_name).ratio() >= _ALIKE
            )
            if same_abbr or alike:
                used.add(i)
                hits += 1
                break
    return hits


def _place_accuracy(gold: list[Item], predicted: list[Item]) -> float | None:
    right = total = 0
    pool = list(predicted)
    for g in gold:
        key = _event_key(g)
        for p in pool:
            if _event_key(p) == key:
                pool.remove(p)
                total += 1
                gp, pp = fold(g.get("place")), fold(p.get("place"))
                right += bool(gp == pp or (gp and pp and (gp in pp or pp in gp)))
                break
    return round(right / total, 4) if total else None


def _kind_score(hits: int, n_gold: int, n_predicted: int) -> KindScore:
    precision = hits / n_predicted if n_predicted else (1.0 if not n_gold else 0.0)
    recall = hits / n_gold if n_gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return KindScore(n_gold, n_predicted, hits, round(precision, 4), round(recall, 4), round(f1, 4))


def _scored(kind: str, items: list[Item]) -> list[Item]:
    if kind == "document_refs":  # references with neither number nor date are not scored
        return [it for it in items if it.get("number") or it.get("date")]
    return items


def score(gold: dict[str, Any], predicted: dict[str, Any]) -> Score:
    """Score one extraction (the JSON of ``icra extract``) against its gold."""
    kinds = {}
    for kind in KINDS:
        g_items = _scored(kind, gold.get(kind) or [])
        p_items = _scored(kind, predicted.get(kind) or [])
        if kind == "organisations":
            hits = _org_hits(g_items, p_items)
        else:
            key = _KEYS[kind]
            hits = _multiset_hits(map(key, g_items), map(key, p_items))
        kinds[kind] = _kind_score(hits, len(g_items), len(p_items))
    return Score(
        kinds=kinds,
        overall=total(kinds.values()),
        event_place_accuracy=_place_accuracy(gold.get("events") or [], predicted.get("events") or []),
    )


def total(scores: Iterable[KindScore]) -> KindScore:
    """Micro-average: the matched, gold and predicted counts summed, then P, R and F1."""
    items = list(scores)
    return _kind_score(
        sum(s.matched for s in items), sum(s.gold for s in items), sum(s.predicted for s in items)
    )


def gold_pairs(directory: Path) -> list[tuple[Path, Path]]:
    """The (report, gold) pairs of ``directory``, by name: every report with ``NAME.gold.json`` beside it."""
    pairs = []
    for report in sorted(directory.iterdir()):
        gold = report.with_name(report.name.removesuffix(report.suffix) + ".gold.json")
        if report.suffix.lower() in EXTENSIONS and gold.is_file():
            pairs.append((report, gold))
    return pairs
