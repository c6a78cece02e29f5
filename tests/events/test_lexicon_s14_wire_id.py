"""Indonesian vocabulary of triggers_s14_wire.yaml and bodies_s14_id.yaml, written as examples in the
style of Indonesian translations of the international wire of 2003–2012: stop-over visits, offers to
mediate, insisting on a demand, deadlines, what a state will not allow, powers given to the army,
forces crossing in, peacekeepers formed, reactors shut down, talks walked out of, sweeps, crossings
and stations shut, claimed attacks, strikes at a target, hostages executed — and the arrivals,
matches and combs that are none. Every sentence here is invented."""

from __future__ import annotations

from functools import partial

import warta
from conftest import coded_in, types_in

coded = partial(coded_in, "id")
types = partial(types_in, "id")


# CONSULT, AGREE -------------------------------------------------------------------------------------


def test_a_stop_over_in_a_capital_is_a_visit():
    assert coded("Kanselir Jerman Angela Merkel singgah di Kabul dalam kunjungan singkat.", "2007-11-05") == [
        ("CONSULT", ["DEU"], ["AFG"])
    ]


def test_offering_oneself_as_mediator_is_an_offer_not_the_mediation():
    assert coded("Mesir menawarkan diri menjadi penengah antara Hamas dan Fatah.", "2007-06-20") == [
        ("AGREE", ["EGY"], ["PSE"])
    ]


def test_an_envoy_of_the_quartet_speaks_for_the_quartet():
    assert coded("Tony Blair, utusan Kuartet Timur Tengah, melakukan perjalanan ke Jalur Gaza.", "2009-03-01") == [
        ("CONSULT", ["IGO"], ["PSE"])
    ]


# REQUEST, THREATEN, REJECT --------------------------------------------------------------------------


def test_insisting_that_another_act_is_a_demand_not_the_act():
    assert coded("Israel bersikeras agar Hamas lebih dulu membebaskan Kopral Gilad Shalit.", "2007-03-01") == [
        ("REQUEST", ["ISR"], ["PSE"])
    ]


def test_insisting_on_a_view_is_no_event():
    assert coded("Netanyahu bersikeras bahwa Yerusalem adalah ibu kota Israel.", "2011-05-20") == []


def test_a_deadline_without_hours_is_an_ultimatum():
    assert coded("Israel memberi batas waktu kepada Hizbullah untuk membebaskan kedua tentaranya.", "2006-07-13") == [
        ("THREATEN", ["ISR"], ["LBN"])
    ]


def test_what_a_state_will_not_allow_is_a_warning_not_a_denial():
    assert coded("Olmert mengatakan Israel tidak akan membiarkan Iran memiliki senjata nuklir.", "2006-11-13") == [
        ("THREATEN", ["ISR"], ["IRN"])
    ]


def test_walking_out_of_six_party_talks_is_a_refusal():
    assert coded("Korea Utara menarik diri dari perundingan enam pihak.", "2009-04-14") == [("REJECT", ["PRK"], [])]


# MOBILIZE, AID, RETREAT -----------------------------------------------------------------------------


def test_powers_given_to_the_army_cover_the_act_they_allow():
    assert types(
        "Pakistan memberi wewenang kepada tentara untuk menembak di tempat para perusuh di Karachi.", "2007-05-13"
    ) == {"MOBILIZE"}


def test_troops_entering_a_capital_are_a_deployment():
    assert coded("Pasukan Ethiopia memasuki Mogadishu, Kamis.", "2006-12-28") == [("MOBILIZE", ["ETH"], ["SOM"])]


def test_troops_crossing_into_a_neighbour_are_a_deployment():
    assert coded("Pasukan Turki menyeberang ke Irak utara untuk memburu pemberontak Kurdi.", "2008-02-22") == [
        ("MOBILIZE", ["TUR"], ["IRQ"])
    ]


def test_forming_a_peacekeeping_force_for_a_country_is_protection():
    assert coded("Uni Afrika membentuk pasukan penjaga perdamaian untuk Somalia.", "2007-01-19") == [
        ("AID", ["IGO"], ["SOM"])
    ]


def test_shutting_down_a_reactor_is_de_escalation():
    assert coded("Korea Utara menutup reaktor nuklir Yongbyon, Sabtu, kata IAEA.", "2007-07-14") == [
        ("RETREAT", ["PRK"], [])
    ]


def test_disabling_nuclear_facilities_is_de_escalation():
    assert types("Korea Utara mulai melumpuhkan fasilitas nuklirnya di Yongbyon.", "2007-11-05") == {"RETREAT"}


# COERCE ---------------------------------------------------------------------------------------------


def test_a_sweep_is_a_search():
    assert types("Tentara Sri Lanka menyisir hutan di Vavuniya untuk mencari anggota Macan Tamil.", "2008-05-01") == {
        "COERCE"
    }


def test_shutting_a_crossing_is_a_restriction():
    assert types("Israel menutup perlintasan Rafah.", "2006-06-25") == {"COERCE"}


def test_shutting_a_television_station_is_censorship():
    assert ("COERCE", ["PSE"], ["QAT"]) in coded(
        "Otoritas Palestina menutup kantor stasiun televisi Al Jazeera di Tepi Barat.", "2009-07-15"
    )


def test_seizing_a_capital_is_occupation():
    assert types("Pasukan Ethiopia menguasai ibukota Somalia, Mogadishu.", "2006-12-28") == {"COERCE"}


def test_a_militia_of_the_islamic_courts_is_somali():
    assert coded("Milisi Uni Pengadilan Islam menguasai kota Jowhar.", "2006-06-14") == [("COERCE", ["SOM"], ["SOM"])]


# ASSAULT --------------------------------------------------------------------------------------------


def test_claiming_an_attack_makes_the_claimer_the_attacker():
    assert coded("Al Qaeda di Irak mengklaim serangan bom mobil di Baghdad.", "2007-04-18") == [
        ("ASSAULT", ["IMG"], ["IRQ"])
    ]


def test_the_islamic_army_in_iraq_is_an_insurgent_group_not_the_army():
    [event] = warta.code(
        "Tentara Islam di Irak mengaku menculik dua wartawan Prancis.", lang="id", pub_date="2004-08-30"
    )
    assert [(a.code, a.sector) for a in event.actor] == [("IRQ", "REB")]


def test_a_group_named_army_of_iraq_claims_a_kidnapping():
    assert coded("Tentara Islam di Irak mengaku menculik dua wartawan Prancis.", "2004-08-30") == [
        ("ASSAULT", ["IRQ"], ["FRA"])
    ]


def test_a_missile_fired_at_a_car_is_a_strike_not_a_test():
    assert coded("Helikopter Israel menembakkan rudal ke mobil pemimpin Hamas di Gaza.", "2004-04-17") == [
        ("ASSAULT", ["ISR"], ["PSE"])
    ]


def test_a_hostage_executed_by_insurgents_is_violence_not_a_sentence():
    assert coded("Taliban mengeksekusi seorang sandera Korea Selatan.", "2007-07-25") == [("ASSAULT", ["AFG"], ["KOR"])]


def test_tamil_rebels_are_the_tigers_wherever_the_story_is_set():
    assert coded("Pemberontak Tamil mengecam India.", "2006-04-25") == [("ACCUSE", ["LKA"], ["IND"])]


def test_the_international_crimes_court_is_the_icc():
    assert ("ACCUSE", ["IGO"], ["UGA"]) in coded(
        "Pengadilan Kejahatan Internasional mendakwa pemimpin Tentara Perlawanan Tuhan Joseph Kony.", "2005-10-13"
    )


# Not events -----------------------------------------------------------------------------------------


def test_a_team_arriving_for_a_tournament_is_no_visit():
    assert coded("Para pemain tim nasional Irak tiba di Jakarta untuk mengikuti Piala Asia.", "2007-07-01") == []


def test_combing_hair_is_no_sweep():
    assert coded("Ia menyisir rambutnya sebelum berangkat ke Kabul.", "2008-01-01") == []


def test_a_football_team_attacking_in_the_second_half_is_no_attack():
    assert (
        coded("Tim sepak bola Irak menyerang pertahanan Arab Saudi di babak kedua final Piala Asia.", "2007-07-29")
        == []
    )


def test_troops_entering_a_year_of_war_are_not_moved():
    assert coded("Pasukan AS di Irak memasuki tahun kelima perang.", "2007-03-20") == []
