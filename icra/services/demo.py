"""The demo catalogue: agencies and the anti-trafficking plan shipped in ``icra/data/demo``."""

from __future__ import annotations

from sqlalchemy.orm import Session

from icra.data import DEMO_AGENCIES, DEMO_PLAN
from icra.db.models import Plan, User
from icra.plan_files import read_agencies, read_plan
from icra.services.agencies import save_agencies
from icra.services.plans import import_plan
from icra.services.users import acting_user


def load_demo(*, session: Session, user: User | None = None) -> Plan:
    """Load (or refresh) the demo agencies and plan, as ``user`` or the system user."""
    user = user or acting_user(session=session)
    save_agencies(session=session, specs=read_agencies(DEMO_AGENCIES), user=user)
    return import_plan(session=session, spec=read_plan(DEMO_PLAN), user=user).plan
