"""Safe publication: what a public output (the published report, open-data exports) may not show.

Counts of victims below a threshold are shown as "<5" (as CTDC does with k-anonymity), in
the tables and in the narrative alike; a personal name written right after a word for a
victim ("qurban X.Y.", "жертва Иванова А.", "victim Anna K.") is replaced by "[name
withheld]". Other names (officials, bodies, places) stay. A figure counts victims when its
description holds one of the language's victim words (``LanguageData.victim_words``).
"""

from __future__ import annotations

import re

from icra import lang as languages
from icra.lang import LanguageData
from icra.reporting.common import AgencyReport, EntryPart, FigureRecord, NationalReport, format_number

# An upper-case letter of any of İcra's alphabets, and a name built from them: initials
# ("X.Y.", "A. B."), or two or three capitalised words, or a word and an initial ("Aynur M.").
_UPPER = r"[^\W\d_a-zçəğıöşüа-яё]"
_WORD = rf"{_UPPER}[^\W\d_]+"
_INITIAL = rf"{_UPPER}\.\s?"
_NAME = re.compile(
    rf"(?:{_INITIAL}){{1,3}}|{_WORD}(?:\s+{_WORD}){{1,2}}(?:\s+{_INITIAL})?|{_WORD}\s+{_INITIAL}"
)
# What may stand between a victim word and the name: an inflection, a colon, a comma, a dash.
_GAP = re.compile(r"[^\W\d_]*[\s:,–-]*")
_NUMBER = re.compile(r"\d+(?:[  .,]\d{3})*")


def is_victim_count(figure: FigureRecord) -> bool:
    data = languages.get(figure.origin.lang)
    what = data.fold(figure.what)
    return any(re.search(rf"(?<!\w){re.escape(word)}", what) for word in data.victim_words)


def shown_value(figure: FigureRecord, *, public: bool, threshold: int) -> str:
    """How a public (or internal) output shows ``figure``'s value: a small victim count as "<5"."""
    if public and is_victim_count(figure) and figure.value < threshold:
        return f"<{threshold}"
    return format_number(figure.value)


def withheld_names(text: str, data: LanguageData, replacement: str) -> list[tuple[int, int, str]]:
    """Spans of ``text`` holding a victim's personal name, each with what to write instead."""
    if not data.victim_words:
        return []
    folded = data.fold(text)
    words = "|".join(re.escape(word) for word in sorted(data.victim_words, key=len, reverse=True))
    found = []
    for victim in re.finditer(rf"(?<!\w)(?:{words})", folded):
        gap = _GAP.match(text, victim.end())
        start = gap.end() if gap else victim.end()
        name = _NAME.match(text, start)
        if name and not _names_a_body_or_place(name.group(), data):
            found.append((name.start(), name.start() + len(name.group().rstrip()), replacement))
    return found


def _names_a_body_or_place(name: str, data: LanguageData) -> bool:
    for word in data.fold(name).split():
        if any(word.startswith(head) for head in data.org_heads) or word.rstrip(".") in data.places:
            return True
    return False


def _small_counts(entry: EntryPart, threshold: int) -> list[tuple[int, int, str]]:
    """The numbers in the narrative of the entry's small victim counts."""
    found = []
    for figure in entry.figures:
        if not (is_victim_count(figure) and figure.value < threshold and figure.source_start is not None):
            continue
        number = _NUMBER.search(entry.text, figure.source_start, figure.source_end or len(entry.text))
        if number:
            found.append((number.start(), number.end(), f"<{threshold}"))
    return found


def _apply(text: str, replacements: list[tuple[int, int, str]]) -> str:
    """``text`` with the replacements made, from the end so earlier offsets hold; overlaps skipped."""
    last_start = len(text) + 1
    for start, end, new in sorted(replacements, reverse=True):
        if end <= last_start:
            text = text[:start] + new + text[end:]
            last_start = start
    return text


def make_public(report: NationalReport | AgencyReport, *, threshold: int) -> None:
    """Withhold victims' names and small victim counts from ``report``, in place.

    The narrative's offsets no longer match the records afterwards; a public report is
    only ever rendered, never read back."""
    withheld = report.headings.name_withheld
    entries = list(report.entries()) if isinstance(report, NationalReport) else report.entries
    for entry in entries:
        data = languages.get(entry.lang)
        entry.text = _apply(
            entry.text, withheld_names(entry.text, data, withheld) + _small_counts(entry, threshold)
        )
        entry.heading = _apply(entry.heading, withheld_names(entry.heading, data, withheld))
        for event in entry.events:
            event.title = _apply(event.title, withheld_names(event.title, data, withheld))
        for ref in entry.document_refs:
            ref.title = ref.title and _apply(ref.title, withheld_names(ref.title, data, withheld))
        for figure in entry.figures:
            figure.shown = shown_value(figure, public=True, threshold=threshold)
            figure.what = _apply(figure.what, withheld_names(figure.what, data, withheld))
