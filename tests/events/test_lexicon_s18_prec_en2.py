"""English precision on unseen wire text (session 18, helper prec_en2): requests whose content was
coded as done — a warning not to act with a long addressee, advising or prodding a party to act, an
order to surrender or disperse, refusing calls that one quit (en/triggers_s18_prec_en2.yaml); a
state's protest prompted by another's act; questioning done by the detainees; and "foreign" alone
read as Britain's Foreign Office (actors/bodies_s16_en_domestic.yaml) — with words like them that
are no such event. Every sentence is written for warta."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")


@pytest.mark.parametrize(
    ("text", "actor", "recipient", "content"),
    [
        ("The Iranian envoy advised Seoul to resume the nuclear talks.", "IRN", "KOR", "CONSULT"),
        ("Washington prodded Tokyo to send more warships to the Gulf.", "USA", "JPN", "MOBILIZE"),
        (
            "The Egyptian government warned leaders of the banned Muslim Brotherhood not to stage protests.",
            "EGY",
            "EGY",
            "PROTEST",
        ),
        ("Indian soldiers ordered the rebels inside the house to surrender.", "IND", "IND", "RETREAT"),
    ],
)
def test_request_content_is_not_coded_as_done(text, actor, recipient, content):
    found = english(text, pub_date="2007-06-01")
    assert has(found, "REQUEST", actor, recipient), found
    assert not any(e == content for e, _, _ in found), found
    assert not any(e == "THREATEN" for e, _, _ in found), found


def test_refusing_calls_to_quit_is_one_rejection():
    found = english("Israel's president refused growing calls that he quit his post.", pub_date="2007-06-01")
    assert has(found, "REJECT", "ISR"), found
    assert not any(e == "RETREAT" for e, _, _ in found), found


def test_state_protest_prompted_by_an_act_is_accuse():
    found = english("The arrest of the five diplomats in Arbil prompted protests from Tehran.", pub_date="2007-06-01")
    assert has(found, "ACCUSE", "IRN"), found
    assert not any(e == "PROTEST" for e, _, _ in found), found


def test_detainees_question_no_one():
    found = english("Kenyan police detained ten villagers for questioning.", pub_date="2007-06-01")
    assert has(found, "COERCE", "KEN", "KEN"), found
    assert not any(e == "ACCUSE" for e, _, _ in found), found


def test_foreign_alone_is_not_britain():
    found = english("Foreign forces launched a new offensive against the Taliban in Helmand.", pub_date="2007-06-01")
    assert not any("GBR" in a or "GBR" in r for _, a, r in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Residents of the coastal towns were advised to stay indoors.",  # no party asks
        "The Iranian envoy did not advise Seoul to resume the talks.",  # negated
        "Clinton will give a nudge to the Northern Ireland peace process.",  # a noun, no request
        "The Kenyan minister said she was advised by doctors to rest.",  # no political request
    ],
)
def test_near_misses_are_no_request(text):
    assert not any(e == "REQUEST" for e, _, _ in english(text, pub_date="2007-06-01"))


def test_protest_of_students_stays_a_street_protest():
    found = english("The fare rise sparked protests from Indonesian students.", pub_date="2007-06-01")
    assert has(found, "PROTEST", "IDN"), found
    assert not any(e == "ACCUSE" for e, _, _ in found), found
