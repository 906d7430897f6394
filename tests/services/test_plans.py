"""Plan import: create, re-import in place (ids kept by code), withdraw what reports use,
and change nothing at all when the file is wrong."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from sqlalchemy import select
from sqlalchemy.orm import Session

from icra.data import DEMO_PLAN
from icra.db.models import AuditEvent, Entry, PlanItem
from icra.errors import InputError, NotFound, PermissionDenied
from icra.model import ReportDraft, Section
from icra.plan_files import read_plan
from icra.services.demo import load_demo
from icra.services.plans import get_plan, import_plan, list_plans, plan_items
from icra.services.reports import store_draft
from icra.services.users import acting_user, add_user


def _demo_document() -> dict[str, Any]:
    # safe_load is fine here: every code in the demo file is quoted.
    document: dict[str, Any] = yaml.safe_load(DEMO_PLAN.read_text(encoding="utf-8"))
    return document


def _item(document: dict[str, Any], code: str) -> dict[str, Any]:
    return next(item for item in document["items"] if item["code"] == code)


def _write(path: Path, document: dict[str, Any]) -> Path:
    path.write_text(yaml.safe_dump(document, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def _ids(session: Session) -> dict[str, int]:
    return {item.code: item.id for item in session.scalars(select(PlanItem))}


def _store_report_on(session: Session, codes: list[list[str]]) -> int:
    draft = ReportDraft(
        sections=[Section(codes=c, text=f"{', '.join(c)} üzrə görülən işlər.") for c in codes]
    )
    report = store_draft(session=session, draft=draft, agency_code="DMX", year=2016, source_bytes=b"report",
                         user=acting_user(session=session))  # fmt: skip
    return report.id


@pytest.fixture
def demo(session: Session) -> Session:
    load_demo(session=session)
    session.commit()
    return session


def test_import_creates_the_tree(demo: Session) -> None:
    plan = get_plan(session=demo)
    items = plan_items(session=demo, plan=plan)
    assert [p.code for p in list_plans(session=demo)] == ["nap-2014-2018"]
    assert [i.code for i in items][:6] == ["13", "13.1", "13.1.1", "13.2", "13.2.5", "13.2.6"]
    assert [i.code for i in items][6] == "13.2.10"  # numeric order, not text order
    by_code = {i.code: i for i in items}
    assert by_code["13.2.5"].parent is by_code["13.2"]
    assert by_code["13.2.5"].level == 3
    assert {(r.agency.code, r.role.value) for r in by_code["13.2.5"].responsibilities} == {
        ("DMX", "lead"),
        ("DIN", "partner"),
        ("EESMN", "partner"),
    }
    assert by_code["13.1.1"].deadline_text == "2014-2018"
    assert by_code["13.1.1"].deadline_to is not None and by_code["13.1.1"].deadline_to.year == 2018


def test_reimporting_the_same_file_changes_nothing(demo: Session) -> None:
    events_before = len(demo.scalars(select(AuditEvent)).all())
    result = import_plan(session=demo, spec=read_plan(DEMO_PLAN), user=acting_user(session=demo))
    assert (result.created, result.updated, result.withdrawn, result.deleted) == ([], [], [], [])
    assert len(result.unchanged) == 14
    assert len(demo.scalars(select(AuditEvent)).all()) == events_before


def test_reimport_updates_in_place_and_keeps_report_links(demo: Session, tmp_path: Path) -> None:
    report_id = _store_report_on(demo, [["13.1.1"], ["13.2.5"], ["13.3.6", "13.3.7"]])
    demo.commit()
    ids_before = _ids(demo)

    document = _demo_document()
    _item(document, "13.2.6")["title"]["en"] = "Regulate labour migration (revised)"
    _item(document, "13.1.1")["partners"] = ["EN", "NK"]
    document["items"] = [i for i in document["items"] if i["code"] not in ("13.2.5", "13.9", "13.9.5")]
    document["items"].append({"code": "13.2.11", "title": {"en": "A new sub-item"}, "deadline": "2017"})
    spec = read_plan(_write(tmp_path / "plan.yaml", document))
    result = import_plan(session=demo, spec=spec, user=acting_user(session=demo))
    demo.commit()

    assert result.created == ["13.2.11"]
    assert sorted(result.updated) == ["13.1.1", "13.2.6"]
    assert result.withdrawn == ["13.2.5"]  # a report refers to it
    assert result.deleted == ["13.9.5", "13.9"]  # nothing does; deepest first
    ids_after = _ids(demo)
    assert {code: ids_after[code] for code in ids_before if code in ids_after} == {
        code: ids_before[code] for code in ids_before if code in ids_after
    }
    entries = demo.scalars(select(Entry).where(Entry.report_id == report_id).order_by(Entry.position)).all()
    assert [[(i.code, i.id) for i in e.plan_items] for e in entries] == [
        [("13.1.1", ids_before["13.1.1"])],
        [("13.2.5", ids_before["13.2.5"])],
        [("13.3.6", ids_before["13.3.6"]), ("13.3.7", ids_before["13.3.7"])],
    ]
    withdrawn = demo.get(PlanItem, ids_before["13.2.5"])
    assert withdrawn is not None and withdrawn.withdrawn


def test_listing_a_withdrawn_code_again_restores_it(demo: Session, tmp_path: Path) -> None:
    _store_report_on(demo, [["13.2.5"]])
    document = _demo_document()
    without = {**document, "items": [i for i in document["items"] if i["code"] != "13.2.5"]}
    cli = acting_user(session=demo)
    import_plan(session=demo, spec=read_plan(_write(tmp_path / "without.yaml", without)), user=cli)
    result = import_plan(session=demo, spec=read_plan(_write(tmp_path / "with.yaml", document)), user=cli)
    assert result.updated == ["13.2.5"]
    assert not any(i.withdrawn for i in demo.scalars(select(PlanItem)))


def test_a_withdrawn_item_keeps_its_parent(demo: Session, tmp_path: Path) -> None:
    _store_report_on(demo, [["13.9.5"]])
    document = _demo_document()
    document["items"] = [i for i in document["items"] if not i["code"].startswith("13.9")]
    result = import_plan(session=demo, spec=read_plan(_write(tmp_path / "plan.yaml", document)),
                         user=acting_user(session=demo))  # fmt: skip
    assert result.withdrawn == ["13.9.5", "13.9"]
    assert result.deleted == []


CHANGES: list[tuple[Callable[[dict[str, Any]], object], str]] = [
    (lambda d: _item(d, "13.2.6").update(lead=["XYZ"]),
     "plan.yaml: item #6 (13.2.6), field 'lead': unknown agency XYZ (see `icra agency list`)"),
    (lambda d: _item(d, "13.2.6").update(partners=["DMX2"]),
     "plan.yaml: item #6 (13.2.6), field 'partners': unknown agency DMX2"),
]  # fmt: skip


@pytest.mark.parametrize(("change", "message"), CHANGES)
def test_a_refused_import_changes_nothing(
    demo: Session,
    tmp_path: Path,
    database_rows: Callable[[], dict[str, list[tuple[Any, ...]]]],
    change: Callable[[dict[str, Any]], object],
    message: str,
) -> None:
    document = _demo_document()
    _item(document, "13.1.1")["title"]["en"] = "Changed before the bad item"
    change(document)
    before = database_rows()
    with pytest.raises(InputError) as error:
        import_plan(session=demo, spec=read_plan(_write(tmp_path / "plan.yaml", document)),
                    user=acting_user(session=demo))  # fmt: skip
    assert str(error.value).startswith(message)
    demo.rollback()
    assert database_rows() == before


def test_only_admins_and_coordinators_import(demo: Session) -> None:
    viewer = add_user(session=demo, username="baxan", password="baxan-parol", role="viewer",
                      user=acting_user(session=demo))  # fmt: skip
    with pytest.raises(PermissionDenied, match=r"baxan \(viewer\) may not import plans"):
        import_plan(session=demo, spec=read_plan(DEMO_PLAN), user=viewer)


def test_asking_for_a_plan(session: Session) -> None:
    with pytest.raises(NotFound, match="no plan yet"):
        get_plan(session=session)
    load_demo(session=session)
    with pytest.raises(NotFound, match="no plan 'nap-1999'"):
        get_plan(session=session, code="nap-1999")
