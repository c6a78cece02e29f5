"""MOBILIZE and THREATEN errors on the development gold (session 30c, mobilize): a site cordoned or
sealed off and checkpoints set up restrict movement (COERCE restrict, CAMEO 191), while a cordon
thrown around a place stays a show of force; a comma and "and" between two parties that begin no list
join two clauses ("…, and France has warned …" is France's); what a warning warns of runs past a
relative aside and an "if"-clause, so a danger named there is a warning of a danger (ACCUSE); a
condition inside a warning is its terms, not a doubt that it is made."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("lang", "text", "event", "actor", "recipient"),
    [
        ("en", "Kenyan police cordoned off the hotel after the blast in Nairobi.", "COERCE", "KEN", None),
        ("en", "Pakistani troops sealed off the district and began house-to-house searches.", "COERCE", "PAK", None),
        ("en", "Turkish soldiers set up checkpoints on the roads leading to the border town.", "COERCE", "TUR", None),
        ("id", "Polisi Kenya menutup kawasan hotel itu setelah ledakan di Nairobi.", "COERCE", "KEN", None),
        ("en", "Hamas fired rockets at Ashkelon, and Egypt has condemned the attack.", "ACCUSE", "EGY", None),
        ("en", "The rebels seized the town from Mali, and France has condemned the offensive.", "ACCUSE", "FRA", None),
        (
            "en",
            "Japan warned that the tests, which resumed this week, could destabilise the region.",
            "ACCUSE",
            "JPN",
            None,
        ),
    ],
)
def test_coded(lang, text, event, actor, recipient):
    found = coded_in(lang, text, pub_date="2023-05-04")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text", "event"),
    [
        # a cordon thrown around a place is troops or police deployed there, no restriction named
        ("en", "Soldiers threw a security cordon around the presidential palace in Conakry.", "COERCE"),
        ("en", "Kenyan police cordoned off the hotel after the blast in Nairobi.", "MOBILIZE"),
        # a list of three with an Oxford comma stays one subject
        ("en", "Russia, China, and Iran condemned the strike on Thursday.", "THREATEN"),
    ],
)
def test_not_coded(lang, text, event):
    found = coded_in(lang, text, pub_date="2023-05-04")
    assert all(e != event for e, _, _ in found), found


def test_list_with_oxford_comma_keeps_all_parties():
    found = english("Russia, China, and Iran condemned the strike on Thursday.", pub_date="2023-05-04")
    assert any(e == "ACCUSE" and {"RUS", "CHN", "IRN"} <= set(a) for e, a, _ in found), found


def test_own_side_warning_past_a_condition_stays_a_threat():
    found = english("Putin warned that if NATO expands, Russia could strike the new bases.", pub_date="2023-05-04")
    assert any(e == "THREATEN" for e, _, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Iran warned that if sanctions are tightened, Tehran could close the Strait of Hormuz.",
        "North Korea warned that if the drills go ahead, it could launch a military strike.",
    ],
)
def test_conditional_warning_is_a_threat(text):
    # a condition inside what is warned of states the threat's terms; the warning is made
    found = english(text, pub_date="2023-05-04")
    assert any(e == "THREATEN" for e, _, _ in found), found


def test_question_whether_a_warning_is_no_threat():
    found = english("Will Iran warn that if sanctions are tightened it could close the strait?", pub_date="2023-05-04")
    assert all(e != "THREATEN" for e, _, _ in found), found
