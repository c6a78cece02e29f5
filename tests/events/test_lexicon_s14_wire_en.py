"""English vocabulary of triggers_s14_wire.yaml and office-holders of people/s14_wire.tsv: the
international wire of 2003-2012 — surprise visits, attacks claimed, gun battles, people snatched,
troops sweeping in or landing, peacekeeping forces created, elections judged free and fair,
ultimatums, the army authorised to act, warnings against re-arming, suspects handed over — and the
envoys, commanders and spokespeople of that era. Every sentence here is invented."""

from __future__ import annotations

from functools import partial

from conftest import coded_in, types_in

coded = partial(coded_in, "en")
types = partial(types_in, "en")


def test_office_holders_of_the_2000s_wire_resolve_by_date():
    assert ("CONSULT", ["USA"], ["PRK"]) in coded(
        "US envoy Christopher Hill held talks with Kim Kye-gwan in Beijing.", "2007-01-17"
    )
    assert ("CONSULT", ["UNO"], ["SDN"]) in coded(
        "UN envoy Jan Pronk held talks with President Omar al-Bashir in Khartoum.", "2005-06-12"
    )
    assert ("CONSULT", ["USA"], ["AFG"]) in coded(
        "General Stanley McChrystal met Afghan Defence Minister Abdul Rahim Wardak in Kabul.", "2009-07-02"
    )
    assert ("ACCUSE", ["PAK"], ["IND"]) in coded(
        "Rehman Malik accused India of backing militants in Balochistan.", "2009-04-05"
    )
    assert ("CONSULT", ["IRN"], ["GBR"]) in coded("Kamal Kharazi held talks with Jack Straw in Tehran.", "2004-02-10")


def test_a_surprise_visit_is_a_visit_to_the_place_after():
    assert coded("Condoleezza Rice made a surprise stop in Beirut on Monday.", "2006-07-24") == [
        ("CONSULT", ["USA"], ["LBN"])
    ]
    assert coded("Condoleezza Rice flew unannounced into Baghdad on Tuesday.", "2006-10-05") == [
        ("CONSULT", ["USA"], ["IRQ"])
    ]


def test_an_attack_claimed_is_the_claimants_attack():
    assert ("ASSAULT", ["AFG"], ["AFG"]) in coded(
        "The Taliban claimed responsibility for the suicide bombing in Kandahar.", "2006-07-10"
    )
    assert "ASSAULT" in types("Al-Shabaab claimed responsibility for the twin bombings in Kampala.", "2010-07-12")
    assert types("No group has claimed responsibility for the attack.", "2005-07-08") == set()


def test_a_gun_battle_engaged_in_codes_its_sides():
    assert ("ASSAULT", ["PAK"], ["PAK"]) in coded(
        "Police engaged in a fierce gun battle with militants in Karachi.", "2008-03-02"
    )


def test_people_snatched_and_ships_seized_by_pirates_are_abductions():
    assert coded("Gunmen snatched two Italian aid workers from their office in Baghdad.", "2004-09-07") == [
        ("ASSAULT", ["IRQ"], ["ITA"])
    ]
    assert coded("Pirates seized a Ukrainian ship off Somalia.", "2008-09-25") == [("ASSAULT", ["SOM"], ["UKR"])]


def test_armed_men_clashing_with_troops_fight_rather_than_riot():
    assert types("Hezbollah fighters clashed with Israeli troops near the border.", "2006-07-20") == {"ASSAULT"}


def test_troops_sweeping_in_landing_or_entering():
    assert coded("Israeli troops pushed deeper into southern Lebanon.", "2006-08-12") == [("ASSAULT", ["ISR"], ["LBN"])]
    assert coded("French troops landed in Ivory Coast to protect foreigners.", "2004-11-07") == [
        ("MOBILIZE", ["FRA"], ["CIV"])
    ]
    assert coded("Ethiopian troops entered Somalia on Wednesday.", "2006-07-20") == [("MOBILIZE", ["ETH"], ["SOM"])]
    # peacekeepers arriving give protection (AID 074, coder.peace_mission, session 24), no show of force
    assert coded("Ugandan peacekeepers arrived in Mogadishu.", "2007-03-06") == [("AID", ["UGA"], ["SOM"])]
    assert types("A sandstorm sweeping through the region grounded all flights.") == set()


def test_a_peacekeeping_force_created_for_a_place_is_aid_to_it():
    assert coded("The UN Security Council created a peacekeeping force for Sudan's Darfur region.", "2007-07-31") == [
        ("AID", ["UNO"], ["SDN"])
    ]


def test_an_election_judged_free_and_fair_is_support():
    assert coded("Observers from the African Union said Zambia's election was free and fair.", "2006-07-31") == [
        ("SUPPORT", ["IGO"], ["ZMB"])
    ]


def test_an_ultimatum_or_a_deadline_is_a_threat_by_its_giver():
    assert coded("Hamas gave Israel an ultimatum to halt its attacks.", "2006-06-10") == [
        ("THREATEN", ["PSE"], ["ISR"])
    ]
    assert "THREATEN" in types("Hezbollah gave the Lebanese government until Monday to respond.", "2006-11-10")


def test_a_warning_against_rearming_is_a_threat_although_said_in_the_future():
    assert coded("Israel said it would not allow the continued arming of Hezbollah.", "2006-08-20") == [
        ("THREATEN", ["ISR"], ["LBN"])
    ]


def test_the_army_authorised_to_act_is_mobilisation_not_yet_the_attack():
    assert types(
        "Turkey's parliament authorised the army to strike Kurdish rebels in northern Iraq.", "2007-10-17"
    ) == {"MOBILIZE"}


def test_someone_handed_over_to_another_states_justice_is_judicial_cooperation():
    assert coded("Uganda handed over the LRA commander to the ICC.", "2009-01-20") == [("COOPERATE", ["UGA"], ["IGO"])]
