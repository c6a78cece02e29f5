"""English recall on unseen wire text, third pass (session 16): rioters throwing cobblestones or
other objects, playing down another's claims, a curfew declared with a modifier before the noun,
acting in (close) cooperation with another, "would like X troops to …", a vow to "go after" an
enemy (en/triggers_s16_recall3_en.yaml) — and words like them that are no event."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")


@pytest.mark.parametrize(
    ("text", "pub_date", "event", "actor", "recipient"),
    [
        # objects thrown at police
        ("Demonstrators threw cobblestones at police in Copenhagen.", "2007-03-02", "PROTEST", "DNK", "DNK"),
        ("Protesters in Athens hurled objects at riot police on Saturday.", "2010-05-06", "PROTEST", "GRC", "GRC"),
        # claims played down
        (
            "The Turkish minister downplayed reports that Turkish troops had crossed into Iraq.",
            "2007-06-06",
            "REJECT",
            "TUR",
            None,
        ),
        (
            "Obama played down Russian claims that the strike had targeted civilians.",
            "2015-10-01",
            "REJECT",
            "USA",
            "RUS",
        ),
        # a curfew declared
        ("The Lebanese army declared a night curfew in Beirut on Thursday.", "2007-01-25", "COERCE", "LBN", "LBN"),
        ("Thai authorities imposed a dusk-to-dawn curfew in Bangkok.", "2010-05-19", "COERCE", "THA", "THA"),
        # acting together
        (
            "The US gunship was operating in close cooperation with Ethiopian forces.",
            "2007-01-24",
            "COOPERATE",
            "USA",
            "ETH",
        ),
        (
            "Kenyan troops are working in coordination with Somali forces near Kismayo.",
            "2012-09-28",
            "COOPERATE",
            "KEN",
            "SOM",
        ),
        # would like another party to act
        (
            "Iraqi Prime Minister Nouri al-Maliki said he would like American troops to leave by 2011.",
            "2008-07-08",
            "REQUEST",
            "IRQ",
            "USA",
        ),
        ("Baghdad wants Turkish troops to leave northern Iraq.", "2008-02-25", "REQUEST", "IRQ", "TUR"),
        # a vow to go after an enemy
        ("Bush vowed to go after Al-Qaeda wherever it hides.", "2002-03-01", "THREATEN", "USA", "IMG"),
    ],
)
def test_english_recall(text, pub_date, event, actor, recipient):
    found = english(text, pub_date=pub_date)
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    "text",
    [
        "The Democrats are going to go after young voters in Ohio.",
        "He would like to visit Moscow next year.",
        "The blast threw debris across the street.",
        "The Islamist movement, accused by many of harbouring militants, controls the port.",
        "The cabinet will discuss a new security plan aimed at stemming factional fighting.",
    ],
)
def test_no_event(text):
    assert english(text, pub_date="2007-03-01") == []
