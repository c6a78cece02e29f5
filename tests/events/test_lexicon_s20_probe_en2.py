"""English families found by the s20 whole-article probe (probe_en2; en/triggers_s20_probe_en2.yaml):
event nouns reached through the verb before them (congratulations sent, days of drills begun, an army
put on alert), threats told as a vowed firm response or "will not go
unanswered", charges called politically motivated, a bid to join approved, entry barred, curbs
lifted — each with near misses that must not code the event.
Sentences written for these tests."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        ("The Chilean president sent a message of congratulations to Peru.", "SUPPORT", "CHL", "PER"),
        ("Hungary's parliament approved Sweden's accession on Monday.", "SUPPORT", "HUN", "SWE"),
        ("China's navy began three days of live-fire drills near Taiwan on Friday.", "MOBILIZE", "CHN", None),
        ("The Serbian president put the army on the highest level of alert.", "MOBILIZE", "SRB", None),
        ("Russia promised a firm response to the expulsion of its diplomats by Poland.", "THREATEN", "RUS", None),
        ("Iran said the attack on its consulate by Israel will not go unanswered.", "THREATEN", "IRN", None),
        ("Pakistan's opposition party called the case against him politically motivated.", "ACCUSE", "PAK", None),
        ("Moscow responded by barring entry to dozens of British officials.", "COERCE", "RUS", None),
        ("China has lifted most of the trade curbs it imposed on Australia.", "RETREAT", "CHN", "AUS"),
    ],
)
def test_s20_probe_en2_family_codes(text, event, actor, recipient):
    found = english(text, pub_date="2024-06-10")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Seoul prosecutors opened a probe into the president on insurrection charges.", "PROTEST"),
        ("Indian and Chinese troops clashed on the border, leaving several soldiers injured.", "RETREAT"),
        ("The Chilean president did not send congratulations to Peru.", "SUPPORT"),
        ("Finland's parliament did not approve Sweden's bid to join the alliance.", "SUPPORT"),
        ("Russia could promise a firm response if Poland expelled its diplomats.", "THREATEN"),
        ("The Serbian president did not put the army on alert.", "MOBILIZE"),
    ],
)
def test_s20_probe_en2_near_miss(text, event):
    found = english(text, pub_date="2024-06-10")
    assert not any(e == event for e, _, _ in found), found
