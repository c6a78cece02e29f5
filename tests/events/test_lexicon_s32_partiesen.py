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
        # a governor is no envoy or government: the gunmen are where he governs
        ("Gunmen attempted the assassination of the Nigerian governor of Kano.", "ASSAULT", "NGA", "NGA", "2021-05-03"),
    ],
)
def test_nationals_named_after_still_set_the_scene(text, event, actor, recipient, date):
    found = english(text, pub_date=date)
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient", "date"),
    [
        # a finite verb joined by "and" after "allow/want X to …" is the controller's act, not X's
        ("Moscow would not allow Kyiv to join the alliance and was sending more troops to the border.",
         "MOBILIZE", "RUS", None, "2023-03-01"),
        ("Washington wanted Seoul to cut oil imports and later imposed sanctions on Iranian banks.",
         "SANCTION", "USA", "IRN", "2023-03-01"),
    ],
)
def test_finite_verb_after_controlled_infinitive_shares_the_controller(text, event, actor, recipient, date):
    found = english(text, pub_date=date)
    assert has(found, event, actor, recipient), found


def test_bare_verb_after_controlled_infinitive_is_not_the_controllers():
    # near miss: "… to strike American bases and shell the embassy" goes on with what is wanted of them
    text = "Tehran wanted Iraqi militias to strike American bases and shell the embassy."
    found = english(text, pub_date="2023-03-01")
    assert not has(found, "ASSAULT", "IRN"), found
