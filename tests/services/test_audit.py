"""The audit trail: who changed what, and how it looked before and after."""

from __future__ import annotations

from pathlib import Path

import yaml
from sqlalchemy.orm import Session

from icra.data import DEMO_PLAN
from icra.plan_files import read_plan
from icra.services.audit import list_events
from icra.services.demo import load_demo
from icra.services.plans import import_plan
from icra.services.users import acting_user, add_user


def test_an_import_is_attributed_with_before_and_after(session: Session, tmp_path: Path) -> None:
    load_demo(session=session)
    leyla = add_user(session=session, username="leyla", password="gizli-parol-1", role="coordinator",
                     user=acting_user(session=session))  # fmt: skip
    document = yaml.safe_load(DEMO_PLAN.read_text(encoding="utf-8"))
    item = next(i for i in document["items"] if i["code"] == "13.2.10")
    item["title"]["en"] = "Train staff of the State Migration Service"
    item["partners"] = ["DIN"]
    path = tmp_path / "plan.yaml"
    path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    import_plan(session=session, spec=read_plan(path), user=leyla)

    [event] = list_events(session=session, entity_type="plan_item", limit=1)
    assert (event.user and event.user.username, event.action, event.entity_type) == (
        "leyla",
        "update",
        "plan_item",
    )
    assert event.before is not None and event.after is not None
    assert (event.before["code"], event.before["title_en"]) == (
        "13.2.10",
        "Train migration staff in countering trafficking",
    )
    assert event.after["title_en"] == "Train staff of the State Migration Service"
    assert (event.before["agencies"], event.after["agencies"]) == (
        {"DMX": "lead"},
        {"DMX": "lead", "DIN": "partner"},
    )
    assert list_events(session=session, entity_type="plan_item", entity_id=event.entity_id)[0] is event


def test_the_trail_keeps_no_secrets(session: Session) -> None:
    add_user(session=session, username="leyla", password="gizli-parol-1", role="viewer",
             user=acting_user(session=session))  # fmt: skip
    created = list_events(session=session, entity_type="user_account")
    assert [(e.action, e.after and e.after["username"], e.user and e.user.username) for e in created] == [
        ("create", "leyla", "cli"),
        ("create", "cli", None),  # the system user's own creation: nobody acted for it
    ]
    assert all("password_hash" not in (e.after or {}) for e in created)
