"""Agencies: added once by code, updated from a catalogue file, looked up case-blind."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from icra.data import DEMO_AGENCIES
from icra.errors import InputError, NotFound
from icra.plan_files import AgencySpec, Titles, read_agencies
from icra.services.agencies import add_agency, get_agency, list_agencies, save_agencies
from icra.services.audit import list_events
from icra.services.users import acting_user

SMS = AgencySpec(code="DMX", name=Titles(az="Dövlət Miqrasiya Xidməti"), abbreviation="DMX")


def test_add_and_find(session: Session) -> None:
    add_agency(session=session, spec=SMS, user=acting_user(session=session))
    assert get_agency(session=session, code=" dmx ").name_az == "Dövlət Miqrasiya Xidməti"
    with pytest.raises(InputError, match="agency DMX already exists"):
        add_agency(session=session, spec=SMS, user=acting_user(session=session))
    with pytest.raises(NotFound, match="no agency 'XYZ'"):
        get_agency(session=session, code="XYZ")


def test_saving_a_catalogue_updates_by_code(session: Session) -> None:
    cli = acting_user(session=session)
    add_agency(session=session, spec=SMS, user=cli)
    save_agencies(session=session, specs=read_agencies(DEMO_AGENCIES), user=cli)
    save_agencies(session=session, specs=read_agencies(DEMO_AGENCIES), user=cli)  # no change the second time
    assert [a.code for a in list_agencies(session=session)] == ["DIN", "DMX", "EESMN", "EN", "NK"]
    assert get_agency(session=session, code="DMX").name_en == "State Migration Service"
    updates = [e for e in list_events(session=session, entity_type="agency") if e.action == "update"]
    assert [(e.before and e.before["name_en"], e.after and e.after["name_en"]) for e in updates] == [
        (None, "State Migration Service")
    ]
