"""Wrong parties on unseen text (session 31, wrongparties; coder.fellow_critics_target,
coder.possessive_capital, actors/not_actors.yaml): a criticism whose target the sentence leaves to
the context is aimed where the earlier sentence's critics aimed ("Egypt and Jordan criticised the US
move. … said they would oppose it" — the US), and a capital that owns what follows ("Beijing's
decision") is its state; "Western governments" / "pemerintah Barat" name no state, so their verb
is not the scene government's — and near misses: an act reported inside an accusation leaves its
doer the target; a capital where something was said stays a place."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("lang", "text", "event", "actor", "recipient"),
    [
        ("en", "Germany and Italy sharply criticised the Turkish offensive on Monday. The Dutch foreign minister "
               "also opposed it on Tuesday.", "ACCUSE", "NLD", "TUR"),
        ("en", "Brazil and Chile condemned the Venezuelan move on Friday. Peru's foreign minister also "
               "denounced it on Saturday.", "ACCUSE", "PER", "VEN"),
        ("id", "Mesir dan Yordania mengecam keputusan Amerika Serikat itu pada Selasa. Juru runding Palestina "
               "mengatakan mereka juga menentangnya.", "ACCUSE", "PSE", "USA"),
        # a capital that owns what follows is its state, a party the context can give
        ("en", "Japan's foreign ministry said it saw Beijing's decision as a step backwards. The Australian "
               "government said it deeply regrets the decision.", "ACCUSE", "AUS", "CHN"),
        ("id", "Pemerintah Barat, termasuk Amerika Serikat dan Inggris, berupaya menggulingkan Presiden Mugabe, "
               "kata pemerintah Zimbabwe.", "ACCUSE", "ZWE", "USA"),
    ],
)
def test_target_of_fellow_critics(lang, text, event, actor, recipient):
    found = coded_in(lang, text, pub_date="2019-11-20")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text", "event", "actor", "recipient"),
    [
        # the earlier sentence's act is the accused's, not a fellow critic's: the target stays China
        ("en", "Vietnam has accused Beijing of encroaching into its waters. The United States firmly opposes "
               "intimidation by any claimant, the US envoy said.", "ACCUSE", "USA", "CHN"),
        # a capital where something was said stays a place
        ("en", "Germany accused Russia of the attack. The Polish minister, speaking in Berlin, condemned it "
               "on Friday.", "ACCUSE", "POL", "RUS"),
    ],
)
def test_accused_doer_stays_target(lang, text, event, actor, recipient):
    found = coded_in(lang, text, pub_date="2019-11-20")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text", "event", "party"),
    [
        ("id", "Pemerintah Barat mencoba menjatuhkan Presiden Mugabe, kata pemerintah Zimbabwe.", "ACCUSE", "IDN"),
        ("en", "Western governments have tried to topple President Mugabe, the Zimbabwean government said.",
         "ACCUSE", "ZWE"),
    ],
)
def test_western_governments_are_no_scene_state(lang, text, event, party):
    found = coded_in(lang, text, pub_date="2008-04-09")
    assert not any(e == event and party in r for e, _, r in found), found
