"""RETREAT parties (session 34, retreat): forces that "mundur dari" a place withdraw from it (not a
resignation), so the place's state is the recipient; a RETREAT told with a verb of handing over or
giving back ("handed over … to", "mengembalikan … kepada") is aimed at the state it goes to, not the
territory or people handed over (coder.ceded_at); a state named before a sector term owns it, and a
place after "from" is where it leaves ("the withdrawal of Syrian troops from Lebanon"). Near misses: an
athlete pulling out of a tournament, a report handed to parliament, a suspect handed to prosecutors."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("lang", "text", "event", "actor", "recipient", "date"),
    [
        ("id", "Pasukan Azerbaijan mundur dari dua desa di perbatasan Armenia pada Kamis.",
         "RETREAT", "AZE", "ARM", "2021-05-20"),
        ("id", "Pasukan Israel mundur dari Rafah di Gaza selatan setelah operasi selama tiga minggu.",
         "RETREAT", "ISR", "PSE", "2024-06-30"),
        ("en", "Britain handed over the Chagos Islands to Mauritius under a treaty signed on Thursday.",
         "RETREAT", "GBR", "MUS", "2024-10-03"),
        ("en", "Portugal returned control of the enclave to China in a ceremony at midnight.",
         "RETREAT", "PRT", "CHN", "1999-12-20"),
        ("id", "Inggris menyerahkan kedaulatan atas Kepulauan Chagos kepada Mauritius, Kamis.",
         "RETREAT", "GBR", "MUS", "2024-10-03"),
        ("id", "Malaysia menyerahkan kembali dua nelayan Aceh kepada Indonesia di Belawan.",
         "RETREAT", "MYS", "IDN", "2023-03-10"),
        ("en", "The withdrawal of Syrian troops from Lebanon was completed on Tuesday.",
         "RETREAT", "SYR", "LBN", "2005-04-26"),
    ],
)
def test_retreat_parties(lang, text, event, actor, recipient, date):
    found = coded_in(lang, text, pub_date=date)
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("id", "Pebulu tangkis itu mundur dari turnamen di Jepang karena cedera."),
        ("en", "The minister handed over the report to parliament on Monday."),
        ("id", "Polisi menyerahkan tersangka kepada kejaksaan di Jakarta."),
    ],
)
def test_retreat_near_misses(lang, text):
    found = coded_in(lang, text, pub_date="2024-01-23")
    assert all(e != "RETREAT" for e, _, _ in found), found


def test_owner_before_a_term_is_kept():
    # "Officials from Armenia" are still Armenia's: with no state before the term "from" joins
    found = english("Officials from Armenia met Azerbaijani diplomats in Moscow.", pub_date="2022-08-16")
    assert has(found, "CONSULT", "ARM", "AZE"), found
