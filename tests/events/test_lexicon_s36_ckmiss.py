"""Known misses of the behaviour checklist (session 36, ckmiss): a number that ends a party's name
("Densus 88", "Detasemen Khusus 88") is no count before a headline's bare verb — "Densus 88 tangkap
dua terduga teroris" is the unit arresting, not an arrest done by the suspects; a number that counts
("tangkap 212 orang", "88 tangkapan ikan") still reads as a count."""

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
        ("Densus 88 tangkap tiga terduga teroris di Lampung", "COERCE", "IDN", "IDN", "2023-05-02"),
        ("Detasemen Khusus 88 tangkap dua terduga teroris di Poso", "COERCE", "IDN", "IDN", "2022-08-16"),
        ("Densus 88 Tangkap Lima Terduga Teroris di Solo", "COERCE", "IDN", "IDN", "2021-03-30"),
    ],
)
def test_named_number_before_headline_verb(text, event, actor, recipient, date):
    found = indonesian(text, pub_date=date)
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    "text",
    [
        "Densus 88 tangkap tiga terduga teroris di Lampung",
        "Detasemen Khusus 88 tangkap dua terduga teroris di Poso",
    ],
)
def test_named_number_is_not_an_abduction(text):
    # the suspects after the verb are whom the unit arrests, not an armed group seizing people
    found = indonesian(text, pub_date="2023-05-02")
    assert not any(e[0] == "ASSAULT" for e in found), found


def test_counting_number_stays_a_count():
    # near miss: "88 tangkapan ikan" counts a catch of fish, no arrest
    found = indonesian("Pada 2018, 88 tangkapan ikan dicatat nelayan Natuna.", pub_date="2019-01-10")
    assert not found, found


def test_english_codes_the_same_headline_alike():
    # the English headline already reads the unit as the doer: both languages code it the same way
    found = english("Densus 88 Arrests Three Terror Suspects in Lampung", pub_date="2023-05-02")
    assert has(found, "COERCE", "IDN", "IDN"), found


# The speaker's own force promised in the first person is a threat, in both languages
@pytest.mark.parametrize(
    ("lang", "text", "actor", "recipient"),
    [
        ("en", '"If foreign jets enter our airspace, we will strike them," Russian Defence Minister '
         'Andrei Belousov said.', "RUS", None),
        ("en", "Iran's army chief: We Will Attack Any Base Used Against Us", "IRN", None),
        ("id", '"Jika kapal perang asing masuk ke perairan kami, kami akan menyerang mereka," kata juru bicara Houthi.',
         "YEM", None),
        ("id", '"Pangkalan itu akan kami serang," kata komandan Hizbullah.', "LBN", None),
    ],
)
def test_first_person_force_is_a_threat(lang, text, actor, recipient):
    found = coded_in(lang, text, pub_date="2024-02-10")
    assert has(found, "THREATEN", actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", '"We will strike a deal with the unions soon," the labour minister said.'),
        ("en", '"We will hit our sales targets this year," the chief executive said.'),
        ("id", '"Kami akan mengejar target penjualan tahun ini," kata direktur utama.'),
    ],
)
def test_first_person_business_is_no_threat(lang, text):
    found = coded_in(lang, text, pub_date="2024-02-10")
    assert not any(e[0] == "THREATEN" for e in found), found
