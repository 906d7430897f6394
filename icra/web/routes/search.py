"""Search over all reports the user may read: folded and stemmed, filtered by agency, year
and plan item, each hit shown with its matching words marked."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from icra.services.agencies import list_agencies
from icra.services.search import search
from icra.services.workflow import visible_reports
from icra.web.deps import CurrentUser, SessionDep
from icra.web.highlight import Piece, Span, pieces
from icra.web.templating import is_htmx, render

router = APIRouter(prefix="/search", tags=["search"])
# Characters of context shown around the first and after the last match of an entry.
CONTEXT = 160


def snippet(text: str, spans: list[tuple[int, int]]) -> list[Piece]:
    start = max(0, spans[0][0] - CONTEXT)
    end = min(len(text), spans[-1][1] + CONTEXT)
    marked = [Span(s - start, e - start, "match") for s, e in spans if s >= start and e <= end]
    cut = pieces(text[start:end], marked)
    ellipsis = [Piece("…", ())]
    return (ellipsis if start else []) + cut + (ellipsis if end < len(text) else [])


@router.get("")
def search_page(
    request: Request,
    session: SessionDep,
    user: CurrentUser,
    q: str = "",
    agency: str = "",
    year: str = "",
    item: str = "",
) -> Response:
    reports = visible_reports(session=session, user=user)
    hits = (
        search(
            session=session,
            user=user,
            query=q,
            agency_code=agency or None,
            year=int(year) if year.isdigit() else None,
            plan_item=item.strip() or None,
        )
        if q.strip()
        else []
    )
    context: dict[str, Any] = {
        "q": q,
        "agency": agency,
        "year": year,
        "item": item,
        "hits": [(hit, snippet(hit.entry.text, hit.spans)) for hit in hits],
        "agencies": list_agencies(session=session),
        "years": sorted({report.year for report in reports}, reverse=True),
    }
    return render(request, "_search_results.html" if is_htmx(request) else "search.html", **context)
