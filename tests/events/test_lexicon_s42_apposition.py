"""Parties named in apposition after a relation noun (session 42, apposition; grammar `ally_nouns`,
attribution.apposed_party): a relation noun as the verb's object ("its neighbour", "sekutu
terdekatnya", "mitra kami") followed by a comma names the party after that comma — "accused its
northern neighbour, Eritrea, of …", "dengan mitra kami, Pemerintah Inggris, …". Near misses: no party
after the comma ("accused its neighbours, and Chad …"), and a place after a locative preposition
("fought in the neighbouring province, Kandahar") is no recipient."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        ("Ethiopia accused its northern neighbour, Eritrea, of arming the rebels.", "ACCUSE", "ETH", "ERI"),
        ("Pakistan condemned its archrival, India, over the border shelling.", "ACCUSE", "PAK", "IND"),
        ("Washington urged its closest ally, Britain, to send more troops.", "REQUEST", "USA", "GBR"),
        ("Turkey criticised its allies, the United States and France, for arming Kurdish fighters.",
         "ACCUSE", "TUR", "USA"),
    ],
)
def test_english_party_in_apposition(text, event, actor, recipient):
    found = english(text, pub_date="2023-03-01")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        ("Ethiopia menuduh negara tetangganya, Eritrea, mempersenjatai pemberontak.", "ACCUSE", "ETH", "ERI"),
        ("Pakistan mengecam seterunya, India, atas penembakan di perbatasan.", "ACCUSE", "PAK", "IND"),
        ("Washington mendesak sekutu terdekatnya, Inggris, untuk mengirim lebih banyak pasukan.",
         "REQUEST", "USA", "GBR"),
        ("Jepang menjalin kerja sama dengan mitra kami, Pemerintah Australia, dalam bidang energi.",
         "COOPERATE", "JPN", "AUS"),
    ],
)
def test_indonesian_party_in_apposition(text, event, actor, recipient):
    found = indonesian(text, pub_date="2023-03-01")
    assert has(found, event, actor, recipient), found


def test_no_party_after_the_comma():
    found = english("Sudan accused its neighbours, and Chad rejected the charge.", pub_date="2023-03-01")
    assert not has(found, "ACCUSE", "SDN", "TCD"), found
    found = indonesian("Sudan menuduh tetangganya, dan Chad membantah tuduhan itu.", pub_date="2023-03-01")
    assert not has(found, "ACCUSE", "SDN", "TCD"), found


def test_place_after_locative_is_no_recipient():
    found = indonesian("Pasukan NATO bertempur di provinsi tetangga, Kandahar, pada Senin.", pub_date="2023-03-01")
    assert not any(r for e, _, r in found if e == "ASSAULT" and "AFG" in r), found
