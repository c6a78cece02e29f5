"""English precision on wire text (session 19, helper prec_en3): words that hold an event word but
tell no act — an act named only as what someone is wanted for or as the scene one went to, the price
asked in a deal, a protest only prepared or foretold, a banner's words, a judgement on what others
should do, attacks one is said to incite or back, forces described by their war, a visit to a campus
or a museum (en/triggers_s19_prec_en3.yaml) — and a call to protest told as a noun, which is a
REQUEST. Each sentence is written for warta; the near misses show the acts themselves still code."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
DATE = "2007-06-01"


@pytest.mark.parametrize(
    ("text", "not_types"),
    [
        ("Kenyan police questioned two men wanted in connection with the 2004 embassy bombing.", {"ASSAULT"}),
        ("Kenyan police are hunting a militant wanted for the 2002 hotel bombing in Mombasa.", {"ASSAULT"}),
        (
            "Ethiopian soldiers went to the scene of Tuesday's American raid and collected the wounded.",
            {"COERCE", "ASSAULT"},
        ),
        (
            "The Indian union offered to pay a levy in return for ending police raids on its members.",
            {"RETREAT", "COERCE"},
        ),
        ("Thousands of Bangladeshi students prepared to stage a large anti-government rally on Friday.", {"PROTEST"}),
        ("It will be a peaceful Kenyan demonstration for all citizens, the organiser said.", {"PROTEST"}),
        (
            "Iraqi marchers will hold up the national flag and then placards demanding that the soldiers go home,"
            " the cleric said.",
            {"REQUEST"},
        ),
        (
            "It is essential for the six states to commit themselves to the plan, said Japan's foreign minister.",
            {"AGREE"},
        ),
        (
            "Iraqi officials detained five Syrians, a US official said, citing Syria's support for violent attacks.",
            {"SUPPORT", "ASSAULT"},
        ),
        ("Pakistan's fuel supplies are vital for the NATO troops fighting the Taliban in Afghanistan.", {"ASSAULT"}),
        (
            "The Dalai Lama will give a lecture during a three-day visit to the university in India.",
            {"CONSULT", "AGREE"},
        ),
    ],
)
def test_named_but_not_told_acts_are_not_coded(text, not_types):
    found = english(text, pub_date=DATE)
    assert not any(e in not_types for e, _, _ in found), found


def test_a_call_to_protest_is_a_request():
    found = english(
        "Muqtada al-Sadr's call to demonstrate against the occupation was read out in mosques.", pub_date=DATE
    )
    assert has(found, "REQUEST", "IRQ"), found
    assert not any(e == "PROTEST" for e, _, _ in found), found


def test_incited_attacks_are_an_allegation_not_an_attack():
    found = english("American commanders said Iran incites attacks on coalition troops in Iraq.", pub_date=DATE)
    assert has(found, "ACCUSE", "USA", "IRN"), found
    assert not any(e == "ASSAULT" for e, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "event", "actor", "gone"),
    [
        # the arrest told beside "in connection with the bombing" still codes; the bombing does not
        ("Kenyan police arrested two Somali men in connection with the embassy bombing.", "COERCE", "KEN", "ASSAULT"),
        # a rally held codes, the one only prepared does not
        (
            "Bangladeshi students held a sit-in in Dhaka on Monday."
            " Thousands of students prepared to stage a larger rally on Friday.",
            "PROTEST",
            "BGD",
            None,
        ),
    ],
)
def test_the_act_itself_still_codes(text, event, actor, gone):
    found = english(text, pub_date=DATE)
    assert has(found, event, actor), found
    if gone:
        assert not any(e == gone for e, _, _ in found), found
    else:
        assert sum(1 for e, _, _ in found if e == event) == 1, found
