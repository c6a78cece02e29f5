"""Session 20 (lead): weapons handed over whose names are sector terms (data/en/triggers_s20_lead.yaml),
aid given where it is needed ("a relief operation in Nepal"), a charge told of by the ones who
bring it, and tectonic plates that name no state (actors/not_actors.yaml)."""

from __future__ import annotations

import pytest

from conftest import coded_in, mentions_in


def coded(text: str, lang: str, pub_date: str = "2024-03-01"):
    return coded_in(lang, text, pub_date)


@pytest.mark.parametrize(
    "text, actor, recipient",
    [
        ("Russia supplied warplanes to Iraq.", "RUS", "IRQ"),
        ("France delivered two warships to Egypt last year.", "FRA", "EGY"),
        ("Germany handed over two submarines to Israel.", "DEU", "ISR"),
    ],
)
def test_warships_and_warplanes_handed_over_are_military_aid(text, actor, recipient):
    assert ("AID", [actor], [recipient]) in coded(text, "en")


def test_warships_sent_to_a_sea_are_a_deployment_not_aid():
    assert not any(e[0] == "AID" for e in coded("China sent warships to the South China Sea.", "en"))


def test_aid_given_in_a_country_goes_to_that_country():
    assert ("AID", ["JPN"], ["NPL"]) in coded("Japan launched a relief operation in Nepal.", "en")
    assert ("AID", ["FRA"], ["MLI"]) in coded("France joined the peacekeeping mission in Mali.", "en")


def test_help_named_in_passing_is_no_aid_to_the_place():
    text = "Ia mengaku disiksa oleh pasukan Amerika dengan bantuan agen Irak di Baghdad."
    assert not any(e[0] == "AID" for e in coded(text, "id"))


def test_a_charge_told_of_by_the_justice_department_is_its_own():
    text = "The US Justice Department said the Chinese businesswoman was charged with 14 counts."
    assert ("ACCUSE", ["USA"], ["CHN"]) in coded(text, "en")


def test_a_charge_told_after_a_comma_is_the_prosecutors_own():
    text = "Jaksa Agung AS mengatakan, pengusaha asal China Cathy Chen itu dituntut dengan 14 dakwaan."
    assert ("ACCUSE", ["USA"], ["CHN"]) in coded(text, "id")


def test_a_tectonic_plate_names_no_state():
    text = "Gempa terjadi akibat tumbukan Lempeng Indo - Australia dengan Lempeng Eurasia."
    assert not any(code == "AUS" for _, code, _ in mentions_in("id", text, "2017-03-01"))
    text = "The quake struck where the Indo-Australian Plate meets the Eurasian Plate."
    assert not any(code == "AUS" for _, code, _ in mentions_in("en", text, "2017-03-01"))


def test_a_verb_of_funding_goes_to_the_country_it_is_spent_in():
    assert ("AID", ["JPN"], ["IDN"]) in coded("Jepang membiayai proyek kereta cepat di Indonesia.", "id")


def test_goods_named_before_their_passive_verb_are_sent_by_the_agent():
    assert ("AID", ["USA"], ["UKR"]) in coded("Senjata dikirim oleh Amerika Serikat ke Ukraina.", "id")
    assert ("AID", ["IDN"], ["SDN"]) in coded("Sebanyak 20 ton obat-obatan dikirim ke Sudan oleh Indonesia.", "id")


def test_talks_attended_by_a_guest_are_not_the_guests_doing():
    text = "Pejabat Liga Arab mengatakan pembicaraan di Riyadh akan juga dihadiri oleh Raja Abdullah dari Arab Saudi."
    assert not any(e[0] == "CONSULT" and e[1] == ["SAU"] for e in coded(text, "id"))


def test_troops_withdrawn_from_a_city_leave_its_country():
    assert ("RETREAT", ["RUS"], ["UKR"]) in coded("Russia withdrew its troops from the city of Kherson.", "en")
    assert ("RETREAT", ["RUS"], ["UKR"]) in coded("Rusia menarik pasukannya dari kota Kherson.", "id")
