"""The review screen: items marked at their words; confirm, edit, delete, add, move, each
answering htmx with the entry redrawn and each written to the audit trail."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import select

from icra.db.models import AuditEvent, DocumentRef, Entry, Event, Figure
from tests.web.routes.test_reports import report_id_of


def first(site: Any, model: Any) -> Any:
    with site.sessions() as session:
        item = session.scalars(select(model).order_by(model.id)).first()
        assert item is not None
        session.expunge(item)
        return item


def entry_of(site: Any, item: Any) -> Entry:
    with site.sessions() as session:
        entry = session.get(Entry, item.entry_id)
        assert entry is not None
        session.expunge(entry)
        return entry


def audit_actions(site: Any, entity_type: str, entity_id: int) -> list[str]:
    with site.sessions() as session:
        query = select(AuditEvent.action).where(
            AuditEvent.entity_type == entity_type, AuditEvent.entity_id == entity_id
        )
        return list(session.scalars(query.order_by(AuditEvent.id)))


def test_each_item_is_marked_at_its_words(site: Any) -> None:
    event = first(site, Event)
    entry = entry_of(site, event)
    page = site.client("reporter-dmx").get(f"/reports/{site.report_id}").text
    marked = re.search(
        rf'<mark class="[^"]*" data-items="[^"]*\bevent-{event.id}\b[^"]*">([^<]*)</mark>', page
    )
    assert marked, "the event's words are not marked"
    assert marked.group(1) in entry.text[event.source_start : event.source_end]
    assert f'id="event-{event.id}"' in page  # its form, beside the text


def test_confirm_answers_htmx_with_the_entry_redrawn(site: Any) -> None:
    event = first(site, Event)
    client = site.client("reporter-dmx")
    answer = client.submit(f"/reports/{site.report_id}/items/event/{event.id}/confirm", htmx=True)
    assert answer.status_code == 200
    assert answer.text.lstrip().startswith(f'<section class="entry" id="entry-{event.entry_id}">')
    assert f'item-status-confirmed" id="event-{event.id}"' in answer.text
    assert audit_actions(site, "event", event.id) == ["update"]


def test_edit_reads_the_fields_and_marks_the_item_edited(site: Any) -> None:
    figure = first(site, Figure)
    client = site.client("reporter-dmx")
    answer = client.submit(
        f"/reports/{site.report_id}/items/figure/{figure.id}/edit",
        {"value": "24 221", "what": "əcnəbi müəyyən edilmişdir", "period": ""},
        htmx=True,
    )
    assert answer.status_code == 200
    assert 'value="24221"' in answer.text and f'item-status-edited" id="figure-{figure.id}"' in answer.text
    assert first(site, Figure).value == 24221


def test_a_value_that_is_not_a_number_is_explained_in_the_message_area(site: Any) -> None:
    figure = first(site, Figure)
    answer = site.client("reporter-dmx").submit(
        f"/reports/{site.report_id}/items/figure/{figure.id}/edit", {"value": "many"}, htmx=True
    )
    assert answer.status_code == 400
    assert answer.headers["HX-Retarget"] == "#messages"
    assert "figure: &#39;value&#39; cannot be &#39;many&#39;" in answer.text
    assert first(site, Figure).value == figure.value


def test_delete_and_add_by_hand(site: Any) -> None:
    ref = first(site, DocumentRef)
    client = site.client("reporter-dmx")
    answer = client.submit(f"/reports/{site.report_id}/items/document_ref/{ref.id}/delete", htmx=True)
    assert answer.status_code == 200
    assert f'id="document_ref-{ref.id}"' not in answer.text
    assert audit_actions(site, "document_ref", ref.id) == ["delete"]
    form = client.get(f"/reports/{site.report_id}/entries/{ref.entry_id}/new", params={"kind": "event"})
    assert 'name="title"' in form.text and 'name="participants"' in form.text
    added = client.submit(
        f"/reports/{site.report_id}/entries/{ref.entry_id}/items/event",
        {
            "title": "Görüş",
            "date_start": "2016-05-04",
            "participants": "7",
            "source_start": "0",
            "source_end": "5",
        },
        htmx=True,
    )
    assert added.status_code == 200
    assert "item-status-added" in added.text and "Görüş" in added.text
    assert re.search(r'data-items="event-\d+">', added.text), "the added event is marked at characters 0-5"
    history = client.get(f"/reports/{site.report_id}/history").text
    assert 'data-action="delete" data-record="document_ref"' in history  # a deleted item keeps its trail
    assert 'data-action="create" data-record="event"' in history


def test_move_an_entry_to_another_plan_code(site: Any) -> None:
    event = first(site, Event)
    client = site.client("reporter-dmx")
    answer = client.submit(
        f"/reports/{site.report_id}/entries/{event.entry_id}/move", {"code": "13.2.6"}, htmx=True
    )
    assert answer.status_code == 200
    assert "<h2>13.2.6" in answer.text
    refused = client.submit(
        f"/reports/{site.report_id}/entries/{event.entry_id}/move", {"code": "99.9"}, htmx=True
    )
    assert refused.status_code == 400 and "has no item &#39;99.9&#39;" in refused.text


def test_another_agency_cannot_touch_the_items(site: Any) -> None:
    event = first(site, Event)
    client = site.client("reporter-din")
    for action in ("confirm", "delete"):
        assert client.submit(f"/reports/{site.report_id}/items/event/{event.id}/{action}").status_code == 404
    assert audit_actions(site, "event", event.id) == []


def test_a_viewer_reads_a_published_report_without_forms(site: Any) -> None:
    coordinator = site.client("coordinator")
    for step in ("submit", "approve", "publish"):
        assert coordinator.submit(f"/reports/{site.report_id}/{step}").status_code == 303
    page = site.client("viewer").get(f"/reports/{site.report_id}").text
    assert "<mark" in page
    assert 'class="delete"' not in page and "Add by hand" not in page


# A report for 2016 that tells of a seminar held in 2015, written for this test.
LATE_SEMINAR = """Daxili İşlər Nazirliyinin 2016-cı il üzrə məlumatı

13.2.5-ci yarımbənd üzrə:
Nazirliyin əməkdaşları 3 noyabr 2015-ci il tarixdə Şəkidə keçirilmiş seminarda iştirak etmişlər – 7 nəfər.
"""


def test_the_coordinator_sees_quality_flags_before_approving(site: Any) -> None:
    reporter = site.client("reporter-din")
    report_id = report_id_of(reporter.submit("/reports", {"text": LATE_SEMINAR, "year": "2016"}))
    assert "Quality flags" not in reporter.get(f"/reports/{report_id}").text  # not while a draft
    reporter.submit(f"/reports/{report_id}/submit")
    page = site.client("coordinator").get(f"/reports/{report_id}").text
    flags, approve = page.find("Quality flags"), page.find('class="inline move-approve"')
    assert 0 < flags < approve
    assert "<strong>outside period</strong> (13.2.5)" in page
    assert "dated 03.11.2015, outside the reporting period 2016" in page
    assert "Quality flags" not in reporter.get(f"/reports/{report_id}").text  # the coordinator's alone
    azerbaijani = site.client("coordinator")
    azerbaijani.cookies.set("lang", "az")
    assert "Keyfiyyət qeydləri" in azerbaijani.get(f"/reports/{report_id}").text
