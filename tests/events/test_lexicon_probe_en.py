"""English vocabulary of triggers_probe.yaml and bodies_probe.yaml (plain wire-copy phrasings a sweep
of invented news sentences found missing: committing, depositing or approving sums, readiness to host,
receiving and calling on leaders, headline "hosts", audiences; remorse, announced pauses in fighting;
launching joint drills, resuming intelligence sharing; shipping grain, sending weapons to a state;
releasing foreigners, handing back bodies, restoring the internet, officials who quit; declaring a
diplomat persona non grata, pulling out of a named deal; asking a state for weapons or for more;
blasting a decision; walking off the job; search operations, police sent in, stepped-up patrols;
blocking platforms, shutting down the internet; striking with drones or missiles, armies that
fought; no plans to act; coalitions led by a state), written as examples."""

from __future__ import annotations

from functools import partial

from conftest import coded_in, types_in

coded = partial(coded_in, "en")
types = partial(types_in, "en")


# -------------------------------------------------------------------------------------------- AGREE


def test_committing_and_approving_sums_is_a_promise_of_aid():
    for text, actor, recipient in (
        ("The UAE committed $1 billion to Egypt's reconstruction fund.", "ARE", "EGY"),
        ("The Asian Development Bank approved a $300 million loan for Sri Lanka.", "IGO", "LKA"),
    ):
        assert ("AGREE", [actor], [recipient]) in coded(text, "2023-06-01"), text


def test_being_ready_to_host_or_mediate_is_an_offer():
    assert ("AGREE", ["QAT"], []) in coded("Qatar said it stood ready to mediate in the dispute.")


# ------------------------------------------------------------------------------------------ CONSULT


def test_hosting_receiving_and_calling_on_leaders_are_meetings():
    for text, actor, recipient, date in (
        ("Modi hosts Albanese in New Delhi", "AUS", "IND", "2023-03-09"),
        ("The Saudi crown prince received the Iraqi prime minister in Jeddah.", "IRQ", "SAU", "2023-05-05"),
        ("The Indonesian foreign minister received the Dutch ambassador in Jakarta.", "NLD", "IDN", "2023-05-05"),
        ("The Bangladeshi army chief called on the Indian president in New Delhi.", "BGD", "IND", "2023-05-05"),
        ("The Thai king granted an audience to the Cambodian prime minister.", "THA", "KHM", "2023-05-05"),
    ):
        assert ("CONSULT", [actor], [recipient]) in coded(text, date), text


def test_calling_on_a_leader_to_act_stays_a_request():
    assert types("The Kenyan opposition called on the president to resign.") == {"REQUEST"}


# ------------------------------------------------------------------------------------------ CONCEDE


def test_remorse_and_an_announced_pause_in_fighting_are_concessions():
    assert ("CONCEDE", ["DEU"], ["DEU"]) in coded(
        "The German president expressed remorse for the colonial-era killings."
    )
    assert ("CONCEDE", ["RUS"], ["UKR"]) in coded("Russia declared a halt to its offensive near Kyiv.", "2022-03-29")


# ---------------------------------------------------------------------------------------- COOPERATE


def test_launching_joint_drills_is_cooperation_not_one_countrys_show_of_force():
    for text, actor, recipient in (
        ("China launched joint naval drills with Russia in the East China Sea.", "CHN", "RUS"),
        ("Indonesia and Singapore began joint air force exercises on Tuesday.", "IDN", "SGP"),
    ):
        found = coded(text)
        assert ("COOPERATE", [actor], [recipient]) in found, text
        assert "MOBILIZE" not in {event for event, _, _ in found}, text


def test_resuming_intelligence_sharing_is_cooperation():
    assert ("COOPERATE", ["GBR"], ["FRA"]) in coded("Britain and France restored military intelligence sharing.")


# ---------------------------------------------------------------------------------------------- AID


def test_grain_weapons_and_deposits_sent_to_a_state_are_aid():
    for text, actor, recipient, date in (
        ("Russia shipped grain to Eritrea.", "RUS", "ERI", "2023-05-05"),
        ("Germany sent howitzers to Ukraine.", "DEU", "UKR", "2023-05-05"),
        ("The United States will send Abrams tanks to Ukraine.", "USA", "UKR", "2023-01-25"),
        ("China deposited $1 billion with Sri Lanka's central bank.", "CHN", "LKA", "2023-05-05"),
    ):
        found = coded(text, date)
        assert any(event in ("AID", "AGREE") and a == [actor] and r == [recipient] for event, a, r in found), text


def test_weapons_moved_to_a_border_are_no_aid():
    assert "AID" not in types("The Chinese army moved missiles to the border.")


# ------------------------------------------------------------------------------------------ RETREAT


def test_releasing_foreigners_and_handing_back_bodies_are_releases():
    for text, actor, recipient in (
        ("Russia freed two American citizens on Thursday.", "RUS", "USA"),
        ("Iran releases Belgian academic", "IRN", "BEL"),
        ("Hezbollah handed back the bodies of two Israeli soldiers.", "LBN", "ISR"),
        ("Vietnam repatriated the body of a Chinese fisherman.", "VNM", "CHN"),
    ):
        assert ("RETREAT", [actor], [recipient]) in coded(text), text


def test_releasing_a_report_or_a_video_releases_no_one():
    assert "RETREAT" not in types("Iran released a report on the detained French tourists.")
    assert "RETREAT" not in types("Hamas released a video of two Israeli hostages.")


def test_restoring_the_internet_and_an_official_who_quits_are_retreats():
    assert ("RETREAT", ["IND"], []) in coded("India restored mobile internet in Manipur.")
    assert ("RETREAT", ["GBR"], []) in coded("The British health secretary quit on Tuesday.")
    assert "RETREAT" not in types("The British health secretary quit smoking last year.")


# ----------------------------------------------------------------------------------------- SANCTION


def test_declaring_a_diplomat_persona_non_grata_is_an_expulsion_by_the_state_that_declares():
    assert ("SANCTION", ["EST"], ["RUS"]) in coded("Estonia declared the Russian ambassador persona non grata.")


def test_pulling_out_of_a_named_deal_reduces_relations():
    for text, actor, recipient in (
        ("The United States pulled out of the Iran nuclear deal with Tehran.", "USA", "IRN"),
        ("Washington withdrew from the Intermediate-Range Nuclear Forces treaty with Russia.", "USA", "RUS"),
        ("Russia quit the Black Sea grain deal with Ukraine.", "RUS", "UKR"),
    ):
        assert ("SANCTION", [actor], [recipient]) in coded(text, "2023-07-18"), text


# ------------------------------------------------------------------------------------------ REQUEST


def test_asking_a_state_for_weapons_or_for_more_is_a_request():
    assert ("REQUEST", ["TWN"], ["USA"]) in coded("Taiwan asked the United States for more missiles.")
    assert ("REQUEST", ["PAK"], ["CHN"]) in coded("Pakistan asked China for further loans.")


# ------------------------------------------------------------------------------------------- ACCUSE


def test_blasting_a_decision_is_criticism():
    assert ("ACCUSE", ["CHN"], ["USA"]) in coded("China blasted the American decision on chip exports.")


# ------------------------------------------------------------------------------------------ PROTEST


def test_walking_off_the_job_is_a_strike():
    assert ("PROTEST", ["KEN"], ["KEN"]) in coded("Kenyan doctors walked off the job on Monday.")


# ----------------------------------------------------------------------------------------- MOBILIZE


def test_search_operations_police_sent_in_and_patrols_are_shows_of_force():
    for text, actor in (
        ("The Indian army launched a search operation in Kupwara.", "IND"),
        ("Nigerian police deployed 500 officers to Kano.", "NGA"),
        ("The Japanese coast guard stepped up patrols near the islands.", "JPN"),
    ):
        assert "MOBILIZE" in {event for event, a, _ in coded(text) if a == [actor]}, text
    assert "MOBILIZE" not in types("Indonesian police launched a search and rescue operation after the flood.")


# ------------------------------------------------------------------------------------------- COERCE


def test_blocking_platforms_and_shutting_down_the_internet_is_censorship():
    for text, actor in (
        ("Russia blocked access to Facebook and Twitter.", "RUS"),
        ("The Sudanese authorities cut off the internet in Khartoum.", "SDN"),
    ):
        assert "COERCE" in {event for event, a, _ in coded(text) if a == [actor]}, text
    assert "COERCE" not in types("Dutch farmers blocked access to the port in Rotterdam.")


# ------------------------------------------------------------------------------------------ ASSAULT


def test_striking_with_drones_or_missiles_and_armies_that_fought_are_attacks():
    for text, actor in (
        ("Russia struck the port with drones overnight.", "RUS"),
        ("Israel hit the camp with missiles.", "ISR"),
        ("The Ethiopian army fought Tigrayan forces near Mekelle.", "ETH"),
    ):
        assert "ASSAULT" in {event for event, a, _ in coded(text) if a == [actor]}, text
    assert "ASSAULT" not in types("The Chinese government fought corruption for years.")


# ------------------------------------------------------------------------------------------- REJECT


def test_no_plans_to_act_is_a_refusal():
    assert ("REJECT", ["DEU"], []) in coded("Germany has no plans to join the naval mission.")
    assert ("REJECT", ["IND"], ["PAK"]) in coded("India said it had no intention of holding talks with Pakistan.")


# ------------------------------------------------------------------------------------------- actors


def test_a_coalition_led_by_a_state_acts_for_it():
    assert ("ASSAULT", ["SAU"], ["YEM"]) in coded("Saudi-led coalition jets bombed a market in Yemen.", "2019-05-05")
    assert ("ASSAULT", ["USA"], ["SYR"]) in coded("The US-led coalition bombed Raqqa in Syria.", "2017-05-05")


def test_taking_action_against_someone_done_or_announced():
    assert ("THREATEN", ["PAK"], ["AFG"]) in coded(
        "Pakistan said it would take action against the Afghan Taliban.", "2023-09-09"
    )
    assert ("COERCE", ["IND"], ["IND"]) in coded("Police took action against hoarders in Delhi.", "2023-09-09")


def test_backing_a_state_in_a_dispute_and_taking_aim_in_words():
    assert coded("Japan backed the Philippines in its maritime dispute with China.", "2023-08-08") == [
        ("SUPPORT", ["JPN"], ["PHL"])
    ]
    assert ("ACCUSE", ["IND"], ["IND"]) in coded(
        "The Indian opposition took aim at the government over inflation.", "2023-03-05"
    )


def test_sending_forces_into_a_state_and_hosting_a_leader():
    assert coded("China sent 30 warplanes into Taiwan's air defence zone.", "2023-05-05") == [
        ("MOBILIZE", ["CHN"], ["TWN"])
    ]
    # the guest is the visit's actor, the host its recipient (ontology: visitor = actor, host = recipient)
    assert coded("Biden welcomed the Japanese prime minister to the White House.", "2023-01-13") == [
        ("CONSULT", ["JPN"], ["USA"])
    ]
    assert coded("Putin welcomed the Chinese leader at the Kremlin.", "2023-03-20") == [("CONSULT", ["CHN"], ["RUS"])]


def test_yielding_to_pressure_from_a_state_and_freeing_one_national():
    assert coded("Ukraine yielded to pressure from Poland on grain exports.", "2023-09-20") == [
        ("CONCEDE", ["UKR"], ["POL"])
    ]
    assert coded("Iran frees Swedish national", "2024-06-15") == [("RETREAT", ["IRN"], ["SWE"])]
