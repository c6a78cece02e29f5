"""English ACCUSE recall (session 20, accuse_en): an act of another called arbitrary or unjust with
its owner named in between, an act branded a war crime or an act of terrorism/aggression, a party
"playing into the hands of" another, a party "attacked over" its policy or words, a war
called "the worst blunder" (en/triggers_s20_accuse_en.yaml) —
and near misses: calls for something, neutral judgements, negation."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Canada called China's detention of its two citizens arbitrary.", "CAN", "CHN"),
        ("Norway termed Russia's expulsion of its diplomats unjustified.", "NOR", "RUS"),
        ("Saudi Arabia branded the Houthi drone attack a war crime.", "SAU", "YEM"),
        ("Ukraine called Russia's shelling of the port an act of terrorism.", "UKR", "RUS"),
        ("Iran's foreign minister said Washington was playing into the hands of terrorists.", "IRN", "USA"),
        ("Hungary's prime minister attacked Brussels over its migration policy.", "HUN", "EUR"),  # the EU (s28)
    ],
)
def test_accusation_wording_codes_accuse(text, actor, recipient):
    found = english(text, pub_date="2021-06-10")
    assert has(found, "ACCUSE", actor, recipient), found


def test_worst_blunder_is_a_judgement():
    found = english("A US senator said the Iraq war was the worst foreign policy blunder in American history.")
    assert has(found, "ACCUSE", "USA"), found


@pytest.mark.parametrize(
    "text",
    [
        "The UN called for an end to illegal logging in Brazil.",
        "Amnesty called for the release of people held arbitrarily in Iran.",
        "Germany called the talks with France productive.",
        "Indonesia called the election results fair.",
        "Canada did not call China's decision arbitrary.",
        "Taliban fighters attacked an Afghan army post over the weekend.",
        "Boko Haram attacked the Nigerian army base over the weekend.",
    ],
)
def test_near_misses_code_no_accuse(text):
    found = english(text, pub_date="2021-06-10")
    assert not any(e == "ACCUSE" for e, _, _ in found), found
