"""English/Indonesian agreement on parallel wire text (session 19, helper agree4).

English (en/triggers_s19_agree4.yaml): a leader who should step aside or leave office (REQUEST), an
Islamist or armed movement routed (ASSAULT), a party branded the most dangerous (ACCUSE), and a
crackdown on corruption that is no repression. Indonesian (id/triggers_s19_agree4.yaml): the safety
of protesters that tells no protest, "no one was allowed in" that is no refusal, troops "now
stationed" somewhere that make no deployment, the place of an attack already told, what it is
important for others to do, scholarships funded, ruling out that something is so, and what banners
demand. Every sentence here is invented."""

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
        ("Britain said President Mugabe should step aside.", "REQUEST", "GBR", "ZWE"),
        (
            "Guinea's union leaders say President Conte is too ill to rule and must stand aside.",
            "REQUEST",
            "GIN",
            "GIN",
        ),
        ("France says the Ivorian president ought to leave office.", "REQUEST", "FRA", "CIV"),
        ("Ethiopian troops routed the Islamist movement in December.", "ASSAULT", "ETH", None),
        ("Philippine marines routed an armed separatist group on Jolo.", "ASSAULT", "PHL", None),
        ("The Mahdi Army is branded the most dangerous force in Iraq by the Pentagon.", "ACCUSE", "USA", "IRQ"),
        ("Colombia's defence minister labelled the FARC the greatest threat to the country.", "ACCUSE", "COL", None),
    ],
)
def test_english_families(text, event, actor, recipient):
    found = english(text, pub_date="2007-06-01")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text", "event"),
    [
        # an anti-corruption drive represses no party
        ("en", "Bangladesh's interim government launched a sweeping crackdown on corruption.", "COERCE"),
        ("en", "China's leaders ordered a fresh crackdown on graft and bribery.", "COERCE"),
        # protesters kept safe hold no protest
        ("id", "Polisi Irak dikerahkan guna menjamin keselamatan pengunjuk rasa di Najaf.", "PROTEST"),
        ("id", "Polisi Irak ditugaskan menjaga keamanan pengunjuk rasa di Basra.", "PROTEST"),
        # nobody let in: a closure told, no refusal by the speaker
        ("id", "Wilayah itu ditutup tentara Israel dan tidak seorangpun diijinkan masuk, kata dia.", "REJECT"),
        # troops now stationed somewhere: where they are, no deployment
        ("id", "Pasukan Slowakia, yang sekarang ditempatkan di bandara Kabul, akan dipindahkan.", "MOBILIZE"),
        ("id", "Batalion Indonesia yang selama ini ditempatkan di perbatasan Lebanon akan pulang.", "MOBILIZE"),
        # the place of an attack already told is no new attack
        (
            "id",
            "Wartawan asing dibawa ke tempat serangan udara AS di Somalia selatan, kata pejabat Ethiopia.",
            "ASSAULT",
        ),
        # what it is important for others to do is advice, no promise
        (
            "id",
            "Adalah penting bagi negara-negara peserta untuk berkomitmen melucuti senjata nuklir Korea Utara, kata "
            "Menlu Jepang.",
            "AGREE",
        ),
        ("id", "Perlu bagi kedua negara untuk menyepakati jadwal perundingan, kata Menlu China.", "AGREE"),
        # scholarships funded are no aid, promised or given
        ("id", "Universitas Amerika itu akan mendanai beasiswa bagi mahasiswa Tibet di India.", "AGREE"),
        # ruling out that something is so is a judgement of fact, no rejection
        (
            "id",
            "Pengacara Italia itu mengesampingkan kemungkinan bahwa logam itu masuk ke tubuh Ocalan secara alami.",
            "REJECT",
        ),
        # what banners demand are slogans, no demand by a party
        (
            "id",
            "Kami akan mengibarkan spanduk yang menuntut pasukan AS pergi, kata pemimpin Syiah Irak itu.",
            "REQUEST",
        ),
        # guards (hold with or without the new entries): a negated or conditional stepping aside,
        # an election rout, a hypothetical label
        ("en", "Britain said President Mugabe should not step aside.", "REQUEST"),
        ("en", "The Kenyan president said he would step aside if his party lost.", "REQUEST"),
        ("en", "Voters in Japan routed the ruling party in the election.", "ASSAULT"),
    ],
)
def test_near_misses(lang, text, event):
    found = coded_in(lang, text, pub_date="2007-06-01")
    assert not any(e == event for e, _, _ in found), found


@pytest.mark.parametrize(
    ("lang", "text", "event", "actor", "recipient"),
    [
        # the same words still code a crackdown on a party, a protest held, a refusal to let in
        ("en", "Bangladesh's government launched a crackdown on opposition activists.", "COERCE", "BGD", "BGD"),
        ("id", "Ribuan pengunjuk rasa berunjuk rasa di depan Kedutaan AS di Jakarta.", "PROTEST", "IDN", "USA"),
        ("id", "Israel tidak mengizinkan wartawan asing masuk ke Gaza.", "REJECT", "ISR", None),
        ("id", "Tentara Thailand ditempatkan di perbatasan Kamboja pada hari Senin.", "MOBILIZE", "THA", None),
        ("id", "Iran mendanai Hizbullah di Lebanon, kata Menlu AS.", "AID", "IRN", "LBN"),
        ("id", "Jepang mengesampingkan kemungkinan perundingan dengan Korea Utara.", "REJECT", "JPN", "PRK"),
        ("id", "Polisi Filipina menepis dugaan adanya bom kedua di Manila.", "REJECT", "PHL", None),
        ("id", "Para pengunjuk rasa Irak menuntut pasukan AS pergi.", "REQUEST", "IRQ", "USA"),
        ("id", "Jepang berkomitmen mewujudkan denuklirisasi Korea Utara, kata Menlu Aso.", "AGREE", "JPN", "PRK"),
    ],
)
def test_the_acts_themselves_still_code(lang, text, event, actor, recipient):
    found = coded_in(lang, text, pub_date="2007-06-01")
    assert has(found, event, actor, recipient), found
