"""How fast search answers over a large archive, through the index of stems in the database.

The archive is the reporting benchmark's (bench_reporting.fill: 50 agencies x 200 sub-items for
two years, 20,000 entries). Each query is timed as a coordinator (every report) and as a
reporter (its own agency's and published reports); beside it, the same query answered by
reading every readable entry and matching in Python, which is how search worked before the
index, to show what the index buys. The budget is 200 ms a query, the web pages' budget.

    python benchmarks/bench_search.py          # 50 agencies x 200 sub-items
    python benchmarks/bench_search.py --smoke  # 5 x 20, to prove it still runs (CI)
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench_reporting import fill
from sqlalchemy import select
from sqlalchemy.orm import Session

from icra import lang
from icra.db import make_engine, session_factory, upgrade_database
from icra.db.models import Entry, Report, User
from icra.services.permissions import readable_by
from icra.services.search import entry_terms, query_stems, search
from icra.services.users import acting_user, add_user

BUDGET_MS = 200.0
RUNS = 5
# A word in every entry, a rare one, two words together, and one found nowhere.
QUERIES = ("təlimlər", "Seminar 1005", "əməkdaşlar tədbir planı", "Kişinyovda")


def indexed_hits(session: Session, user: User, query: str) -> int:
    return len(search(session=session, user=user, query=query, limit=100))


def scanned(session: Session, user: User, query: str, limit: int = 100) -> int:
    """The hits of ``query`` found by reading the readable entries in turn (no index), up to ``limit``."""
    data = lang.get("az")
    words = query_stems(query, data)
    found = 0
    for (text,) in session.execute(select(Entry.text).join(Report).where(readable_by(user))):
        terms = entry_terms(text, data)
        found += all(word & terms for word in words)
        if found == limit:
            break
    return found


def median_ms(work: Callable[..., object], *args: object) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        work(*args)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--smoke", action="store_true", help="5 agencies x 20 sub-items")
    args = parser.parse_args()
    agencies, items = (5, 20) if args.smoke else (50, 200)
    slow = []
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'bench.db'}"
        upgrade_database(url)
        engine = make_engine(url)
        with session_factory(engine).begin() as session:
            fill(session, agencies, items)
            admin = acting_user(session=session)
            add_user(
                session=session, username="coord", password="benchmark pass", role="coordinator", user=admin
            )
            add_user(
                session=session,
                username="rep",
                password="benchmark pass",
                role="reporter",
                agency_code="A01",
                user=admin,
            )
        with session_factory(engine)() as session:
            entries = session.scalar(select(Entry.id).order_by(Entry.id.desc()).limit(1))
            print(f"{agencies} agencies x {items} sub-items, two years: {entries:,} entries")
            print(f"  {'user':<6} {'query':<26} {'hits':>6} {'index ms':>9} {'scan ms':>9}")
            for username in ("coord", "rep"):
                user = acting_user(session=session, username=username)
                for query in QUERIES:
                    hits = indexed_hits(session, user, query)
                    indexed = median_ms(indexed_hits, session, user, query)
                    scan = median_ms(scanned, session, user, query)
                    print(f"  {username:<6} {query:<26} {hits:>6} {indexed:>9.1f} {scan:>9.1f}", flush=True)
                    if indexed > BUDGET_MS:
                        slow.append(f"{username}: {query}")
        engine.dispose()
    for query in slow:
        print(f"over budget: {query} took more than {BUDGET_MS:g} ms")
    return 1 if slow and not args.smoke else 0


if __name__ == "__main__":
    sys.exit(main())
