"""Signing in and out, and choosing the interface's language."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from icra.services.signin import sign_in
from icra.web.deps import OptionalUser, SessionDep
from icra.web.i18n import language
from icra.web.templating import LANGUAGE_COOKIE, render

router = APIRouter(tags=["auth"])
YEAR = 365 * 24 * 3600


def _safe_next(target: str) -> str:
    # Only a path of this site: never send a user on to another host after signing in.
    return target if target.startswith("/") and not target.startswith("//") else "/"


@router.get("/signin")
def signin_page(request: Request, user: OptionalUser, next: str = "/") -> Response:
    return render(request, "signin.html", next=_safe_next(next), error=None)


@router.post("/signin")
def signin(
    request: Request,
    session: SessionDep,
    username: Annotated[str, Form()],
    password: Annotated[str, Form()],
    next: Annotated[str, Form()] = "/",
) -> Response:
    client = request.client.host if request.client else "unknown"
    user = sign_in(session=session, username=username, password=password, client=client)
    if user is None:
        # Rendered, not raised: the failed attempt must be committed for the throttle to count it.
        message = "wrong user name or password"
        return render(request, "signin.html", 401, next=_safe_next(next), error=message, username=username)
    csrf = request.session.get("csrf")
    request.session.clear()  # a fresh session at sign-in (no fixation), keeping the form's token
    request.session.update({"user_id": user.id, "csrf": csrf})
    return RedirectResponse(_safe_next(next), status_code=303)


@router.post("/signout")
def signout(request: Request) -> Response:
    request.session.clear()
    return RedirectResponse("/signin", status_code=303)


@router.post("/language")
def choose_language(
    request: Request, lang: Annotated[str, Form()], next: Annotated[str, Form()] = "/"
) -> Response:
    response = RedirectResponse(_safe_next(next), status_code=303)
    response.set_cookie(LANGUAGE_COOKIE, language(lang), max_age=YEAR, samesite="lax", httponly=True)
    return response
