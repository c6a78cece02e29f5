"""Refusals (session 38, reject): a ballot citizens cast in an election ("voters went to the polls to
vote against", "go out and vote against") is no refusal (en.none.s38-polls-to-vote-against,
en.none.s38-voters-vote-against); a state or body voting against a draft stays a REJECT."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")


@pytest.mark.parametrize(
    "text",
    [
        "Young voters turned out in large numbers to vote against the ruling party's candidate.",
        "Farmers in the province said they would go out and vote against the governor.",
        "Suburban voters in Pennsylvania voted against the incumbent senator.",
    ],
)
def test_citizens_ballot_is_no_refusal(text):
    found = english(text, pub_date="2021-03-01")
    assert not any(e == "REJECT" for e, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Russia voted against the resolution at the Security Council.", "RUS"),
        ("India voted against the draft at the United Nations General Assembly.", "IND"),
    ],
)
def test_states_voting_against_still_refuse(text, actor):
    found = english(text, pub_date="2021-03-01")
    assert has(found, "REJECT", actor, None), found
