"""``icra extract FILE``, ``icra eval DIR`` and ``icra ingest FILE|DIR``: read
reports and show, score, or store as drafts what İcra finds in them."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import Progress
from rich.table import Table
from sqlalchemy.orm import Session

from icra import evaluation
from icra.cli.database import command_user, open_session
from icra.errors import IcraError, InputError
from icra.ingest.pipeline import extract_document, extract_file
from icra.ingest.readers import EXTENSIONS, read_path
from icra.lang import SUPPORTED
from icra.model import ReportDraft
from icra.plan_files import read_plan
from icra.services.plans import get_plan, plan_items
from icra.services.reports import store_draft

console = Console()
err_console = Console(stderr=True, soft_wrap=True)



class OutputFormat(StrEnum):
    json = "json"
    table = "table"


PLAN_FILE_SUFFIXES = (".yaml", ".yml", ".xlsx")


def _plan_codes(ctx: typer.Context, plan: str | None) -> set[str] | None:
    """The item codes of ``plan``: a plan file, or the code of a plan in the database."""
    if plan is None:
        return None
    if Path(plan).suffix.lower() in PLAN_FILE_SUFFIXES:
        return {item.code for item in read_plan(Path(plan)).items}
    with open_session(ctx) as session:
        return _database_plan_codes(session, plan)


def _database_plan_codes(session: Session, plan_code: str | None) -> set[str]:
    plan = get_plan(session=session, code=plan_code)
    return {item.code for item in plan_items(session=session, plan=plan)}


def _check_lang(lang: str | None) -> str | None:
    if lang is not None and lang not in SUPPORTED:
        raise InputError(f"--lang {lang}: not a supported language ({', '.join(SUPPORTED)})")
    return lang


def extract(
    ctx: typer.Context,
    file: Annotated[Path, typer.Argument(help="The report: .txt, .docx, .pdf or .html.")],
    plan: Annotated[
        str | None,
        typer.Option(
            "--plan", help="A plan file (.yaml/.xlsx) or a plan's code: the codes sections may name."
        ),
    ] = None,
    lang: Annotated[
        str | None, typer.Option("--lang", help="az, ru or en; found from the text if not given.")
    ] = None,
    output: Annotated[OutputFormat, typer.Option("--format", help="json or table.")] = OutputFormat.table,
) -> None:
    """Show what İcra finds in one report."""
    draft = extract_file(file, lang=_check_lang(lang), plan_codes=_plan_codes(ctx, plan))
    if output is OutputFormat.json:
        print(json.dumps(draft.to_extraction_json(), ensure_ascii=False, indent=2))
    else:
        print_draft(draft, console)


_TEXT_COLUMNS = frozenset({"title", "heading", "what", "text", "name", "plan", "agency", "issuer", "place"})


def _table(title: str, columns: tuple[str, ...], rows: list[tuple[Any, ...]]) -> Table:
    table = Table(title=f"{title} ({len(rows)})", title_justify="left", show_lines=False)
    for column in columns:
        # Text columns take what room there is and wrap; dates, codes and counts stay whole.
        wide = column in _TEXT_COLUMNS
        table.add_column(column, overflow="fold", no_wrap=not wide, ratio=1 if wide else None)
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
    pairs = evaluation.gold_pairs(directory)
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
    for name, s in scores.items():
        console.print(_score_table(name, {**s.kinds, "overall": s.overall}))
    console.print(_score_table(f"All {len(scores)} files", overall))
    print(f"overall F1 {overall['overall'].f1:.4f}")


def _report_files(path: Path) -> list[Path]:
    if path.is_file():
        return [path]
    if not path.is_dir():
        raise InputError(f"{path}: no such file or directory")
    files = [p for p in sorted(path.iterdir()) if p.is_file() and p.suffix.lower() in EXTENSIONS]
    if not files:
        raise InputError(f"{path}: no report files ({', '.join(EXTENSIONS)})")
    return files


def _ingest_one(ctx: typer.Context, file: Path, agency: str, period: int, plan: str | None) -> str:
    """Read, extract and store one report in its own transaction; the line to show for it."""
    document = read_path(file)
    with open_session(ctx) as session:
        draft = extract_document(document, plan_codes=_database_plan_codes(session, plan))
        report = store_draft(
            session=session,
            draft=draft,
            agency_code=agency,
            plan_code=plan,
            year=period,
            source_bytes=document.data,
            user=command_user(ctx, session),
        )
        counts = ", ".join(
            f"{len(getattr(draft, kind))} {kind.replace('_', ' ')}"
            for kind in ("sections", "events", "figures", "document_refs", "organisations", "needs")
        )
        return f"{file.name}: stored as draft report {report.id} ({counts})"


def ingest(
    ctx: typer.Context,
    path: Annotated[Path, typer.Argument(help="A report file, or a folder of them (read one at a time).")],
    agency: Annotated[str, typer.Option("--agency", help="The reporting agency's code.")],
    period: Annotated[int, typer.Option("--period", help="The year the reports cover.")],
    plan: Annotated[
        str | None, typer.Option("--plan", help="The plan's code (needed when there are several).")
    ] = None,
) -> None:
    """Store reports as drafts for review: each file is read, extracted and stored on its own."""
    files = _report_files(path)
    if len(files) == 1:
        console.print(_ingest_one(ctx, files[0], agency, period, plan), highlight=False)
        return
    failed = 0
    with Progress(console=console, transient=True) as progress:
        task = progress.add_task("ingesting", total=len(files))
        for file in files:
            try:
                console.print(_ingest_one(ctx, file, agency, period, plan), highlight=False)
            except IcraError as exc:  # one bad file is reported and the others still go in
                failed += 1
                err_console.print(f"[bold red]error:[/] {exc}", highlight=False)
            progress.advance(task)
    console.print(f"{len(files) - failed} of {len(files)} reports stored", highlight=False)
    if failed:
        raise typer.Exit(2)


def register(app: typer.Typer) -> None:
    app.command("extract")(extract)
    app.command("eval")(evaluate)
    app.command("ingest")(ingest)
