"""Parties of Indonesian events (session 32, partiesid), with the same construction in English: a
joint subject meeting "to discuss" something (coder.topic_of_purpose) meets each other — a party
named only inside the purpose clause ("bertemu untuk membahas cara menekan Korea Utara", "met to
discuss ways to pressure North Korea") is the topic, not the recipient; and near misses: one
subject meeting a named partner keeps that partner."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("lang", "text", "actor", "recipient", "topic"),
    [
        ("id", "Menteri Luar Negeri Jepang dan Menteri Luar Negeri Australia bertemu untuk membahas "
         "cara menekan Korea Utara.",
         "JPN", "AUS", "PRK"),
        ("id", "Presiden Rusia dan Presiden Turki melakukan pembicaraan guna membahas hubungan dengan Amerika Serikat.",
         "RUS", "TUR", "USA"),
        ("en", "The foreign ministers of Japan and Australia met to discuss ways to pressure North Korea.",
         "JPN", "AUS", "PRK"),
        ("en", "The Russian and Turkish presidents held talks to discuss relations with the United States.",
         "RUS", "TUR", "USA"),
    ],
)
def test_joint_meeting_purpose_names_the_topic(lang, text, actor, recipient, topic):
    found = coded_in(lang, text, pub_date="2017-03-01")
    assert has(found, "CONSULT", actor, recipient), found
    assert not any(e == "CONSULT" and topic in r for e, _, r in found), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("id", "Menteri Luar Negeri Jepang bertemu dengan Menteri Luar Negeri Korea Selatan untuk membahas "
         "program nuklir Korea Utara."),
        ("en", "Japan's foreign minister met his South Korean counterpart to discuss North Korea's nuclear programme."),
    ],
)
def test_one_subject_keeps_its_partner(lang, text):
    found = coded_in(lang, text, pub_date="2017-03-01")
    assert has(found, "CONSULT", "JPN", "KOR"), found


@pytest.mark.parametrize(
    ("lang", "text", "actor"),
    [
        ("id", "Perdana Menteri Inggris Tony Blair meminta parlemen mendukung pengiriman pasukan ke Afghanistan.",
         "GBR"),
        ("id", "Presiden Prancis mengimbau Kongres untuk menyetujui anggaran militer bagi misi di Mali.", "FRA"),
        ("en", "British Prime Minister Tony Blair asked parliament to back the deployment of troops to Afghanistan.",
         "GBR"),
    ],
)
def test_leader_asks_own_legislature(lang, text, actor):
    """A bare legislature asked as the request verb's object is the requester's own, not the scene's."""
    found = coded_in(lang, text, pub_date="2007-03-01")
    assert has(found, "REQUEST", actor, actor), found


def test_named_foreign_legislature_stays_foreign():
    found = indonesian("Menteri Luar Negeri AS mendesak parlemen Irak untuk segera mengesahkan undang-undang minyak.",
                       pub_date="2007-03-01")
    assert has(found, "REQUEST", "USA", "IRQ"), found


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        ("Korea Utara mengundang ketua badan atom PBB untuk berkunjung ke Pyongyang bulan depan.",
         "AGREE", "PRK", "IGO"),
        ("Iran mengecam badan pengawas nuklir PBB atas laporan terbarunya.", "ACCUSE", "IRN", "IGO"),
        ("Pesawat tempur koalisi pimpinan Arab Saudi menyerang sebuah pasar di Yaman.",
         "ASSAULT", "SAU", "YEM"),
    ],
)
def test_lower_case_led_body_names(text, event, actor, recipient):
    """Body names the lists write with a lower-case head ("badan atom PBB") match text written so."""
    found = indonesian(text, pub_date="2017-03-01")
    assert has(found, event, actor, recipient), found


def test_lower_case_word_is_still_no_name():
    """A capitalised name's lower-case spelling stays a word: "cuba" (try) is no Cuba."""
    found = indonesian("Polisi Thailand akan cuba menangkap para penyelundup di perbatasan.", pub_date="2017-03-01")
    assert not any("CUB" in a or "CUB" in r for _, a, r in found), found
