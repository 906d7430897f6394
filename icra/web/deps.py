"""Type-named dependencies: ``def page(session: SessionDep, user: CurrentUser, lang: Lang)``."""

from __future__ import annotations

import hmac
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.orm import Session

from icra.db.models import User, UserRole
from icra.errors import PermissionDenied
from icra.web.templating import csrf_token, request_language

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
CSRF_HEADER = "X-CSRF-Token"
CSRF_FIELD = "csrf_token"


@dataclass(frozen=True)
class AgencyView:
    code: str
    name_az: str | None
    name_en: str | None
    name_ru: str | None


@dataclass(frozen=True)
class Visitor:
    """The signed-in user as the page header shows it; plain values, so an error page
    can still show them after the request's transaction was rolled back."""

    username: str
    role: UserRole
    agency: AgencyView | None

    @classmethod
    def of(cls, user: User) -> Visitor:
        agency = user.agency
        view = AgencyView(agency.code, agency.name_az, agency.name_en, agency.name_ru) if agency else None
        return cls(user.username, user.role, view)


class NotSignedIn(Exception):
    """The page needs a signed-in user; the app sends the browser to the sign-in page."""


def get_session(request: Request) -> Iterator[Session]:
    # One transaction per request, committed before the response is sent (scope="function").
    with request.app.state.sessions.begin() as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session, scope="function")]


def signed_in_user(request: Request, session: SessionDep) -> User | None:
    user_id = request.session.get("user_id")
    user = session.get(User, user_id) if isinstance(user_id, int) else None
    if user is not None and not user.active:
        user = None
    request.state.user = Visitor.of(user) if user is not None else None
    return user


def current_user(user: Annotated[User | None, Depends(signed_in_user)]) -> User:
    if user is None:
        raise NotSignedIn
    return user


OptionalUser = Annotated[User | None, Depends(signed_in_user)]
CurrentUser = Annotated[User, Depends(current_user)]
Lang = Annotated[str, Depends(request_language)]


async def check_csrf(request: Request) -> None:
    """Refuse a change (POST ...) that does not carry the session's token, in the form or a header."""
    if request.method in SAFE_METHODS:
        return
    sent = request.headers.get(CSRF_HEADER)
    if sent is None:
        sent = str((await request.form()).get(CSRF_FIELD, ""))
    if not hmac.compare_digest(sent.encode(), csrf_token(request).encode()):
        raise PermissionDenied(
            "the form has expired or did not come from İcra: reload the page and try again"
        )
