"""API fixtures: ``api("reporter-dmx")`` is a client of the demo site sending that user's API
token (made as ``icra token create`` makes it), with no cookie; ``api(None)`` sends none."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import select

from icra.db.models import Event, User
from icra.services.tokens import create_token
from icra.services.users import get_user
from tests.web.conftest import Site, SiteClient

ApiClient = Callable[[str | None], SiteClient]


def make_token(site: Site, username: str) -> str:
    with site.sessions.begin() as session:
        owner = get_user(session=session, username=username)
        return create_token(session=session, owner=owner, name="tests", user=owner)[1]


@pytest.fixture
def api(site: Site) -> ApiClient:
    def client(username: str | None) -> SiteClient:
        made = site.client()
        if username is not None:
            made.headers["Authorization"] = f"Bearer {make_token(site, username)}"
        return made

    return client


@pytest.fixture
def event_id(site: Site) -> int:
    """An event of the demo report (the State Migration Service's 2016 draft)."""
    with site.sessions() as session:
        found = session.scalars(select(Event).order_by(Event.id)).first()
        assert found is not None
        return found.id


def user_id(site: Site, username: str) -> int:
    with site.sessions() as session:
        return session.scalars(select(User.id).where(User.username == username)).one()
