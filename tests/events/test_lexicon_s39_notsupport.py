"""Negated support and approval code the same in both languages (session 39, notsupport; en/triggers
support.yaml and agree.yaml, id/triggers support.yaml): the guide codes a negated act nothing unless it
is a refusal, and "tidak mendukung/menyetujui/merestui" already coded REJECT ("PKS tidak mendukung
khilafah"). English "did not support/back/endorse the plan", "did not approve the pact/loan/arms sale"
now code the same REJECT (`negated: REJECT`), and Indonesian "tidak merestui" joins "tidak mendukung".
Near misses: the support that never was ("has never supported" — a standing absence), no party at all
("there was no support for the plan"), a negated ratification (neither language codes it)."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("lang", "text", "actor", "recipient"),
    [
        ("en", "The Dutch foreign minister said The Hague did not support the Turkish proposal.", "NLD", "TUR"),
        ("en", "Canada does not back the Brazilian plan for a ceasefire, Ottawa said.", "CAN", "BRA"),
        ("en", "Germany did not endorse the candidacy of the Hungarian diplomat.", "DEU", "HUN"),
        ("en", "The Kenyan parliament did not approve the defence pact with Somalia.", "KEN", "SOM"),
        ("en", "The World Bank did not approve the loan to Zimbabwe, officials said.", "IGO", "ZWE"),
        ("id", "Menteri luar negeri Belanda mengatakan Den Haag tidak mendukung usulan Turki.", "NLD", "TUR"),
        ("id", "Kanada tidak mendukung rencana gencatan senjata Brasil, kata Ottawa.", "CAN", "BRA"),
        ("id", "Jerman tidak merestui pencalonan diplomat Hongaria itu.", "DEU", "HUN"),
        ("id", "Parlemen Kenya tidak menyetujui pakta pertahanan dengan Somalia.", "KEN", "SOM"),
        ("id", "Bank Dunia tidak menyetujui pinjaman untuk Zimbabwe, kata para pejabat.", "IGO", "ZWE"),
    ],
)
def test_negated_support_is_a_refusal(lang, text, actor, recipient):
    found = coded_in(lang, text, pub_date="2024-03-12")
    assert has(found, "REJECT", actor, recipient), found
    assert not any(e == "SUPPORT" for e, _, _ in found), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Norway has never supported sanctions against Cuba."),
        ("en", "There was no support for the plan among the delegates."),
        ("en", "The Chilean senate did not ratify the treaty with Peru."),
        ("id", "Senat Chile tidak meratifikasi perjanjian dengan Peru."),
    ],
)
def test_negated_support_near_miss(lang, text):
    found = coded_in(lang, text, pub_date="2024-03-12")
    assert not any(e in ("REJECT", "SUPPORT") for e, _, _ in found), found
