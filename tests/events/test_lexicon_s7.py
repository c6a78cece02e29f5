"""Trigger vocabulary from data/en/triggers_s7.yaml and data/id/triggers_s7.yaml: acts one language
coded on the parallel corpus (lines 1001-3300) where the other had no word for them — the base form of
"oppose", a prison term, acting at another's request, having talked to someone, voting for a measure,
suspending oneself from office; a state of emergency, troops placed or deployed — and stop entries
for an official suspended from his duties and a disaster emergency.
Every sentence here is invented."""

from __future__ import annotations

from conftest import coded_in


def kinds(lang: str, text: str) -> list[str]:
    return [event for event, _, _ in coded_in(lang, text)]


# ---------------------------------------------------------------------------------------------- English


def test_the_base_form_of_oppose_is_disapproval():
    events = coded_in("en", "Germany and France oppose the plan to expand the alliance.")
    assert ("ACCUSE", ["DEU", "FRA"], []) in events


def test_being_handed_a_prison_term_is_a_conviction():
    events = coded_in("en", "The activist was handed a ten-year prison term by a Thai court on Monday.")
    assert ("SANCTION", ["THA"], ["THA"]) in events


def test_acting_at_the_request_of_a_party_is_its_request():
    assert "REQUEST" in kinds("en", "Ukrainian troops left the town at the request of the United Nations.")


def test_having_talked_to_a_leader_is_a_consultation():
    events = coded_in("en", "Japanese Prime Minister Fumio Kishida said he had talked to Joe Biden on Tuesday.")
    assert ("CONSULT", ["JPN"], ["USA"]) in events


def test_voting_for_a_resolution_is_support():
    events = coded_in("en", "France voted for the resolution on Palestine, which Israel condemned.")
    assert ("SUPPORT", ["FRA"], ["PSE"]) in events


def test_suspending_oneself_from_office_is_stepping_down():
    events = coded_in("en", "The Peruvian president suspended himself from his duties on Monday.")
    assert ("RETREAT", ["PER"], []) in events


def test_an_official_suspended_from_his_duties_lifts_no_duties():
    assert "RETREAT" not in kinds("en", "An Egyptian police officer was suspended from his duties after the inquiry.")


# ------------------------------------------------------------------------------------------- Indonesian


def test_declaring_the_country_in_a_state_of_emergency_is_coercion():
    events = coded_in(
        "id", "Presiden Sri Lanka mengumumkan bahwa negara dalam keadaan darurat setelah kerusuhan di Kolombo."
    )
    assert ("COERCE", ["LKA"], ["LKA"]) in events


def test_a_disaster_emergency_is_no_coercion():
    assert "COERCE" not in kinds(
        "id", "Pemerintah Filipina menyatakan keadaan darurat bencana setelah topan melanda Luzon."
    )


def test_troops_stationed_at_a_border_are_a_deployment():
    events = coded_in("id", "Ratusan tentara Thailand ditempatkan di perbatasan dengan Kamboja pada hari Senin.")
    assert ("MOBILIZE", ["THA"], []) in events


def test_troops_deployed_in_a_city_are_a_deployment():
    assert "MOBILIZE" in kinds("id", "Pasukan Filipina digelar di Marawi setelah pertempuran meletus.")


def test_a_meeting_held_at_a_ministry_is_no_deployment():
    assert "MOBILIZE" not in kinds("id", "Rapat itu digelar di kantor Kementerian Pertahanan Filipina.")
