"""A meeting or cooperation between two named parties of one state is a domestic event with a
recipient (attribution.DOMESTIC_PARTNERS, session 23): "Prabowo menemui Presiden Joko Widodo",
"Karzai met with members of the Taliban" — while a place, an event or a unit of the actor's own
kind after the verb is no partner ("menyambangi kediaman …", "hadir ke rapat …", "Polisi
berkoordinasi dengan Polres …"), nor is a reporter meeting an official. Sentences written for these
tests."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

indonesian = partial(coded_in, "id")
english = partial(coded_in, "en")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        ("Prabowo Subianto menemui Presiden Joko Widodo di Istana Merdeka.", "CONSULT", "IDN", "IDN"),
        ("Wakil Presiden Jusuf Kalla berkonsultasi dengan para anggota DPR soal anggaran.", "CONSULT", "IDN", "IDN"),
        ("Ketua DPR Setya Novanto sudah berkomunikasi dengan Kapolri Tito Karnavian.", "CONSULT", "IDN", "IDN"),
        ("Megawati bertemu dengan Ketua Umum Partai Gerindra Prabowo Subianto di Jakarta.", "CONSULT", "IDN", "IDN"),
        ("Polri bekerja sama dengan Badan Narkotika Nasional membongkar jaringan itu.", "COOPERATE", "IDN", "IDN"),
    ],
)
def test_indonesian_domestic_partner(text, event, actor, recipient):
    found = indonesian(text, pub_date="2016-06-10")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        ("President Hamid Karzai met with members of the Taliban in Kabul.", "CONSULT", "AFG", "AFG"),
        ("Senate leader Harry Reid met with House Speaker Nancy Pelosi on Tuesday.", "CONSULT", "USA", "USA"),
        ("Prime Minister Nawaz Sharif held talks with army chief Raheel Sharif in Islamabad.", "CONSULT", "PAK", "PAK"),
    ],
)
def test_english_domestic_partner(text, event, actor, recipient):
    found = english(text, pub_date="2016-06-10")
    assert has(found, event, actor, recipient), found


def test_a_surname_named_before_is_a_partner():
    text = (
        "Sekjen PDIP Hasto Kristiyanto belum menjelaskan kabar tentang Azwar Anas. "
        "Namun Hasto telah berkomunikasi dengan Anas untuk mengklarifikasi kabar itu."
    )
    assert has(indonesian(text, pub_date="2018-01-05"), "CONSULT", "IDN", "IDN")


def test_full_spelling_of_kasuri_is_pakistans_minister():
    text = "Menteri Luar Negeri India Pranab Mukherjee berunding dengan Menteri Luar Negeri Khurshid Mahmood Kasuri."
    found = indonesian(text, pub_date="2007-06-01")
    assert has(found, "CONSULT", "IND", "PAK"), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a place or an event of the party, not the party met
        ("id", "Penyidik KPK menyambangi kediaman Setya Novanto pada Rabu malam."),
        ("id", "Kapolri Tito Karnavian hadir ke rapat Komisi III DPR."),
        # unnamed police with its own units: work inside one body
        ("id", "Polisi berkoordinasi dengan Polres Bekasi."),
        # reporters meeting an official: an interview
        ("id", "Wartawan bertemu dengan Presiden Joko Widodo di Istana."),
        ("en", "Reporters met with President Barack Obama at the White House."),
        # an idiom of compromise
        ("en", "The Democrats have already met the Republicans halfway on spending."),
        # a noun's second owner is no partner of the first
        ("en", "The Kremlin said Lavrov's visit prepared Putin's own visit."),
        # a meeting named by a noun, with no verb of meeting in the pattern, takes no partner of the
        # same state (a hearing is the body's business)
        ("id", "Komisi III DPR mengadakan Rapat Dengar Pendapat dengan Kapolri Tito Karnavian."),
    ],
)
def test_no_domestic_partner(lang, text):
    found = coded_in(lang, text, "2016-06-10")
    assert not any(e in ("CONSULT", "COOPERATE") and r for e, _, r in found), found
