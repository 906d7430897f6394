"""How fast İcra writes the national report for a large plan year.

Synthetic records go in through the services (agencies, a plan, then one report per agency
stored with ``store_draft``, and the same for the year before, for the statistics); then
the national report is built from the database and written as .docx, .md and .xlsx, each
timed. The budget is 5 seconds for building and writing one format. The PDF (WeasyPrint
lays out every page) is timed apart, on the first ``--pdf-agencies`` agencies' reports.

    python benchmarks/bench_reporting.py          # 50 agencies x 200 sub-items (10,000 entries a year)
    python benchmarks/bench_reporting.py --smoke  # 5 x 20, to prove it still runs (CI)
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.orm import Session

from icra.db import make_engine, session_factory, upgrade_database
from icra.model import DocumentRef, Event, Figure, ReportDraft, ReportHeader, Section
from icra.plan_files import AgencySpec, PlanItemSpec, PlanSpec, Titles
from icra.reporting.docx import national_docx, save
from icra.reporting.md import national_md
from icra.reporting.pdf import national_pdf
from icra.reporting.xlsx import save_xlsx
from icra.services.agencies import save_agencies
from icra.services.plans import import_plan
from icra.services.reporting import national_report
from icra.services.reports import store_draft
from icra.services.users import acting_user

BUDGET_SECONDS = 5.0
PLAN = "bench-plan"
YEAR = 2016
ITEMS_PER_MEASURE = 10

# Sentences of our own in the agencies' shape; {n} varies so texts are not all alike.
NARRATIVE = (
    "Hesabat dövründə {n} nəfər əməkdaş üçün təlim keçirilmişdir. "
    "Aidiyyəti qurumlarla birgə {n} tədbir planı hazırlanmış və icra olunmuşdur."
)
EVENT_LINE = "\n· Seminar {n} – 24 fevral 2016-cı il, Bakı – {n} nəfər;"


def _agencies(count: int) -> list[AgencySpec]:
    return [
        AgencySpec(code=f"A{n:02d}", name=Titles(az=f"Qurum {n}", en=f"Agency {n}"), abbreviation=f"Q{n}")
        for n in range(1, count + 1)
    ]


def _plan(items: int, agencies: int) -> PlanSpec:
    specs = [PlanItemSpec(code="1", title=Titles(az="Bölmə", en="Section"))]
    for m in range(1, items // ITEMS_PER_MEASURE + 1):
        specs.append(PlanItemSpec(code=f"1.{m}", title=Titles(az=f"Tədbir {m}", en=f"Measure {m}")))
        for s in range(1, ITEMS_PER_MEASURE + 1):
            n = (m - 1) * ITEMS_PER_MEASURE + s
            specs.append(
                PlanItemSpec(
                    code=f"1.{m}.{s}",
                    title=Titles(az=f"Yarımbənd {n}", en=f"Sub-item {n}"),
                    lead=[f"A{n % agencies + 1:02d}"],
                    partners=[f"A{(n + 1) % agencies + 1:02d}"] if agencies > 1 else [],
                )
            )
    return PlanSpec(code=PLAN, title=Titles(az="Sınaq Planı", en="Test Plan"), period_start=2014,
                    period_end=2018, items=specs)  # fmt: skip


def _draft(codes: list[str], agency: int, year: int) -> ReportDraft:
    """One agency's report: a section per code with a narrative, an event, a figure and a letter."""
    draft = ReportDraft(report=ReportHeader(agency=f"Qurum {agency}", year=year, language="az"))
    for index, code in enumerate(codes):
        n = agency * 1000 + index
        text = NARRATIVE.format(n=n) + EVENT_LINE.format(n=n)
        draft.sections.append(Section(codes=[code], heading=f"{code} üzrə:", text=text))
        event_at = text.index("Seminar")
        draft.events.append(
            Event(
                section_index=index,
                source_start=event_at,
                source_end=len(text),
                title=f"Seminar {n}",
                date_start=dt.date(year, 2, 24),
                date_end=dt.date(year, 2, 24),
                place=f"Rayon {agency}",
                participants=n % 40 + 1,
                section=code,
            )
        )
        draft.figures.append(
            Figure(
                section_index=index,
                source_start=20,
                source_end=30,
                value=n,
                what="nəfər əməkdaş",
                section=code,
            )
        )
        draft.document_refs.append(
            DocumentRef(section_index=index, number=f"{agency}/{n}", date=dt.date(year, 3, 1), section=code)
        )
    return draft


def fill(session: Session, agencies: int, items: int) -> None:
    user = acting_user(session=session)
    save_agencies(session=session, specs=_agencies(agencies), user=user)
    plan = _plan(items, agencies)
    import_plan(session=session, spec=plan, user=user)
    codes = [item.code for item in plan.items if item.code.count(".") == 2]
    for year in (YEAR - 1, YEAR):
        for agency in range(1, agencies + 1):
            store_draft(
                session=session,
                draft=_draft(codes, agency, year),
                agency_code=f"A{agency:02d}",
                plan_code=PLAN,
                year=year,
                source_bytes=f"{agency}-{year}".encode(),
                user=user,
            )
        session.flush()


def timed(label: str, work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    seconds = time.perf_counter() - start
    print(f"  {label:<28} {seconds:7.2f} s", flush=True)
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--smoke", action="store_true", help="5 agencies x 20 sub-items")
    parser.add_argument("--agencies", type=int, default=50)
    parser.add_argument("--items", type=int, default=200, help="sub-items (a multiple of 10)")
    parser.add_argument("--pdf-agencies", type=int, default=5, help="agencies whose reports the PDF shows")
    args = parser.parse_args()
    agencies, items = (5, 20) if args.smoke else (args.agencies, args.items)

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        url = f"sqlite:///{out / 'bench.db'}"
        upgrade_database(url)
        engine = make_engine(url)
        print(f"{agencies} agencies x {items} sub-items, {YEAR - 1} and {YEAR}", flush=True)
        with session_factory(engine).begin() as session:
            timed("storing the records", lambda: fill(session, agencies, items))
        with session_factory(engine)() as session:
            build = timed("building the report", lambda: national_report(session=session, year=YEAR))
            report = national_report(session=session, year=YEAR)
            print(f"  ({len(report.events):,} events, {len(report.figures):,} figures, "
                  f"{len(report.document_refs):,} document references)")  # fmt: skip
            writers: dict[str, Callable[[], object]] = {
                "docx": lambda: save(national_docx(report), out / "n.docx"),
                "md": lambda: (out / "n.md").write_text(national_md(report), encoding="utf-8"),
                "xlsx": lambda: save_xlsx(report, out / "n.xlsx"),
            }
            slow = [
                name
                for name, write in writers.items()
                if build + timed(f"writing {name}", write) > BUDGET_SECONDS
            ]
            shown = {a.code for a in report.agencies[: args.pdf_agencies]}
            for item in report.items:
                item.entries = [entry for entry in item.entries if entry.agency.code in shown]
            report.statistics = [row for row in report.statistics if row.agency in shown]
            timed(
                f"writing pdf ({len(shown)} agencies)",
                lambda: (out / "n.pdf").write_bytes(national_pdf(report)),
            )
        engine.dispose()
    for name in slow:
        print(f"over budget: building and writing {name} took more than {BUDGET_SECONDS:g} s")
    return 1 if slow and not args.smoke else 0


if __name__ == "__main__":
    sys.exit(main())
