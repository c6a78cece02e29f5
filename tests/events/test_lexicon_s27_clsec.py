"""Security news beyond plain battles (session 27, clsec; en/ and id/triggers/s27_clsec.yaml,
actors/sectors_s27_clsec.yaml): hostages taken with a longer object, water cannon aimed with a verb,
dams blown up, ships driven away and aircraft forced to land, government ships entering another
state's waters or EEZ ("masuk ZEE"), jets intercepting bombers, flight tests, ramming by coast guard
ships ("menabrak"), missiles fired "ke sebuah kapal", smuggling foiled — and near misses: a collision
at sea, a bomb defused, a denial, a fishing boat's entry, a hypothetical test."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient", "date"),
    [
        ("Islamist gunmen took a group of French aid workers hostage in northern Mali.",
         "ASSAULT", "MLI", "FRA", "2021-04-10"),
        ("Chinese coast guard ships blasted two Philippine supply boats with water cannon on Saturday.",
         "ASSAULT", "CHN", "PHL", "2023-11-12"),
        ("Indonesia's maritime security agency chased away a Chinese coast guard vessel near the Natuna Islands.",
         "COERCE", "IDN", "CHN", "2023-09-08"),
        ("Pakistani fighter jets forced an Indian cargo plane to land in Karachi.",
         "COERCE", "PAK", "IND", "2019-03-05"),
        ("Chinese coast guard ships intruded into Japanese territorial waters near the disputed islands.",
         "MOBILIZE", "CHN", "JPN", "2023-04-02"),
        ("Japanese fighter jets intercepted two Russian bombers over the Sea of Japan.",
         "MOBILIZE", "JPN", "RUS", "2022-05-25"),
        ("India flight-tested a new hypersonic missile off the coast of Odisha.",
         "MOBILIZE", "IND", None, "2024-11-17"),
    ],
)
def test_english_security_wording(text, event, actor, recipient, date):
    found = english(text, pub_date=date)
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient", "date"),
    [
        ("Dua kapal pemerintah China memasuki perairan Jepang di sekitar Kepulauan Senkaku.",
         "MOBILIZE", "CHN", None, "2023-04-02"),
        ("Kapal coast guard China masuk ke zona ekonomi eksklusif Malaysia di lepas pantai Sarawak.",
         "MOBILIZE", "CHN", "MYS", "2021-06-03"),
        ("Kapal coast guard China menabrak kapal nelayan Vietnam di dekat Kepulauan Paracel.",
         "ASSAULT", "CHN", "VNM", "2020-04-03"),
        ("Pesawat tempur Pakistan memaksa mendarat pesawat kargo India di Karachi.",
         "COERCE", "PAK", "IND", "2019-03-05"),
        ("Milisi itu menembakkan rudal ke sebuah kapal tanker Norwegia di Laut Merah.",
         "ASSAULT", None, "NOR", "2023-12-12"),
        ("Kapal pengawas perikanan menangkap dua kapal ikan berbendera Malaysia di Selat Malaka.",
         "COERCE", "IDN", "MYS", "2023-02-14"),
        ("Bea Cukai menggagalkan penyelundupan amunisi dari Malaysia di Nunukan.", "COERCE", "IDN", None, "2023-06-20"),
    ],
)
def test_indonesian_security_wording(text, event, actor, recipient, date):
    found = indonesian(text, pub_date=date)
    if actor is None:
        assert any(e == event and recipient in r for e, _, r in found), found
    else:
        assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text", "event"),
    [
        ("en", "A fishing boat collided with a cargo ship in thick fog off Batam.", "ASSAULT"),
        ("en", "Two fishing boats from Vietnam entered Indonesian territorial waters during the storm.", "MOBILIZE"),
        ("en", "The drivers took the injured passengers to hospital.", "ASSAULT"),
        ("id", "Tim Gegana berhasil menjinakkan bom panci yang ditemukan di depan gereja.", "ASSAULT"),
        ("id", "Kapal nelayan bertabrakan dengan kapal kargo di perairan Batam.", "ASSAULT"),
        ("id", "Kapal nelayan Vietnam memasuki perairan Natuna untuk berlindung dari badai.", "MOBILIZE"),
        ("id", "China membantah kapal penjaga pantainya memasuki ZEE Indonesia.", "MOBILIZE"),
    ],
)
def test_security_near_misses(lang, text, event):
    found = coded_in(lang, text, "2023-06-10")
    assert all(e != event for e, _, _ in found), found
