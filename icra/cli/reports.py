"""``icra report national | agency | international | check`` and ``icra export``: the reports
and tables İcra writes from stored records, with a progress bar while they are built."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from icra.cli.database import console, open_session, settings_of
from icra.errors import InputError
from icra.reporting.common import NationalReport
from icra.reporting.csv import save_csv
from icra.reporting.docx import agency_docx, save
from icra.reporting.downloads import download
from icra.reporting.international import (
    international_docx,
    international_md,
    international_report,
    load_template,
)
from icra.services.quality import report_flags
from icra.services.reporting import agency_report, national_report

report_app = typer.Typer(help="Write reports from the stored records.", no_args_is_help=True)
_progress_console = Console(stderr=True)


class ReportFormat(StrEnum):
    docx = "docx"
    pdf = "pdf"
    md = "md"
    html = "html"


class TemplateFormat(StrEnum):
    docx = "docx"
    md = "md"


class TableFormat(StrEnum):
    xlsx = "xlsx"
    csv = "csv"


class Template(StrEnum):
    greta = "greta"
    tip = "tip"


class Lang(StrEnum):
    az = "az"
    en = "en"


Output = Annotated[Path, typer.Option("-o", "--output", help="The file to write.")]
PlanOption = Annotated[str | None, typer.Option("--plan", help="Plan code (default: the only plan).")]
YearOption = Annotated[int, typer.Option("--year", help="The year reported on.")]
LangOption = Annotated[Lang, typer.Option("--lang", help="Language of the headings.")]
PublicOption = Annotated[
    bool,
    typer.Option("--public", help="For publication: withhold victims' names and small victim counts."),
]


@contextmanager
def _steps(total: int) -> Iterator[Callable[[str], None]]:
    """A progress bar over ``total`` steps; call the yielded function as each step begins."""
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        TimeElapsedColumn(),
        console=_progress_console,
        transient=True,
    ) as progress:
        task = progress.add_task("", total=total)
        started = False

        def step(description: str) -> None:
            nonlocal started
            if started:
                progress.advance(task)
            started = True
            progress.update(task, description=description)

        yield step
        progress.advance(task)


def _format_of(output: Path, given: StrEnum | None, choices: type[StrEnum]) -> str:
    if given is not None:
        return given.value
    suffix = output.suffix.lower().lstrip(".")
    if suffix in {member.value for member in choices}:
        return suffix
    known = ", ".join(member.value for member in choices)
    raise InputError(f"{output}: say --format ({known}), or name the file with one of those endings")


def _national(ctx: typer.Context, plan: str | None, year: int, lang: Lang, public: bool) -> NationalReport:
    with open_session(ctx) as session:
        return national_report(
            session=session,
            plan_code=plan,
            year=year,
            lang=lang.value,
            public=public,
            threshold=settings_of(ctx).public_threshold,
        )


def _written(output: Path) -> None:
    console.print(f"wrote {output} ({output.stat().st_size:,} bytes)", highlight=False)


@report_app.command("national")
def national_command(
    ctx: typer.Context,
    year: YearOption,
    output: Output,
    plan: PlanOption = None,
    format: Annotated[
        ReportFormat | None, typer.Option("--format", help="Default: the output file's ending.")
    ] = None,
    lang: LangOption = Lang.az,
    public: PublicOption = False,
) -> None:
    """The consolidated national report on a plan for a year."""
    chosen = _format_of(output, format, ReportFormat)
    with _steps(2) as step:
        step("reading the records")
        report = _national(ctx, plan, year, lang, public)
        step(f"writing {chosen}")
        output.write_bytes(download(report, chosen).content)
    _written(output)


@report_app.command("agency")
def agency_command(
    ctx: typer.Context,
    report: Annotated[int, typer.Option("--report", help="The report's id, as `icra ingest` printed it.")],
    output: Output,
    lang: Annotated[
        Lang | None, typer.Option("--lang", help="Headings (default: the report's language).")
    ] = None,
) -> None:
    """One agency's report regenerated as .docx from its stored (reviewed) records."""
    with open_session(ctx) as session:
        document = agency_docx(
            agency_report(session=session, report_id=report, lang=lang.value if lang else None)
        )
    save(document, output)
    _written(output)


@report_app.command("international")
def international_command(
    ctx: typer.Context,
    template: Annotated[
        Template, typer.Option("--template", help="GRETA's questionnaire or the US TIP report.")
    ],
    year: YearOption,
    output: Output,
    plan: PlanOption = None,
    format: Annotated[
        TemplateFormat | None, typer.Option("--format", help="Default: the file's ending.")
    ] = None,
    lang: LangOption = Lang.en,
) -> None:
    """The year's records grouped under an international template's headings."""
    chosen = _format_of(output, format, TemplateFormat)
    with _steps(2) as step:
        step("reading the records")
        grouped = international_report(_national(ctx, plan, year, lang, False), load_template(template.value))
        step(f"writing {chosen}")
        if chosen == "docx":
            save(international_docx(grouped), output)
        else:
            output.write_text(international_md(grouped), encoding="utf-8")
    _written(output)


@report_app.command("check")
def check_command(
    ctx: typer.Context,
    report: Annotated[int, typer.Option("--report", help="The report's id.")],
) -> None:
    """Quality flags of one report: repeated text, contradicting figures, dates, duplicates."""
    with open_session(ctx) as session:
        flags = report_flags(session=session, report_id=report)
    if not flags:
        console.print(f"report {report}: no quality flags", highlight=False)
        return
    table = Table("kind", "item", "flag")
    for flag in flags:
        table.add_row(flag.kind, flag.code or "", flag.message)
    console.print(table)


def export_command(
    ctx: typer.Context,
    year: YearOption,
    output: Output,
    plan: PlanOption = None,
    format: Annotated[
        TableFormat | None, typer.Option("--format", help="Default: the file's ending.")
    ] = None,
    table: Annotated[
        str | None, typer.Option("--table", help="CSV: one table (events, figures, document_refs, coverage).")
    ] = None,
    lang: LangOption = Lang.en,
    public: PublicOption = False,
) -> None:
    """Tables of events, figures, document references and coverage (.xlsx, or .csv / .zip)."""
    chosen = (
        "csv"
        if output.suffix.lower() == ".zip" and format is None
        else _format_of(output, format, TableFormat)
    )
    with _steps(2) as step:
        step("reading the records")
        report = _national(ctx, plan, year, lang, public)
        step(f"writing {chosen}")
        if chosen == "csv":
            save_csv(report, output, table=table)
        else:
            output.write_bytes(download(report, chosen).content)
    _written(output)


def register(app: typer.Typer) -> None:
    app.add_typer(report_app, name="report")
    app.command("export")(export_command)
