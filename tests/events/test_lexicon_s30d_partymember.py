"""A party title and a party's full name that share a word (session 30d, partymember;
actors/match.py yield_to_party): "Ketua Partai Demokrat Korea" is the chair of the Democratic Party
of Korea, not "ketua partai" + "Demokrat Korea" coded as the home state's party; "anggota Partai
Kebebasan Korea" a member of the Liberty Korea Party — and near misses: a name running one word past
the title ("anggota Partai Demokrat" in a story from Washington) stays with the scene, and a title
before a party known by its short name ("Ketua Umum Partai Golkar …") keeps its person."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient", "date"),
    [
        ("Ketua Partai Demokrat Korea mengkritik pemerintah Jepang atas sengketa pulau Dokdo.",
         "ACCUSE", "KOR", "JPN", "2018-03-01"),
        ("Anggota Partai Kebebasan Korea mengecam Korea Utara atas uji coba rudal terbaru.",
         "ACCUSE", "KOR", "PRK", "2018-03-01"),
        ("Juru bicara Partai Pekerja Kurdistan mengancam akan menyerang pasukan Turki.",
         "THREATEN", "TUR", "TUR", "2018-03-01"),
    ],
)
def test_party_title_yields_to_full_party_name(text, event, actor, recipient, date):
    found = indonesian(text, pub_date=date)
    assert has(found, event, actor, recipient), found
    assert not has(found, event, "IDN", recipient), found


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient", "date"),
    [
        # one word past the title: the scene's party, not Indonesia's Partai Demokrat
        ("Presiden Amerika Serikat George W. Bush tiba di Washington. "
         "Anggota Partai Demokrat di Senat mengecam Presiden Bush atas perang Irak.",
         "ACCUSE", "USA", "USA", "2007-03-01"),
        # a party known by its short name keeps its titled person
        ("Presiden Joko Widodo bertemu Ketua Umum Partai Golkar Airlangga Hartarto di Istana Merdeka.",
         "CONSULT", "IDN", "IDN", "2018-03-01"),
    ],
)
def test_party_title_near_misses(text, event, actor, recipient, date):
    found = indonesian(text, pub_date=date)
    assert has(found, event, actor, recipient), found
    assert not any(e == event and "IDN" in a and "USA" in r for e, a, r in found) or actor == "IDN", found
