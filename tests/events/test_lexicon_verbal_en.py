"""English verbal-conflict and -cooperation vocabulary (triggers_verbal.yaml), written as examples."""

from __future__ import annotations

from functools import partial

from conftest import coded_in, types_in

coded = partial(coded_in, "en")
types = partial(types_in, "en")


def test_asking_a_named_body_to_act_is_a_request():
    events = coded("The Egyptian president asked the national parliament to amend the constitution.")
    assert any(e == "REQUEST" and a == ["EGY"] for e, a, _ in events)


def test_an_appeal_made_to_states_is_a_request():
    text = "Kenya's foreign minister made an urgent appeal to Somalia's neighbours to end the fighting."
    assert "REQUEST" in types(text)


def test_saying_no_to_a_proposal_is_a_rejection():
    assert "REJECT" in types("Iran said no to the European proposal on Tuesday.")


def test_a_diplomatic_protest_to_a_state_is_an_accusation():
    events = coded("China protested to Japan over the minister's visit to the shrine.")
    assert ("ACCUSE", ["CHN"], ["JPN"]) in events


def test_voting_against_is_a_rejection():
    assert "REJECT" in types("China voted against the resolution on Myanmar.")


def test_condolences_are_support():
    assert "SUPPORT" in types("The Indian prime minister sent condolences to Nepal after the earthquake.")


def test_forcible_removal_is_coercion():
    assert "COERCE" in types("Thai police forcibly repatriated 100 Uighurs to China.")
