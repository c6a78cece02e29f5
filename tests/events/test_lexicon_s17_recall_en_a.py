"""English recall on unseen news (session 17, recall_en_a): a court vacating or setting aside a
decision, police breaking up a rally, "called it a cowardly act of terror" with an adjective before
"act" (en/triggers_s17_recall_en_a.yaml); a crowd arriving somewhere is no visit; teenagers and
schoolboys as civilians (actors/sectors_s17_recall_en_a.yaml); US state abbreviations after a town
(places/regions_s17_recall_en_a.tsv) — and words like them that are no event."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        # a court overturning another body's decision
        ("Pakistan's Supreme Court vacated the election commission's decision on Tuesday.", "REJECT", "PAK", "PAK"),
        ("Kenya's High Court nullified the presidential decree on Monday.", "REJECT", "KEN", None),
        ("The Indian Supreme Court set aside the governor's order.", "REJECT", "IND", "IND"),
        ("Egypt's constitutional court invalidated the parliamentary election.", "REJECT", "EGY", None),
        # police breaking up a protest
        ("Kenyan police broke the demonstration up in Nairobi.", "ASSAULT", "KEN", None),
        ("The crowd grew until Kenyan police broke it up.", "ASSAULT", "KEN", None),
        # a meeting broken up by the authorities
        ("Chinese police broke up a prayer meeting in Beijing.", "COERCE", "CHN", None),
        # "called the attack a cowardly act of terror"
        ('Obama called the shooting a "senseless act of hatred".', "ACCUSE", "USA", None),
    ],
)
def test_english_recall(text, event, actor, recipient):
    found = english(text, pub_date="2015-06-10")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # teenagers as the target of an arrest or an attack, in a US story set by a state abbreviation
        # (as the doer of violence an unnamed civilian is dropped by design: coder.BYSTANDERS)
        ("Police arrested a schoolboy in Fla. after the stabbing.", "COERCE"),
        ("Sheriff's deputies detained two teenagers in Okla. on Friday.", "COERCE"),
        ("A gunman shot three teenagers at a mall in Tenn. on Sunday.", "ASSAULT"),
    ],
)
def test_young_civilians_in_us_news(text, event):
    found = english(text, pub_date="2015-06-10")
    assert has(found, event, "USA", "USA"), found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # a crowd arriving is no visit
        ("Spanish miners have arrived in Madrid after a three-week march.", "CONSULT"),
        ("Thousands of pilgrims arrived in Mecca on Friday.", "CONSULT"),
        # a court or a body vacating a building or setting money aside is no rejection
        ("The Indian army vacated the school building after the order.", "REJECT"),
        ("The Kenyan government set aside funds for the decision on roads.", "REJECT"),
        # a fight broken up by neighbours, talks that broke up
        ("Neighbours broke it up before anyone in the Kenyan village was hurt.", "ASSAULT"),
        ("The talks between Serbia and Kosovo broke up without a deal.", "ASSAULT"),
        # negated, hypothetical
        ("Russian police did not break up the rally in Moscow.", "ASSAULT"),
        ("The Israeli court may vacate the decision next week.", "REJECT"),
    ],
)
def test_not_events(text, event):
    found = english(text, pub_date="2015-06-10")
    assert not any(e == event for e, _, _ in found), found
