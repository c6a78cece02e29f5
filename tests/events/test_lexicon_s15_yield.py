"""Yielding, from data/en/triggers_s15_yield.yaml and data/id/triggers_s15_yield.yaml: concessions
(CONCEDE) and material retreats (RETREAT) told in common wire phrasing, and the words around them
that tell no concession — a ceasefire only talked of or breached, aid handed over, citizens brought
home, fees waived, an airline apologising to its passengers."""

from __future__ import annotations

import warta


def coded(text: str, lang: str, pub_date: str = "2022-06-14"):
    return [
        (e.event, sorted(a.code for a in e.actor), sorted(r.code for r in e.recipient))
        for e in warta.code(text, lang=lang, pub_date=pub_date)
    ]


def types(text: str, lang: str, pub_date: str = "2022-06-14"):
    return [e[0] for e in coded(text, lang, pub_date)]


# --- English: CONCEDE --------------------------------------------------------------------------------
def test_backing_down_on_a_plan_is_a_concession_not_support():
    assert ("CONCEDE", ["THA"], ["THA"]) in coded(
        "The Thai government backed down on a plan to raise fuel prices.", "en"
    )


def test_repealing_laws_under_protest_concedes():
    assert ("CONCEDE", ["IND"], ["IND"]) in coded(
        "The Indian government repealed the three farm laws after a year of protests.", "en", "2021-11-29"
    )


def test_asking_forgiveness_is_an_apology_not_a_request():
    assert coded("The German president asked for forgiveness for Germany's colonial crimes.", "en") == [
        ("CONCEDE", ["DEU"], ["DEU"])
    ]


def test_calling_off_a_blockade_or_ending_a_walkout_concedes():
    assert ("CONCEDE", ["BGD"], ["BGD"]) in coded(
        "The Bangladesh Nationalist Party called off its nationwide blockade on Sunday.", "en", "2015-04-05"
    )
    assert "CONCEDE" in types("South Korean trainee doctors ended their walkout after seven months.", "en")


# --- English: RETREAT --------------------------------------------------------------------------------
def test_release_of_a_person_named_by_standing():
    assert ("RETREAT", ["RUS"], ["USA"]) in coded(
        "Russia released the American basketball star in a prisoner swap.", "en"
    )


def test_released_by_captors_passive():
    assert ("RETREAT", ["SYR"], ["JPN"]) in coded(
        "The two Japanese journalists were released by Syrian rebels on Friday.", "en"
    )
    assert ("RETREAT", ["SOM"], ["THA"]) in coded(
        "Two Thai sailors were freed by Somali pirates after a ransom was paid.", "en"
    )


def test_a_report_released_is_no_release():
    assert coded("The report was released by the Indian health ministry on Monday.", "en") == []


def test_returning_artefacts_and_cutting_troops():
    assert ("RETREAT", ["NLD"], ["IDN"]) in coded("The Netherlands returned looted artefacts to Indonesia.", "en")
    # troops drawn down in a country leave that country (session 20: the place is the recipient)
    assert ("RETREAT", ["AUS"], ["TLS"]) in coded(
        "Australia reduced its troops in East Timor to 400.", "en", "2010-06-01"
    )


def test_handed_back_to_families():
    assert ("RETREAT", ["IND"], []) in coded("Indian troops handed the detainees back to their families.", "en")


# --- English: what is no ceasefire kept --------------------------------------------------------------
def test_accused_of_violating_the_ceasefire_is_one_accusation():
    assert coded("Russia accused Ukraine of violating the ceasefire.", "en") == [("ACCUSE", ["RUS"], ["UKR"])]


def test_ceasefire_talks_are_talks_and_no_ceasefire():
    assert "RETREAT" not in types("Israeli and Hamas negotiators began ceasefire talks in Cairo.", "en")


def test_a_timetable_for_withdrawal_is_no_withdrawal():
    assert "RETREAT" not in types(
        "Democrats tried to force Bush to accept a date for withdrawing U.S. troops.", "en", "2007-03-01"
    )


def test_a_ceasefire_referred_to_is_no_ceasefire():
    assert "RETREAT" not in types("Kenya signed an accord with Burundi in line with a September 7 ceasefire.", "en")
    assert "RETREAT" not in types(
        "Both sides agreed there was a compelling need for a comprehensive ceasefire in Sudan.", "en"
    )


def test_legalising_a_practice_and_customer_apologies_are_no_concessions():
    assert coded("The Netherlands became the first country to legalise euthanasia in 2001.", "en") == []
    assert coded("Qantas apologised to passengers for the delays.", "en") == []


# --- Indonesian: CONCEDE -----------------------------------------------------------------------------
def test_id_repealing_a_law_or_bill_concedes():
    assert ("CONCEDE", ["IND"], ["IND"]) in coded(
        "Pemerintah India mencabut tiga undang-undang pertanian setelah diprotes petani.", "id", "2021-11-29"
    )


def test_id_calling_off_a_blockade_or_sit_in_concedes():
    assert ("CONCEDE", ["BGD"], ["BGD"]) in coded(
        "Partai Nasionalis Bangladesh membatalkan aksi blokade nasional pada hari Minggu.", "id", "2015-04-05"
    )
    assert types("Mahasiswa Papua mengakhiri aksi pendudukan di kantor gubernur.", "id") == ["CONCEDE"]


# --- Indonesian: RETREAT -----------------------------------------------------------------------------
def test_id_court_grants_suspension_of_detention():
    assert "RETREAT" in types("Pengadilan Negeri Jakarta Pusat mengabulkan penangguhan penahanan aktivis itu.", "id")


def test_id_reducing_troops_and_restoring_the_internet():
    assert ("RETREAT", ["AUS"], ["TLS"]) in coded(
        "Australia mengurangi jumlah pasukannya di Timor Leste menjadi 400 personel.", "id", "2010-06-01"
    )
    assert "RETREAT" in types("Pemerintah memulihkan akses internet di Papua setelah dua pekan diblokir.", "id")


# --- Indonesian: not events --------------------------------------------------------------------------
def test_id_handing_over_aid_is_no_surrender():
    # aid handed to the victims is domestic AID (s51: attribution.aided_people), never a surrender
    handed = coded("Menteri Sosial menyerahkan bantuan kepada korban banjir di Bekasi.", "id")
    assert handed == [("AID", ["IDN"], ["IDN"])]
    assert ("RETREAT", ["RUS"], ["UKR"]) in coded("Pasukan Rusia menyerah kepada tentara Ukraina di Kherson.", "id")


def test_id_bringing_citizens_home_is_no_release():
    assert (
        coded("Pemerintah Indonesia memulangkan 238 WNI dari Wuhan menggunakan pesawat Batik Air.", "id", "2020-02-01")
        == []
    )
    assert ("RETREAT", ["RUS"], ["UKR"]) in coded(
        "Rusia memulangkan 22 anak Ukraina yang dibawa ke wilayah Rusia.", "id"
    )


def test_id_waived_fees_eased_money_and_sport_are_no_concessions():
    assert coded("Pemerintah membebaskan biaya masuk sekolah bagi siswa miskin.", "id") == []
    assert coded("Bank Indonesia melonggarkan kebijakan moneter pada Kamis.", "id") == []
    assert coded("Pemain Inggris itu mundur dari turnamen Wimbledon karena cedera punggung.", "id") == []
    assert coded("Maskapai itu meminta maaf kepada penumpang atas keterlambatan penerbangan.", "id") == []
    assert coded("Pemerintah membuka akses jalan tol baru menuju bandara.", "id") == []


def test_id_ceasefire_talks_and_plans_are_no_ceasefire():
    assert "RETREAT" not in types("Israel dan Hamas memulai perundingan gencatan senjata di Kairo.", "id")
    assert "RETREAT" not in types("Hamas menolak rencana gencatan senjata yang diajukan Israel.", "id")
