"""Session 23 (recall_rra): REQUEST, REJECT and AGREE said in wordings no earlier entry reached
(data/en/triggers_s23_recall_rra.yaml, data/id/triggers_s23_recall_rra.yaml): the door to talks that
"remains open", a denial that one "had nothing to do with" an act, refugees or demands a state "can
no longer accept", standing by one's position, a proposal "that"/"agar" someone act, plans to widen
exchanges. Every sentence is written for this file."""

from __future__ import annotations

import pytest

from conftest import coded_in, has_event


def coded(text: str, lang: str, pub_date: str = "2019-05-20"):
    return coded_in(lang, text, pub_date)


# ---------------------------------------------------------------------------------------------
# AGREE — the door to talks remains open (CAMEO 036)
# ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, lang",
    [
        ("The door to talks with Pyongyang remains open, the American envoy said.", "en"),
        ("The way to dialogue with North Korea is still open, the US envoy said.", "en"),
        ("Pintu dialog dengan Korea Utara tetap terbuka, kata utusan Amerika Serikat.", "id"),
        ("Jalan menuju perundingan dengan Korea Utara masih terbuka, ujar utusan AS.", "id"),
    ],
)
def test_the_door_to_talks_left_open_is_an_offer_to_talk(text, lang):
    assert has_event(coded(text, lang), "AGREE", "USA", "PRK")


def test_a_door_to_talks_said_to_be_shut_is_no_offer():
    found = coded("The door to talks with Pyongyang is not open, the American envoy said.", "en")
    assert not has_event(found, "AGREE", "USA")
    found = coded("Pintu dialog dengan Korea Utara tidak lagi terbuka, kata utusan AS.", "id")
    assert not has_event(found, "AGREE", "USA")


# ---------------------------------------------------------------------------------------------
# REJECT — "had nothing to do with" (CAMEO 120)
# ---------------------------------------------------------------------------------------------
def test_nothing_to_do_with_an_attack_is_a_denial():
    found = coded("The Iranian foreign ministry said Tehran had nothing to do with the attack.", "en")
    assert has_event(found, "REJECT", "IRN")
    found = coded("Kementerian Luar Negeri Iran menyatakan Teheran tidak ada hubungannya dengan serangan itu.", "id")
    assert has_event(found, "REJECT", "IRN")
    found = coded("Partai Komunis Nepal menegaskan tidak ada kaitan dengan ledakan bom tersebut.", "id")
    assert has_event(found, "REJECT", "NPL")


def test_people_said_to_have_nothing_to_do_with_a_place_deny_nothing():
    found = coded("He said the marchers were outsiders who had nothing to do with the province.", "en")
    assert not any(e == "REJECT" for e, _, _ in found)


def test_no_ties_between_two_states_is_no_denial():
    found = coded("Indonesia tidak memiliki hubungan dengan Israel.", "id")
    assert not any(e == "REJECT" for e, _, _ in found)


# ---------------------------------------------------------------------------------------------
# REJECT — "can no longer accept" refugees or a demand (CAMEO 120)
# ---------------------------------------------------------------------------------------------
def test_refugees_a_state_will_not_take_in_are_a_refusal():
    found = coded("Thailand can no longer accept refugees from Myanmar, the Thai prime minister said.", "en")
    assert has_event(found, "REJECT", "THA")
    found = coded("PM Thailand mengatakan Thailand tidak dapat lagi menerima pengungsi dari Myanmar.", "id")
    assert has_event(found, "REJECT", "THA")
    found = coded("Pemerintah Malaysia menyatakan tidak mau menerima tuntutan Singapura.", "id")
    assert has_event(found, "REJECT", "MYS")


def test_a_refugee_who_cannot_get_food_refuses_nothing():
    found = coded("Para pengungsi tidak dapat menerima bantuan makanan karena jalan rusak.", "id")
    assert not any(e == "REJECT" for e, _, _ in found)


# ---------------------------------------------------------------------------------------------
# REJECT — standing by one's position (CAMEO 120)
# ---------------------------------------------------------------------------------------------
def test_standing_by_a_claim_against_others_is_a_refusal():
    found = coded("The Chinese foreign ministry stood by its claim that the vessel was in Chinese waters.", "en")
    assert has_event(found, "REJECT", "CHN")
    assert not has_event(found, "SUPPORT", "CHN")
    found = coded("Kemenlu China mempertahankan sikapnya bahwa kapal itu berada di perairan China.", "id")
    assert has_event(found, "REJECT", "CHN")


def test_standing_by_an_ally_stays_support():
    found = coded("Japan stood by the United States after the attack.", "en")
    assert not any(e == "REJECT" for e, _, _ in found)


# ---------------------------------------------------------------------------------------------
# REQUEST — a proposal "that" / "agar" someone act (CAMEO 100)
# ---------------------------------------------------------------------------------------------
def test_a_proposal_that_something_be_done_is_a_request():
    found = coded("South Korea proposed that North Korea reopen the liaison office.", "en")
    assert has_event(found, "REQUEST", "KOR")
    found = coded("Korea Selatan mengusulkan agar Korea Utara membuka kembali kantor penghubung.", "id")
    assert has_event(found, "REQUEST", "KOR")


def test_a_proposal_to_talk_stays_an_offer():
    found = coded("South Korea proposed talks with North Korea.", "en")
    assert has_event(found, "AGREE", "KOR", "PRK")


# ---------------------------------------------------------------------------------------------
# AGREE — plans to widen exchanges (CAMEO 030)
# ---------------------------------------------------------------------------------------------
def test_plans_to_widen_exchanges_are_an_intent_to_cooperate():
    found = coded("Vietnam dan Filipina berencana meningkatkan pertukaran militer tahun depan.", "id")
    assert has_event(found, "AGREE", "VNM")


def test_a_plan_to_widen_exchanges_that_is_denied_codes_no_agreement():
    found = coded("Vietnam tidak berencana meningkatkan pertukaran militer dengan Filipina.", "id")
    assert not any(e == "AGREE" for e, _, _ in found)
