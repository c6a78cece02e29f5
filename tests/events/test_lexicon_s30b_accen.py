"""English ACCUSE (session 30b, accen): a judgement "it is unacceptable for X to …" aims at X; "it"
after a speech verb never stands for a named person speaker; allegations the speaker calls baseless
are the speaker's denial (REJECT), not the speaker's own accusation; a reaction an event meets ("the
trip drew criticism from China") is no part of the event's word — and near misses."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient", "date"),
    [
        ("The Turkish prime minister said it was irresponsible for Greece to extend its territorial waters.",
         "ACCUSE", "TUR", "GRC", "2015-03-01"),
        ("Seoul said it was totally unacceptable for Tokyo to claim the islands.",
         "ACCUSE", "KOR", "JPN", "2015-03-01"),
        ("Putin said it was hypocritical for Washington to lecture others on human rights.",
         "ACCUSE", "RUS", "USA", "2015-03-01"),
        ("The Indian foreign ministry said allegations that Indian agents had funded the rebels were baseless.",
         "REJECT", "IND", None, "2015-03-01"),
        ("Accusations that the army shelled the village are unfounded, the Thai defence minister said.",
         "REJECT", "THA", None, "2015-03-01"),
    ],
)
def test_english_judgements_and_denials(text, event, actor, recipient, date):
    found = english(text, pub_date=date)
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event", "actor", "date"),
    [
        # the allegations are what the speaker denies: no ACCUSE by the speaker
        ("The Indian foreign ministry said allegations that Indian agents had funded the rebels were baseless.",
         "ACCUSE", "IND", "2015-03-01"),
        # "it was time for … to" and "important for … to" judge no one
        ("Netanyahu said it was time for the Palestinians to return to talks.", "ACCUSE", "ISR", "2015-03-01"),
        ("The minister said it was important for Indonesia to join the talks.", "ACCUSE", "IDN", "2015-03-01"),
    ],
)
def test_english_near_misses(text, event, actor, date):
    found = english(text, pub_date=date)
    assert not has(found, event, actor, None), found


def test_it_is_not_the_person_who_said_it():
    # "it" is no person: the speaker does not judge himself
    found = english("Erdogan said it was unacceptable that the talks had failed.", pub_date="2015-03-01")
    assert all("TUR" not in recipients for event, _, recipients in found if event == "ACCUSE"), found


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        ("Abe's trip to the shrine drew criticism from China.", "ACCUSE", "CHN", "JPN"),
        ("The Iranian president's trip to Iraq came under fire from Washington.", "ACCUSE", "USA", "IRN"),
        ("The US president's visit drew praise from Israel.", "SUPPORT", "ISR", "USA"),
    ],
)
def test_english_reaction_to_a_visit(text, event, actor, recipient):
    found = english(text, pub_date="2015-03-01")
    assert has(found, event, actor, recipient), found


def test_english_visit_that_draws_nothing():
    # a visit "to draw" investment is its aim, no reaction it met
    found = english("Abe's trip to Jakarta aimed to draw investment from Indonesia.", pub_date="2015-03-01")
    assert not has(found, "ACCUSE", "IDN", None), found


def test_unnamed_people_are_not_the_speaker():
    # "many people" blame, not the envoy who speaks of the country
    text = "The EU envoy said he would visit Lebanon, where many people blame Syria for the bombings."
    found = english(text, pub_date="2007-03-01")
    assert not has(found, "ACCUSE", "EUR", None), found


def test_named_party_still_blames():
    found = english("The EU envoy said Lebanese officials blame Syria for the bombings.", pub_date="2007-03-01")
    assert has(found, "ACCUSE", "LBN", "SYR"), found
