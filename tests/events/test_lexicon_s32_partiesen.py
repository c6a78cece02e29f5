"""Whose an unnamed party is when another state's government is named after it (session 32,
partiesen; actors/match.py `later_state_kind`, `names_nationals`): "the Indian government", "the
French ambassador" named after unnamed party leaders or rebels are the other party, not where those
act; nationals named after them still are ("two Iranian border guards", "Kenyan lawmakers")."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient", "date"),
    [
        # another state's government named after unnamed party leaders is the one they condemn
        ("DHAKA: Leaders of all opposition parties on Sunday condemned the border policy of the Indian government.",
         "ACCUSE", "BGD", "IND", "2021-05-03"),
        ("NAIROBI: Gunmen fired at a group of diplomats on Friday, wounding the Dutch ambassador.",
         "ASSAULT", "KEN", "NLD", "2021-05-03"),
        # the story's scene, not the wounded envoy's state, is the rebels'
        ("Heavy fighting continued in northern Mali on Tuesday. A day earlier rebels fired mortars at a group"
         " of diplomats, wounding the French ambassador and two guards.",
         "ASSAULT", "MLI", "FRA", "2021-05-03"),
    ],
)
def test_foreign_government_named_after_is_the_other_party(text, event, actor, recipient, date):
    found = english(text, pub_date=date)
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient", "date"),
    [
        # near misses: nationals named after unnamed gunmen are still where they act
        ("Militants killed two Iranian border guards on Monday.", "ASSAULT", "IRN", "IRN", "2021-05-03"),
        ("Gunmen attacked a bus carrying supporters of jailed Kenyan lawmakers.", "ASSAULT", "KEN", "KEN",
         "2021-05-03"),
    ],
)
def test_nationals_named_after_still_set_the_scene(text, event, actor, recipient, date):
    found = english(text, pub_date=date)
    assert has(found, event, actor, recipient), found
