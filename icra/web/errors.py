"""How errors reach the browser: a page (or, for htmx, a message fragment) with the
error's one-line text and a fitting status; never a traceback."""

from __future__ import annotations

from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import RedirectResponse, Response
from starlette.exceptions import HTTPException

from icra.errors import IcraError, InputError, NotFound, PermissionDenied
from icra.web.deps import NotSignedIn
from icra.web.templating import is_htmx, render

STATUS = {NotFound: 404, PermissionDenied: 403, InputError: 400}


def status_of(exc: IcraError) -> int:
    return next((code for kind, code in STATUS.items() if isinstance(exc, kind)), 400)


def error_response(request: Request, message: str, status_code: int) -> Response:
    if is_htmx(request):
        # Swapped into the page's message area (htmx swaps 4xx answers too: see base.html).
        response = render(request, "_messages.html", status_code, errors=[message])
        response.headers["HX-Retarget"] = "#messages"
        response.headers["HX-Reswap"] = "innerHTML"
        return response
    return render(request, "error.html", status_code, message=message)


def install(app: FastAPI) -> None:
    async def icra_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, IcraError)
        return error_response(request, str(exc), status_of(exc))

    async def not_signed_in(request: Request, exc: Exception) -> Response:
        target = f"/signin?next={quote(request.url.path)}"
        if is_htmx(request):
            return Response(status_code=204, headers={"HX-Redirect": target})
        return RedirectResponse(target, status_code=303)

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        return error_response(request, str(exc.detail), exc.status_code)

    async def bad_request(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        problems = "; ".join(
            f"{'/'.join(str(part) for part in error['loc'][1:])}: {error['msg']}" for error in exc.errors()
        )
        return error_response(request, f"{request.url.path}: {problems}", 400)

    app.add_exception_handler(IcraError, icra_error)
    app.add_exception_handler(RequestValidationError, bad_request)
    app.add_exception_handler(NotSignedIn, not_signed_in)
    app.add_exception_handler(HTTPException, http_error)
