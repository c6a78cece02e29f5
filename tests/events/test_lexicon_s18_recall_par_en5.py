"""English recall on unseen wire text (session 18, helper recall_par_en5): rallies "mounted" by a
party, helping another build a reactor or a port, announcing plans to send a mission, and a record
"marred by incompetence" in a speaker's words
(en/triggers_s18_recall_par_en5.yaml), and suicide attackers named otherwise than "suicide bomber"
(actors/sectors_s18_recall_par_en5.yaml) — and words like them that are no event."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        # rallies mounted by a party
        ("Hamas mounted large rallies in Gaza City on Friday.", "PROTEST", "PSE", None),
        ("The Awami League mounted rallies across Dhaka last week.", "PROTEST", "BGD", None),
        # help to build something material
        ("Moscow is helping to build Syria's first nuclear power station.", "AID", "RUS", "SYR"),
        ("China helped Laos construct a new railway to the border.", "AID", "CHN", "LAO"),
        ("Japan assisted Vietnam in rebuilding the bridge, the embassy said.", "AID", "JPN", "VNM"),
        # plans announced to send a mission
        ("The Arab League announced plans to dispatch a delegation to Lebanon.", "AGREE", "IGO", "LBN"),
        ("The European Union announced plans to send a high-level team to visit Sudan.", "AGREE", "EUR", "SDN"),
        # a speaker's verdict on another's record
        (
            "President George W. Bush's Iraq policy has been marred by incompetence, Senator Hillary Clinton said.",
            "ACCUSE",
            "USA",
            "USA",
        ),
        (
            "The vote in Zimbabwe was plagued by fraud, the British foreign secretary said.",
            "ACCUSE",
            "GBR",
            None,
        ),
    ],
)
def test_english_recall(text, event, actor, recipient):
    found = english(text, pub_date="2007-06-01")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("A suicide attacker rammed a car packed with explosives into a police post in Kandahar.", "AFG"),
        ("A suicide truck bomber hit an army checkpoint in Mosul on Tuesday.", "IRQ"),
    ],
)
def test_suicide_attacker_is_the_actor(text, recipient):
    """ "suicide attacker" is an actor (UAF of the scene), not swallowed by the trigger."""
    found = english(text, pub_date="2007-06-01")
    assert has(found, "ASSAULT", recipient), found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # air strikes and a naval blockade mounted are no rally
        ("Israel mounted strikes on Gaza overnight.", "PROTEST"),
        ("Israel mounted a naval blockade of Gaza.", "PROTEST"),
        # helping build trust or confidence is no material aid
        ("The Indonesian visit helped build trust between Malaysia and Singapore.", "AID"),
        ("Norway is helping to build confidence between Colombia and the rebels.", "AID"),
        # marred by violence: a state of affairs, not a speaker's verdict on a party
        ("The vote in Kenya was marred by violence, the observers said.", "ACCUSE"),
        # a law aimed against a crime accuses no party
        ("The new law is aimed against money laundering, the Indonesian finance minister said.", "ACCUSE"),
        # a plan only considered, or negated
        ("The African Union did not announce plans to send a mission to Somalia.", "AGREE"),
    ],
)
def test_near_misses_not_coded(text, event):
    found = english(text, pub_date="2007-06-01")
    assert all(e != event for e, _, _ in found), found
