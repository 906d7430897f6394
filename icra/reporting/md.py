"""The national report as Markdown (GitHub-flavoured tables): for wikis, e-mail and diffs."""

from __future__ import annotations

from collections.abc import Sequence

from icra.reporting.common import (
    EntryPart,
    ItemPart,
    NationalReport,
    event_line,
    grouped,
    narrative,
    participants_word,
)
from icra.reporting.headings import Headings


def _cell(value: object) -> str:
    return str(value).replace("|", "\\|").replace("\n", " ")


def _table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> list[str]:
    lines = ["| " + " | ".join(map(_cell, header)) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(map(_cell, row)) + " |" for row in rows]
    return [*lines, ""]


def _entry(entry: EntryPart, words: Headings) -> list[str]:
    lines = [f"**{entry.agency.name}**", ""]
    for bullet, texts in grouped(narrative(entry)):
        lines += (
            [f"- {text}" for text in texts] if bullet else [line for text in texts for line in (text, "")]
        )
        if bullet:
            lines.append("")
    if entry.events:
        lines += [f"{words.events}:", ""]
        for event in entry.events:
            also = (
                f" ({words.also_reported_by}: {', '.join(event.also_reported_by)})"
                if event.also_reported_by
                else ""
            )
            lines.append(f"- {event_line(event, participants_word(entry))}{also}")
        lines.append("")
    return lines


def _item(item: ItemPart, words: Headings) -> list[str]:
    lines = [f"{'#' * min(item.level + 1, 4)} {item.code}. {item.title}", ""]
    if item.responsible:
        names = ", ".join(
            f"{r.agency.abbreviation or r.agency.code} ({words.lead if r.role == 'lead' else words.partner})"
            for r in item.responsible
        )
        lines += [f"{words.responsible}: {names}", ""]
    for entry in item.entries:
        lines += _entry(entry, words)
    if item.see_also:
        lines += [f"→ {', '.join(item.see_also)}", ""]
    elif item.is_leaf and not item.entries:
        lines += [f"*{words.no_report}*", ""]
    return lines


def national_md(report: NationalReport) -> str:
    words = report.headings
    lines = [f"# {report.title}", "", f"## {words.summary}", ""]
    lines += _table(
        [words.agency, words.reports, words.events, words.participants],
        [[s.agency.name, s.reports, s.events, s.participants] for s in report.summary],
    )
    for item in report.items:
        lines += _item(item, words)
    for entry in report.unplaced:
        lines += _entry(entry, words)
    lines += [f"## {words.missing_items}", ""]
    lines += [f"- {item.code}. {item.title}" for item in report.missing_items] or ["- —"]
    lines.append("")
    lines += [f"## {words.statistics}", ""]
    lines += _table(
        [words.item, words.agency, words.what, *map(str, report.years)],
        [
            [row.code or "", row.agency, row.what, *(row.values[y] for y in report.years)]
            for row in report.statistics
        ],
    )
    return "\n".join(lines)
