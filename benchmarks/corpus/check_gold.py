"""Check every gold file of this corpus against the text beside it.

    python benchmarks/corpus/check_gold.py [DIR ...]

Gold is written by hand, so this catches what hands get wrong: a first_words,
title_start, document number or abbreviation that is not in the text, an
impossible date, a range that ends before it starts, a figure whose digits the
text never writes, a section code the text never names. Prints one line per
problem and exits 1 if there is any. Reads each report through İcra's own
readers, as `icra eval` does.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path
from typing import Any

from icra.ingest.readers import read_path

HERE = Path(__file__).resolve().parent
DOC_KINDS = {"letter", "decision", "law", "order", "decree", "resolution", "other"}
GOLD_KEYS = {"report", "sections", "events", "figures", "document_refs", "organisations", "notes"}


def squash(text: str) -> str:
    """Whitespace runs as one space, so a gold string may cross a line or cell boundary."""
    return re.sub(r"\s+", " ", text)


def number_forms(value: float) -> set[str]:
    """The ways a report may write ``value``: 24220, 24 220, 24,220, 24.220, 66,6, 66.6."""
    if float(value).is_integer():
        digits = str(int(value))
        grouped = f"{int(value):,}"
        return {digits} | {grouped.replace(",", separator) for separator in (",", " ", ".", "\u00a0")}
    plain = repr(float(value))
    return {plain, plain.replace(".", ",")}


def iso_date(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def problems(text_path: Path, gold: dict[str, Any]) -> list[str]:
    text = squash(read_path(text_path).text)
    found: list[str] = []

    def expect_in_text(what: str, needle: str | None) -> None:
        if needle and squash(needle) not in text:
            found.append(f"{what} not in text: {needle!r}")

    missing = GOLD_KEYS - gold.keys()
    if missing:
        found.append(f"missing keys: {sorted(missing)}")
    for section in gold.get("sections", []):
        expect_in_text("first_words", section.get("first_words"))
        for code in section["codes"]:
            expect_in_text("section code", code)
    for event in gold.get("events", []):
        expect_in_text("title_start", event.get("title_start"))
        start, end = iso_date(event["date_start"]), iso_date(event["date_end"])
        if start is None or end is None or end < start:
            found.append(f"bad event dates {start}..{end}: {event['title']!r}")
        participants = event.get("participants")
        if participants is not None and not isinstance(participants, int):
            found.append(f"participants not an integer: {participants!r}")
    for figure in gold.get("figures", []):
        if not isinstance(figure["value"], int | float) or not any(
            form in text for form in number_forms(figure["value"])
        ):
            found.append(f"figure value not written in text: {figure['value']!r} ({figure['what']})")
    for ref in gold.get("document_refs", []):
        if ref["kind"] not in DOC_KINDS:
            found.append(f"unknown document kind {ref['kind']!r}")
        expect_in_text("document number", ref.get("number"))
        iso_date(ref.get("date"))
    for org in gold.get("organisations", []):
        expect_in_text("abbreviation", org.get("abbreviation"))
    return found


def report_files(directory: Path) -> list[Path]:
    return sorted(p for p in directory.iterdir() if p.suffix in {".txt", ".docx", ".pdf", ".html"})


def main(argv: list[str]) -> int:
    directories = [Path(a) for a in argv] or [HERE]
    failures = 0
    for directory in directories:
        for text_path in report_files(directory):
            gold_path = text_path.with_suffix(".gold.json")
            if not gold_path.exists():
                print(f"{text_path.name}: no gold file beside it")
                failures += 1
                continue
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            for problem in problems(text_path, gold):
                print(f"{text_path.name}: {problem}")
                failures += 1
    print("ok" if not failures else f"{failures} problem(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
