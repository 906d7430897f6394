"""API tokens: a random secret shown once, kept as its sha256, acting as its user until revoked."""

from __future__ import annotations

import hashlib
import re

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from icra.db.models import ApiToken, AuditEvent, User
from icra.errors import InputError, NotFound, PermissionDenied
from icra.services.demo import load_demo
from icra.services.tokens import create_token, list_tokens, revoke_token, user_of_secret
from icra.services.users import acting_user, add_user


@pytest.fixture
def people(session: Session) -> dict[str, User]:
    """An admin (the system user), a coordinator and two reporters of different agencies."""
    load_demo(session=session)
    admin = acting_user(session=session)
    made = {
        name: add_user(
            session=session, username=name, password="parol-12345", role=role, agency_code=agency, user=admin
        )
        for name, role, agency in (
            ("koordinator", "coordinator", None),
            ("dmx-reporter", "reporter", "DMX"),
            ("din-reporter", "reporter", "DIN"),
        )
    }
    return {"admin": admin, **made}


def test_the_secret_is_shown_once_and_kept_only_as_its_hash(
    session: Session, people: dict[str, User]
) -> None:
    token, secret = create_token(session=session, owner=people["dmx-reporter"], name="nightly export",
                                 user=people["dmx-reporter"])  # fmt: skip
    assert secret.startswith("icra_") and len(secret) > 40
    assert token.secret_sha256 == hashlib.sha256(secret.encode()).hexdigest()
    stored = session.scalars(select(ApiToken)).one()
    assert secret not in repr([getattr(stored, column.key) for column in ApiToken.__table__.columns])
    assert user_of_secret(session=session, secret=secret) is people["dmx-reporter"]
    trail = session.scalars(select(AuditEvent).where(AuditEvent.entity_type == "api_token")).one()
    assert trail.user is people["dmx-reporter"]
    assert trail.after is not None and "secret_sha256" not in trail.after
    assert trail.after["username"] == "dmx-reporter"


@pytest.mark.parametrize(
    ("secret", "why"),
    [
        ("icra_not-a-token-anyone-made", "unknown"),
        ("", "empty"),
    ],
)
def test_a_secret_nobody_made_signs_nobody_in(
    session: Session, people: dict[str, User], secret: str, why: str
) -> None:
    create_token(session=session, owner=people["koordinator"], name="script", user=people["koordinator"])
    assert user_of_secret(session=session, secret=secret) is None, why


def test_a_revoked_token_or_an_inactive_user_signs_nobody_in(
    session: Session, people: dict[str, User]
) -> None:
    owner = people["koordinator"]
    revoked, revoked_secret = create_token(session=session, owner=owner, name="old", user=owner)
    _, active_secret = create_token(session=session, owner=owner, name="new", user=owner)
    revoke_token(session=session, token_id=revoked.id, user=owner)
    assert revoked.revoked_at is not None
    assert user_of_secret(session=session, secret=revoked_secret) is None
    assert user_of_secret(session=session, secret=active_secret) is owner
    owner.active = False
    assert user_of_secret(session=session, secret=active_secret) is None


@pytest.mark.parametrize(
    ("acting", "owner", "refusal"),
    [
        ("dmx-reporter", "dmx-reporter", None),
        ("admin", "din-reporter", None),
        ("koordinator", "dmx-reporter", "koordinator (coordinator) may not make API tokens of dmx-reporter"),
        ("dmx-reporter", "din-reporter", "dmx-reporter (reporter) may not make API tokens of din-reporter"),
    ],
)
def test_users_make_their_own_tokens_and_an_admin_anyone_s(
    session: Session, people: dict[str, User], acting: str, owner: str, refusal: str | None
) -> None:
    make = lambda: create_token(session=session, owner=people[owner], name="x", user=people[acting])  # noqa: E731
    if refusal is None:
        assert make()[0].user is people[owner]
    else:
        with pytest.raises(PermissionDenied, match=f"^{re.escape(refusal)}$"):
            make()


@pytest.mark.parametrize("name", ["", "   ", "x" * 81])
def test_a_token_needs_a_name_saying_what_it_is_for(
    session: Session, people: dict[str, User], name: str
) -> None:
    with pytest.raises(InputError, match="say what the token is for"):
        create_token(session=session, owner=people["koordinator"], name=name, user=people["koordinator"])


def test_only_the_owner_or_an_admin_lists_and_revokes(session: Session, people: dict[str, User]) -> None:
    mine, _ = create_token(
        session=session, owner=people["dmx-reporter"], name="mine", user=people["dmx-reporter"]
    )
    theirs, _ = create_token(session=session, owner=people["din-reporter"], name="theirs",
                             user=people["din-reporter"])  # fmt: skip
    assert list_tokens(session=session, user=people["dmx-reporter"]) == [mine]
    assert list_tokens(session=session, user=people["admin"]) == [mine, theirs]
    with pytest.raises(PermissionDenied):
        list_tokens(session=session, user=people["dmx-reporter"], owner=people["din-reporter"])
    with pytest.raises(NotFound, match=f"^no API token {theirs.id} of dmx-reporter$"):
        revoke_token(session=session, token_id=theirs.id, user=people["dmx-reporter"])
    assert theirs.revoked_at is None
    assert revoke_token(session=session, token_id=theirs.id, user=people["admin"]).revoked_at is not None
