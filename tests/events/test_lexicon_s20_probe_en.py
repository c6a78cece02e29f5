"""English families found by the s20 outside-suite probe (probe_en; en/triggers_s20_probe_en.yaml):
threats told as what the other side "will pay" or "will face", military satellite launches as shows
of force, strikes on "what it called" targets, loans granted with their amount — each with near
misses that must not code the event. Sentences written for these tests."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        ("Beijing said the U.S. would pay a price if Pelosi visited Taiwan.", "THREATEN", "CHN", "USA"),
        ("Pyongyang said Washington will pay a price for the drills.", "THREATEN", "PRK", "USA"),
        ("Kim Yo Jong said Seoul would face a disaster if it kept sending leaflets.", "THREATEN", "PRK", "KOR"),
        ("Tehran said Israel would face annihilation if it struck again.", "THREATEN", "IRN", "ISR"),
        ("North Korea launched a military spy satellite, Seoul's military said.", "MOBILIZE", "PRK", None),
        ("Iran fired a reconnaissance satellite into orbit on Tuesday.", "MOBILIZE", "IRN", None),
        ("India struck what it called terrorist camps in Pakistan, the army said.", "ASSAULT", "IND", "PAK"),
        ("Russia pounded what it called Ukrainian army depots near Kharkiv.", "ASSAULT", "RUS", "UKR"),
        ("Beijing granted Sri Lanka a $100 million loan.", "AID", "CHN", "LKA"),
        ("Saudi Arabia granted Pakistan a $2 billion loan.", "AID", "SAU", "PAK"),
    ],
)
def test_s20_probe_family_codes(text, event, actor, recipient):
    found = english(text, pub_date="2024-06-10")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Consumers will pay a higher price for fuel next year, the ministry said.", "THREATEN"),
        ("Farmers would face a disaster if the rains failed, the minister said.", "THREATEN"),
        ("Indonesia launched a communications satellite from Florida.", "MOBILIZE"),
        ("Indonesia struck what it called a fair deal with Japan.", "ASSAULT"),
        ("Indonesia struck what was described as a landmark agreement with Japan.", "ASSAULT"),
        ("Japan may extend Indonesia a $500 million loan next year.", "AID"),
    ],
)
def test_s20_probe_near_miss(text, event):
    found = english(text, pub_date="2024-06-10")
    assert not any(e == event for e, _, _ in found), found
