"""A verbal "attack" is criticism, not an armed assault (session 21, confuse_a): a party politician
attacking a party, an attack on another's policy in a possessive, an attack made in a speech or an
interview; Indonesian "menyerang … dengan mencap …", "menyerang … lewat akun Twitter-nya",
"serangan terhadap … soal …" (en/ and id/triggers_s21_confuse_a.yaml) — while armed attacks, and
negated verbal ones, stay what they were."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "pub_date", "actor", "recipient"),
    [
        (
            "Former Kenyan president Mwai Kibaki attacked the government's economic policy in an interview.",
            "2016-06-10",
            "KEN",
            None,
        ),
        (
            "Former Lebanese president Amin Gemayel attacked the ruling party, which he branded a gang of thieves.",
            "2010-06-10",
            "LBN",
            None,
        ),
    ],
)
def test_english_verbal_attack_is_accuse(text, pub_date, actor, recipient):
    found = english(text, pub_date=pub_date)
    assert has(found, "ACCUSE", actor, recipient), found
    assert not any(e == "ASSAULT" for e, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Amin Gemayel juga menyerang Partai Kataeb dengan mencap mereka pengkhianat.", "LBN", None),
        ("Prabowo Subianto menyerang pemerintah lewat akun Twitter-nya pada Senin.", "IDN", "IDN"),
        ("Donald Trump meningkatkan serangan terhadap Hillary Clinton soal surel pribadinya.", "USA", "USA"),
    ],
)
def test_indonesian_verbal_attack_is_accuse(text, actor, recipient):
    found = indonesian(text, pub_date="2010-06-10" if "Gemayel" in text else "2016-06-10")
    assert has(found, "ACCUSE", actor, recipient), found
    assert not any(e == "ASSAULT" for e, _, _ in found), found


@pytest.mark.parametrize(
    ("lang", "text", "actor", "recipient"),
    [
        ("en", "Taliban gunmen attacked a police post in Kandahar on Friday.", "AFG", "AFG"),
        ("en", "Gunmen attacked a wedding party in northern Afghanistan on Sunday.", "AFG", None),
        ("id", "Pesawat tempur Israel menyerang posisi Hamas di Gaza melalui udara pada Minggu malam.", "ISR", "PSE"),
        ("id", "Kelompok bersenjata menyerang pos polisi di Puncak Jaya dengan senapan serbu.", "IDN", None),
    ],
)
def test_armed_attack_stays_assault(lang, text, actor, recipient):
    found = coded_in(lang, text, pub_date="2016-06-10")
    assert has(found, "ASSAULT", actor, recipient), found
    assert not any(e == "ACCUSE" for e, _, _ in found), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Kibaki did not attack the government's economic policy in the interview."),
        ("id", "Prabowo Subianto tidak menyerang pemerintah lewat akun Twitter-nya."),
    ],
)
def test_negated_verbal_attack_codes_nothing(lang, text):
    assert coded_in(lang, text, pub_date="2016-06-10") == []
