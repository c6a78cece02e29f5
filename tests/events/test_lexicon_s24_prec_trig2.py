"""Precision of frequent triggers (session 24, prec_trig2): a street protest against something is one
PROTEST, not also a verbal ACCUSE; opposing a demand is refusing it; a force described as "yang
bertempur" is no battle told; a warning that a situation worsens is a forecast; a population ordered
to stay indoors is under a curfew (id/triggers_s24_prec_trig2.yaml, en/triggers_s24_prec_trig2.yaml)
— with the acts themselves, which still code."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

indonesian = partial(coded_in, "id")
english = partial(coded_in, "en")


@pytest.mark.parametrize(
    "text",
    [
        "Ribuan mahasiswa Prancis turun aksi menentang kebijakan pajak Presiden Macron, Selasa.",
        "Ribuan buruh Prancis turun ke jalan menentang reformasi pensiun pemerintah, Kamis.",
    ],
)
def test_street_protest_against_is_one_protest(text):
    found = indonesian(text, pub_date="2017-03-01")
    assert has(found, "PROTEST", "FRA"), found
    assert "ACCUSE" not in {event for event, _, _ in found}, found


def test_opposing_a_demand_is_rejecting_it():
    found = indonesian(
        "Pemerintah Sudan menentang desakan Dewan Keamanan PBB untuk menerima pasukan asing.", pub_date="2017-03-01"
    )
    assert has(found, "REJECT", "SDN", "UNO"), found
    assert "ACCUSE" not in {event for event, _, _ in found}, found


def test_opposing_a_plan_stays_disapproval():
    found = indonesian("Pemerintah Sudan menentang rencana PBB di Darfur.", pub_date="2017-03-01")
    assert has(found, "ACCUSE", "SDN", "UNO"), found


@pytest.mark.parametrize(
    "text",
    [
        "Pasukan NATO yang bertempur melawan Taliban di Afghanistan kekurangan amunisi.",
        "Tentara Suriah yang masih bertempur di utara belum menerima gaji.",
    ],
)
def test_force_described_by_its_fighting_is_no_battle(text):
    found = indonesian(text, pub_date="2017-03-01")
    assert "ASSAULT" not in {event for event, _, _ in found}, found


def test_fighting_told_still_codes():
    found = indonesian("Pasukan NATO bertempur melawan Taliban di Helmand pada Senin.", pub_date="2017-03-01")
    assert has(found, "ASSAULT", "IGO", "AFG"), found


def test_warning_of_worsening_situation_is_a_forecast():
    found = indonesian("Tim penasihat militer AS memperingatkan bahwa keadaan di Irak memburuk.", pub_date="2017-03-01")
    assert "THREATEN" not in {event for event, _, _ in found}, found


def test_warning_to_another_still_codes():
    found = indonesian("Amerika Serikat memperingatkan Korea Utara akan menghadapi serangan.", pub_date="2017-03-01")
    assert has(found, "THREATEN", "USA", "PRK"), found


@pytest.mark.parametrize(
    "text",
    [
        "Militer Thailand memerintahkan semua penduduk tidak keluar rumah selama tiga hari.",
        "Militer Thailand memerintahkan warga Bangkok untuk tetap di rumah.",
    ],
)
def test_order_to_stay_home_is_a_curfew(text):
    found = indonesian(text, pub_date="2017-03-01")
    assert has(found, "COERCE", "THA"), found
    assert "REQUEST" not in {event for event, _, _ in found}, found


def test_english_order_to_stay_indoors_is_a_curfew():
    found = english("The Thai army ordered residents of Bangkok to stay indoors on Monday.", pub_date="2017-03-01")
    assert has(found, "COERCE", "THA", "THA"), found
    assert "REQUEST" not in {event for event, _, _ in found}, found


def test_ordering_an_official_stays_a_request():
    found = english("Thailand's prime minister ordered the army chief to stay out of politics.", pub_date="2017-03-01")
    assert "COERCE" not in {event for event, _, _ in found}, found
    found = indonesian("Presiden Joko Widodo memerintahkan Kapolri menjaga keamanan pemilu.", pub_date="2017-03-01")
    assert has(found, "REQUEST", "IDN"), found


def test_disagreeing_with_a_view_is_no_rejection():
    found = indonesian(
        "Ketua Fraksi Golkar tidak sepakat apabila kebijakan Presiden Joko Widodo disebut melanggar konstitusi.",
        pub_date="2017-03-01",
    )
    assert "REJECT" not in {event for event, _, _ in found}, found


def test_agreeing_to_act_still_codes():
    found = indonesian("Indonesia dan Malaysia sepakat memperkuat kerja sama perbatasan.", pub_date="2017-03-01")
    assert has(found, "AGREE", "IDN", "MYS"), found


def test_military_plane_landing_at_an_airport_is_no_show_of_force():
    found = indonesian(
        "Pesawat militer AS mendarat di bandara Pyongyang, kata kantor berita Yonhap.", pub_date="2017-03-01"
    )
    assert "MOBILIZE" not in {event for event, _, _ in found}, found


def test_suicide_is_no_assault():
    found = english("The Dutch doctor helped the woman to kill herself, Dutch prosecutors said.", pub_date="2017-03-01")
    assert "ASSAULT" not in {event for event, _, _ in found}, found


def test_bomber_killing_others_still_codes():
    found = english(
        "A suicide bomber killed himself and six Afghan soldiers in Kabul on Monday.", pub_date="2017-03-01"
    )
    assert "ASSAULT" in {event for event, _, _ in found}, found
