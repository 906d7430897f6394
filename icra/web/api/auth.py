"""Who calls the API: a script with ``Authorization: Bearer <token>`` (``icra token create``),
or the web page of a signed-in user (the session cookie). Cookie-borne changes must carry the
session's CSRF token, as the web's forms do; token requests carry no cookie a foreign site
could ride on, so they need none."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from icra.db.models import User
from icra.services.tokens import user_of_secret
from icra.web.deps import SessionDep, check_csrf, signed_in_user

bearer = HTTPBearer(
    auto_error=False,
    description="An API token made with `icra token create USER`; it acts with that user's rights.",
)
CHALLENGE = {"WWW-Authenticate": "Bearer"}


def api_user(
    request: Request,
    session: SessionDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> User:
    request.state.by_token = credentials is not None
    if credentials is not None:
        user = user_of_secret(session=session, secret=credentials.credentials)
        if user is None:
            raise HTTPException(401, "the API token is unknown or revoked", headers=CHALLENGE)
        return user
    user = signed_in_user(request, session)
    if user is None:
        raise HTTPException(
            401, "sign in, or send an API token as 'Authorization: Bearer <token>'", headers=CHALLENGE
        )
    return user


ApiUser = Annotated[User, Depends(api_user)]


async def csrf_unless_token(request: Request, user: ApiUser) -> None:
    """Every API route depends on this: it signs the caller in, then refuses a cookie-borne
    change (POST, PATCH, DELETE) without the session's CSRF token (header X-CSRF-Token)."""
    if not request.state.by_token:
        await check_csrf(request)
