"""Where an undergone attack happened is not who made it (session 32, attackers; grammar
`setting_preps`, `Attributor.set_at`): "killed in a bomb attack in Kabul", "came under attack in
Mogadishu", "mendapat serangan di Mogadishu" name a place after "in"/"di", not the attacker — the
doer is named inside the phrase or after "by"/"dari" ("wounded in an attack by militants in Kandahar",
"mendapat serangan dari Taliban di Kandahar"), else the attack has no actor."""

from __future__ import annotations

import pytest

from conftest import coded_in
from conftest import has_event as has


@pytest.mark.parametrize(
    ("lang", "text", "event", "actor", "recipient", "date"),
    [
        ("en", "Two soldiers were wounded in an attack by militants in Kandahar.",
         "ASSAULT", "AFG", "AFG", "2017-08-15"),
        ("en", "Three civilians were killed in a Russian air strike in Idlib, Syria.",
         "ASSAULT", "RUS", "SYR", "2017-08-15"),
        ("id", "Pos polisi itu mendapat serangan dari Taliban di Kandahar.", "ASSAULT", "AFG", None, "2017-08-15"),
    ],
)
def test_doer_named_before_the_place(lang, text, event, actor, recipient, date):
    found = coded_in(lang, text, pub_date=date)
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text", "actor"),
    [
        ("en", "Four people were killed in a bomb attack in Kabul.", "AFG"),
        ("en", "Ethiopian forces, who have come under attack in Mogadishu, will hand over to the AU mission.", "SOM"),
        ("id", "Pasukan Ethiopia, yang mendapat serangan-serangan di Mogadishu, akan digantikan misi AU.", "SOM"),
        ("id", "Seorang tentara Inggris tewas oleh bom jalanan di Irak selatan.", "IRQ"),
    ],
)
def test_place_after_undergone_attack_is_no_attacker(lang, text, actor):
    found = coded_in(lang, text, pub_date="2017-08-15")
    assert all(not (e == "ASSAULT" and actor in a) for e, a, _ in found), found
