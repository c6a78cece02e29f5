"""English and Indonesian coding the same construction alike (session 35, agree): wanting another
party to act ("butuh mereka untuk", as "we want them to");
opposition shown to a plan ("menunjukkan penolakan terhadap usulan", as "signalled its rejection of")
is ACCUSE (disapprove); "semua partai di <negara>" names that state's parties, as "all parties in";
people no code names before a verb ("banyak orang menyalahkan …") do not make it the speaker's act."""

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
        ("Perdana Menteri Kanada berkata tentang Meksiko, kami butuh mereka untuk bekerja sama memberantas narkotika.",
         "REQUEST", "CAN", None),
        ("Para pemimpin oposisi Kenya menunjukkan penolakan mereka terhadap usulan undang-undang pajak pemerintah.",
         "ACCUSE", "KEN", None),
        ("Sekjen PBB menyeru seluruh partai di Nepal untuk menghormati hasil pemilihan umum.",
         "REQUEST", "UNO", "NPL"),
    ],
)
def test_indonesian_like_english(text, event, actor, recipient):
    found = indonesian(text, pub_date="2007-06-01")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        ("The German foreign minister said he wants French troops to stay in Mali.", "REQUEST", "DEU", "FRA"),
        ("Kenya's opposition leaders signalled their rejection of the government's proposed tax law.",
         "ACCUSE", "KEN", None),
        ("The UN chief called on all parties in Nepal to respect the election result.", "REQUEST", "UNO", "NPL"),
    ],
)
def test_english_counterparts(text, event, actor, recipient):
    found = english(text, pub_date="2007-06-01")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text", "event"),
    [
        # a shown refusal of a UN resolution stays REJECT, not the ACCUSE of opposing a plan
        ("id", "Pemerintah Korea Utara memperlihatkan ketidaksetujuannya terhadap resolusi PBB.", "ACCUSE"),
        # people no code names blame: not the minister's accusation
        ("id", "\"Banyak orang menyalahkan Israel,\" kata Menteri Luar Negeri Mesir.", "ACCUSE"),
        ("en", "\"Many people blame Israel,\" Egypt's foreign minister said.", "ACCUSE"),
    ],
)
def test_near_misses(lang, text, event):
    found = coded_in(lang, text, pub_date="2007-06-01")
    assert all(e != event for e, _, _ in found), found
