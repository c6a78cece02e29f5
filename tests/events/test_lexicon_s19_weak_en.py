"""English SUPPORT, RETREAT and CONCEDE families (session 19, weak_en; en/triggers_s19_weak_en.yaml):
support told as what the supported party has ("Kenya has our full support"), signing on to another's
proposal, troops recalled home and garrisons or artillery pulled out, caving in to demands — each with a
near miss beside it that must not code the event. Sentences written for these tests."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")


@pytest.mark.parametrize(
    ("text", "actor", "recipient", "near_miss"),
    [
        (
            "Kenya has our full support, the Ugandan foreign minister said.",
            "UGA",
            "KEN",
            "The ruling party has its support base in the north, the Ugandan foreign minister said.",
        ),
        (
            "Georgia has my backing, the Lithuanian president told reporters.",
            "LTU",
            "GEO",
            "Senator Cruz has his support base in Texas, the Lithuanian president told reporters.",
        ),
        (
            "Ukraine had their solidarity, the Polish and Czech premiers said.",
            "POL",
            "UKR",
            "Ukraine has had support problems with its grain exports, the Polish premier said.",
        ),
    ],
)
def test_has_our_support(text, actor, recipient, near_miss):
    assert has(english(text, pub_date="2015-06-10"), "SUPPORT", actor, recipient)
    assert not any(e == "SUPPORT" for e, _, _ in english(near_miss, pub_date="2015-06-10"))


@pytest.mark.parametrize(
    ("text", "actor", "recipient", "near_miss"),
    [
        (
            "Spain signed on to the French proposal for a border force.",
            "ESP",
            "FRA",
            "Hundreds of Spanish men signed up to fight in the French war.",
        ),
        (
            "Italy has signed up to the Chinese initiative on ports.",
            "ITA",
            "CHN",
            "Italy signed up to host the Chinese football team.",
        ),
        (
            "Chile signs on to Peru's plan for a fishing truce.",
            "CHL",
            "PER",
            "Chile signed on to a new coach from Peru.",
        ),
    ],
)
def test_signing_on_to_a_proposal_is_support(text, actor, recipient, near_miss):
    assert has(english(text, pub_date="2015-06-10"), "SUPPORT", actor, recipient)
    assert not any(e == "SUPPORT" for e, _, _ in english(near_miss, pub_date="2015-06-10"))


@pytest.mark.parametrize(
    ("text", "actor", "recipient", "near_miss"),
    [
        (
            "Kenya recalled its troops from Somalia on Friday.",
            "KEN",
            "SOM",
            "A Kenyan general recalled how soldiers from Somalia crossed the border in 1990.",
        ),
        ("Chad is recalling all its soldiers home from Mali.", "TCD", "MLI", "Chad recalled its ambassador from Mali."),
        (
            "The Indian army pulled out its garrison from the disputed town.",
            "IND",
            None,
            "The Indian army would pull out its garrison only if the talks succeed.",
        ),
        (
            "The Syrian army pulled out its artillery from the hills near Hama.",
            "SYR",
            None,
            "The Syrian army did not pull out its artillery from the hills near Hama.",
        ),
    ],
)
def test_forces_recalled_or_pulled_out_retreat(text, actor, recipient, near_miss):
    assert has(english(text, pub_date="2015-06-10"), "RETREAT", actor, recipient)
    assert not any(e == "RETREAT" for e, _, _ in english(near_miss, pub_date="2015-06-10"))


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Pakistan caved in to American demands over the air base.", "PAK", "USA"),
        ("The Bolivian president gave in to the Chilean ultimatum.", "BOL", "CHL"),
        ("The Greek cabinet is caving in to German demands on pensions.", "GRC", "DEU"),
    ],
)
def test_caving_in_to_demands_is_one_concession(text, actor, recipient):
    found = english(text, pub_date="2015-06-10")
    assert has(found, "CONCEDE", actor, recipient), found
    # the demand or ultimatum belongs to the concession: no request or threat by the side that gave in
    assert not has(found, "REQUEST", actor) and not has(found, "THREATEN", actor), found


@pytest.mark.parametrize(
    ("text", "actor", "near_miss"),
    [
        (
            "The Indian government withdrew the three farm laws after a year of protests.",
            "IND",
            "The Indian government refused to withdraw the three farm laws.",
        ),
        (
            "The Kenyan ministry withdrew the circular on school fees after a public outcry.",
            "KEN",
            "The Kenyan ministry withdrew the troops in order to calm the town.",
        ),
        (
            "The Nigerian government withdrew the controversial social media bill.",
            "NGA",
            "The Nigerian government may withdraw the controversial social media bill.",
        ),
        (
            "The Indian railway ministry rolled back the fare hike after two days of protests.",
            "IND",
            "The Iraqi army rolled back the Islamic State fighters from the town.",
        ),
    ],
)
def test_withdrawing_a_law_is_a_concession(text, actor, near_miss):
    assert has(english(text, pub_date="2021-11-19"), "CONCEDE", actor)
    assert not any(e == "CONCEDE" for e, _, _ in english(near_miss, pub_date="2021-11-19"))


def test_paying_homage_is_support():
    assert has(
        english("The Indian president paid homage to the founder of Bangladesh.", pub_date="2021-03-26"),
        "SUPPORT",
        "IND",
        "BGD",
    )
    assert not any(e == "SUPPORT" for e, _, _ in english("The Indian president paid a visit to Bangladesh."))
