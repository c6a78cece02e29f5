"""A group's branch named with a state (session 45, assault; actors/match.names_branch_place, grammar
`branch_nouns`): in "Al-Qaeda's Yemeni branch attacked a base" the state says where the branch works
and the group is the party, as Indonesian already codes "cabang Al-Qaeda di Yaman" — near misses: a
state's own troops ("Yemeni troops") and a state's own wing of nothing named before it. Also a run of
attacks named with a count noun ("mounted a spate of bomb attacks", "melakukan rentetan serangan"; en/ and
id/triggers/assault.yaml) — near miss: a series of labour strikes."""

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
        ("Al-Shabaab's Kenyan branch attacked a police convoy near Garissa.", "ASSAULT", "SOM", "KEN", "2019-06-15"),
        ("Al-Qaeda's Yemeni affiliate claimed responsibility for the bombing of an army base in Aden.",
         "ASSAULT", "IMG", None, "2018-02-20"),
        ("The Islamic State's Libyan branch kidnapped twenty Egyptian workers near Sirte.",
         "ASSAULT", "IMG", "EGY", "2015-02-03"),
    ],
)
def test_english_branch_is_the_group(text, event, actor, recipient, date):
    found = english(text, pub_date=date)
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient", "date"),
    [
        ("Cabang Al-Qaeda di Yaman menyerang sebuah pangkalan militer di Aden.", "ASSAULT", "IMG", None, "2018-02-20"),
        ("Al-Shabaab cabang Kenya menyerang konvoi polisi di dekat Garissa.", "ASSAULT", "SOM", "KEN", "2019-06-15"),
        ("Afiliasi ISIS di Libya menculik dua puluh pekerja Mesir di dekat Sirte.",
         "ASSAULT", "IMG", "EGY", "2015-02-03"),
    ],
)
def test_indonesian_branch_is_the_group(text, event, actor, recipient, date):
    found = indonesian(text, pub_date=date)
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event", "actor", "date"),
    [
        # no group named before the state: the state's own troops act
        ("Yemeni troops attacked a rebel base near Marib.", "ASSAULT", "YEM", "2018-02-20"),
        ("Kenyan police attacked a militant hideout near Garissa.", "ASSAULT", "KEN", "2019-06-15"),
    ],
)
def test_state_without_group_stays_the_party(text, event, actor, date):
    found = english(text, pub_date=date)
    assert has(found, event, actor), found


def test_branch_state_before_of_is_no_party():
    # "the Somali branch of the Islamic State": Somalia says where the branch works, not who attacked
    found = english("The Somali branch of the Islamic State attacked a Kenyan police post.", pub_date="2019-06-15")
    assert not has(found, "ASSAULT", "SOM"), found
    # … and the group after the genitive is the attacker, in both languages
    assert has(found, "ASSAULT", "IMG", "KEN"), found
    found = indonesian("Cabang Somalia dari ISIS menyerang pos polisi Kenya di perbatasan.", pub_date="2019-06-15")
    assert has(found, "ASSAULT", "IMG", "KEN"), found


@pytest.mark.parametrize(
    ("lang", "text", "actor", "recipient", "date"),
    [
        ("en", "Baloch separatists have mounted a spate of bomb attacks on Chinese workers in Pakistan.",
         "PAK", "CHN", "2022-05-02"),
        ("en", "Houthi fighters carried out a wave of drone attacks on Saudi oil facilities.",
         "YEM", "SAU", "2019-09-20"),
        ("en", "Boko Haram staged a string of raids on Nigerian army posts near Maiduguri.",
         "NGA", "NGA", "2016-03-11"),
        ("id", "Milisi Houthi melakukan rentetan serangan terhadap fasilitas minyak Arab Saudi.",
         "YEM", "SAU", "2019-09-20"),
        ("id", "Boko Haram melancarkan serangkaian penyergapan terhadap pos tentara Nigeria.",
         "NGA", "NGA", "2016-03-11"),
    ],
)
def test_run_of_attacks_is_assault(lang, text, actor, recipient, date):
    found = coded_in(lang, text, pub_date=date)
    assert has(found, "ASSAULT", actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Dock workers staged a series of strikes against the new port law."),
        ("id", "Para buruh pelabuhan menggelar serangkaian mogok kerja menentang undang-undang baru."),
    ],
)
def test_run_of_labour_strikes_is_no_assault(lang, text):
    found = coded_in(lang, text, pub_date="2019-09-20")
    assert not any(e == "ASSAULT" for e, _, _ in found), found

