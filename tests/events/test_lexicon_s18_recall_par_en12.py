"""English wire text (session 18, helper recall_par_en12): military formations named by their unit
("army units", "elite units", "the presidential guard") are the army of the scene when they
disperse a crowd (actors/sectors_s18_recall_par_en12.yaml); giving a lecture or a sermon is no
promise of supplies, and "inquiries continue" in a crime report accuses no one
(en/triggers_s18_recall_par_en12.yaml). Sentences written for these tests."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Army units fired into the air to disperse protesters in Conakry on Monday.", "GIN", "GIN"),
        ("In Harare, elite army units fired tear gas to disperse protesters outside parliament.", "ZWE", "ZWE"),
        ("The presidential guard fired into the air to disperse protesters in Kinshasa.", "COD", "COD"),
        ("Military units used batons to disperse protesters near the palace in Tegucigalpa.", "HND", "HND"),
    ],
)
def test_army_units_disperse_a_crowd(text, actor, recipient):
    found = english(text, pub_date="2007-06-01")
    assert has(found, "ASSAULT", actor, recipient), found


@pytest.mark.parametrize(
    "text",
    [
        "The Dalai Lama would deliver an inaugural lecture at the college in Atlanta, the university said.",
        "The French president will deliver a speech to students in Hanoi on Friday.",
    ],
)
def test_a_lecture_or_speech_is_no_promise(text):
    found = english(text, pub_date="2007-06-01")
    assert not has(found, "AGREE", "CHN") and not has(found, "AGREE", "FRA"), found
    # the same words before supplies are still a promise (en.agree.would-supply)
    supplies = english("Russia said it would deliver air defence missiles to Syria.", pub_date="2007-06-01")
    assert has(supplies, "AGREE", "RUS", "SYR"), supplies


@pytest.mark.parametrize(
    "text",
    [
        "Inquiries continue and officers are appealing for witnesses, London police said.",
        "The investigation is ongoing, a spokesman for Scotland Yard said of the deaths in London.",
    ],
)
def test_inquiries_continue_accuses_no_one(text):
    found = english(text, pub_date="2007-06-01")
    assert not has(found, "ACCUSE", "GBR"), found
    # an inquiry into someone is still one (en.accuse.inquiry)
    inquiry = english("British police opened an inquiry into the minister's expenses.", pub_date="2007-06-01")
    assert has(inquiry, "ACCUSE", "GBR"), inquiry
