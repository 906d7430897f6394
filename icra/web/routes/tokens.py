"""The signed-in user's API tokens: make one (its secret shown once, on the answer to the
form), list them, revoke one. The rules are :mod:`icra.services.tokens`'s."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from icra.errors import IcraError
from icra.services.tokens import create_token, list_tokens, revoke_token
from icra.web.deps import CurrentUser, SessionDep
from icra.web.errors import status_of
from icra.web.templating import render

router = APIRouter(prefix="/tokens", tags=["tokens"])


def _page(
    request: Request, session: SessionDep, user: CurrentUser, status_code: int = 200, **values: object
) -> Response:
    tokens = list_tokens(session=session, user=user, owner=user)
    return render(request, "tokens.html", status_code, tokens=tokens, **values)


@router.get("")
def token_list(request: Request, session: SessionDep, user: CurrentUser) -> Response:
    return _page(request, session, user)


@router.post("")
def make_token(
    request: Request, session: SessionDep, user: CurrentUser, name: Annotated[str, Form()] = ""
) -> Response:
    try:
        token, secret = create_token(session=session, owner=user, name=name, user=user)
    except IcraError as exc:
        return _page(request, session, user, status_of(exc), error=str(exc), token_name=name)
    session.flush()
    # Not a redirect: the secret is in this answer only and is kept nowhere to show again.
    return _page(request, session, user, new_token=token, secret=secret)


@router.post("/{token_id}/revoke")
def revoke(session: SessionDep, user: CurrentUser, token_id: int) -> Response:
    revoke_token(session=session, token_id=token_id, user=user)
    return RedirectResponse("/tokens", status_code=303)
