"""Indonesian trigger vocabulary from data/id/triggers_s4.yaml: spelling variants, phrasings a
light verb or a leftmost word used to shadow, and acts the other files had no word for."""

from __future__ import annotations

from functools import partial

from conftest import coded_in

coded = partial(coded_in, "id")


def kinds(text: str, pub_date: str = "2024-03-14") -> list[str]:
    return [event for event, _, _ in coded(text, pub_date)]


def test_cutting_ties_in_the_colloquial_spelling_is_a_sanction():
    assert ("SANCTION", ["MAR"], ["IRN"]) in coded("Maroko memutuskan hubungan diplomasi dengan Iran pekan lalu.")


def test_sending_troops_off_is_a_deployment_not_a_visit():
    events = coded("Presiden Prancis memberangkatkan 2.000 tentara tambahan ke Mali.")
    assert ("MOBILIZE", ["FRA"], ["MLI"]) in events
    assert not any(kind == "CONSULT" for kind, _, _ in events)


def test_a_joint_patrol_with_a_light_verb_is_cooperation():
    events = coded("Angkatan Laut Filipina dan Angkatan Laut Malaysia menggelar patroli bersama di Laut Sulu.")
    assert any(kind == "COOPERATE" for kind, _, _ in events)
    assert not any(kind == "MOBILIZE" for kind, _, _ in events)


def test_hosting_a_visiting_prime_minister_is_a_consultation():
    events = coded("Presiden Indonesia menerima Perdana Menteri Singapura di Istana Bogor.")
    assert ("CONSULT", ["SGP"], ["IDN"]) in events  # the guest is the visit's actor, the host its recipient


def test_declaring_readiness_to_strike_is_a_threat_not_an_offer():
    events = kinds("Militer Iran menyatakan siap menyerang kapal-kapal perang Amerika Serikat di Teluk.")
    assert "THREATEN" in events
    assert "AGREE" not in events


def test_being_held_captive_is_an_abduction():
    assert ("ASSAULT", ["LBN"], ["ISR"]) in coded("Dua prajurit Israel ditawan oleh Hizbullah sejak Juli.")


def test_an_ambush_by_rebels_is_an_attack():
    assert "ASSAULT" in kinds("Gerilyawan Taliban menyergap konvoi tentara Afghanistan di Helmand.")


def test_house_arrest_imposed_is_an_arrest():
    assert "COERCE" in kinds("Pemimpin oposisi Myanmar itu dikenakan tahanan rumah oleh junta militer.")


def test_agreeing_to_a_demand_is_a_concession():
    events = kinds("Pemerintah Thailand menyetujui tuntutan para pengunjuk rasa untuk membubarkan parlemen.")
    assert "CONCEDE" in events
    assert "AGREE" not in events


def test_a_nuclear_test_spelled_percobaan_is_a_show_of_force():
    assert ("MOBILIZE", ["PRK"], []) in coded("Korea Utara melakukan percobaan nuklir keenam di Punggye-ri.")
