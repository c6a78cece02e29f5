"""English parallel-corpus rules (session 45, enpar): a relative aside opened by a preposition
("Beshir, with whom the envoy held talks, agreed …") describes the party before it, who stays the
subject of the verb after it; and a way sought ("looking for a way to resume talks") is an act not
yet done — with near misses: an aside that is a clause of its own, talks that were resumed, and an
attack on the way (material acts stay coded)."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        ("Museveni, with whom the Kenyan envoy held talks on Monday, agreed to the ceasefire with the rebels.",
         "AGREE", "UGA", None),
        ("Erdogan, with whom the Greek premier met last week, criticized the European Union.",
         "ACCUSE", "TUR", "EUR"),
        ("Putin, with whom the French president spoke by phone, rejected the proposal made by the European Union.",
         "REJECT", "RUS", "EUR"),
        ("The Nigerian army, under which the unit serves, denied the accusations made by Amnesty International.",
         "REJECT", "NGA", None),
    ],
)
def test_preposed_relative_aside_keeps_the_subject(text, event, actor, recipient):
    found = english(text, pub_date="2007-03-01")
    assert has(found, event, actor, recipient), found


def test_preposed_relative_aside_names_no_actor_of_its_own():
    found = english("Museveni, with whom the Kenyan envoy held talks on Monday, agreed to the ceasefire "
                    "with the rebels.", pub_date="2007-03-01")
    assert not has(found, "AGREE", "KEN"), found


@pytest.mark.parametrize(
    "text",
    [
        "Japanese officials are looking for a way to resume talks with China.",
        "Seoul is seeking a way to resume negotiations with Pyongyang.",
    ],
)
def test_a_way_sought_is_no_act(text):
    assert not has(english(text, pub_date="2007-03-01"), "CONSULT", "JPN" if "Japan" in text else "KOR"), text


def test_a_way_cleared_is_no_attempt():
    found = english("The World Bank cleared the way for debt relief for Sudan.", pub_date="2007-03-01")
    assert has(found, "AID", "IGO", "SDN"), found


def test_talks_resumed_are_still_coded():
    found = english("Japanese officials resumed talks with China on Monday.", pub_date="2007-03-01")
    assert has(found, "CONSULT", "JPN", "CHN"), found

