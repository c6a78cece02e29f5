"""Ordinary text that is no politics (session 31, auditud2; actors/not_actors.yaml, actors/sectors_s31_auditud2.yaml,
coder.titled_private_person): the native peoples of the Americas are no India, a treaty named after a
capital names no state, the leaders of companies are business (not the government), and artists,
entertainers and explorers (English) are private persons — with or without their name — whose visits
and letters are no state's. Near misses: India itself, a capital that acts, a state's leader, an office-holder."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("lang", "text", "date"),
    [
        ("id", "Suku Indian Cherokee tiba di Oklahoma setelah perjalanan panjang.", "2015-06-01"),
        ("en", "American Indians arrived in Canada after the war, led by their chiefs.", "2015-06-01"),
        ("id", "Perjanjian London yang ditandatangani tahun 1913 itu membagi wilayah Albania.", "2015-06-01"),
        ("en", "The Treaty of Berlin, signed in 1878, reshaped the map of the Balkans.", "2015-06-01"),
        ("en", "A South Korean singer visited Japan last week to give two concerts.", "2015-06-01"),
        ("en", "Dutch painter Jan Smit visited Bali in 1930 to paint the rice fields.", "2015-06-01"),
    ],
)
def test_no_political_actor_no_event(lang, text, date):
    assert coded_in(lang, text, pub_date=date) == [], text


def test_company_leaders_are_business():
    import warta

    events = warta.code(
        "Para pemimpin perusahaan teknologi akan menghadiri pertemuan di Jakarta.", lang="id", pub_date="2015-06-01"
    )
    assert all(a.sector != "GOV" for e in events for a in e.actor), events


@pytest.mark.parametrize(
    ("lang", "text", "event", "actor", "recipient", "date"),
    [
        # India itself still acts; a capital that acts is still its government
        ("id", "India mengirim pasukan ke perbatasan dengan China pekan lalu.", "MOBILIZE", "IND", None, "2020-06-20"),
        ("en", "London expelled two Russian diplomats on Monday.", "SANCTION", "GBR", "RUS", "2018-03-14"),
        # an office-holder the lexicon knows keeps his office, whatever his trade before
        ("en", "Indonesian President Joko Widodo visited Japan on Monday.", "CONSULT", "IDN", "JPN", "2015-03-23"),
        ("id", "Presiden Joko Widodo mengunjungi Jepang pada hari Senin.", "CONSULT", "IDN", "JPN", "2015-03-23"),
    ],
)
def test_political_actors_still_coded(lang, text, event, actor, recipient, date):
    found = coded_in(lang, text, pub_date=date)
    assert has(found, event, actor, recipient), found
