"""Yielding (session 29, yield; en/ and id/triggers/s29_yield.yaml, grammar `exchange_phrases`,
coder.deal_terms and coder.freed_by_captors): people freed named by a plural nationality or by what
they were convicted as, bases handed over, access to a detainee granted, prisoners of war handed over
without "kembali", operations scaled back; a release with no doer after a relative clause that names
the captors; what a deal gives in return — and near misses: a convicted man described, a company
officer quitting, an exchange that was promised, a capture that names other captives."""

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
        ("Iran freed two Germans held in Evin prison for more than a year, Berlin said.",
         "RETREAT", "IRN", None, "2023-02-10"),
        ("Belarus released three Lithuanians and two Poles under a presidential pardon.",
         "RETREAT", "BLR", None, "2024-09-12"),
        ("Washington freed a convicted Iranian spy as part of the exchange, officials said.",
         "RETREAT", "USA", None, "2023-09-19"),
        ("French troops handed their last base in Chad to the Chadian army on Thursday.",
         "RETREAT", "FRA", None, "2025-01-31"),
        ("Myanmar's junta permitted the ASEAN envoy to visit the detained former leader.",
         "RETREAT", "MMR", None, "2023-07-14"),
        ("Three Indonesian sailors who were kidnapped by Abu Sayyaf were freed on Monday.",
         "RETREAT", "PHL", "IDN", "2020-01-16"),
    ],
)
def test_english_yielding(text, event, actor, recipient, date):
    found = english(text, pub_date=date)
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient", "date"),
    [
        ("Rusia menyerahkan 75 prajurit Ukraina yang ditawan dalam pertukaran di perbatasan Belarus.",
         "RETREAT", "RUS", "UKR", "2024-01-05"),
        ("Israel mengurangi operasi militernya di Gaza utara, kata juru bicara militer.",
         "RETREAT", "ISR", None, "2024-01-02"),
        ("Pemerintah China mengizinkan diplomat Kanada mengunjungi warganya yang ditahan di Beijing.",
         "RETREAT", "CHN", None, "2019-03-01"),
        ("Tiga WNI yang diculik kelompok Abu Sayyaf akhirnya dibebaskan pada Minggu, kata Kementerian Luar Negeri.",
         "RETREAT", "PHL", "IDN", "2020-01-16"),
    ],
)
def test_indonesian_yielding(text, event, actor, recipient, date):
    found = indonesian(text, pub_date=date)
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text", "event"),
    [
        ("en", "The convicted killer was moved to a maximum-security prison in Nusakambangan.", "SANCTION"),
        ("en", "Hamas agreed to free 33 hostages in return for a six-week halt in the fighting.", "RETREAT"),
        ("id", "Hamas setuju membebaskan sandera dengan imbalan gencatan senjata selama enam pekan.", "RETREAT"),
        ("id", "Dirut perusahaan tambang itu mengundurkan diri setelah laporan keuangannya dipersoalkan.", "RETREAT"),
        ("en", "The fund released its annual report on Canadians' savings on Monday.", "RETREAT"),
    ],
)
def test_yielding_near_misses(lang, text, event):
    found = coded_in(lang, text, "2024-03-14")
    assert all(e != event for e, _, _ in found), found


def test_deal_in_exchange_after_a_release_done():
    # "in exchange for" after a release done tells an exchange that happened: the release stays
    found = english("Israel released 39 Palestinian prisoners in exchange for 13 hostages freed by Hamas.",
                    pub_date="2023-11-25")
    assert has(found, "RETREAT", "ISR", None), found
