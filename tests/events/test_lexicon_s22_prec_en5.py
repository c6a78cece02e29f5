"""English stop entries (session 22, prec_en5): words that hold a trigger but tell no act on the
day reported (en/triggers_s22_prec_en5.yaml) — a past event named by its year, a law's fines for
unauthorised protests, pressure from parents and a doctor's orders, an attack
that only labels its suspect, a sum pledged for a purpose, "accountable" as a goal or description,
a purchase financed by income, a forecast that more is in store — and the real events next to
them, which must still be coded."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")


@pytest.mark.parametrize(
    ("text", "event", "actor"),
    [
        (
            "US warplanes struck a Somali village. The raids targeted an Al-Qaeda leader wanted for his role"
            " in the 1998 bombings of two US embassies in Africa.",
            "ASSAULT",
            "IMG",
        ),
        ("Troops in Sri Lanka fear a repeat of the 2001 attack on the Colombo airport.", "ASSAULT", "LKA"),
        ("The Pentagon report undercut the US case for the 2003 invasion of Iraq.", "ASSAULT", "USA"),
        (
            "The Spanish law sets fines of up to 30,000 euros for unauthorised demonstrations in Madrid.",
            "PROTEST",
            "ESP",
        ),
        ("China's young are pampered and pressured by parents, China's health minister said.", "REQUEST", "CHN"),
        ("The Slovenian swimmer's doctor ordered him to rest in Brazil for a week.", "REQUEST", "BRA"),
        ("U.S. Texas shooting suspect dies of gunshot wound", "ASSAULT", "USA"),
        ("Haiti's next president must decide how to spend $10 billion pledged for rebuilding.", "AGREE", "HTI"),
        ("The US senator said the real aim is to make the Iraqi government accountable.", "ACCUSE", "IRQ"),
        (
            "Chavez visited Moscow. Chavez has embarked on an international arms-buying spree,"
            " financed by income from Venezuelan oil exports.",
            "AID",
            "VEN",
        ),
        (
            "An earthquake shook Japan on Monday and Japanese officials warned that more could be in store.",
            "THREATEN",
            "JPN",
        ),
    ],
)
def test_no_act_is_told(text, event, actor):
    found = english(text, pub_date="2007-06-01")
    assert not has(found, event, actor), found


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        ("US warplanes bombed a Somali village on Monday.", "ASSAULT", "USA", "SOM"),
        ("Spanish police arrested twenty protesters in Madrid on Friday.", "COERCE", "ESP", "ESP"),
        ("Japan pledged $10 million to Haiti on Monday.", "AGREE", "JPN", "HTI"),
        ("Japan funded the new bridge in Laos.", "AID", "JPN", "LAO"),
        ("Iran warned the United States of serious consequences.", "THREATEN", "IRN", "USA"),
    ],
)
def test_real_events_beside_the_stops_still_code(text, event, actor, recipient):
    found = english(text, pub_date="2007-06-01")
    assert has(found, event, actor, recipient), found
