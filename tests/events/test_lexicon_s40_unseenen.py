"""Parties read on unseen English text (session 40, unseenen; events/clauses.py finite_form,
events/attribution.py is_nominal): a verb after "and" shares the first verb's subject past an object
complement whose gerund or plural only respells its lemma ("accused Japan of provoking tensions and
warned …", "for its immigration policies and summoned …"); a noun trigger with a modifier after its
determiner names its own doer with "by" ("the illegal annexation of Crimea by Moscow") — and near
misses: a party after "and" that opens its own clause, a modified noun that names no doer."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        ("Pyongyang accused Seoul of staging provocations and cancelled the talks.", "REJECT", "PRK", None),
        ("China's foreign minister accused Japan of provoking tensions and warned Tokyo against further moves.",
         "REQUEST", "CHN", "JPN"),
    ],
)
def test_second_verb_shares_subject_past_respelled_complement(text, event, actor, recipient):
    found = english(text, pub_date="2021-03-01")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        ("Ukraine condemned the illegal annexation of Crimea by Moscow.", "COERCE", "RUS", "UKR"),
        ("The Philippines protested the dangerous blocking of Filipino supply boats by Chinese coast guard ships.",
         "COERCE", "CHN", "PHL"),
        ("Lithuania praised the quick release of the activists by Belarus.", "RETREAT", "BLR", None),
    ],
)
def test_modified_noun_names_its_doer_with_by(text, event, actor, recipient):
    found = english(text, pub_date="2021-03-01")
    assert has(found, event, actor, recipient), found


def test_party_opening_its_own_clause_after_and():
    found = english("Russia accused Ukraine of shelling the plant and Kyiv denied the claim.", pub_date="2021-03-01")
    assert has(found, "REJECT", "UKR", "RUS"), found


def test_modified_noun_without_by_keeps_no_doer_of_its_own():
    found = english("Ukraine condemned the illegal annexation of Crimea by Moscow.", pub_date="2021-03-01")
    assert not has(found, "COERCE", "UKR"), found
