"""English wire text (session 18, helper recall_par_en7): a crew or a vessel said to have strayed into
another's waters or territory (the speaker's accusation), the UN nuclear watchdog named with a
possessive or as the "atomic watchdog" (en/triggers_s18_recall_par_en7.yaml,
actors/bodies.yaml, the IAEA) — and a participle before a person ("the detained man"),
which is no new arrest."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        # straying into another's waters or territory, told by the aggrieved party: its accusation
        ("Iran said the British sailors had strayed into its territorial waters.", "ACCUSE", "IRN", "GBR"),
        ("Japan said a Chinese patrol boat strayed into its waters near the islands.", "ACCUSE", "JPN", "CHN"),
        ("Turkey said two Greek fighter jets had strayed into its airspace on Monday.", "ACCUSE", "TUR", "GRC"),
        ("India says Pakistani soldiers strayed into Indian territory in Kashmir.", "ACCUSE", "IND", "PAK"),
        # the UN nuclear watchdog with a possessive, or as the atomic watchdog
        ("Iran said it would limit cooperation with the U.N.'s nuclear watchdog.", "THREATEN", "IRN", "IGO"),
        ("North Korea expelled inspectors of the UN atomic watchdog on Tuesday.", "SANCTION", "PRK", "IGO"),
        ("The UN's nuclear watchdog criticised Syria for stalling its inquiry.", "ACCUSE", "IGO", "SYR"),
    ],
)
def test_english_recall(text, event, actor, recipient):
    found = english(text, pub_date="2007-06-01")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # a participle before a person names someone already held: no second arrest or sentence
        (
            "Yemeni police arrested a man on Saturday. The provincial governor named the detained man as a trader.",
            "COERCE",
        ),
        (
            "Egyptian police arrested a blogger on Monday. "
            "Interior Minister Habib al-Adly said the jailed blogger was a threat.",
            "SANCTION",
        ),
        # straying that is only a condition or a denial: no accusation
        ("Tehran would release them if they admitted they had strayed into Iranian waters.", "ACCUSE"),
        ("Britain denied that its sailors had strayed into Iranian waters.", "ACCUSE"),
    ],
)
def test_not_an_event(text, event):
    found = english(text, pub_date="2007-06-01")
    # the first sentence's own arrest is the one COERCE allowed
    allowed = 1 if event == "COERCE" else 0
    assert sum(e == event for e, _, _ in found) <= allowed, found


def test_arrest_itself_still_coded():
    """The finite verb and the reduced passive are untouched by the stop entry."""
    assert has(english("Yemeni police detained a man over the mosque attack.", pub_date="2007-06-01"), "COERCE", "YEM")
