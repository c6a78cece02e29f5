"""English coded as the Indonesian side codes the same construction (session 32, agreeen;
actors/sectors_s32_agreeen.yaml, attribution.absolute_subject): bare "fighters" is an armed group's
fighters as "petempur" is, and a party after "with" right before an "-ing" verb is that verb's subject
("with Moscow branding the raid unacceptable") — and near misses: firefighters, a verb after a comma."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("lang", "text", "event", "actor", "recipient", "date"),
    [
        ("en", "The Taliban said its fighters had ambushed a police patrol in Helmand province.",
         "ASSAULT", "AFG", "AFG", "2008-05-02"),
        ("en", "Hamas said its fighters fired rockets at Ashkelon on Tuesday.", "ASSAULT", "PSE", "ISR", "2008-05-02"),
        ("id", "Taliban menyatakan petempurnya telah menyerang pos polisi di Helmand.",
         "ASSAULT", "AFG", "AFG", "2008-05-02"),
    ],
)
def test_fighters_of_a_group(lang, text, event, actor, recipient, date):
    found = coded_in(lang, text, pub_date=date)
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient", "date"),
    [
        ("The vote split the council, with Russia accusing Britain of double standards.",
         "ACCUSE", "RUS", "GBR", "2018-04-10"),
        ("The test drew strong criticism, with Japan and South Korea calling it a provocation.",
         "ACCUSE", "KOR", None, "2017-07-05"),
        ("Beijing reacted angrily, with China's foreign ministry condemning the sale of arms to Taiwan.",
         "ACCUSE", "CHN", "TWN", "2019-07-09"),
    ],
)
def test_party_after_with_acts(text, event, actor, recipient, date):
    found = english(text, pub_date=date)
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text", "event"),
    [
        ("en", "Firefighters battled the blaze in Jakarta for six hours.", "ASSAULT"),
        ("en", "The fire fighters rescued 12 people from the burning building in Kabul.", "ASSAULT"),
    ],
)
def test_agreeen_near_misses(lang, text, event):
    found = coded_in(lang, text)
    assert all(e != event for e, _, _ in found), found


def test_verb_after_a_comma_keeps_the_subject():
    # "sided with China, while accusing …": the comma ends the "with" phrase; Russia accuses
    found = english("Russia sided with China, while accusing Britain of hypocrisy.", pub_date="2018-04-10")
    assert has(found, "ACCUSE", "RUS", "GBR") and not has(found, "ACCUSE", "CHN"), found
