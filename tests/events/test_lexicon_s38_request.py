"""Requests to the asker's own people (session 38, request; coder.asks_own_people): "urged his
followers to attack American troops", "menyerukan para pengikutnya untuk menyerang tentara Amerika"
ask the asker's own side, at home — a party named in what they are asked to do is no addressee, also
when the trigger's span runs on into the act asked for ("called on his followers to …"), and a bare
backer noun before what is asked ("urged supporters to …") is the asker's own. Near misses: a state
named as the addressee, and supporters of another named leader ("pendukung Prabowo")."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("lang", "text", "actor", "recipient"),
    [
        ("en", "The Taliban commander called on his fighters to ambush American convoys near Kandahar.", "AFG", "AFG"),
        ("en", "Hamas urged its members to confront Israeli soldiers along the Gaza fence.", "PSE", "PSE"),
        ("en", "Moqtada al-Sadr urged his followers to demonstrate against the American presence.", "IRQ", "IRQ"),
        ("en", "Former Thai prime minister Thaksin Shinawatra urged supporters to stay calm in Bangkok.", "THA", "THA"),
        ("id", "Komandan Taliban menyerukan para pejuangnya untuk menyerang konvoi Amerika di dekat Kandahar.",
         "AFG", "AFG"),
        ("id", "Hamas mendesak para anggotanya untuk menghadang tentara Israel di sepanjang pagar Gaza.", "PSE", "PSE"),
        ("id", "Muqtada al-Sadr menyerukan pengikutnya untuk berunjuk rasa menentang kehadiran Amerika.", "IRQ", "IRQ"),
    ],
)
def test_request_to_own_people_stays_home(lang, text, actor, recipient):
    found = coded_in(lang, text, pub_date="2020-03-01")
    assert has(found, "REQUEST", actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text", "actor", "recipient"),
    [
        ("en", "Vietnam urged China to withdraw its survey ship from the disputed waters.", "VNM", "CHN"),
        ("id", "Indonesia mendesak Myanmar untuk menghentikan kekerasan terhadap warga Rohingya.", "IDN", "MMR"),
    ],
)
def test_request_to_a_named_state_keeps_it(lang, text, actor, recipient):
    found = coded_in(lang, text, pub_date="2020-03-01")
    assert has(found, "REQUEST", actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("id", "Presiden Joe Biden mendesak pendukung Maduro untuk menerima hasil pemilu Venezuela."),
        ("en", "President Joe Biden urged supporters of Maduro to accept the result of the Venezuelan vote."),
    ],
)
def test_supporters_of_another_leader_are_not_the_askers_own(lang, text):
    found = coded_in(lang, text, pub_date="2024-08-01")
    assert not has(found, "REQUEST", "USA", "USA"), found


@pytest.mark.parametrize(
    ("lang", "text", "actor", "recipient", "passed_on_to"),
    [
        ("id", "Presiden Filipina Ferdinand Marcos meminta Perdana Menteri Jepang Fumio Kishida untuk menekan China "
         "agar menghentikan reklamasi di Laut China Selatan.", "PHL", "JPN", "CHN"),
        ("id", "Presiden Ukraina meminta Kanselir Jerman Olaf Scholz untuk mendesak Rusia agar menarik pasukannya.",
         "UKR", "DEU", "RUS"),
        ("en", "The Ukrainian president asked German Chancellor Olaf Scholz to press Russia to withdraw its troops.",
         "UKR", "DEU", "RUS"),
    ],
)
def test_request_passed_on_is_not_yet_made(lang, text, actor, recipient, passed_on_to):
    """ "meminta Kishida untuk menekan China agar …": Japan is asked to press China; it has not yet."""
    found = coded_in(lang, text, pub_date="2023-05-01")
    assert has(found, "REQUEST", actor, recipient), found
    assert not has(found, "REQUEST", recipient, passed_on_to), found


@pytest.mark.parametrize(
    ("lang", "text", "second"),
    [
        ("id", "Indonesia mendesak Myanmar menghentikan kekerasan dan meminta ASEAN mengirim tim pemantau.", "IGO"),
        ("en", "Germany urged Russia to withdraw its troops and asked the United Nations to send monitors.", "UNO"),
    ],
)
def test_the_askers_second_request_stays(lang, text, second):
    found = coded_in(lang, text, pub_date="2023-05-01")
    assert has(found, "REQUEST", "IDN" if lang == "id" else "DEU", second), found
