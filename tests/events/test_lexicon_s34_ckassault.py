"""Attacks whose target is a place or whose doer is unnamed (session 34, ckassault): the noun of an
attack with the preposition naming what it hit ("air strikes on Hodeidah", "offensive against
Kharkiv"; en/places.yaml cues), a feature word opening the sentence as the passive's attacked place
("Kota Mariupol dibombardir pasukan Rusia"; when_where/places.py), and a passive's agent phrase that
opens with an article, a hedge or a group word ("by a group of masked gunmen", "by a suspected
militant"; attribution.AGENT_PHRASE_REACH) — and near misses. Sentences written for warta."""

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
        ("Russian forces stepped up their offensive against Kharkiv on Friday.", "ASSAULT", "RUS", "UKR"),
        ("Saudi-led coalition warplanes launched new airstrikes on Hodeidah.", "ASSAULT", "SAU", "YEM"),
        ("The mayor was shot dead outside his office in Acapulco by a group of masked gunmen.",
         "ASSAULT", "MEX", "MEX"),
        ("A senior judge was stabbed near the court in Peshawar by a suspected militant.", "ASSAULT", "PAK", "PAK"),
    ],
)
def test_english_attacked_place_and_unnamed_agent(text, event, actor, recipient):
    found = english(text, pub_date="2023-03-01")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        ("Kota Mariupol kembali dibombardir pasukan Rusia pada Minggu malam.", "ASSAULT", "RUS", "UKR"),
        ("Kota Aleppo diserang pesawat tempur Rusia, kata kelompok pemantau.", "ASSAULT", "RUS", "SYR"),
        ("Hakim senior itu ditikam oleh sekelompok pria bersenjata di Peshawar.", "ASSAULT", "PAK", "PAK"),
    ],
)
def test_indonesian_attacked_place_and_unnamed_agent(text, event, actor, recipient):
    found = indonesian(text, pub_date="2023-03-01")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text", "event"),
    [
        ("en", "The bill was passed in Canberra by a large majority of lawmakers.", "ASSAULT"),
        ("id", "Kota Kinabalu menjadi tuan rumah pertemuan para menteri ASEAN.", "ASSAULT"),
    ],
)
def test_attacked_place_near_misses(lang, text, event):
    found = coded_in(lang, text, "2023-03-01")
    assert all(e != event for e, _, _ in found), found
