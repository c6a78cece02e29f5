"""English ACCUSE recall (session 23, recall_acc_en): a party rounded on,
grilled over a deal or rapped over an act; a plan with a long name called a mistake; a war said to
constitute the worst blunder; an official called before a committee (investigate); calls for a
leader to face trial or for officers to be prosecuted (allege); a move said to be aimed against a
state; a breach of a named act alleged by a speaker (en/triggers_s23_recall_acc_en.yaml) — and near
misses: measures aimed against an ill, rap music, the second round of a vote, negation."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Pakistan's prime minister rounded on India in a speech to parliament.", "PAK", "IND"),
        ("Australian senators grilled the defence minister over the submarine contract.", "AUS", "AUS"),
        (
            "Germany called Poland's decision to shut every crossing on its border a blunder.",
            "DEU",
            "POL",
        ),
        ("UN raps Myanmar junta over crackdown on monks", "UNO", "MMR"),
        (
            "Germany called the Polish plan to close all border crossings with Belarus overnight a grave mistake.",
            "DEU",
            "POL",
        ),
        ("A Spanish judge called for Chile's former dictator, a general, to stand trial.", "ESP", "CHL"),
        ("Human Rights Watch demanded that the Egyptian police officers be prosecuted.", "NGO", "EGY"),
        ("Moscow said the US missile shield in Poland was aimed against Russia.", "RUS", "USA"),
        ("The European Commission said Hungary violated the European Media Freedom Act.", "EUR", "HUN"),
    ],
)
def test_accusation_wording_codes_accuse(text, actor, recipient):
    found = english(text, pub_date="2021-06-10")
    assert has(found, "ACCUSE", actor, recipient), found


def test_called_before_a_committee_is_an_inquiry():
    found = english("The US attorney general was called before a Senate subcommittee.", pub_date="2019-05-01")
    assert has(found, "ACCUSE", "USA"), found


def test_constitutes_the_worst_blunder_is_a_judgement():
    found = english("The invasion constitutes the gravest blunder in British policy, Britain's foreign secretary said.")
    assert has(found, "ACCUSE", "GBR"), found


@pytest.mark.parametrize(
    "text",
    [
        "Indonesia's new anti-graft law is aimed against corruption, the president said.",
        "The French rap artist performed for the president of Senegal.",
        "Kenya's second round on Sunday will decide the presidency.",
        "Germany did not call the Polish plan to close all border crossings with Belarus overnight a mistake.",
    ],
)
def test_near_misses_code_no_accuse(text):
    found = english(text, pub_date="2021-06-10")
    assert not any(event == "ACCUSE" for event, _, _ in found), found
