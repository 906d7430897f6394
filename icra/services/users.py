"""Users: accounts, argon2id password hashes, roles, and the system user "cli".

The CLI acts as the system user ``cli`` unless ``--as USERNAME`` names another;
``cli`` is an admin that cannot log in (its hash is ``!``) and is created the first
time it acts, so every change the CLI makes is attributed in the audit trail.
"""

from __future__ import annotations

import re

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from icra.db.models import User, UserRole
from icra.errors import InputError, NotFound
from icra.services import audit
from icra.services.agencies import get_agency
from icra.services.permissions import require_role

SYSTEM_USER = "cli"
# Not an argon2 hash, so no password ever matches it.
NO_LOGIN = "!"
MIN_PASSWORD_LENGTH = 8
USERNAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._@-]{0,79}")
# One "@", no spaces, a dot in the domain: enough to catch a typo, not a full RFC 5322 check.
EMAIL = re.compile(r"[^@\s]{1,64}@[^@\s.]+(\.[^@\s.]+)+")

_hasher = PasswordHasher()


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(user: User, password: str) -> bool:
    """Whether ``password`` is ``user``'s; always False for inactive and system users."""
    if not user.active:
        return False
    try:
        return _hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def authenticate(*, session: Session, username: str, password: str) -> User | None:
    user = session.scalar(select(User).where(User.username == username))
    return user if user is not None and verify_password(user, password) else None


def add_user(
    *,
    session: Session,
    username: str,
    password: str,
    role: str,
    agency_code: str | None = None,
    email: str | None = None,
    user: User,
) -> User:
    require_role(user, UserRole.admin, action="add users")
    if email is not None and not EMAIL.fullmatch(email):
        raise InputError(f"user {username!r}: {email!r} is not an e-mail address")
    if not USERNAME.fullmatch(username):
        raise InputError(f"user name {username!r}: use letters, digits and . _ @ - (at most 80)")
    if session.scalar(select(User).where(User.username == username)) is not None:
        raise InputError(f"user {username!r} already exists")
    try:
        user_role = UserRole(role)
    except ValueError:
        raise InputError(f"role {role!r}: choose one of {', '.join(r.value for r in UserRole)}") from None
    if user_role is UserRole.reporter and agency_code is None:
        raise InputError(f"user {username!r}: a reporter needs an agency (--agency CODE)")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InputError(f"user {username!r}: the password needs at least {MIN_PASSWORD_LENGTH} characters")
    agency = get_agency(session=session, code=agency_code) if agency_code else None
    new = User(
        username=username, password_hash=hash_password(password), role=user_role, agency=agency, email=email
    )
    session.add(new)
    audit.record(session=session, user=user, action="create", entity=new, after=audit.snapshot(new))
    return new


def get_user(*, session: Session, username: str) -> User:
    user = session.scalar(select(User).where(User.username == username))
    if user is None:
        raise NotFound(f"no user {username!r} (add one with `icra user add`)")
    return user


def list_users(*, session: Session) -> list[User]:
    return list(session.scalars(select(User).order_by(User.username)))


def acting_user(*, session: Session, username: str = SYSTEM_USER) -> User:
    """The user a command acts as: ``username``, or the system user, created on first use."""
    user = session.scalar(select(User).where(User.username == username))
    if user is not None:
        return user
    if username != SYSTEM_USER:
        return get_user(session=session, username=username)  # raises NotFound
    system = User(username=SYSTEM_USER, password_hash=NO_LOGIN, role=UserRole.admin)
    session.add(system)
    # Nobody acts for the system user's own creation: user None in the trail.
    audit.record(session=session, user=None, action="create", entity=system, after=audit.snapshot(system))
    return system
