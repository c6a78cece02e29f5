"""English wire text of about 2007 (session 18, helper recall_par_en8): a party persuaded to act
(REQUEST), people killed in clashes between two named sides (ASSAULT by those sides), a shadowy
ultra-nationalist group as an armed actor (en/triggers_s18_recall_par_en8.yaml,
actors/sectors_s18_recall_par_en8.yaml) — and near misses that are no event: trying to persuade,
and "donor pledges" whose donors are not named."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
DATE = "2007-06-01"


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Qatar persuaded Hamas to free the two hostages on Sunday.", "QAT", "PSE"),
        ("Norway's envoy persuaded the Tamil Tigers to return to the negotiating table.", "NOR", "LKA"),
        ("Egypt persuades Israel to reopen the Rafah crossing, officials said.", "EGY", "ISR"),
    ],
)
def test_persuaded_to_is_a_request(text, actor, recipient):
    assert has(english(text, DATE), "REQUEST", actor, recipient)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Four soldiers were killed in fighting between the army and Tamil rebels in the north.", "LKA"),
        ("Two students died in fighting between police and protesters in Dhaka.", "BGD"),
        ("Seven villagers were wounded during clashes between rival militias in Kirkuk.", "IRQ"),
    ],
)
def test_killed_in_clashes_between_two_sides(text, actor):
    assert has(english(text, DATE), "ASSAULT", actor)


def test_ultra_nationalist_group_is_an_armed_actor():
    found = english("An ultra-nationalist group attacked the office of a small newspaper in Istanbul.", DATE)
    assert has(found, "ASSAULT", "TUR")


@pytest.mark.parametrize(
    "text",
    [
        # the donors are not named: no party of the sentence pledged anything
        "Protesters in Beirut clashed with police, casting a shadow over donor pledges of $7 billion to the cabinet.",
        "Fighting between students in Beirut overshadowed donor pledges of $5 billion to the government.",
    ],
)
def test_donor_pledges_have_no_pledger(text):
    assert "AGREE" not in {e for e, _, _ in english(text, DATE)}


def test_trying_to_persuade_is_no_request():
    found = english("Diplomats are looking for ways to persuade Iran to halt uranium enrichment.", DATE)
    assert not has(found, "REQUEST", "IRN")
