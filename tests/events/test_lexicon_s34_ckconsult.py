"""Cooperative types from the behaviour checklist (session 34, ckconsult): praise of an event between two
parties is praise of the two however long the event's name ("welcomed the restoration of ties between
Saudi Arabia and Iran", as "menyambut baik pemulihan hubungan antara …" already was), and a sector term
whose owner a possessive names keeps that owner ("praised Indonesia's leadership of the G20": Indonesia,
not the G20) — and near misses: a comma ends the praise's reach, "the leadership of ASEAN" is ASEAN's."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("lang", "text", "actor", "recipient", "date"),
    [
        ("en", "Japan welcomed the resumption of talks between Armenia and Azerbaijan on Monday.",
         "JPN", "AZE", "2023-05-02"),
        ("en", "The European Union praised the restoration of diplomatic relations between Qatar and Bahrain.",
         "EUR", "QAT", "2023-04-13"),
        ("en", "Turkey hailed the prisoner exchange between Russia and Ukraine.", "TUR", "UKR", "2022-09-22"),
        ("id", "Jepang menyambut baik dimulainya kembali perundingan antara Armenia dan Azerbaijan, Senin.",
         "JPN", "AZE", "2023-05-02"),
        ("id", "Uni Eropa memuji pemulihan hubungan diplomatik antara Qatar dan Bahrain.", "EUR", "QAT", "2023-04-13"),
        ("id", "Turki menyambut baik pertukaran tahanan antara Rusia dan Ukraina.", "TUR", "UKR", "2022-09-22"),
    ],
)
def test_praise_of_an_event_between_two_parties_is_aimed_at_both(lang, text, actor, recipient, date):
    found = coded_in(lang, text, pub_date=date)
    assert has(found, "SUPPORT", actor, recipient), found


def test_the_praised_event_is_still_coded_on_its_own():
    text = "Japan welcomed the resumption of talks between Armenia and Azerbaijan on Monday."
    found = english(text, pub_date="2023-05-02")
    assert has(found, "CONSULT", "ARM", "AZE"), found


def test_a_comma_ends_what_is_welcomed():
    text = "Japan welcomed the visit, saying talks between the two sides would continue."
    found = english(text, pub_date="2024-06-20")
    assert not has(found, "SUPPORT", "JPN", None), found


def test_concern_over_ties_between_two_states_stays_an_accusation():
    text = "Japan voiced concern over the growing military ties between Russia and North Korea."
    found = english(text, pub_date="2024-06-20")
    assert has(found, "ACCUSE", "JPN", "RUS") and not has(found, "SUPPORT", "JPN", None), found


@pytest.mark.parametrize(
    ("lang", "text", "actor", "recipient", "date"),
    [
        ("en", "Malaysia praised Indonesia's chairmanship of ASEAN.", "MYS", "IDN", "2023-09-07"),
        ("en", "The Philippines thanked Japan's presidency of the G7 for its support.", "PHL", "JPN", "2023-05-20"),
        ("id", "Malaysia memuji keketuaan Indonesia di ASEAN.", "MYS", "IDN", "2023-09-07"),
    ],
)
def test_a_leadership_owned_by_a_state_is_that_states(lang, text, actor, recipient, date):
    found = coded_in(lang, text, pub_date=date)
    assert has(found, "SUPPORT", actor, recipient), found


def test_the_leadership_of_a_body_without_an_owner_is_the_bodys():
    assert has(english("The leadership of ASEAN praised Indonesia.", pub_date="2023-11-24"), "SUPPORT", "IGO", "IDN")
    assert has(english("Egypt praised the leadership of Hamas for accepting the truce.", pub_date="2023-11-24"),
               "SUPPORT", "EGY", "PSE")
