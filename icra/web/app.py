"""``create_app(settings)``: the web application, with every router in one list."""

from __future__ import annotations

import secrets
from pathlib import Path

from fastapi import Depends, FastAPI
from fastapi.staticfiles import StaticFiles
from starlette.middleware.sessions import SessionMiddleware

from icra.db import check_database, make_engine, session_factory
from icra.settings import Settings
from icra.web import errors
from icra.web.api import PREFIX as API_PREFIX
from icra.web.api import create_api
from icra.web.deps import check_csrf
from icra.web.routes import (
    auth,
    coverage,
    dashboard,
    exports,
    periods,
    plans,
    public,
    reports,
    review,
    search,
    tokens,
)

STATIC = Path(__file__).resolve().parent / "static"
# Every page and fragment, one router per resource; each checks CSRF on changes.
ROUTERS = (
    auth.router,
    dashboard.router,
    plans.router,
    periods.router,
    reports.router,
    review.router,
    coverage.router,
    search.router,
    exports.router,
    public.router,
    tokens.router,
)
SESSION_DAYS = 7


def create_app(settings: Settings) -> FastAPI:
    engine = make_engine(settings.database_url)
    check_database(engine)
    app = FastAPI(title="İcra", docs_url=None, redoc_url=None)
    app.state.settings = settings
    app.state.sessions = session_factory(engine)
    app.add_middleware(
        SessionMiddleware,
        secret_key=settings.secret_key or secrets.token_urlsafe(32),
        session_cookie="icra_session",
        max_age=SESSION_DAYS * 24 * 3600,
        same_site="lax",
        https_only=settings.https,
    )
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    for router in ROUTERS:
        app.include_router(router, dependencies=[Depends(check_csrf)])
    errors.install(app)
    # The JSON API: its own application (own schema, JSON errors, token sign-in), under the session cookie.
    app.mount(API_PREFIX, create_api(settings, app.state.sessions))
    return app
