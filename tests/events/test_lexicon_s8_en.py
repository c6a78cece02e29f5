"""Trigger vocabulary from data/en/triggers_s8.yaml: charges registered or booked, coming under fire
from a critic, acting in support of someone."""

from __future__ import annotations

from conftest import coded_in


def test_a_case_registered_against_someone_is_a_charge():
    text = "Police have registered cases against the Indian MLA for hate speech."
    assert ("ACCUSE", ["IND"], ["IND"]) in coded_in("en", text, "2017-11-07")


def test_a_case_booked_with_no_one_named_is_brought_by_the_state_of_the_story():
    text = "Cases have also been booked against the VHP leader in Belagavi, India."
    assert any(e == "ACCUSE" and a == ["IND"] for e, a, _ in coded_in("en", text, "2017-11-07"))


def test_coming_under_fire_from_a_critic_makes_the_critic_the_accuser():
    text = "Taiwan's Mainland Affairs Council came under fire from opposition lawmakers."
    assert any(e == "ACCUSE" and a == ["TWN"] for e, a, _ in coded_in("en", text, "2010-09-01"))


def test_acting_in_support_of_a_party_supports_it():
    text = "Canadian Prime Minister Justin Trudeau spoke in support of the Indian government."
    assert ("SUPPORT", ["CAN"], ["IND"]) in coded_in("en", text, "2020-12-01")


def test_firm_action_taken_is_coercion_and_promised_a_threat():
    text = "Pakistani police took strict action against the protesters in Karachi."
    assert "COERCE" in {e for e, _, _ in coded_in("en", text, "2016-10-03")}
    text = "The US said it would take firm action against North Korea."
    assert ("THREATEN", ["USA"], ["PRK"]) in coded_in("en", text, "2017-08-01")
