"""How fast extraction runs, and how well day-level dates are found next to a generic peer.

1. Throughput: ``extract_report`` on the sample report repeated to many pages
   (3,000 characters a page), and on the longest news item (a text under no
   heading, so one long section): pages per second of CPU time on one core (the wall
   clock is printed too; on a shared machine it counts others' work), and the peak
   of Python memory (tracemalloc, in separate runs, since tracing slows Python
   down) for a third of the pages and for all of them: the same per page is flat.
2. Dates: precision and recall of day-level dates against the gold annotations
   (the start dates of gold events and document references), for İcra's
   ``find_dates`` (completing and resolving dates as ``extract_report`` does: the
   report's year, a news item's year of writing and its dateline's "today") and for
   ``dateparser.search.search_dates`` (a dev dependency), on the sample and the
   development corpus.

The corpus lives beside the repository (``../shared/corpus``); without it the
benchmark uses the repository's own ``benchmarks/corpus`` reports.

    python benchmarks/bench_extract.py          # the figures: 300 pages, all gold files
    python benchmarks/bench_extract.py --smoke  # a few pages and one file, to prove it runs (CI)
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import time
import tracemalloc
import warnings
from collections import Counter
from pathlib import Path

from icra import lang
from icra.evaluation import gold_pairs
from icra.ingest.extract.dates import find_dates
from icra.ingest.pipeline import detect_language, extract_report
from icra.ingest.readers import read_path
from icra.ingest.segment import find_header, find_headings, news_item

PAGE_CHARS = 3000
ROOT = Path(__file__).resolve().parent.parent
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"
OWN_CORPUS = ROOT / "benchmarks" / "corpus"


def gold_files(smoke: bool) -> list[tuple[Path, Path]]:
    """(report, gold) pairs: the sample first, then the development corpus."""
    folders = [SHARED_CORPUS, SHARED_CORPUS / "dev"] if SHARED_CORPUS.is_dir() else [OWN_CORPUS]
    pairs = [pair for folder in folders for pair in gold_pairs(folder)]
    return pairs[:1] if smoke else pairs


def pages_of(text: str, pages: int) -> str:
    big = (text + "\n\n") * (pages * PAGE_CHARS // len(text) + 1)
    return big[: pages * PAGE_CHARS]


def news_report(pairs: list[tuple[Path, Path]]) -> Path | None:
    """The longest report with no section heading (a news item), if any."""
    texts = [(read_path(report).text, report) for report, _ in pairs]
    news = [(len(text), report) for text, report in texts if not find_headings(text, detect_language(text))]
    return max(news)[1] if news else None


def throughput(text: str, pages: int) -> tuple[float, float]:
    """Wall and CPU seconds to extract ``pages`` pages made of ``text``."""
    big = pages_of(text, pages)
    extract_report(big[:PAGE_CHARS])  # compile the patterns first
    wall, cpu = time.perf_counter(), time.process_time()
    extract_report(big)
    return time.perf_counter() - wall, time.process_time() - cpu


def peak_memory(text: str, pages: int) -> int:
    """Peak bytes of Python memory while extracting ``pages`` pages made of ``text``."""
    big = pages_of(text, pages)
    tracemalloc.start()
    extract_report(big)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak


def gold_days(gold: dict[str, object]) -> Counter[dt.date]:
    days: Counter[dt.date] = Counter()
    for event in gold.get("events") or []:  # type: ignore[attr-defined]
        days[dt.date.fromisoformat(event["date_start"])] += 1
    for ref in gold.get("document_refs") or []:  # type: ignore[attr-defined]
        if ref.get("date"):
            days[dt.date.fromisoformat(ref["date"])] += 1
    return days


def icra_days(text: str, code: str) -> Counter[dt.date]:
    """Day-level dates as ``extract_report`` finds them: yearless ones in the report's year or, in a
    news item, the year it was written; "today" its dateline's day."""
    language = lang.get(code)
    header = find_header(text, language)
    news = news_item(text, language, header)
    year = news.year if news else header.year
    today = news.dateline.start_date if news and news.dateline else None
    found = find_dates(text, language, default_year=year, today=today)
    return Counter(m.start_date for m in found if m.precision == "day")


def dateparser_days(text: str, code: str) -> Counter[dt.date]:
    from dateparser.search import search_dates

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = search_dates(text, languages=[code]) or []
    return Counter(when.date() for _, when in found)


def precision_recall(gold: Counter[dt.date], found: Counter[dt.date]) -> tuple[int, int, int]:
    matched = sum(min(n, found[day]) for day, n in gold.items())
    return matched, sum(gold.values()), sum(found.values())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="a few pages and one file (CI)")
    parser.add_argument("--pages", type=int, default=300)
    args = parser.parse_args()
    pairs = gold_files(args.smoke)
    if not pairs:
        raise SystemExit("no report with a .gold.json found")
    sample = read_path(pairs[0][0]).text
    pages = 5 if args.smoke else args.pages
    wall, cpu = throughput(sample, pages)
    print(f"extract_report: {pages} pages of {PAGE_CHARS} characters from {pairs[0][0].name}")
    print(f"  {cpu:.2f} s CPU, {pages / cpu:.0f} pages/s on one core ({wall:.2f} s wall clock)")
    for size in (max(1, pages // 3), pages):
        peak = peak_memory(sample, size)
        per_page = peak / size / 2**10
        print(f"  {size:4} pages: peak Python memory {peak / 2**20:.1f} MiB, {per_page:.0f} KiB a page")
    news = news_report(pairs)
    if news is not None:
        # A text under no heading is one long section: what is linear per section must stay so.
        wall, cpu = throughput(read_path(news).text, pages)
        print(f"extract_report: {pages} pages of {PAGE_CHARS} characters from {news.name} (one section)")
        print(f"  {cpu:.2f} s CPU, {pages / cpu:.0f} pages/s on one core ({wall:.2f} s wall clock)")

    totals = {"icra find_dates": [0, 0, 0], "dateparser search_dates": [0, 0, 0]}
    print(f"\nday-level dates against gold ({len(pairs)} files): matched / gold / found")
    for report, gold_path in pairs:
        text = read_path(report).text
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        code = detect_language(text).code
        expected = gold_days(gold)
        for name, found in (
            ("icra find_dates", icra_days(text, code)),
            ("dateparser search_dates", dateparser_days(text, code)),
        ):
            counts = precision_recall(expected, found)
            totals[name] = [a + b for a, b in zip(totals[name], counts, strict=True)]
            print(f"  {report.name:58} {name:24} {counts[0]:3} / {counts[1]:3} / {counts[2]:3}")
    print()
    for name, (matched, n_gold, n_found) in totals.items():
        precision = matched / n_found if n_found else 0.0
        recall = matched / n_gold if n_gold else 0.0
        summary = f"({matched} of {n_gold}, {n_found} found)"
        print(f"{name:24} precision {precision:.2f}  recall {recall:.2f}  {summary}")


if __name__ == "__main__":
    main()
