"""SUPPORT, RETREAT and CONCEDE (session 30, support; en/ and id/triggers/s30_support.yaml, folded
into the type files): co-sponsoring a resolution ("co-sponsored", "ikut mensponsori rancangan
resolusi"), support declared ("mendeklarasikan dukungan"), sovereignty or control handed over or
given back ("handed back sovereignty", "returned control of", "menyerahkan kedaulatan"), a deed
admitted as done by mistake ("admitted its troops mistakenly fired", "mengakui … keliru", "mengaku …
tidak sengaja"), a state put back on a trade white list ("restored to its white list", "memasukkan
kembali … daftar putih"), and a purpose after an object and a date phrase ("phoned Marcos on
Wednesday to congratulate him": the caller congratulates) — and near misses: a company's
sponsorship, a denial, a handover of office, an admission to hospital."""

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
        ("Japan co-sponsored the U.N. resolution condemning North Korea's missile launches.",
         "SUPPORT", "JPN", None, "2023-03-20"),
        ("Britain handed back sovereignty over the Chagos Islands to Mauritius under a treaty signed on Thursday.",
         "RETREAT", "GBR", "MUS", "2025-05-23"),
        ("Russia returned control of the Zaporizhzhia nuclear plant to Ukraine under the deal.",
         "RETREAT", "RUS", "UKR", "2025-12-01"),
        ("The Pakistani army admitted its troops had mistakenly fired on an Afghan border post.",
         "CONCEDE", "PAK", None, "2023-09-07"),
        ("The U.S. military acknowledged its drone accidentally struck a family home in Kabul.",
         "CONCEDE", "USA", None, "2021-09-18"),
        ("Tokyo reinstated Seoul on its whitelist of trusted trading partners on Friday.",
         "RETREAT", "JPN", "KOR", "2023-07-21"),
        # a purpose after the object and a date phrase is still the caller's
        ("Prime Minister Narendra Modi phoned Prabowo Subianto on Thursday to congratulate him on his victory.",
         "SUPPORT", "IND", "IDN", "2024-03-21"),
    ],
)
def test_english_support_and_yield(text, event, actor, recipient, date):
    found = english(text, pub_date=date)
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient", "date"),
    [
        ("Partai Golkar mendeklarasikan dukungan kepada Prabowo Subianto sebagai calon presiden.",
         "SUPPORT", "IDN", "IDN", "2023-08-13"),
        ("Pemerintah Malaysia menyambut positif usulan Indonesia soal patroli bersama di Selat Malaka.",
         "SUPPORT", "MYS", "IDN", "2024-05-02"),
        ("Malaysia ikut mensponsori resolusi Dewan HAM PBB tentang perlindungan warga Rohingya.",
         "SUPPORT", "MYS", None, "2023-04-04"),
        ("Portugal menyerahkan kedaulatan Makau kepada China pada Desember 1999.",
         "RETREAT", "PRT", None, "2019-12-20"),
        ("Militer Myanmar mengakui pasukannya keliru menyerang sebuah desa di Sagaing.",
         "CONCEDE", "MMR", None, "2023-04-15"),
        ("Iran mengaku militernya tidak sengaja menembak jatuh pesawat penumpang Ukraina.",
         "CONCEDE", "IRN", None, "2020-01-11"),
        ("Tokyo memasukkan kembali Seoul ke daftar putih negara mitra dagangnya.",
         "RETREAT", "JPN", "KOR", "2023-07-21"),
    ],
)
def test_indonesian_support_and_yield(text, event, actor, recipient, date):
    found = indonesian(text, pub_date=date)
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text", "event"),
    [
        ("en", "A local bank co-sponsored the charity run in Surabaya on Sunday.", "SUPPORT"),
        ("en", "The minister was admitted to hospital after he accidentally fell at home.", "CONCEDE"),
        ("en", "The army denied that its troops had mistakenly fired on the convoy.", "CONCEDE"),
        ("en", "The company returned control of the hotel to its owners after the lease expired.", "RETREAT"),
        ("en", "The software maker returned the app to its whitelist of approved tools.", "RETREAT"),
        ("id", "Sebuah bank swasta mensponsori turnamen bulu tangkis itu.", "SUPPORT"),
        ("id", "Militer membantah pasukannya keliru menembak warga sipil.", "CONCEDE"),
        ("id", "Serah terima jabatan Panglima Kodam berlangsung di Makodam pada Senin.", "RETREAT"),
        ("id", "Penonton menyambut positif penampilan perdana grup musik itu.", "SUPPORT"),
    ],
)
def test_support_and_yield_near_misses(lang, text, event):
    found = coded_in(lang, text, "2024-03-14")
    assert all(e != event for e, _, _ in found), found
