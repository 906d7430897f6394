"""The JSON API under ``/api/v1``: its own FastAPI application, mounted by
:func:`icra.web.app.create_app`, with its own schema at ``/api/v1/openapi.json`` and
errors as JSON (``{"detail": "..."}``), never as pages.

Every route signs the caller in (:mod:`icra.web.api.auth`) and calls the same
``icra.services`` functions as the web, so a script may do exactly what its user may.
"""

from __future__ import annotations

from typing import Any

from fastapi import Depends, FastAPI, Request
from fastapi.responses import JSONResponse, Response
from sqlalchemy.exc import DataError
from sqlalchemy.orm import Session, sessionmaker

from icra.errors import IcraError
from icra.settings import Settings
from icra.web.api import catalogue, items, reports, schemas, tokens
from icra.web.api.auth import csrf_unless_token
from icra.web.errors import status_of

PREFIX = "/api/v1"
ROUTERS = (catalogue.router, reports.router, *items.ROUTERS, tokens.router)
# Documented for every operation: what a script must be ready for.
ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": schemas.Error, "description": "A value İcra cannot accept (a wrong year, a broken file)."},
    401: {"model": schemas.Error, "description": "No API token (or session), or a revoked one."},
    403: {"model": schemas.Error, "description": "The caller's role may not do this."},
    404: {"model": schemas.Error, "description": "No such record, or one the caller may not read."},
    422: {"model": schemas.Error, "description": "The request does not match this schema."},
}


def create_api(settings: Settings, sessions: sessionmaker[Session]) -> FastAPI:
    api = FastAPI(
        title="İcra API",
        version="1",
        description="National action plans, agency reports and the records extracted from them. "
        "Send `Authorization: Bearer <token>` (`icra token create USER`).",
        openapi_url="/openapi.json",
        docs_url=None,
        redoc_url=None,
        responses=ERRORS,
    )
    api.state.settings = settings
    api.state.sessions = sessions
    for router in ROUTERS:
        api.include_router(router, dependencies=[Depends(csrf_unless_token)])

    async def icra_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, IcraError)
        return JSONResponse({"detail": str(exc)}, status_code=status_of(exc))

    async def unstorable(request: Request, exc: Exception) -> Response:
        # A value the database cannot hold (a number past its range): the request's fault, said as such.
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        return JSONResponse({"detail": f"a value İcra cannot keep: {reason}"}, status_code=422)

    api.add_exception_handler(IcraError, icra_error)
    api.add_exception_handler(DataError, unstorable)
    api.add_exception_handler(OverflowError, unstorable)
    return api
