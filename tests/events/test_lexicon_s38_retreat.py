"""Resignations told as background (session 38, retreat; coder.BACKGROUND_RESIGNATIONS, grammar
resignation_background_preps): a resignation named as a noun after "after"/"over"/"about",
"setelah"/"atas"/"mengenai" is why or when another act happened, not a new event — while a resignation
told with its verb is still coded, and so is a release noun after "after" (a release so told may be
the news)."""

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
        ("Brazil's finance minister resigned on Tuesday after a dispute over the budget.",
         "RETREAT", "BRA", None, "2015-12-16"),
        ("Kenyan police freed two Somali journalists on Friday after a week in custody.",
         "RETREAT", "KEN", None, "2019-05-11"),
    ],
)
def test_english_retreat_still_coded(text, event, actor, recipient, date):
    found = english(text, pub_date=date)
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient", "date"),
    [
        ("Menteri Keuangan Brasil mengundurkan diri pada Selasa setelah berselisih soal anggaran.",
         "RETREAT", "BRA", None, "2015-12-16"),
        ("Polisi Kenya membebaskan dua wartawan Somalia pada Jumat setelah sepekan ditahan.",
         "RETREAT", "KEN", None, "2019-05-11"),
    ],
)
def test_indonesian_retreat_still_coded(text, event, actor, recipient, date):
    found = indonesian(text, pub_date=date)
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    "text",
    [
        "The Brazilian president postponed his trip to Buenos Aires over the resignation of two ministers.",
        "The Kenyan president cancelled a visit to Mogadishu after the resignation of his foreign minister.",
        "Reporters asked the Brazilian president about the resignation of his finance minister.",
    ],
)
def test_english_retreat_noun_as_background(text):
    found = english(text, pub_date="2015-12-16")
    assert not any(e == "RETREAT" for e, _, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Presiden Brasil menunda kunjungannya ke Buenos Aires setelah pengunduran diri dua menteri.",
        "Presiden Kenya membatalkan kunjungan ke Mogadishu setelah pengunduran diri menteri luar negerinya.",
        "Wartawan bertanya kepada Presiden Brasil mengenai pengunduran diri menteri keuangannya.",
    ],
)
def test_indonesian_retreat_noun_as_background(text):
    found = indonesian(text, pub_date="2015-12-16")
    assert not any(e == "RETREAT" for e, _, _ in found), found
