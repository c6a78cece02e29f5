"""A demonym before a claim or an act (grammar `claim_nouns`: "rejected Indian claims", "condemned
Chinese aggression") names the state the claim is of, not nationals a lone title or unnamed body
before it could be: the title keeps the story's state (session 44, claimscene; match.later_state_kind)."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        ("Egypt's foreign ministry met reporters in Cairo on Sunday. "
         "The minister rejected Ethiopian claims over the dam.", "REJECT", "EGY", "ETH"),
        ("Vietnam's foreign ministry spoke to reporters in Hanoi on Friday. "
         "The spokeswoman condemned Chinese aggression in the South China Sea.", "ACCUSE", "VNM", "CHN"),
        ("Greece's foreign ministry briefed reporters in Athens on Monday. "
         "The ambassador dismissed Turkish allegations about the islands.", "REJECT", "GRC", "TUR"),
    ],
)
def test_claim_of_a_demonym_leaves_the_scene_state(text, event, actor, recipient):
    found = english(text, pub_date="2023-03-01")
    assert has(found, event, actor, recipient), found
    assert not has(found, event, recipient, recipient), found


def test_near_miss_no_scene_no_own_state_claim():
    # with no state set before, the claim's owner is still not the rejecter's state
    found = english("The minister rejected Ethiopian claims over the dam.", pub_date="2023-03-01")
    assert not has(found, "REJECT", "ETH", "ETH"), found


def test_indonesian_state_after_the_claim_noun_is_no_national():
    found = indonesian(
        "Kementerian Luar Negeri Mesir menggelar jumpa pers di Kairo pada Minggu. "
        "Menteri itu menolak tuduhan Etiopia soal bendungan.",
        pub_date="2023-03-01",
    )
    assert has(found, "REJECT", "EGY", "ETH"), found
