"""Places and the states they stand for (session 34, places; when_where/gazetteer.py, when_where/places.py,
places/territories.tsv, places/regions_s34_places.tsv, places/namesakes_s34_places.tsv, {en,id}/places.yaml):
the other spellings GeoNames gives a town ("Mykolaiv" for Mykolayiv), the place a threat or a withdrawal
names ("threatened to strike Guam", "pulled out of Kherson", "ditarik dari Jenin"), title-case headlines
("Troops Withdraw From Rafah"), a dependent territory's towns under its sovereign ("Nouméa" France's),
a namesake town found by its country beside it ("Palma in northern Mozambique") — and near misses."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has
from warta.when_where.places import find_places

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient", "date"),
    [
        ("North Korea threatened to strike the island of Saipan.", "THREATEN", "PRK", "USA", "2017-08-10"),
        ("Russia Vows To Strike Kyiv", "THREATEN", "RUS", "UKR", "2023-11-05"),
        ("Israeli Troops Withdraw From Rafah", "RETREAT", "ISR", "PSE", "2024-06-01"),
        ("Israeli troops were withdrawn from Jenin after a two-day raid.", "RETREAT", "ISR", "PSE", "2023-07-05"),
        ("Russian drones struck Mykolaiv overnight.", "ASSAULT", "RUS", "UKR", "2022-10-01"),
        ("Russian forces shelled Vuhledar and Chasiv Yar on Tuesday.", "ASSAULT", "RUS", "UKR", "2023-07-05"),
        ("Israeli jets bombed Beit Lahia overnight.", "ASSAULT", "ISR", "PSE", "2023-11-05"),
    ],
)
def test_english_places_stand_for_their_state(text, event, actor, recipient, date):
    found = english(text, pub_date=date)
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient", "date"),
    [
        ("Korea Utara mengancam akan menyerang Guam.", "THREATEN", "PRK", "USA", "2017-08-10"),
        ("Pasukan Israel ditarik dari Jenin setelah operasi dua hari.", "RETREAT", "ISR", "PSE", "2023-07-05"),
        ("Pasukan Rusia Mundur dari Kherson", "RETREAT", "RUS", "UKR", "2022-11-11"),
        ("Drone Rusia menyerang Mykolaiv semalam.", "ASSAULT", "RUS", "UKR", "2022-10-01"),
        ("Jet tempur Israel mengebom Beit Lahia semalam.", "ASSAULT", "ISR", "PSE", "2023-11-05"),
    ],
)
def test_indonesian_places_stand_for_their_state(text, event, actor, recipient, date):
    found = indonesian(text, pub_date=date)
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a territory's town is its sovereign's; Hong Kong keeps its own code
        ("Riots broke out in Nouméa on Monday.", "en", ("Nouméa", "FRA")),
        ("Kerusuhan pecah di Nouméa.", "id", ("Nouméa", "FRA")),
        ("A tanker was seized off Bermuda.", "en", ("Bermuda", "GBR")),
        ("Protesters marched in Hong Kong.", "en", ("Hong Kong", "HKG")),
        # a namesake town found by its country beside it, in both languages
        ("Insurgents attacked the town of Palma in northern Mozambique.", "en", ("Palma", "MOZ")),
        ("Militan menyerang kota Palma di Mozambik utara.", "id", ("Palma", "MOZ")),
        ("Fighting broke out in Bor, South Sudan.", "en", ("Bor", "SSD")),
        # another spelling of a town GeoNames lists
        ("Russian missiles hit the city of Vinnytsia.", "en", ("Vinnytsia", "UKR")),
    ],
)
def test_place_and_its_state(text, lang, expected):
    assert expected in [(p.text, p.country_code) for p in find_places(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The talks resumed in Palma on Monday.", "en", ("Palma", "ESP")),  # alone: Palma de Mallorca
        ("Pertemuan itu digelar di Palma.", "id", ("Palma", "ESP")),
    ],
)
def test_a_namesake_alone_is_the_better_known_city(text, lang, expected):
    assert expected in [(p.text, p.country_code) for p in find_places(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ministers Pull Out of Talks With Unions", "en"),  # a headline's cue before no place
        ("Israel vowed to strike Hamas.", "en"),  # a group, no town of a like spelling
        ("The minister withdrew from the race.", "en"),
        ("Partai itu menarik diri dari koalisi.", "id"),
    ],
)
def test_no_place_where_none_is_named(text, lang):
    assert find_places(text, lang) == []


def test_forces_leaving_their_own_ground_have_no_recipient():
    found = english("Nigerian troops withdrew from the town of Monguno.", pub_date="2020-06-01")
    assert has(found, "RETREAT", "NGA", "-"), found
    found = indonesian("Pasukan Nigeria ditarik dari kota Monguno.", pub_date="2020-06-01")
    assert has(found, "RETREAT", "NGA", "-"), found
