"""Search over the text of every report a user may read, Azerbaijani-aware.

Text and query are folded with the report language's own ``fold`` (so ``İnsan`` finds
``insan``) and each word is cut to its stem by stripping the language's
``search_suffixes`` (so ``alverinə`` finds ``alveri``). Folding keeps the text's
length, so a match's offsets in the folded text are its offsets in the original,
ready to highlight.

Reports are scanned entry by entry in Python: enough for a ministry's reports of a
plan's years; a national archive would index the stems in SQLite FTS5 or PostgreSQL.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from icra import lang as languages
from icra.db.models import Entry, Report
from icra.lang import LanguageData

WORD = re.compile(r"[^\W_]+")
# A stem keeps at least this many letters, so short words are not cut to nothing.
MIN_STEM = 4


def stem(word: str, data: LanguageData) -> str:
    """``word`` (folded) without its endings, longest first, while a stem of MIN_STEM letters remains."""
    suffixes = sorted(data.search_suffixes, key=len, reverse=True)
    stripped = True
    while stripped:
        stripped = False
        for suffix in suffixes:
            if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM:
                word, stripped = word[: -len(suffix)], True
                break
    return word


def query_stems(query: str, data: LanguageData) -> list[str]:
    return [stem(word, data) for word in WORD.findall(data.fold(query))]


def matches(text: str, stems: list[str], data: LanguageData) -> list[tuple[int, int]]:
    """The spans of ``text``'s words whose stem is one of ``stems``."""
    wanted = set(stems)
    return [(m.start(), m.end()) for m in WORD.finditer(data.fold(text)) if stem(m.group(), data) in wanted]


@dataclass
class Hit:
    report: Report
    entry: Entry
    spans: list[tuple[int, int]]  # into entry.text


def search(
    *,
    reports: list[Report],
    query: str,
    agency_code: str | None = None,
    year: int | None = None,
    plan_item: str | None = None,
    limit: int = 100,
) -> list[Hit]:
    """The entries of ``reports`` (those the user may read) holding every word of ``query``."""
    hits: list[Hit] = []
    for report in reports:
        if (agency_code and report.agency.code != agency_code) or (year and report.year != year):
            continue
        data = languages.get(report.language)
        stems = query_stems(query, data)
        if not stems:
            continue
        for entry in report.entries:
            if plan_item and plan_item not in entry.codes:
                continue
            spans = matches(entry.text, stems, data)
            found = {stem(data.fold(entry.text[s:e]), data) for s, e in spans}
            if spans and found >= set(stems):
                hits.append(Hit(report, entry, spans))
                if len(hits) >= limit:
                    return hits
    return hits
