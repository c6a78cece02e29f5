"""ASSAULT false alarms (session 23, en/ and id/triggers_s23_prec_assault.yaml): word senses of
"attack", "invade", "launch a campaign", "berperang" and "bom bunuh diri" that report no armed
attack — a campaign to promote something, leave given to attack, war as a purpose, a would-be
suicide bomber, a politician's attacks on a rival (ACCUSE), an attack on a website (COERCE, cyber,
when hackers do it) — while the armed sense still codes ASSAULT."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    "text",
    [
        # a campaign to promote, win or establish something
        "The Indian government launched a campaign to promote polio vaccination in Kashmir.",
        "Pakistan's ruling party launched a campaign to win votes in Punjab.",
        # leave to attack is no attack
        "Democrats want to repeal the 2002 vote that allowed Bush to invade Iraq.",
        "The Yemeni parliament gave the government permission to bomb rebel camps.",
        "The Thai army was allowed to attack the rebel camps, officials said.",
        # a plan shot down; a shot in a match
        "The Nigerian senate shot down the president's proposal.",
        "The Pakistani striker shot wide in the final minute against India.",
        # accidents told with a killing verb
        "A Pakistani army plane crashed near Rawalpindi, killing all 18 people on board.",
        "A bus carrying Indian pilgrims overturned on the highway and killed 12 passengers.",
        # an idiom
        "Pakistani army officers killed time in the lobby before the talks in Kabul.",
    ],
)
def test_english_no_attack(text):
    found = english(text, pub_date="2015-06-10")
    assert not any(e == "ASSAULT" for e, _, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        # war as a purpose; leave to attack
        "Partai itu dulu mendukung Amerika Serikat untuk berperang ke Irak.",
        "Ribuan warga Tunisia pergi ke Suriah untuk berperang bersama ISIS.",
        "Parlemen Inggris memberi izin bagi pemerintah untuk menyerang Suriah.",
        # a bombardment with criticism
        "Ketua DPR membombardir pemerintah dengan kritik.",
        # accidents told with a killing verb
        "Bus peziarah India terjun ke jurang dan menewaskan 25 orang.",
        "Kapal feri Filipina karam di dekat Cebu, menewaskan 30 penumpang.",
        # a would-be suicide bomber, or what trains one
        "Polisi Indonesia menangkap seorang calon pengantin bom bunuh diri di Bekasi.",
        "Polisi Afghanistan menyita buku panduan bagi penyerang bom bunuh diri di Kandahar.",
    ],
)
def test_indonesian_no_attack(text):
    found = indonesian(text, pub_date="2015-06-10")
    assert not any(e == "ASSAULT" for e, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        # a person's attacks on another are words
        ("The Malaysian opposition leader stepped up her attacks on the prime minister.", "ACCUSE", "MYS", "MYS"),
        ("The Thai opposition leader renewed his attacks on the Thai prime minister.", "ACCUSE", "THA", "THA"),
        # hackers attacking a website: cyber, COERCE
        ("Hackers attacked the website of the Indonesian election commission.", "COERCE", "IDN", "IDN"),
    ],
)
def test_english_other_type(text, event, actor, recipient):
    found = english(text, pub_date="2015-06-10")
    assert has(found, event, actor, recipient), found
    assert not any(e == "ASSAULT" for e, _, _ in found), found


def test_indonesian_hackers_attack_website_is_cyber_coercion():
    found = indonesian("Peretas menyerang situs Komisi Pemilihan Umum.", pub_date="2015-06-10")
    assert has(found, "COERCE", "IDN", "IDN"), found
    assert not any(e == "ASSAULT" for e, _, _ in found), found


@pytest.mark.parametrize(
    ("lang", "near_miss", "armed", "actor", "recipient"),
    [
        (
            "en",
            "Pakistan's ruling party launched a campaign to win votes in Punjab.",
            "Israeli troops launched a campaign to crush Hamas in Gaza.",
            "ISR",
            "PSE",
        ),
        (
            "en",
            "Democrats want to repeal the 2002 vote that allowed Bush to invade Iraq.",
            "Russian troops invaded Ukraine on Thursday.",
            "RUS",
            "UKR",
        ),
        (
            "en",
            "The Malaysian opposition leader stepped up her attacks on the prime minister.",
            "The Syrian army stepped up its attacks on rebel positions near Aleppo.",
            "SYR",
            "SYR",
        ),
        (
            "id",
            "Ribuan warga Tunisia pergi ke Suriah untuk berperang bersama ISIS.",
            "Pasukan Rusia berperang melawan tentara Ukraina di Donbas.",
            "RUS",
            "UKR",
        ),
        (
            "id",
            "Polisi Indonesia menangkap seorang calon pengantin bom bunuh diri di Bekasi.",
            "Seorang pelaku bom bunuh diri dari ISIS menyerang pos polisi Irak di Mosul.",
            "IMG",
            "IRQ",
        ),
        (
            "id",
            "Bus peziarah India terjun ke jurang dan menewaskan 25 orang.",
            "Pesawat tempur Rusia membom pasar di Idlib dan menewaskan 20 warga Suriah.",
            "RUS",
            "SYR",
        ),
    ],
)
def test_armed_sense_still_assault(lang, near_miss, armed, actor, recipient):
    """The stop entries are narrow: the near miss codes no attack, the armed sense beside it does."""
    assert not any(e == "ASSAULT" for e, _, _ in coded_in(lang, near_miss, pub_date="2015-06-10"))
    found = coded_in(lang, armed, pub_date="2015-06-10")
    assert has(found, "ASSAULT", actor, recipient), found


def test_barrage_of_criticism_is_words():
    found = indonesian("Menteri Keuangan menjadi sasaran serangan kritik dari DPR.", pub_date="2015-06-10")
    assert has(found, "ACCUSE", "IDN"), found
    assert not any(e == "ASSAULT" for e, _, _ in found), found
