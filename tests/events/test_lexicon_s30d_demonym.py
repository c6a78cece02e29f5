"""Noun events whose doer is a state's adjective right before them (session 30d, demonym;
attribution.demonym_before, attribution.patient_in_pattern): "amid Israeli objections to the
plan", "after Pakistani threats to close the border" — the adjective, not the clause's subject,
did it; and "Russian expulsions of German diplomats", a patient noun whose pattern names the
expelled, keeps the adjective as its doer. Near misses: an owner before the adjective ("the
senator's Syrian visit": the adjective is the place), a plural demonym (a subject)."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        ("The American envoy left Cairo amid Israeli objections to the ceasefire plan.", "ACCUSE", "ISR", "USA"),
        ("The Kenyan president flew to Addis Ababa despite Somali objections to the port deal.",
         "ACCUSE", "SOM", "KEN"),
        ("Berlin's ambassador left Moscow after Russian expulsions of German diplomats.", "SANCTION", "RUS", "DEU"),
        ("The Thai prime minister spoke after Cambodian shelling of the border villages.", "ASSAULT", "KHM", "THA"),
    ],
)
def test_demonym_names_the_nouns_doer(text, event, actor, recipient):
    found = english(text, pub_date="2023-03-01")
    assert has(found, event, actor, recipient), found


def test_clause_subject_is_not_the_nouns_doer():
    found = english("The American envoy left Cairo amid Israeli objections to the ceasefire plan.", "2023-03-01")
    assert not has(found, "ACCUSE", "EGY"), found


def test_owner_before_the_adjective_keeps_the_act():
    # "the senator's Syrian visit": Syria is where the senator went, not a visitor
    found = english("The senator's Syrian visit angered the White House.", "2023-03-01")
    assert not any(event == "CONSULT" and "SYR" in actors for event, actors, _ in found), found


def test_plural_demonym_stays_a_subject():
    found = english("Palestinians protest in Ramallah against the new settlement.", "2023-03-01")
    assert has(found, "PROTEST", "PSE"), found
