"""Everything ``icra demo`` sets up, on top of the demo catalogue (:func:`load_demo`):
one user per role (a reporter for each of :data:`REPORTING_AGENCIES`) and the
State Migration Service's 2016 report, sent by its reporter. Running it again adds
only what is missing; existing users keep their passwords."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from icra.data import DEMO_DIR
from icra.db.models import Report, User
from icra.services.agencies import get_agency
from icra.services.demo import load_demo
from icra.services.intake import ingest_report
from icra.services.users import acting_user, add_user, get_user

DEMO_REPORT = DEMO_DIR / "dmx-2016-demo-az.txt"
DEMO_REPORT_AGENCY = "DMX"
DEMO_REPORT_YEAR = 2016
REPORTING_AGENCIES = ("DMX", "DIN")
# User name -> (role, agency code).
DEMO_USERS = {
    "admin": ("admin", None),
    "coordinator": ("coordinator", None),
    **{f"reporter-{code.lower()}": ("reporter", code) for code in REPORTING_AGENCIES},
    "viewer": ("viewer", None),
}


@dataclass
class DemoSite:
    # User name -> password, for the users made now; existing users are listed without one.
    new_passwords: dict[str, str] = field(default_factory=dict)
    existing_users: list[str] = field(default_factory=list)
    report: Report | None = None
    report_created: bool = False


def prepare_demo(*, session: Session, max_upload_bytes: int) -> DemoSite:
    system = acting_user(session=session)
    load_demo(session=session, user=system)
    site = DemoSite()
    for username, (role, agency_code) in DEMO_USERS.items():
        if session.scalar(select(User).where(User.username == username)) is not None:
            site.existing_users.append(username)
            continue
        password = secrets.token_urlsafe(9)
        add_user(
            session=session,
            username=username,
            password=password,
            role=role,
            agency_code=agency_code,
            email=f"{username}@example.org",
            user=system,
        )
        site.new_passwords[username] = password
    reporting = get_agency(session=session, code=DEMO_REPORT_AGENCY)
    site.report = session.scalar(
        select(Report).where(Report.agency_id == reporting.id, Report.year == DEMO_REPORT_YEAR)
    )
    if site.report is None:
        site.report = ingest_report(
            session=session,
            data=DEMO_REPORT.read_bytes(),
            filename=DEMO_REPORT.name,
            agency_code=DEMO_REPORT_AGENCY,
            year=DEMO_REPORT_YEAR,
            user=get_user(session=session, username=f"reporter-{DEMO_REPORT_AGENCY.lower()}"),
            max_bytes=max_upload_bytes,
        )
        site.report_created = True
    return site
