"""English vocabulary of triggers_s6.yaml (alleging with a clause, being disturbed by an act,
prohibitory orders, withdrawing a proposal, the right decision, a mistake, a clean bill of health,
no right to act, challenging an accuser, sending a query, driving fighters out, a military sweep,
stopping one's own strike) and its stop entries, written as examples."""

from __future__ import annotations

from functools import partial

from conftest import coded_in, types_in

coded = partial(coded_in, "en")
types = partial(types_in, "en")


# ------------------------------------------------------------------------------------------- ACCUSE


def test_alleging_with_a_clause_right_after_the_verb_is_an_allegation():
    events = coded("The Kenyan opposition alleged there had been widespread ballot stuffing in Nairobi.")
    assert any(e == "ACCUSE" and a == ["KEN"] for e, a, _ in events)


def test_alleging_the_police_did_something_is_an_allegation():
    events = coded("Amnesty International alleged the Egyptian police beat detainees in Cairo.")
    assert any(e == "ACCUSE" and a == ["NGO"] for e, a, _ in events)


def test_the_alleged_plot_is_no_allegation():
    assert "ACCUSE" not in types("The alleged plot was discussed at length in the newspapers.")


def test_a_claim_without_evidence_is_an_allegation():
    for text in (
        "Venezuela claimed, without evidence, that Colombia was plotting a coup.",
        "Venezuela said without evidence that Colombia was plotting a coup.",
    ):
        assert ("ACCUSE", ["VEN"], ["COL"]) in coded(text), text


def test_being_disturbed_by_an_act_is_disapproval():
    for text in (
        "Japan is disturbed by North Korea's missile launches, Tokyo said.",
        "The German government was deeply shocked by the Russian strikes on Kyiv.",
    ):
        assert "ACCUSE" in types(text), text


def test_calling_a_plan_a_mistake_is_criticism():
    for text in (
        "Germany called the Hungarian plan a mistake.",
        "France described Italy's decision as a blunder.",
    ):
        assert "ACCUSE" in types(text), text


def test_called_for_is_no_criticism_of_a_mistake():
    assert "ACCUSE" not in types("Germany called for an investigation into the failure of the talks.")


# ------------------------------------------------------------------------------------------ SUPPORT


def test_saying_another_made_the_right_decision_is_praise():
    events = coded("Ottawa made the right decision, Germany's foreign ministry said on Monday.")
    assert ("SUPPORT", ["DEU"], ["CAN"]) in events


def test_an_election_given_a_clean_bill_of_health_is_endorsed():
    events = coded("The European Union gave Ghana's election a clean bill of health on Monday.")
    assert any(e == "SUPPORT" and a == ["EUR"] for e, a, _ in events)


def test_monitors_declaring_a_vote_free_and_fair_endorse_it():
    events = coded("The African Union declared the Zambian election free and fair.")
    assert any(e == "SUPPORT" and a == ["IGO"] for e, a, _ in events)


# ------------------------------------------------------------------------------------------- REJECT


def test_denying_a_court_the_right_to_act_is_a_rejection():
    events = coded("Khartoum said the International Criminal Court had no right to try Sudanese citizens.")
    assert any(e == "REJECT" and a == ["SDN"] for e, a, _ in events)


def test_challenging_an_accuser_to_prove_it_is_a_rejection():
    events = coded("Iran challenged the United States to prove its allegations about the drones.")
    assert ("REJECT", ["IRN"], ["USA"]) in events


def test_challenging_a_ruling_is_no_challenge_to_prove():
    assert "REJECT" not in types("The Thai opposition challenged the ruling in the constitutional court.")


# ------------------------------------------------------------------------------------------ REQUEST


def test_sending_an_inquiry_is_a_request_not_an_investigation():
    text = "Canada sent an official inquiry about the detained engineer to China last month."
    events = coded(text)
    assert ("REQUEST", ["CAN"], ["CHN"]) in events
    assert "ACCUSE" not in types(text)


# ------------------------------------------------------------------------------------------ CONCEDE


def test_withdrawing_ones_own_proposal_is_a_concession():
    assert "CONCEDE" in types("The Polish government withdrew its proposal to tax foreign media.")


def test_withdrawing_troops_under_a_plan_is_no_withdrawn_proposal():
    text = "Russia will withdraw troops under the plan agreed in Geneva."
    assert "CONCEDE" not in types(text)


def test_stopping_ones_own_strike_is_a_concession():
    for text in (
        "The Bangladeshi opposition decided to stop its general strike on Tuesday.",
        "Nigerian unions halted their nationwide strike after talks with the government.",
    ):
        assert "CONCEDE" in types(text), text


# ------------------------------------------------------------------------------------------- COERCE


def test_prohibitory_orders_are_a_restriction():
    for text in (
        "Indian police imposed prohibitory orders in Srinagar on Friday.",
        "Indian police clamped prohibitory orders on three districts of Karnataka on Thursday.",
    ):
        assert "COERCE" in types(text), text


# ------------------------------------------------------------------------------------------ ASSAULT


def test_chasing_fighters_out_of_a_town_is_an_assault():
    assert "ASSAULT" in types("Somali troops chased out al Shabaab fighters from the town of Baidoa.")


def test_driving_rebels_out_is_an_assault():
    assert "ASSAULT" in types("The Congolese army drove the rebels out of Goma on Sunday.")


def test_a_military_sweep_is_an_assault():
    assert "ASSAULT" in types("The Pakistani army launched a sweep through the Swat valley on Monday.")


def test_sweeping_reforms_are_no_sweep():
    assert types("The Pakistani government launched sweeping reforms of the tax system.") == set()


# ------------------------------------------------------------------------------------ stop entries


def test_riot_gear_is_no_riot():
    assert "PROTEST" not in types("Police in riot gear stood outside the parliament in Kyiv.")


def test_refusing_to_confirm_a_report_is_no_rejection():
    for text in (
        "A Pentagon spokesman refused to confirm the report.",
        "The Egyptian foreign ministry declined to comment on the arrests.",
    ):
        assert "REJECT" not in types(text), text


def test_a_source_who_asked_not_to_be_named_makes_no_request():
    text = "A French diplomat, who asked not to be named, said the talks would resume in Doha."
    assert "REQUEST" not in types(text)


def test_a_reporters_question_is_no_request():
    assert "REQUEST" not in types("The Japanese minister, asked to comment on the Chinese exercises, smiled.")


def test_an_extradition_to_the_requesting_state_makes_no_request():
    text = "India's foreign ministry said it would hand him over to the requesting country."
    assert "REQUEST" not in types(text)


def test_launching_an_election_campaign_is_no_offensive():
    for text in (
        "Kenyan President William Ruto launched his re-election campaign in Nairobi.",
        "The Zimbabwean opposition leader launched a campaign for next year's elections.",
    ):
        assert "ASSAULT" not in types(text), text


def test_launching_a_military_campaign_is_still_an_offensive():
    assert "ASSAULT" in types("The Nigerian army launched a military campaign against Boko Haram in Borno.")


def test_researchers_investigating_effects_open_no_inquiry():
    assert "ACCUSE" not in types("French researchers investigated the effects of the vaccine on children.")


def test_a_promise_fulfilled_is_no_new_promise():
    assert "AGREE" not in types("The reforms fulfil President Sisi's promise of a new capital.")


def test_an_attack_widely_blamed_on_a_state_has_no_named_accuser():
    text = "Lebanon's president visited the site of the 2005 blast, an attack widely blamed on Syria."
    assert "ACCUSE" not in types(text)
