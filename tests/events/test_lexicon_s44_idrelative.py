"""A verb joined by "and"/"dan" after a relative clause on the main verb's object (session 44,
idrelative; attribution.verb_past_relative, grammar `custody_verbs`): a relative clause with a subject
of its own ("polisi yang mereka culik", "soldiers whom they captured") ends before "and", so the next
active verb is the main clause's; after a subject relative on private people whom authorities act on,
an arrest goes back to the authorities ("menembak pemuda yang melempar batu dan menahan seorang
wartawan") — and near misses: the youths' own second act, critics who are no authority."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "event", "actor", "wrong", "date"),
    [
        (
            "Pasukan Rusia menembaki warga Ukraina yang memprotes pendudukan dan menahan seorang jurnalis.",
            "COERCE",
            "RUS",
            "UKR",
            "2021-03-01",
        ),
        (
            "Polisi India memukuli mahasiswa Bangladesh yang memblokir jalan dan menangkap dua aktivis.",
            "COERCE",
            "IND",
            "BGD",
            "2021-03-01",
        ),
        (
            "Militan Taliban menyatakan mereka telah menembak mati tiga tentara Pakistan yang mereka tangkap pekan "
            "lalu dan menuduh pemerintah Amerika Serikat mengabaikan tuntutan mereka.",
            "ACCUSE",
            "AFG",
            "PAK",
            "2021-03-01",
        ),
    ],
)
def test_indonesian_verb_after_relative_clause(text, event, actor, wrong, date):
    found = indonesian(text, pub_date=date)
    assert has(found, event, actor), found
    assert not has(found, event, wrong), found


@pytest.mark.parametrize(
    ("text", "event", "actor", "wrong", "date"),
    [
        (
            "Russian troops shot Ukrainian villagers who protested the occupation and detained a journalist.",
            "COERCE",
            "RUS",
            "UKR",
            "2021-03-01",
        ),
        (
            "Indian police beat Bangladeshi students who blocked a road and arrested two activists.",
            "COERCE",
            "IND",
            "BGD",
            "2021-03-01",
        ),
    ],
)
def test_english_verb_after_relative_clause(text, event, actor, wrong, date):
    found = english(text, pub_date=date)
    assert has(found, event, actor), found
    assert not has(found, event, wrong), found


def test_youths_own_second_act_stays_theirs():
    # not an act of custody: the stone-throwers' own, never the police's
    found = indonesian(
        "Polisi Prancis menahan pemuda Aljazair yang melempar batu dan menyerang seorang petugas.",
        pub_date="2021-03-01",
    )
    assert not has(found, "ASSAULT", "FRA"), found


def test_critics_are_no_captors():
    # the main clause's subject is no authority: the arrest is not moved to the critics
    found = indonesian(
        "Warga Kenya mengecam mahasiswa Uganda yang memblokir jalan dan menangkap dua aktivis.", pub_date="2021-03-01"
    )
    assert not has(found, "COERCE", "KEN"), found
