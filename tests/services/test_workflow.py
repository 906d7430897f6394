"""Who reads and changes a report, and its moves: tables, one case per line."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from icra.db.models import Report, ReportStatus, User
from icra.errors import InputError, NotFound, PermissionDenied
from icra.services.demo_site import prepare_demo
from icra.services.users import get_user
from icra.services.workflow import (
    allowed_moves,
    editable_report,
    move_report,
    readable_report,
    report_history,
    visible_reports,
)


@pytest.fixture
def demo(session: Session) -> Report:
    site = prepare_demo(session=session, max_upload_bytes=2**20)
    assert site.report is not None
    return site.report


def user(session: Session, name: str) -> User:
    return get_user(session=session, username=name)


@pytest.mark.parametrize(
    ("status", "username", "reads", "edits", "moves"),
    [
        ("draft", "reporter-dmx", True, True, ["submit"]),
        ("draft", "reporter-din", False, False, []),
        ("draft", "viewer", False, False, []),
        ("draft", "coordinator", True, True, ["submit"]),
        ("submitted", "reporter-dmx", True, False, []),
        ("submitted", "coordinator", True, True, ["return", "approve"]),
        ("returned", "reporter-dmx", True, False, ["reopen"]),
        ("returned", "reporter-din", False, False, []),
        ("approved", "coordinator", True, False, ["publish"]),
        ("approved", "viewer", False, False, []),
        ("published", "viewer", True, False, []),
        ("published", "reporter-din", True, False, []),
        ("published", "admin", True, False, []),
    ],
)
def test_who_may_do_what(
    session: Session, demo: Report, status: str, username: str, reads: bool, edits: bool, moves: list[str]
) -> None:
    demo.status = ReportStatus(status)
    someone = user(session, username)
    if reads:
        assert readable_report(session=session, report_id=demo.id, user=someone) is demo
    else:
        with pytest.raises(NotFound, match=f"no report with id {demo.id}"):
            readable_report(session=session, report_id=demo.id, user=someone)
    if edits:
        assert editable_report(session=session, report_id=demo.id, user=someone) is demo
    else:
        with pytest.raises((NotFound, PermissionDenied)):
            editable_report(session=session, report_id=demo.id, user=someone)
    assert (demo in visible_reports(session=session, user=someone)) is reads
    assert allowed_moves(session=session, user=someone, report=demo) == (moves if reads else [])


def test_moves_are_audited_with_their_comment(session: Session, demo: Report) -> None:
    reporter, coordinator = user(session, "reporter-dmx"), user(session, "coordinator")
    move_report(session=session, report_id=demo.id, move="submit", user=reporter)
    with pytest.raises(InputError, match="say what to change"):
        move_report(session=session, report_id=demo.id, move="return", user=coordinator, comment="  ")
    move_report(session=session, report_id=demo.id, move="return", user=coordinator, comment="add dates")
    with pytest.raises(
        PermissionDenied, match="is returned: coordinator \\(coordinator\\) may not approve it"
    ):
        move_report(session=session, report_id=demo.id, move="approve", user=coordinator)
    trail = [(e.action, (e.after or {}).get("comment")) for e in report_history(session=session, report=demo)]
    assert trail == [("create", None), ("submit", None), ("return", "add dates")]
