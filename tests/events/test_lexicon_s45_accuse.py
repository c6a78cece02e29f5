"""An inquiry into "kejadian itu"/"peristiwa tersebut" with no suspect named accuses no one (session 45,
accuse; id.none.s45accuse-selidiki-kejadian): the guide codes an investigation only with a party looked
into — and near misses: an inquiry into a named party still codes. (The English "investigating the
incident" was tried and dropped: it cost a fresh set; "insiden" stays coded, often a clash with sides.)"""

from __future__ import annotations

import pytest

from conftest import coded_in
from conftest import has_event as has


@pytest.mark.parametrize(
    "text",
    [
        "Pihak bandara mengatakan mereka masih menyelidiki kejadian tersebut.",
        "Polisi akan menyelidiki peristiwa itu pekan depan.",
        "Penyelidikan kejadian itu masih berlangsung, kata juru bicara polisi.",
    ],
)
def test_inquiry_into_an_incident_accuses_no_one(text):
    found = coded_in("id", text, "2023-06-10")
    assert all(e != "ACCUSE" for e, _, _ in found), found


@pytest.mark.parametrize(
    ("lang", "text", "actor", "recipient"),
    [
        ("en", "French prosecutors are investigating the former Gabonese president over the bribes.", "FRA", "GAB"),
        ("id", "Kejaksaan Prancis menyelidiki mantan presiden Gabon atas dugaan suap.", "FRA", "GAB"),
    ],
)
def test_inquiry_into_a_party_still_codes(lang, text, actor, recipient):
    found = coded_in(lang, text, "2023-06-10")
    assert has(found, "ACCUSE", actor, recipient), found
