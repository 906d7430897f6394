"""The home page: dashboards over the reports the user may read, charted with Plotly."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from icra.services.dashboard import dashboard
from icra.services.workflow import visible_reports
from icra.web.deps import CurrentUser, SessionDep
from icra.web.templating import render

router = APIRouter(tags=["dashboard"])


@router.get("/")
def home(request: Request, session: SessionDep, user: CurrentUser) -> Response:
    reports = visible_reports(session=session, user=user)
    return render(
        request, "dashboard.html", board=dashboard(session=session, reports=reports), reports=reports
    )
