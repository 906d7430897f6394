"""API tokens: how a script signs in to the JSON API (``Authorization: Bearer <secret>``).

A token acts as its user, with the user's role and agency, so the API refuses a script
exactly what it refuses the user. The secret is 32 random bytes, shown once when the
token is made; only its sha256 is stored (a slow hash adds nothing to a random secret
that long), so a copy of the database lets nobody in.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session

from icra.db.models import ApiToken, User, UserRole
from icra.errors import InputError, NotFound, PermissionDenied
from icra.services import audit

# Makes a leaked token recognisable (secret scanners, logs) and tells it from a password.
SECRET_PREFIX = "icra_"
MAX_NAME_LENGTH = 80


def secret_hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def _snapshot(token: ApiToken) -> dict[str, object]:
    # The hash stays out of the trail: the trail is read by more people than the table.
    values = audit.snapshot(token, username=token.user.username)
    values.pop("secret_sha256")
    return values


def _require_owner_or_admin(user: User, owner: User, action: str) -> None:
    if not user.active or (user.id != owner.id and user.role is not UserRole.admin):
        raise PermissionDenied(f"{user.username} ({user.role.value}) may not {action} of {owner.username}")


def create_token(*, session: Session, owner: User, name: str, user: User) -> tuple[ApiToken, str]:
    """A new token acting as ``owner`` (users make their own; an admin makes anyone's),
    with its secret, which is not kept and cannot be shown again."""
    _require_owner_or_admin(user, owner, "make API tokens")
    if not owner.active:
        raise InputError(f"user {owner.username} is inactive: a token would not let a script in")
    name = name.strip()
    if not name or len(name) > MAX_NAME_LENGTH:
        raise InputError(
            f"token name {name!r}: say what the token is for, in 1 to {MAX_NAME_LENGTH} characters"
        )
    secret = SECRET_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken(user=owner, name=name, secret_sha256=secret_hash(secret))
    session.add(token)
    audit.record(session=session, user=user, action="create", entity=token, after=_snapshot(token))
    return token, secret


def user_of_secret(*, session: Session, secret: str) -> User | None:
    """The active user a token's secret acts as; None for an unknown or revoked token."""
    digest = secret_hash(secret)
    token = session.scalar(select(ApiToken).where(ApiToken.secret_sha256 == digest))
    # The lookup is by hash, so its timing tells nothing of the secret; compare once more anyway.
    if token is None or not hmac.compare_digest(token.secret_sha256, digest):
        return None
    if token.revoked_at is not None or not token.user.active:
        return None
    return token.user


def list_tokens(*, session: Session, user: User, owner: User | None = None) -> list[ApiToken]:
    """The tokens of ``owner`` (default: ``user``'s own); an admin may list everyone's (owner None)."""
    query = select(ApiToken).order_by(ApiToken.id)
    if owner is not None:
        _require_owner_or_admin(user, owner, "list the API tokens")
        query = query.where(ApiToken.user_id == owner.id)
    elif user.role is not UserRole.admin:
        query = query.where(ApiToken.user_id == user.id)
    return list(session.scalars(query))


def revoke_token(*, session: Session, token_id: int, user: User) -> ApiToken:
    """Revoke a token for good (its owner or an admin); revoking it again changes nothing."""
    token = session.get(ApiToken, token_id)
    if token is None or (token.user_id != user.id and user.role is not UserRole.admin):
        # Someone else's token is reported as missing, so an id tells nothing.
        raise NotFound(f"no API token {token_id} of {user.username}")
    _require_owner_or_admin(user, token.user, "revoke the API tokens")
    if token.revoked_at is None:
        before = _snapshot(token)
        token.revoked_at = dt.datetime.now(dt.UTC)
        audit.record(
            session=session, user=user, action="revoke", entity=token, before=before, after=_snapshot(token)
        )
    return token
