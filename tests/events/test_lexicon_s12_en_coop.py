"""English vocabulary of triggers_s12_coop.yaml: the cooperative types — forces that withdraw or
leave, a withdrawal completed, people freed or returned, land handed over, a resignation handed in;
a bill shelved, restrictions scaled back, sentences cut, a mistake admitted, demands accepted; a
patrol held together, a suspect handed over, a joint probe; weapons handed over, aid airdropped, debt
written off; a leader welcomed to a capital, an accord initialled — and sport or market words that
look like them. Every sentence here is invented."""

from __future__ import annotations

from functools import partial

from conftest import coded_in, types_in

coded = partial(coded_in, "en")
types = partial(types_in, "en")


def test_forces_that_withdraw_or_leave_a_place_retreat():
    assert ("RETREAT", ["SYR"], []) in coded("Syrian troops withdrew from the town of Saraqeb on Friday.")
    assert ("RETREAT", ["RUS"], []) in coded("Russian soldiers left the Zaporizhzhia region on Tuesday.")
    assert ("RETREAT", ["ISR"], []) in coded("Israeli forces pulled out from Jenin after a two-day raid.")


def test_troops_leaving_for_a_front_or_a_toll_left_are_no_withdrawal():
    assert "RETREAT" not in types("Chadian soldiers left for the front on Monday.")
    assert "RETREAT" not in types("The ambush left four Malian soldiers dead.")


def test_a_withdrawal_completed_or_a_disengagement_is_done():
    assert ("RETREAT", ["USA"], ["NER"]) in coded("The US military completed its withdrawal from Niger.")
    assert types("Chinese troops began disengagement along the border with India.") == {"RETREAT"}


def test_people_freed_or_returned_and_land_handed_over():
    taliban = "The Taliban released a detained Afghan journalist's brother."
    assert ("RETREAT", ["AFG"], []) in coded(taliban, "2015-06-01")
    assert ("RETREAT", ["PRK"], ["KOR"]) in coded("North Korea repatriated four South Korean fishermen.")
    assert ("RETREAT", ["AZE"], ["ARM"]) in coded("Azerbaijan handed back two villages to Armenia.")


def test_a_resignation_handed_in_and_access_unblocked():
    assert coded("The Slovak interior minister handed in his resignation.") == [("RETREAT", ["SVK"], [])]
    assert coded("The Pakistani government unblocked the social media platform X.") == [("RETREAT", ["PAK"], [])]


def test_a_bill_shelved_restrictions_scaled_back_sentences_cut():
    assert coded("The Kyrgyz government shelved the media bill after protests.") == [("CONCEDE", ["KGZ"], ["KGZ"])]
    assert types("The Vietnamese government rolled back its travel restrictions.") == {"CONCEDE"}
    assert ("CONCEDE", ["EGY"], ["EGY"]) in coded("The Egyptian president reduced the prison terms of 30 activists.")


def test_a_mistake_admitted_or_demands_accepted_concede():
    assert ("CONCEDE", ["IRN"], ["IRN"]) in coded(
        "Iran acknowledged its mistake in the downing of the airliner.", "2020-01-12"
    )
    assert ("CONCEDE", ["FRA"], ["FRA"]) in coded("The French government accepted the farmers' demands.")
    assert "CONCEDE" not in types("The French government refused to accept the farmers' demands.")


def test_a_patrol_or_sail_held_together_is_cooperation():
    assert ("COOPERATE", ["IDN"], ["PHL"]) in coded(
        "Indonesian and Philippine navies held a coordinated patrol in the Sulu Sea."
    )
    assert types("Japanese and Indian warships conducted a joint sail in the Bay of Bengal.") == {"COOPERATE"}


def test_a_suspect_handed_over_or_a_joint_probe_is_judicial_cooperation():
    assert coded("Malaysian police handed the fugitive over to Singapore authorities.") == [
        ("COOPERATE", ["MYS"], ["SGP"])
    ]
    assert types("The FBI and Thai police jointly investigated the fraud.") == {"COOPERATE"}


def test_a_joint_exercise_hosted_is_cooperation_not_a_visit():
    assert types("The Thai army hosted joint exercises with American troops in Lopburi.") == {"COOPERATE"}


def test_weapons_handed_over_aid_airdropped_debt_written_off():
    assert coded("The Netherlands handed over the first F-16 jets to Ukraine.", "2024-05-01") == [
        ("AID", ["NLD"], ["UKR"])
    ]
    assert ("AID", ["EGY"], ["PSE"]) in coded("Egyptian planes airdropped food into Gaza.")
    assert ("AID", ["JPN"], ["LKA"]) in coded("Japan wrote off $500 million of Sri Lanka's debt.")
    assert ("AID", ["RUS"], ["SYR"]) in coded("Russia armed the Syrian army with new air defence systems.")


def test_a_hospital_ship_or_fuel_sent_to_another_state_is_aid():
    assert coded("Turkey dispatched a hospital ship to Libya.") == [("AID", ["TUR"], ["LBY"])]
    assert coded("Venezuela supplied fuel to Cuba.") == [("AID", ["VEN"], ["CUB"])]


def test_an_airdrop_operation_on_a_hideout_is_no_aid():
    assert "AID" not in types("Iraqi special forces conducted an airdrop operation on an IS hideout.")


def test_a_leader_welcomed_to_a_capital_is_a_visit():
    # the guest is the visit's actor, the host its recipient
    assert coded("The Saudi crown prince welcomed the Turkish president to Jeddah.") == [("CONSULT", ["TUR"], ["SAU"])]


def test_praise_a_ceasefire_or_an_initialled_accord_is_support():
    assert ("SUPPORT", ["QAT"], ["ISR", "LBN"]) in coded("Qatar welcomed the ceasefire between Israel and Lebanon.")
    assert ("SUPPORT", ["ARM"], ["AZE"]) in coded("Armenia and Azerbaijan initialled a peace agreement.")
    assert ("SUPPORT", ["JPN"], ["VNM"]) in coded("The Japanese foreign ministry spoke highly of Vietnam's reforms.")


def test_offering_to_help_is_agreement():
    assert ("AGREE", ["DEU"], ["UKR"]) in coded("Germany stands ready to supply Ukraine with more air defence systems.")


def test_sport_and_market_uses_are_no_events():
    assert types("The Ethiopian runner surrendered his lead on the last lap.") == set()
    assert types("The Sri Lankan cricket captain stepped down after the defeat.") == set()
    assert types("The Argentine striker apologised to fans after the match.") == set()
    assert types("Investors pulled out from emerging markets in March.") == set()
