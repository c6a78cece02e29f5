"""A subject cut off from its verb by an aside of place, time or occasion (session 31, inserted;
attribution.circumstance_aside, grammar `circumstance_openers`): "Abbas, di Kairo setelah bertemu
Mubarak, mendesak …", "Merkel, after talks with Sarkozy in Paris, accused …" — the party that opens
the sentence acts, not one named inside the aside; near misses: the party named inside the aside, and
a list of parties, which stays one actor."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("lang", "text", "event", "actor", "recipient", "inside"),
    [
        ("en", "Erdogan, after talks with Putin in Sochi, accused Washington of arming Kurdish militants.",
         "ACCUSE", "TUR", "USA", "RUS"),
        ("en", "Modi, while in Tokyo for a summit with Abe, criticized Pakistan over the Uri attack.",
         "ACCUSE", "IND", "PAK", "JPN"),
        ("en", "Lavrov, at a news conference in Ankara, rejected the Ukrainian peace plan.",
         "REJECT", "RUS", "UKR", "TUR"),
        ("en", "On Tuesday, Netanyahu, in a speech to the UN in New York, threatened Iran with military action.",
         "THREATEN", "ISR", "IRN", "UNO"),
        ("id", "Erdogan, usai bertemu Putin di Sochi, menuduh Amerika Serikat mempersenjatai milisi Kurdi.",
         "ACCUSE", "TUR", "USA", "RUS"),
        ("id", "Modi, ketika berada di Tokyo untuk bertemu Abe, mengkritik Pakistan atas serangan di Uri.",
         "ACCUSE", "IND", "PAK", "JPN"),
        ("id", "Lavrov, dalam konferensi pers di Ankara, menolak rencana perdamaian Ukraina.",
         "REJECT", "RUS", "UKR", "TUR"),
        ("id", "Netanyahu, di Washington setelah bertemu Trump, mengancam Iran dengan aksi militer.",
         "THREATEN", "ISR", "IRN", "USA"),
    ],
)
def test_subject_before_circumstance_aside(lang, text, event, actor, recipient, inside):
    found = coded_in(lang, text, "2018-05-10")
    assert has(found, event, actor, recipient), found
    assert not has(found, event, inside), found  # not the party named inside the aside


@pytest.mark.parametrize(
    ("lang", "text", "event", "actor", "recipient"),
    [
        # a list of parties acts together: no aside
        ("en", "Japan, South Korea and Australia condemned North Korea's missile launch.", "ACCUSE", "JPN", "PRK"),
        ("id", "Jepang, Korea Selatan dan Australia mengecam peluncuran rudal Korea Utara.", "ACCUSE", "JPN", "PRK"),
    ],
)
def test_lists_stay_lists(lang, text, event, actor, recipient):
    found = coded_in(lang, text, "2018-05-10")
    assert has(found, event, actor, recipient), found

