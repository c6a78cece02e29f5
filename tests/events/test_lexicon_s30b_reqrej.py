"""REQUEST, REJECT and THREATEN in coordinated clauses and wishes (session 30b, reqrej; grammar
`naming_as_verbs`, attribution.naming_verb; en/triggers/not_events.yaml s30b_reqrej): a verb joined
by "and" after a naming verb's "as" ("described the remarks as unfair and urged …") shares the namer's
subject, not the object named — and near misses: the act told inside the "as" phrase has no such
subject, wanting to act oneself ("wanted to send troops") asks no one, nor does a passive wish
("want them to be relocated")."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient", "date"),
    [
        ("Vietnam described the Chinese statement as groundless and urged Beijing to respect its sovereignty.",
         "REQUEST", "VNM", "CHN", "2023-05-10"),
        ("Japan called the missile launch as a grave provocation and demanded that North Korea halt its tests.",
         "REQUEST", "JPN", "PRK", "2023-04-14"),
        ("Seoul described the drills as a rehearsal for invasion and threatened to retaliate against Pyongyang.",
         "THREATEN", "KOR", "PRK", "2023-03-15"),
        ("India dismissed the report as baseless and rejected Pakistan's demand for talks.",
         "REJECT", "IND", "PAK", "2023-08-02"),
    ],
)
def test_verb_joined_after_naming_as(text, event, actor, recipient, date):
    found = english(text, pub_date=date)
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event", "actor"),
    [
        # the act inside the "as" phrase is no verb joined after it
        ("Beijing sees the visit as an invitation to Taiwan's separatists.", "AGREE", "CHN"),
        # wanting to act oneself asks no one
        ("Israel wanted to send troops to Lebanon.", "REQUEST", None),
        ("The minister wants to ask Japan for more investment next year.", "REQUEST", None),
        # a passive wish asks nothing of the party named
        ("Residents want the refugees from Myanmar to be relocated to another camp.", "REQUEST", None),
    ],
)
def test_near_misses(text, event, actor):
    found = english(text, pub_date="2023-06-10")
    assert all(not (e == event and (actor is None or actor in a)) for e, a, _ in found), found
