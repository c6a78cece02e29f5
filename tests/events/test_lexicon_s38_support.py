"""Joint subjects named as "title, person" pairs (session 38, support): "Perdana Menteri Jepang,
Shinzo Abe dan Perdana Menteri Australia, John Howard menandatangani …", "Russia's president,
Vladimir Putin, and Turkey's president, Recep Tayyip Erdogan, signed …" — the last member's
apposition stays in the list, so the signing, the cooperation or the meeting has both states
(events/clauses.py, ClauseReader.named_after_title). Near misses: a single titled speaker, and a
titled person opening a clause of his own after another clause's verb."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("lang", "text", "event", "actor", "recipient"),
    [
        ("id", "Presiden Korea Selatan, Moon Jae-in dan Presiden Amerika Serikat, Donald Trump, menandatangani "
         "perjanjian perdagangan di Seoul.", "SUPPORT", "KOR", "USA"),
        ("id", "Menteri Luar Negeri India, Sushma Swaraj dan Menteri Luar Negeri China, Wang Yi menandatangani "
         "nota kesepahaman.", "SUPPORT", "IND", "CHN"),
        ("id", "Perdana Menteri Malaysia, Najib Razak dan Presiden Indonesia, Joko Widodo, bekerja sama "
         "memberantas perompakan.", "COOPERATE", "MYS", "IDN"),
        ("id", "Presiden Rusia, Vladimir Putin dan Presiden Turki, Recep Tayyip Erdogan, Selasa menandatangani "
         "perjanjian.", "SUPPORT", "RUS", "TUR"),
        ("en", "South Korea's president, Moon Jae-in, and the US president, Donald Trump, signed a trade "
         "agreement in Seoul.", "SUPPORT", "KOR", "USA"),
    ],
)
def test_joint_subject_of_titled_names(lang, text, event, actor, recipient):
    found = coded_in(lang, text, pub_date="2017-11-08")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text", "event", "actor", "recipient"),
    [
        # a single titled speaker: praise of another state, not of its own
        ("id", "Presiden Prancis, Emmanuel Macron, memuji Jerman.", "SUPPORT", "FRA", "DEU"),
        ("en", "France's president, Emmanuel Macron, praised Germany.", "SUPPORT", "FRA", "DEU"),
        # after another clause's verb the titled person speaks for himself
        ("id", "Tentara Israel menyerang Gaza dan Presiden Turki, Recep Tayyip Erdogan, mengecam serangan itu.",
         "ACCUSE", "TUR", None),
        ("en", "Israeli troops attacked Gaza and Turkey's president, Recep Tayyip Erdogan, condemned the attack.",
         "ACCUSE", "TUR", None),
    ],
)
def test_titled_names_near_misses(lang, text, event, actor, recipient):
    found = coded_in(lang, text, pub_date="2017-11-08")
    assert has(found, event, actor, recipient), found
    assert not any(e == event and actor in r for e, _, r in found), found
