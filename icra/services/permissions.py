"""Who may do what: one check, called by every service that changes records."""

from __future__ import annotations

from icra.db.models import User, UserRole
from icra.errors import PermissionDenied

# Plans and agencies: the catalogue every report refers to.
CATALOGUE_EDITORS = (UserRole.admin, UserRole.coordinator)


def require_role(user: User, *roles: UserRole, action: str) -> None:
    """Refuse ``action`` unless ``user`` is active and holds one of ``roles``."""
    if not user.active or user.role not in roles:
        allowed = " or ".join(role.value for role in roles)
        raise PermissionDenied(f"{user.username} ({user.role.value}) may not {action}: needs {allowed}")
