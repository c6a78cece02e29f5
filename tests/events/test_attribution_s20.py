"""Who did it, in constructions found by probing like an outside test suite (session 20): a visit
"by train", a chief named by what he heads, a minister "and her counterpart", and a headline that
opens on two states."""

from __future__ import annotations

from conftest import coded_in


def coded(text: str, lang: str = "en", pub_date: str = "2024-03-01"):
    return coded_in(lang, text, pub_date)


def test_arriving_by_train_is_a_visit_not_a_passive():
    assert ("CONSULT", ["PRK"], ["RUS"]) in coded("Kim Jong Un arrived in Russia by train.")


def test_a_participle_with_a_by_agent_is_still_a_reduced_passive():
    assert ("ASSAULT", ["PSE"], ["ISR"]) in coded("An Israeli soldier held captive in Gaza by Hamas was freed.")


def test_the_eus_foreign_policy_chief_speaks_for_the_eu():
    text = "The EU's foreign policy chief said Russia must withdraw its troops from Ukraine."
    assert ("REQUEST", ["EUR"], ["RUS"]) in coded(text)


def test_a_minister_and_her_counterpart_meeting_in_his_capital():
    text = "Indonesian Foreign Minister Retno Marsudi and her Australian counterpart met in Canberra."
    assert ("CONSULT", ["IDN"], ["AUS"]) in coded(text)


def test_a_headline_opening_on_two_states_names_both():
    assert ("CONSULT", ["IDN"], ["CHN"]) in coded("Indonesia, China hold talks on South China Sea")
    assert ("AGREE", ["IDN"], ["MYS"]) in coded("Indonesia, Malaysia Sepakati Batas Laut", "id")


def test_a_comma_after_a_state_in_a_sentence_is_no_pair():
    # an apposition in running text: "Israel, a close ally of the US, …" names one state as subject
    events = coded("Israel, the closest US ally in the region, held talks with Egypt on Monday.")
    assert ("CONSULT", ["ISR"], ["EGY"]) in events


def test_a_by_of_another_participle_does_not_make_the_trigger_passive():
    text = "Relations plunged after Tokyo imposed export curbs on chemicals used by South Korean chipmakers."
    assert not any(e[1] == ["KOR"] for e in coded(text))


def test_the_board_of_a_body_speaks_for_the_body_not_the_dateline():
    text = "VIENNA, June 8 - The board of the International Atomic Energy Agency passed a resolution criticising Iran."
    assert ("ACCUSE", ["IGO"], ["IRN"]) in coded(text, "en", "2024-06-10")


def test_a_state_that_protested_did_so_by_note_a_crowd_in_the_street():
    assert ("ACCUSE", ["VNM"], ["CHN"]) in coded("Vietnam protested China's deployment of an oil rig.")
    assert ("PROTEST", ["VNM"], ["CHN"]) in coded("Thousands protested in Hanoi against China.")
    assert any(e[0] == "PROTEST" for e in coded("Palestinians protested against the Israeli raid in Jenin."))


def test_a_headline_passive_without_is_does_not_make_the_accused_the_accuser():
    for text in (
        "North Korea accused of firing missiles toward Japan",
        "Russia blamed for cyberattack on German parliament",
    ):
        assert not any(e[0] == "ACCUSE" and e[1] in (["PRK"], ["RUS"]) for e in coded(text))
    assert ("ACCUSE", ["IRN"], ["ISR"]) in coded("Iran accused Israel of attacking its embassy")


def test_the_verb_after_a_relative_clause_is_the_subjects_own():
    text = "Macron, who arrived in Jakarta on Tuesday, pledged to deepen defence cooperation with Indonesia."
    assert ("AGREE", ["FRA"], ["IDN"]) in coded(text)
    text = "Blinken, who is on a tour of Asia, urged China to stop its harassment of Philippine vessels."
    assert ("REQUEST", ["USA"], ["CHN"]) in coded(text)
