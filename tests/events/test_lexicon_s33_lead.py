"""An attack on a party's or a politician's property or gathering is physical (en/triggers/assault.yaml
`en.assault.s33-attack-property`): "the Awami League attacked the BNP offices" is ASSAULT, though
attacks in words between political figures are ACCUSE (test_lexicon_s32_folded). Indonesian keeps
the fallback (id.assault.serang when the target is no political figure): an entry reaching to the
object ("menyerang markas mereka") took the object's pronoun from the recipient and was not landed.

A target, quota or deadline met is no meeting, even after the "set to" of a meeting on the calendar
(en/triggers/not_events.yaml `s33` entries)."""

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


@pytest.mark.parametrize(
    "text",
    [
        "Indonesia's government is set to meet its deficit target this year, the finance minister said.",
        "Japan is unlikely to meet its emission reduction targets, the environment ministry said.",
        "Malaysia met its rice import quota in March, the agriculture minister said.",
    ],
)
def test_a_target_met_is_no_meeting(text):
    found = coded_in("en", text, pub_date="2016-08-01")
    assert not any(e in ("AGREE", "CONSULT") for e, _, _ in found), found


def test_a_meeting_on_the_calendar_still_codes():
    text = "President Widodo is set to meet his Malaysian counterpart next week."
    found = coded_in("en", text, pub_date="2016-08-01")
    assert has(found, "AGREE", "IDN", "MYS"), found
