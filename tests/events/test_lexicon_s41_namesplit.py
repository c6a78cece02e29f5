"""Place names that hold another state's name (session 41, namesplit; actors/match.py foreign_places,
stop_places, city_owner): "New Mexico", "New South Wales", "Azerbaijan Barat" name a place of another
state, not Mexico, Wales or Azerbaijan; an officer named by the title and the place ("Governor of New
Mexico", "Gubernur New South Wales", "a New Mexico court") serves that place's state — and near misses:
a place of the state it names ("Mexico City police") and a state named apart from the place."""

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
        ("en", "The Governor of New Mexico met Cuban diplomats in Havana on Tuesday.", "CONSULT", "USA", "CUB"),
        ("en", "Governor of New South Wales met Japanese trade officials in Tokyo.", "CONSULT", "AUS", "JPN"),
        ("en", "A New Mexico court sentenced two Mexican smugglers to prison.", "SANCTION", "USA", "MEX"),
        ("id", "Gubernur New Mexico bertemu diplomat Kuba di Havana pada hari Selasa.", "CONSULT", "USA", "CUB"),
        ("id", "Polisi New South Wales menangkap dua nelayan Indonesia di Darwin.", "COERCE", "AUS", "IDN"),
        ("id", "Gubernur New South Wales bertemu pejabat perdagangan Jepang di Tokyo.", "CONSULT", "AUS", "JPN"),
    ],
)
def test_place_holding_a_state_name(lang, text, event, actor, recipient):
    found = coded_in(lang, text, pub_date="2021-03-02")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text", "code"),
    [
        ("id", "Gubernur New Mexico bertemu diplomat Kuba di Havana pada hari Selasa.", "MEX"),
        ("id", "Tentara Iran menangkap enam pegawai di provinsi Azerbaijan Barat.", "AZE"),
        ("en", "Governor of New South Wales met Japanese trade officials in Tokyo.", "GBR"),
    ],
)
def test_state_inside_the_place_is_no_party(lang, text, code):
    found = coded_in(lang, text, pub_date="2021-03-02")
    assert not any(code in a or code in r for _, a, r in found), found


@pytest.mark.parametrize(
    ("lang", "text", "event", "actor", "recipient"),
    [
        ("en", "Mexico City police arrested three American tourists.", "COERCE", "MEX", "USA"),
        ("id", "Polisi Jakarta Selatan menangkap dua warga Malaysia.", "COERCE", "IDN", "MYS"),
        ("en", "Mexico accused the governor of Texas of insulting its migrants.", "ACCUSE", "MEX", "USA"),
    ],
)
def test_place_of_its_own_state_unchanged(lang, text, event, actor, recipient):
    found = coded_in(lang, text, pub_date="2021-03-02")
    assert has(found, event, actor, recipient), found
