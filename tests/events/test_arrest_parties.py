"""Parties of attacks and arrests (session 24, arrest_parties):

- a second verb joined by "and"/"dan" after a long object ("attacked a Chinese mining company camp
  in eastern Congo on 3 May, and abducted …", "menyerang sebuah kamp perusahaan tambang China …,
  dan menculik …") shares the first verb's subject; the object's party does not become its actor;
- "killed three al-Qaeda suspects and detained 16 others", "membunuh seorang anggota Al-Shabaab dan
  menangkap seorang lagi": the others arrested are of the earlier object's party, not the place.
Near misses: a real owner after an attack noun, a sentence with its own second subject."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    "text",
    [
        "Armed men attacked a Chinese mining company camp in eastern Congo on 3 May, and abducted six workers.",
        "Rebels attacked a Turkish construction firm site in northern Iraq on Tuesday and kidnapped four engineers.",
    ],
)
def test_english_second_verb_keeps_the_attackers(text):
    found = english(text, pub_date="2012-05-10")
    second = [e for e in found if e[0] == "ASSAULT" and e[1] and not {"CHN", "TUR"} & set(e[1])]
    assert len(second) == 2, found


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        (
            "Pemberontak menyerbu sebuah lokasi proyek perusahaan konstruksi Turki di Irak utara pada "
            "Selasa, dan menyandera empat insinyur.",
            "TUR",
        ),
    ],
)
def test_indonesian_second_verb_keeps_the_attackers(text, victims):
    found = indonesian(text, pub_date="2012-05-10")
    assault = [e for e in found if e[0] == "ASSAULT"]
    assert assault, found
    assert all(victims not in actors for _, actors, _ in assault), found


def test_near_miss_attack_owner_after_the_noun_still_acts():
    # "Serangan udara AS menewaskan …": the noun's owner stands right after it, before the verb
    found = indonesian("Serangan udara AS menewaskan lima militan di Somalia selatan.", pub_date="2007-05-10")
    assert has(found, "ASSAULT", "USA"), found


def test_near_miss_object_right_before_and_is_not_the_subject_of_a_new_clause():
    # "… menyerang kamp itu, dan polisi Kenya menangkap …": a second clause with its own subject
    found = indonesian(
        "Orang-orang bersenjata menyerang sebuah kamp perusahaan China di Kenya utara, dan polisi Kenya "
        "kemudian menangkap dua tersangka.",
        pub_date="2012-05-10",
    )
    assert has(found, "COERCE", "KEN"), found


@pytest.mark.parametrize(
    ("lang", "text", "party"),
    [
        ("en", "Kenyan troops killed two al-Shabaab fighters and detained nine others near Mandera.", "SOM"),
        ("en", "Police in Mali shot dead an al-Qaeda commander and arrested three more in Gao.", "IMG"),
        ("id", "Tentara Kenya menewaskan dua anggota al-Shabaab dan menangkap sembilan lainnya di Mandera.", "SOM"),
        ("id", "Polisi Mali menembak mati seorang komandan Al-Qaeda dan menangkap seorang lagi di Gao.", "IMG"),
    ],
)
def test_others_arrested_are_of_the_earlier_objects_party(lang, text, party):
    found = coded_in(lang, text, pub_date="2012-05-10")
    assert any(e == "COERCE" and party in r for e, _, r in found), found


def test_near_miss_others_without_an_earlier_object_keep_the_place():
    # no earlier object to be more of: the arrest stays domestic
    found = english("Kenyan police detained nine others in Mandera on Monday.", pub_date="2012-05-10")
    assert not any(e == "COERCE" and "IMG" in r for e, _, r in found), found
