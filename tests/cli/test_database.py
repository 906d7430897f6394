"""``icra reindex``, run as an operator runs it after an upgrade changed how words are stemmed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import delete, func, select

from icra.data import DEMO_DIR
from icra.db import make_engine, session_factory
from icra.db.models import Entry, EntryTerm
from icra.services.search import search
from icra.services.users import acting_user


def test_reindex_rebuilds_the_search_index_of_every_stored_report(
    icra: Callable[..., Any], database_url: str
) -> None:
    assert icra("--db", database_url, "init", "--demo").exit_code == 0
    demo = str(DEMO_DIR / "dmx-2016-demo-az.txt")
    assert icra("--db", database_url, "ingest", demo, "--agency", "DMX", "--period", "2016").exit_code == 0
    engine = make_engine(database_url)
    with session_factory(engine).begin() as session:
        session.execute(delete(EntryTerm))  # an index gone stale
        entries = session.scalar(select(func.count()).select_from(Entry))
    result = icra("--db", database_url, "reindex")
    assert (result.exit_code, result.stdout) == (0, f"search index rebuilt: {entries} entries\n")
    with session_factory(engine)() as session:
        hits = search(session=session, user=acting_user(session=session), query="qurbanları")
        assert {hit.report.agency.code for hit in hits} == {"DMX"}
    engine.dispose()
