"""People met again by one word of a name given to them after a noun (session 48, namecoref;
ActorMatcher.name_given, grammar `naming_words`): "seorang warga Vietnam bernama Nguyen Van Thanh …
Thanh menikam …", "a Tunisian fisherman named Karim Ben Salah … Ben Salah had stabbed …" — the later
word is the party the noun named. Near misses: no name given, and a party that names someone else
("Police … named Kwame Mensah as the main suspect") does not take that name."""

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
        ("Italian police detained a Tunisian fisherman named Karim Ben Salah near Lampedusa. "
         "Ben Salah had stabbed an Italian coast guard officer, the police said.", "ASSAULT", "TUN", "ITA"),
        ("Thai soldiers stopped a Cambodian farmer named Sok Pheap at the border. "
         "Pheap later attacked a Thai border guard with a machete.", "ASSAULT", "KHM", "THA"),
    ],
)
def test_english_name_given_met_again(text, event, actor, recipient):
    found = english(text, pub_date="2022-03-01")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        ("Polisi Malaysia menangkap seorang warga Vietnam bernama Nguyen Van Thanh di Johor. "
         "Thanh sebelumnya menikam seorang petugas imigrasi Malaysia dengan pisau.", "ASSAULT", "VNM", "MYS"),
        ("Tentara Thailand menghentikan seorang petani Kamboja bernama Sok Pheap di perbatasan. "
         "Pheap kemudian menyerang seorang penjaga perbatasan Thailand dengan parang.", "ASSAULT", "KHM", "THA"),
    ],
)
def test_indonesian_name_given_met_again(text, event, actor, recipient):
    found = indonesian(text, pub_date="2022-03-01")
    assert has(found, event, actor, recipient), found


def test_no_name_given_leaves_the_word_alone():
    text = ("Polisi Malaysia menangkap seorang warga Vietnam di Johor. "
            "Thanh sebelumnya menikam seorang petugas imigrasi Malaysia dengan pisau.")
    found = indonesian(text, pub_date="2022-03-01")
    assert not has(found, "ASSAULT", "VNM", "MYS"), found


def test_a_party_naming_someone_else_keeps_its_own_name():
    found = english("Police in Lagos named Kwame Mensah as the main suspect. "
                    "Mensah had attacked a customs officer with a knife.", pub_date="2022-03-01")
    assert not has(found, "ASSAULT", "NGA", None), found
