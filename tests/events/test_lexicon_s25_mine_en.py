"""Session 25 (mine_en): families found by auditing unannotated English news
(data/en/triggers/s25_mine_en.yaml): coming to someone's defence written with a possessive,
and crime rings named by their trade, which are groups and not abductions."""

from __future__ import annotations

import pytest

from conftest import coded_in


def coded(text: str, pub_date: str = "2024-03-01"):
    return coded_in("en", text, pub_date)


@pytest.mark.parametrize(
    "text, actor, recipient",
    [
        ("Japan leapt to Australia's defence in the trade row.", "JPN", "AUS"),
        ("Egypt rushed to Sudan's defense at the summit.", "EGY", "SDN"),
        ("Poland came to Ukraine's defence during the debate.", "POL", "UKR"),
    ],
)
def test_coming_to_a_possessive_defence_is_support(text, actor, recipient):
    assert ("SUPPORT", [actor], [recipient]) in coded(text)


def test_a_defence_of_ones_own_is_not_coming_to_anothers():
    assert not any(e[0] == "SUPPORT" for e in coded("Japan spent more on its defence this year."))


@pytest.mark.parametrize(
    "text",
    [
        "Philippine police broke up a kidnapping ring in Manila.",
        "The Indian rebel commander is known for his extortion and abduction rackets.",
        "Mexican troops dismantled a kidnapping gang in Sinaloa.",
    ],
)
def test_a_crime_ring_named_by_its_trade_is_no_abduction(text):
    assert not any(e[0] == "ASSAULT" for e in coded(text))


def test_the_ring_that_abducts_is_still_coded():
    text = "A Philippine kidnapping gang abducted two Chinese traders in Mindanao."
    assert any(e[0] == "ASSAULT" and e[2] == ["CHN"] for e in coded(text))
