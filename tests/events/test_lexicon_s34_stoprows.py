"""Precision by sense (session 34, stoprows): what warta must not code. A disaster's toll (typhoons,
cyclones, eruptions: grammar `mishaps`) is no attack, and its destroyed homes no vandalism; a meeting
that "will be held" / "akan digelar" is only scheduled; a sentence about a game (grammar `game_words`)
codes no complaint, promise or demand — while the same verbs about politics, and violence at a game,
still code."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("lang", "text", "date"),
    [
        ("id", "Topan Haikui menerjang Taiwan bagian selatan, Selasa, menewaskan empat orang.", "2023-09-06"),
        ("id", "Siklon Mocha menghantam pesisir Myanmar dan menewaskan sedikitnya 60 orang.", "2023-05-16"),
        ("id", "Gempa berkekuatan 6,2 mengguncang Sulawesi Barat, menewaskan 80 orang dan merusak ratusan rumah.",
         "2021-01-16"),
        ("en", "A volcano erupted on the island, killing seven climbers and destroying two villages.", "2023-12-05"),
        ("en", "The summit of Pacific island leaders will be held in Tonga next month, officials said.", "2024-07-01"),
        ("id", "Pertemuan para menteri luar negeri ASEAN akan digelar di Vientiane bulan depan.", "2024-06-20"),
        ("en", "The league's referee chief complained that the striker had dived twice in the first half.",
         "2024-03-02"),
        ("id", "Pelatih tim sepak bola Vietnam menuntut wasit meminta maaf setelah kekalahan di Hanoi.", "2024-03-27"),
        ("id", "Penjaga gawang asal Jepang itu berjanji akan tampil lebih baik pada laga berikutnya.", "2024-05-02"),
    ],
)
def test_no_political_event(lang, text, date):
    assert coded_in(lang, text, date) == [], coded_in(lang, text, date)


@pytest.mark.parametrize(
    ("lang", "text", "event", "actor", "recipient", "date"),
    [
        # near misses: violence at a game stays an act; a meeting held is a meeting; a blast kills
        ("en", "Police fired tear gas at football fans outside the stadium in Malang.",
         "ASSAULT", "IDN", None, "2022-10-02"),
        ("en", "Indonesian President Joko Widodo met Malaysian Prime Minister Anwar Ibrahim in Jakarta on Monday.",
         "CONSULT", "IDN", "MYS", "2023-01-10"),
        ("id", "Presiden Joko Widodo bertemu Perdana Menteri Malaysia Anwar Ibrahim di Jakarta, Senin.",
         "CONSULT", "IDN", "MYS", "2023-01-10"),
    ],
)
def test_still_coded(lang, text, event, actor, recipient, date):
    found = coded_in(lang, text, date)
    assert has(found, event, actor, recipient), found
