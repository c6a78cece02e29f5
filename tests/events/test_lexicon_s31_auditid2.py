"""Unseen Indonesian news, idner-news-2k documents 47:94 (session 31, auditid2): a domestic meeting
told with a light verb and a noun ("melakukan pertemuan dengan Presiden …"), an indirect question
that ends at its comma ("Saat ditanya apakah …, X membantahnya"), an attack noun whose relative
passive has an aspect word ("serangan udara yang kembali dilancarkan Israel"), a state spelled out
after its currency with its short name in brackets ("dollar Amerika Serikat (AS)"), and entries for
childishness, charging an article of law and breaking the fast together — with near misses. Every
sentence is written for these tests."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

indonesian = partial(coded_in, "id")
english = partial(coded_in, "en")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient", "date"),
    [
        (
            "Menteri Pertahanan Prabowo Subianto melakukan pertemuan dengan Presiden Joko Widodo di Istana Merdeka.",
            "CONSULT",
            "IDN",
            "IDN",
            "2022-03-10",
        ),
        (
            "Saat ditanya apakah partainya akan keluar dari koalisi, Ketua Umum PAN Zulkifli Hasan membantahnya.",
            "REJECT",
            "IDN",
            None,
            "2022-03-10",
        ),
        (
            "Tiga warga sipil tewas dalam serangan udara yang kembali dilancarkan Rusia di Kharkiv.",
            "ASSAULT",
            "RUS",
            None,
            "2022-03-10",
        ),
        (
            "KPK menemukan uang 10.000 dollar Amerika Serikat (AS) saat menggeledah rumah bupati itu.",
            "COERCE",
            "IDN",
            None,
            "2022-03-10",
        ),
        ("Juru bicara PDIP menilai sikap Partai Demokrat kekanak-kanakan.", "ACCUSE", "IDN", "IDN", "2022-03-10"),
        (
            "Kejaksaan Agung menyangkakan Pasal 2 UU Tipikor kepada mantan menteri itu.",
            "ACCUSE",
            "IDN",
            None,
            "2022-03-10",
        ),
        (
            "Presiden Joko Widodo berbuka puasa bersama Ketua Umum Partai Golkar Airlangga Hartarto di Istana.",
            "CONSULT",
            "IDN",
            "IDN",
            "2022-04-10",
        ),
    ],
)
def test_indonesian_unseen_wording(text, event, actor, recipient, date):
    found = indonesian(text, pub_date=date)
    assert has(found, event, actor, recipient), found


def test_asked_whether_is_answered_in_english():
    text = "Asked whether Japan would join the talks, the Chinese foreign ministry spokesman rejected the idea."
    found = english(text, pub_date="2022-03-10")
    assert has(found, "REJECT", "CHN"), found


def test_money_state_is_no_scene():
    # the police of a corruption story stay at home after "dollar Amerika Serikat (AS)"
    found = indonesian(
        "KPK menemukan uang 10.000 dollar Amerika Serikat (AS) saat menggeledah rumah bupati itu.",
        pub_date="2022-03-10",
    )
    assert not any("USA" in a for _, a, _ in found), found
    # a state in brackets that acts is still a party
    assert has(
        indonesian("Amerika Serikat (AS) menjatuhkan sanksi kepada Iran.", pub_date="2022-03-10"),
        "SANCTION",
        "USA",
        "IRN",
    )


@pytest.mark.parametrize(
    ("lang", "text", "event"),
    [
        ("id", "Polisi melakukan pertemuan dengan para pedagang di pasar.", "CONSULT"),
        ("id", "Ketika ditanya apakah Israel akan menyerang Iran, Netanyahu menolak berkomentar.", "ASSAULT"),
        ("en", "Asked whether Israel would attack Iran, Netanyahu declined to comment.", "ASSAULT"),
        ("id", "Psikolog menilai perilaku anak itu kekanak-kanakan.", "ACCUSE"),
        ("id", "Pasal yang disangkakan belum diumumkan.", "ACCUSE"),
        ("id", "Warga berbuka puasa bersama di masjid.", "CONSULT"),
    ],
)
def test_near_misses(lang, text, event):
    assert event not in {e for e, _, _ in coded_in(lang, text, pub_date="2022-04-10")}


def test_turkey_condemning_is_not_the_attacker():
    found = indonesian("Serangan udara itu kembali dikecam Turki.", pub_date="2022-03-10")
    assert not has(found, "ASSAULT", "TUR"), found
