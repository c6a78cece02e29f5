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


# A deal named by its noun, then "to"/"untuk" + an act (grammar agreement_nouns, coder.deal_content):
# the act is promised with the deal, not done; the same act told after "and" is done.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Eritrea struck a deal on Sunday to withdraw its troops from the disputed border."),
        ("en", "The rebels reached an agreement to release 30 Malian soldiers in return for a truce."),
        ("id", "Eritrea mencapai kesepakatan pada Minggu untuk menarik pasukannya."),
        ("id", "Pemberontak menandatangani perjanjian untuk membebaskan 30 tentara Mali."),
    ],
)
def test_deal_content_is_promised(lang, text):
    found = coded_in(lang, text, pub_date="2018-06-10")
    assert not any(e == "RETREAT" for e, _, _ in found), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Eritrea signed a deal with Djibouti on Sunday and withdrew its troops from the disputed border."),
        ("id", "Eritrea menandatangani kesepakatan dengan Djibouti pada Minggu dan menarik pasukannya."),
    ],
)
def test_deal_then_done_act_is_coded(lang, text):
    found = coded_in(lang, text, pub_date="2018-06-10")
    assert has(found, "RETREAT", "ERI"), found
