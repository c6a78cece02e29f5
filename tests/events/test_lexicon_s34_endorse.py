"""Endorsements at home (session 34, endorse; attribution.backed_candidate, attribution.praised_body,
grammar `candidate_nouns`, id.support.s34e-mendukung-penuh): a party, body or leader backing a candidate,
a ticket or a bid for office of its own state that no list names ("mengusung pasangan ini", "dukungan
kepada pasangan …", "mendukung penuh pencalonan …", "threw its support behind the candidacy of …") is a
SUPPORT between two parties of that state; so is a party or named leader backing an unnamed organ of
its own state through the backing's preposition ("the Congress party extended full support to the
government"). Near misses: a habit of backing candidates of a kind, a crowd's backing."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Partai Nasdem resmi mengusung pasangan Darmawan Sulistyo dan Hendra Kurniadi dalam Pilkada Jawa Tengah.",
            "2024-08-20",
        ),
        ("Setelah rapat pleno, PKB resmi mengusung pasangan ini dalam pemilihan bupati.", "2024-08-21"),
        ("Partai Demokrat mendeklarasikan dukungan kepada pasangan Darmawan Sulistyo - Hendra Kurniadi.", "2024-08-22"),
        ("Partai Gerindra mendukung penuh pencalonan Hendra Kurniadi sebagai wali kota.", "2024-08-23"),
        ("Fraksi PKS di DPR menyatakan dukungan kepada pemerintah dalam menangani banjir.", "2024-01-10"),
    ],
)
def test_indonesian_endorsement_at_home(text, date):
    found = indonesian(text, pub_date=date)
    assert has(found, "SUPPORT", "IDN", "IDN"), found


@pytest.mark.parametrize(
    ("text", "actor", "date"),
    [
        ("WASHINGTON: The Republican Party threw its support behind the candidacy of Tom Harlow.", "USA", "2024-03-02"),
        (
            "NEW DELHI: The Congress party extended full support to the government on the border issue.",
            "IND",
            "2022-09-01",
        ),
    ],
)
def test_english_endorsement_at_home(text, actor, date):
    found = english(text, pub_date=date)
    assert has(found, "SUPPORT", actor, actor), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("id", "PDIP pada prinsipnya punya tradisi untuk mendukung calon petahana yang berprestasi."),
        ("id", "Sebagian besar warga Bekasi mendukung pasangan ini."),
        ("en", "WASHINGTON: The Democratic Party has a tradition of backing candidates who win primaries."),
    ],
)
def test_endorsement_near_misses(lang, text):
    found = coded_in(lang, text, "2024-08-20")
    assert all(e != "SUPPORT" for e, _, _ in found), found
