"""A force of many states met again by a bare word (session 41, coalition; actors.match.names_coalition,
coalition_leader, coalition_reference; grammar leader_marks, leader_phrases, coalition_nouns): a coalition
named with its leader ("the Saudi-led coalition", "pasukan koalisi pimpinan AS", "the NATO-led force") is
remembered, and a later bare "coalition forces", "pasukan koalisi", "multinational troops" or "the
coalition" is that leader's military; a leader named right after the term ("multinational forces led
by the United States") is its own. Near misses: with no leader named the term stays no one's, and a
coalition of parties ("pemerintah koalisi") is no force."""

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
        ("The Saudi-led coalition began a new offensive in Yemen on Monday. "
         "Coalition warplanes bombed a fuel depot near Hodeidah.",
         "ASSAULT", "SAU", None, "2018-06-12"),
        ("The U.S.-led coalition said it had stepped up raids in Anbar province. "
         "Coalition troops arrested four suspected insurgents near Fallujah on Sunday.",
         "COERCE", "USA", None, "2006-09-03"),
        ("A roadside bomb hit a patrol of the NATO-led force in Helmand. "
         "Coalition forces later raided a compound in the district.",
         "ASSAULT", "IGO", None, "2008-07-22"),
        ("The Saudi-led coalition intercepted a missile over Jizan. "
         "The coalition said it would investigate the strike on the market.",
         "ACCUSE", "SAU", None, "2018-06-12"),
        ("Multinational forces led by the United States detained three suspects in Tikrit on Monday.",
         "COERCE", "USA", None, "2005-03-01"),
    ],
)
def test_english_coalition_named_again(text, event, actor, recipient, date):
    found = english(text, pub_date=date)
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient", "date"),
    [
        ("Koalisi pimpinan Arab Saudi melancarkan serangan baru di Yaman pada Senin. "
         "Pesawat tempur koalisi mengebom sebuah depot bahan bakar di dekat Hodeidah.",
         "ASSAULT", "SAU", None, "2018-06-12"),
        ("Pasukan koalisi pimpinan AS meningkatkan razia di provinsi Anbar. "
         "Tentara koalisi menangkap empat tersangka pemberontak di dekat Fallujah pada Minggu.",
         "COERCE", "USA", None, "2006-09-03"),
        ("Sebuah bom pinggir jalan menghantam patroli pasukan pimpinan NATO di Helmand. "
         "Pasukan koalisi kemudian menggerebek sebuah kompleks di distrik itu.",
         "ASSAULT", "IGO", None, "2008-07-22"),
    ],
)
def test_indonesian_coalition_named_again(text, event, actor, recipient, date):
    found = indonesian(text, pub_date=date)
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text", "event", "date"),
    [
        # no leader named: coalition forces stay no one's, as before
        ("en", "Coalition forces killed two militants in a raid in Helmand province on Friday.", "ASSAULT",
         "2008-07-22"),
        ("id", "Pasukan koalisi menewaskan dua militan dalam sebuah razia di provinsi Helmand.", "ASSAULT",
         "2008-07-22"),
    ],
)
def test_coalition_without_a_leader_is_no_ones(lang, text, event, date):
    found = coded_in(lang, text, pub_date=date)
    assert all(e != event for e, _, _ in found), found


def test_a_coalition_of_parties_is_no_force():
    found = indonesian(
        "Koalisi pimpinan AS menyerang posisi ISIS di Mosul. "
        "Di Baghdad, pemerintah koalisi mengecam partai oposisi atas tuduhan korupsi.",
        pub_date="2017-03-01",
    )
    assert not has(found, "ACCUSE", "USA"), found


def test_terrorists_right_after_a_stateless_group_are_its_own():
    found = english(
        "Iraqi troops launched a sweep against al-Qaeda in Iraq north of Baghdad on Monday. "
        "The soldiers arrested five terrorists in a village near Samarra.",
        pub_date="2007-05-14",
    )
    assert has(found, "COERCE", "IRQ", "IMG"), found


def test_terrorists_long_after_the_group_stay_the_scenes():
    found = english(
        "Al-Qaeda in Iraq claimed a bombing in Baghdad last year. Officials met on Monday to discuss the budget. "
        "The city council approved new roads. Iraqi soldiers arrested five terrorists near Samarra on Tuesday.",
        pub_date="2007-05-14",
    )
    assert not has(found, "COERCE", "IRQ", "IMG"), found
