"""Acts only imagined in English news no gold set holds (session 38, unseenen; events/modality.py and
en/grammar.yaml): a counterfactual perfect ("would have attacked", "would never have agreed to meet",
"might not otherwise have agreed"), a wish to see another party act ("would like to see China agree",
"hope to see Iran accept the offer") an event awaited by a noun of hope or fear ("raised hopes of a thaw",
"fears of a Russian attack") and a question opened by a question word and a modal ("Why would Iran
agree?", "When will Russia attack?") code nothing — and the near misses that stay: "would" reported ("said
he would visit"), one's own wish to meet ("would like to meet"), and "Why did Israel attack Gaza?"."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Without the truce, Turkey would have attacked the Kurdish militia in Syria again.", "ASSAULT"),
        ("Without the truce, Turkey would have attacked the Kurdish militia in Syria again.", "THREATEN"),
        ("Ankara would never have agreed to meet Damascus before the election.", "REJECT"),
        ("Ankara would never have agreed to meet Damascus before the election.", "AGREE"),
        ("Seoul could not have accepted the offer from Tokyo in 2019.", "REJECT"),
        ("Canada might not otherwise have agreed to the deal with Mexico.", "AGREE"),
        ("Why would the ministers be angry with Washington for sanctioning Moscow?", "SANCTION"),
        ("And when will Russia attack Ukraine again?", "ASSAULT"),
        ("Some ministers would like to see Pakistan agree to the water treaty.", "AGREE"),
        ("European diplomats hope to see Tehran accept the offer of talks.", "AGREE"),
        ("The prisoner exchange raised hopes of a thaw between Armenia and Azerbaijan.", "SUPPORT"),
        ("Fears of a Chinese blockade of Taiwan grew in Tokyo this week.", "COERCE"),
        ("Fears of an Israeli attack on Iran pushed oil prices higher.", "ASSAULT"),
    ],
)
def test_imagined_acts_not_coded(text, event):
    found = english(text, pub_date="2024-03-01")
    assert all(e != event for e, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        ("The Iranian president said he would visit Iraq in May.", "AGREE", "IRN", "IRQ"),
        ("Merkel would meet Putin in Moscow next week, her spokesman said.", "AGREE", "DEU", "RUS"),
        ("Why did Israel attack Gaza on Sunday?", "ASSAULT", "ISR", None),
        ("Turkey attacked the Kurdish militia in Syria again on Sunday.", "ASSAULT", "TUR", None),
        ("Israel attacked Iranian air defences, raising fears of a wider war.", "ASSAULT", "ISR", "IRN"),
    ],
)
def test_reported_and_real_acts_still_coded(text, event, actor, recipient):
    found = english(text, pub_date="2024-03-01")
    assert has(found, event, actor, recipient), found
