"""An attack on a party's or a politician's property or gathering is physical (en/triggers/assault.yaml
`en.assault.s33-attack-property`): "the Awami League attacked the BNP offices" is ASSAULT, though
attacks in words between political figures are ACCUSE (test_lexicon_s32_folded). Indonesian keeps
the fallback (id.assault.serang when the target is no political figure): an entry reaching to the
object ("menyerang markas mereka") took the object's pronoun from the recipient and was not landed."""

from __future__ import annotations

import pytest

from conftest import coded_in
from conftest import has_event as has


@pytest.mark.parametrize(
    ("lang", "text", "actor", "recipient"),
    [
        ("en", "Awami League activists attacked the BNP offices in Chittagong on Sunday.", "BGD", "BGD"),
        ("en", "Kenyan ruling party supporters attacked the homes of opposition lawmakers in Nairobi.", "KEN", "KEN"),
    ],
)
def test_attack_on_a_party_property_is_physical(lang, text, actor, recipient):
    found = coded_in(lang, text, pub_date="2016-08-01")
    assert has(found, "ASSAULT", actor, recipient), found
    assert not any(e == "ACCUSE" for e, _, _ in found), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Kenya's opposition party attacked the government over rising fuel prices."),
        ("id", "Fraksi Gerindra menyerang Menteri Keuangan dalam rapat kerja di DPR."),
    ],
)
def test_attack_in_words_stays_accuse(lang, text):
    found = coded_in(lang, text, pub_date="2016-08-01")
    assert any(e == "ACCUSE" for e, _, _ in found), found
    assert not any(e == "ASSAULT" for e, _, _ in found), found
