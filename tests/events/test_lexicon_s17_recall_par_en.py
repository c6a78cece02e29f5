"""English recall and precision on unseen wire text (session 17, recall_par_en): a bare denial of
involvement ("said it was not involved"), a town placed under curfew, an agreement reached at a
summit (CAMEO 030, not an agreement to meet), the Sunni and Shiite communities as the parties of
sectarian clashes and protests (actors/sectors_s17_recall_par_en.yaml), Pakistan's North West
Frontier Province (places/regions_s17_recall_par_en.tsv) — and near misses: what someone carried,
an election wished free of intimidation, "not sure who was involved". Every sentence is invented."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
DATE = "2007-06-01"


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        # a denial of involvement with nothing after "involved"
        ("The Taliban said they were not involved, a spokesman in Kabul said.", "REJECT", "AFG", None),
        ("The Nigerian army insisted its soldiers were never involved.", "REJECT", "NGA", None),
        # a curfew imposed on a place, active or passive, with words between verb and "under"
        ("Pakistani authorities placed several districts under curfew.", "COERCE", "PAK", "PAK"),
        ("Pakistani police said the town of Hangu was placed under curfew on Friday.", "COERCE", "PAK", None),
        # the two sects as parties
        ("At least 12 people were killed in clashes between Sunnis and Shiites in Pakistan.", "ASSAULT", "PAK", "PAK"),
        ("Members of the Shiite community staged a demonstration in Karachi on Friday.", "PROTEST", "PAK", None),
        ("Sunni and Shiite Muslims clashed in the Pakistani town of Hangu.", "ASSAULT", "PAK", None),
        # a province named in its 2000s spelling sets the scene
        ("Police in the North West Frontier Province arrested five militants.", "COERCE", "PAK", "PAK"),
    ],
)
def test_wire_families(text, event, actor, recipient):
    found = english(text, pub_date=DATE)
    assert has(found, event, actor, recipient), found


def test_agreed_at_a_summit_is_an_agreement_not_one_to_meet():
    import warta

    events = warta.code(
        "Fatah and Hamas agreed at a summit in Cairo to form a joint cabinet.", lang="en", pub_date=DATE
    )
    agreements = [e for e in events if e.event == "AGREE"]
    assert agreements and agreements[0].cameo == "030", events
    assert "PSE" in {a.code for a in agreements[0].actor}


@pytest.mark.parametrize(
    ("text", "event", "actor"),
    [
        # the act itself still codes
        ("Police in Chile used tear gas and pepper spray on the protesters.", "ASSAULT", "CHL"),
        ("Militants in Nepal used intimidation to keep voters away, the election board said.", "THREATEN", "NPL"),
    ],
)
def test_acts_near_the_stop_entries_still_code(text, event, actor):
    assert has(english(text, pub_date=DATE), event, actor)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # what someone carried is no crowd control
        (
            "Army Colonel Jane Roe was arrested on Friday at a mall in Ohio and charged with assault. "
            "Police said she carried a stun gun and pepper spray.",
            "ASSAULT",
        ),
        # a vote wished free of intimidation names no threat
        ("Ban Ki-moon said he hoped the vote in Nepal would be free of violence and intimidation.", "THREATEN"),
        ("The Kenyan president urged voters to keep the election free from intimidation.", "THREATEN"),
        # "involved" without a denial
        ("Hezbollah said it was not sure who was involved.", "REJECT"),
        ("The people involved were not identified by Nigerian police.", "REJECT"),
        # a curfew lifted is no curfew imposed
        ("The curfew in the Pakistani town of Hangu was lifted on Monday.", "COERCE"),
    ],
)
def test_near_misses(text, event):
    found = english(text, pub_date=DATE)
    assert all(e != event for e, _, _ in found), found
