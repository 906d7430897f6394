"""``icra extract FILE`` and ``icra eval DIR``: read reports and show, or score,
what İcra finds in them."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from icra import evaluation
from icra.errors import InputError
from icra.ingest.pipeline import extract_file
from icra.lang import SUPPORTED
from icra.model import ReportDraft
from icra.plan_files import read_plan

# Report files ``icra eval`` scores, by suffix; each needs a ``NAME.gold.json`` beside it.
REPORT_SUFFIXES = (".txt", ".docx", ".pdf", ".html")


class OutputFormat(StrEnum):
    json = "json"
    table = "table"


def _plan_codes(plan: Path | None) -> set[str] | None:
    if plan is None:
        return None
    return {item.code for item in read_plan(plan).items}


def _check_lang(lang: str | None) -> str | None:
    if lang is not None and lang not in SUPPORTED:
        raise InputError(f"--lang {lang}: not a supported language ({', '.join(SUPPORTED)})")
    return lang


def extract(
    file: Annotated[Path, typer.Argument(help="The report: .txt, .docx, .pdf or .html.")],
    plan: Annotated[
        Path | None,
        typer.Option("--plan", help="The plan file (.yaml/.xlsx) whose codes the sections must name."),
    ] = None,
    lang: Annotated[
        str | None, typer.Option("--lang", help="az, ru or en; found from the text if not given.")
    ] = None,
    output: Annotated[OutputFormat, typer.Option("--format", help="json or table.")] = OutputFormat.table,
) -> None:
    """Show what İcra finds in one report."""
    draft = extract_file(file, lang=_check_lang(lang), plan_codes=_plan_codes(plan))
    if output is OutputFormat.json:
        print(json.dumps(draft.to_extraction_json(), ensure_ascii=False, indent=2))
    else:
        print_draft(draft, Console())


def _table(title: str, columns: tuple[str, ...], rows: list[tuple[Any, ...]]) -> Table:
    table = Table(title=f"{title} ({len(rows)})", title_justify="left", show_lines=False)
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*("" if v is None else str(v) for v in row))
    return table


def print_draft(draft: ReportDraft, console: Console) -> None:
    """One table per kind of item, then any warnings."""
    header = draft.report
    period = f"{header.plan_period[0]}-{header.plan_period[1]}" if header.plan_period else None
    console.print(
        _table(
            "Report",
            ("agency", "year", "plan", "period", "language"),
            [(header.agency, header.year, header.plan_title, period, header.language)],
        )
    )
    sections = [(", ".join(s.codes) or "(no code)", s.heading, len(s.text)) for s in draft.sections]
    console.print(_table("Sections", ("codes", "heading", "characters"), sections))
    events = [
        (e.date_start, e.date_end, e.kind, e.title, e.place, e.participants, e.section) for e in draft.events
    ]
    console.print(
        _table("Events", ("from", "to", "kind", "title", "place", "participants", "section"), events)
    )
    figures = [(f.value, f.what, f.period, f.section) for f in draft.figures]
    console.print(_table("Figures", ("value", "what", "period", "section"), figures))
    refs = [(r.kind, r.number, r.date, r.issuer, r.title) for r in draft.document_refs]
    console.print(_table("Document references", ("kind", "number", "date", "issuer", "title"), refs))
    orgs = [(o.name, o.abbreviation, len(o.mentions)) for o in draft.organisations]
    console.print(_table("Organisations", ("name", "abbreviation", "mentions"), orgs))
    needs = [(n.text, n.section) for n in draft.needs]
    console.print(_table("Needs", ("text", "section"), needs))
    for warning in draft.warnings:
        console.print(f"[yellow]warning:[/] {warning}", highlight=False)


def _gold_pairs(directory: Path) -> list[tuple[Path, Path]]:
    if not directory.is_dir():
        raise InputError(f"{directory}: not a directory")
    pairs = []
    for report in sorted(directory.iterdir()):
        gold = report.with_name(report.name.removesuffix(report.suffix) + ".gold.json")
        if report.suffix.lower() in REPORT_SUFFIXES and gold.is_file():
            pairs.append((report, gold))
    if not pairs:
        raise InputError(f"{directory}: no report with a .gold.json beside it")
    return pairs


def _read_gold(path: Path) -> dict[str, Any]:
    try:
        gold: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{path}: not a readable gold JSON file ({exc})") from exc
    return gold


def score_directory(directory: Path) -> dict[str, evaluation.Score]:
    """Every report in ``directory`` with its gold beside it, scored, by file name."""
    scores = {}
    for report, gold in _gold_pairs(directory):
        draft = extract_file(report)
        scores[report.name] = evaluation.score(_read_gold(gold), draft.to_extraction_json())
    return scores


def _overall(scores: dict[str, evaluation.Score]) -> dict[str, evaluation.KindScore]:
    by_kind = {kind: evaluation.total(s.kinds[kind] for s in scores.values()) for kind in evaluation.KINDS}
    return {**by_kind, "overall": evaluation.total(by_kind.values())}


def _score_table(title: str, kinds: dict[str, evaluation.KindScore]) -> Table:
    rows = [
        (kind, s.gold, s.predicted, s.matched, f"{s.precision:.2f}", f"{s.recall:.2f}", f"{s.f1:.2f}")
        for kind, s in kinds.items()
    ]
    return _table(title, ("kind", "gold", "predicted", "matched", "P", "R", "F1"), rows)


def evaluate(
    directory: Annotated[
        Path, typer.Argument(help="A folder of reports, each with NAME.gold.json beside it.")
    ],
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
) -> None:
    """Score İcra's extraction of every report in DIR against its gold annotation."""
    scores = score_directory(directory)
    overall = _overall(scores)
    if as_json:
        result = {name: s.to_json() for name, s in scores.items()}
        result["overall"] = {kind: vars(s) for kind, s in overall.items()}
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return
    console = Console()
    for name, s in scores.items():
        console.print(_score_table(name, {**s.kinds, "overall": s.overall}))
    console.print(_score_table(f"All {len(scores)} files", overall))
    print(f"overall F1 {overall['overall'].f1:.4f}")


def register(app: typer.Typer) -> None:
    app.command("extract")(extract)
    app.command("eval")(evaluate)
