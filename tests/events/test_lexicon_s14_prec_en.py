"""English stop entries and readings from data/en/triggers_s14_prec.yaml: a trigger word in a sense
that tells of no event codes nothing, and the real sense beside it still codes."""

from __future__ import annotations

from conftest import coded_in


def coded(text: str, pub_date: str = "2015-03-02"):
    return coded_in("en", text, pub_date)


def types(text: str, pub_date: str = "2015-03-02"):
    return [e[0] for e in coded(text, pub_date)]


def test_a_conviction_held_is_a_belief_not_a_verdict():
    assert coded("Merkel avoided any appearance of deeply felt conviction on the issue.") == []
    assert coded("The French president's firmly held convictions shaped the party platform.") == []
    assert coded("The German chancellor spoke with conviction about the reforms.") == []


def test_a_court_conviction_still_codes():
    assert ("SANCTION", ["EGY"], ["EGY"]) in coded(
        "A Cairo court convicted the activist of illegal assembly on Sunday."
    )


def test_a_fee_charged_is_no_indictment():
    assert coded("The annual fee charged by the Indonesian government rose to 59 dollars.") == []
    assert coded("Indonesian police charged a monthly fee for permits.") == []


def test_a_politically_charged_debate_is_no_indictment():
    assert coded("The Thai parliament held a highly charged debate on Monday.") == []
    assert "ACCUSE" not in types("The Chinese and Japanese ministers met in a politically charged atmosphere.")


def test_charging_a_person_still_codes():
    assert ("ACCUSE", ["AUS"], ["IDN"]) in coded(
        "Australian prosecutors charged two Indonesian fishermen with illegal fishing."
    )


def test_taking_control_of_a_legislature_is_an_election_not_a_seizure():
    assert coded("Two days after Republicans took control of Congress, she moved to Washington.", "1995-04-30") == []
    assert coded("The Malaysian opposition took control of the Senate after the vote.") == []
    assert coded("Democrats took full control of the legislature in November.") == []


def test_taking_control_of_a_town_still_codes():
    assert ("COERCE", ["LBY"], ["LBY"]) in coded(
        "Libyan rebels took control of the northern town of Ras Lanuf on Tuesday.", "2011-03-02"
    )


def test_a_burden_of_proof_not_met_is_no_refused_meeting():
    assert coded("Lawyers for the Thai government had not met the burden of proof, the judge said.") == []


def test_a_meeting_not_held_is_still_a_refusal():
    assert "REJECT" in types("The French president did not meet the Russian envoy.")


def test_a_tweet_attack_is_words():
    events = types("The French first lady's tweet attack on the Socialist candidate drew headlines.")
    assert "ACCUSE" in events and "ASSAULT" not in events


def test_a_blast_that_tore_into_a_market_is_no_verbal_attack():
    assert coded("The blast tore into a crowded Afghan market on Monday, Afghan officials said.") == []
    text = "Six people were killed when an explosive device tore into a market in Afghanistan, Afghan officials said."
    assert coded(text) == []


def test_a_politician_tearing_into_the_government_still_codes():
    assert ("ACCUSE", ["IND"], ["IND"]) in coded(
        "The Indian opposition leader tore into the government over rising fuel prices."
    )


def test_workplace_harassment_is_no_coercion():
    assert coded("Japan revised its laws to combat workplace harassment.", "2019-05-29") == []


def test_coast_guard_harassment_still_codes():
    events = coded(
        "Chinese coast guard vessels harassed Philippine fishing boats near Scarborough Shoal.", "2019-05-29"
    )
    assert ("COERCE", ["CHN"], ["PHL"]) in events


def test_being_in_denial_is_no_denial():
    assert coded("Many Brazilian officials remain in denial about the scale of the crisis.") == []
    assert coded("The German government says Holocaust denial is a crime.") == []


def test_a_denial_issued_still_codes():
    assert "REJECT" in types("Iran issued a denial of the report on Tuesday.")


def test_a_closed_investigation_or_its_report_is_no_inquiry():
    assert coded("Taiwanese prosecutors closed their investigation into the deaths on Tuesday.") == []
    assert coded("The Taiwanese government should explain the investigation report to survivors.") == []


def test_opening_an_investigation_still_codes():
    assert "ACCUSE" in types("Kenyan police launched an investigation into the attack.")


def test_a_negotiated_settlement_hoped_for_is_no_negotiation():
    assert coded("German officials want a negotiated settlement to Iran's nuclear issue.", "2007-01-22") == []
    events = types(
        "The EU ministers voiced support for a negotiated long-term solution to Iran's nuclear issue.", "2007-01-22"
    )
    assert "CONSULT" not in events


def test_negotiating_with_a_party_still_codes():
    assert ("CONSULT", ["NOR"], ["COL"]) in coded("Norway negotiated with Colombian rebels for two years.")


def test_a_town_hall_meeting_is_no_consultation():
    assert coded("The Ohio governor held a town hall meeting in Cleveland.", "2011-03-18") == []
    assert coded("US Secretary of State Hillary Clinton spoke at a town meeting in Tunis.", "2011-03-18") == []


def test_occupation_as_what_is_protested_is_no_seizure():
    events = types("Thousands of Iraqis marched in Najaf against the US-led occupation of Iraq.", "2007-04-09")
    assert "PROTEST" in events and "COERCE" not in events


def test_enjoying_the_support_of_states_makes_them_the_supporters():
    assert ("SUPPORT", ["IRN", "SYR"], ["LBN"]) in coded(
        "Hezbollah enjoyed the full support of Syria and Iran.", "2007-03-01"
    )
    assert ("SUPPORT", ["RWA"], ["COD"]) in coded("Congolese rebels enjoy the backing of Rwanda.", "2012-03-01")
