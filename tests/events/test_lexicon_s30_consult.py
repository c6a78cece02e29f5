"""CONSULT by role (session 30, consult; en/ and id/triggers consult.yaml and not_events.yaml,
when_where/places.py): a named airport before the city ("di Bandara Soekarno-Hatta, Tangerang")
still sets the visit in that city, the Indonesian "Leaders' Retreat", a world city outweighs a small
namesake in a state the sentence names (Geneva), the guest welcomed in the passive, a courtesy call on
a minister — and near misses: a call on a minister to act, a decision welcomed, a national team
meeting another in a cup or leaving for a match."""

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
        ("id", "PM Malaysia Anwar Ibrahim dan PM Singapura Lee Hsien Loong menggelar Leaders' Retreat di Singapura.",
         "MYS", "SGP", "2023-10-31"),
        ("id", "Perdana Menteri Jepang tiba di Bandara Soekarno-Hatta, Tangerang, Minggu malam.",
         "JPN", "IDN", "2023-01-09"),
        ("en", "Iranian and Saudi diplomats held two days of talks in Geneva last week on the crisis in Yemen.",
         "IRN", "SAU", "2023-04-10"),
        ("en", "The Egyptian president was welcomed in Abu Dhabi by the UAE president on Sunday.",
         "EGY", "ARE", "2023-05-15"),
        ("en", "A Chinese delegation called on Malaysian Prime Minister Anwar Ibrahim in Putrajaya on Monday.",
         "CHN", "MYS", "2023-06-13"),
    ],
)
def test_consult_roles(lang, text, actor, recipient, date):
    assert has(coded_in(lang, text, date), "CONSULT", actor, recipient), text


@pytest.mark.parametrize(
    ("lang", "text", "actor", "recipient", "date"),
    [
        # a phone call from the host's capital is no visit: the caller stays the actor
        ("en", "Indonesian President Joko Widodo spoke by phone with Vladimir Putin from Jakarta on Tuesday.",
         "IDN", "RUS", "2022-04-27"),
        # a meeting in a third state keeps the subject as actor
        ("en", "India's prime minister Narendra Modi met Japan's Fumio Kishida in Hiroshima on Saturday.",
         "IND", "JPN", "2023-05-21"),
    ],
)
def test_consult_roles_kept(lang, text, actor, recipient, date):
    assert has(coded_in(lang, text, date), "CONSULT", actor, recipient), text


@pytest.mark.parametrize(
    ("lang", "text", "date"),
    [
        ("en", "The opposition called on the prime minister to resign over the scandal.", "2023-06-13"),
        ("en", "The decision was welcomed by several member states, diplomats said.", "2023-06-13"),
        ("en", "Saudi Arabia meets Argentina in the World Cup opener on Tuesday.", "2022-11-21"),
        ("id", "Skuad Garuda berangkat ke Bahrain untuk laga tandang kualifikasi Piala Dunia.", "2024-10-05"),
    ],
)
def test_consult_near_misses(lang, text, date):
    assert all(event != "CONSULT" for event, _, _ in coded_in(lang, text, date)), text
