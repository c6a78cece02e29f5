"""Parties of an arrest told with no captor (session 47, arrestplace; coder.told_person): a person
named by a name no list codes, seized "in" a place, is the person the story told just before as one
of a state ("an Albanian hacker", "seorang pembangkang Kuba"); the place gives the captor — that
state's police — never the captive. Near misses: a victim told before is not the one seized; a
person the story never gave a state stays the place's people."""

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
        ("en", "A Venezuelan activist living in Colombia spoke out against Caracas on Monday.\n"
               "Carlos Mendoza, who moved to Bogota in 2015, was detained in Medellin on Thursday.", "COL", "VEN"),
        ("en", "A Nigerian smuggler led the gang for years, prosecutors said.\n"
               "Emeka Obiora, 41, was arrested in Madrid last week.", "ESP", "NGA"),
        ("id", "Seorang aktivis Venezuela yang tinggal di Kolombia mengecam Caracas, Senin.\n"
               "Carlos Mendoza, yang pindah ke Bogota pada 2015, ditahan di Medellin pada Kamis.", "COL", "VEN"),
        ("id", "Seorang penyelundup Nigeria memimpin komplotan itu selama bertahun-tahun, kata jaksa.\n"
               "Emeka Obiora, 41 tahun, ditangkap di Madrid pekan lalu.", "ESP", "NGA"),
    ],
)
def test_named_captive_is_the_person_told(lang, text, actor, recipient):
    found = coded_in(lang, text, pub_date="2024-05-20")
    assert has(found, "COERCE", actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Gunmen shot dead a British tourist in Bangkok on Friday.\n"
               "Anurak Phongsri, 34, was arrested in Pattaya on Saturday."),
        ("id", "Seorang turis Inggris ditembak mati di Bangkok pada Jumat.\n"
               "Anurak Phongsri, 34 tahun, ditangkap di Pattaya pada Sabtu."),
    ],
)
def test_victim_told_before_is_not_the_captive(lang, text):
    found = coded_in(lang, text, pub_date="2024-05-20")
    assert not any(e == "COERCE" and "GBR" in r for e, _, r in found), found
    assert has(found, "COERCE", "THA"), found
