"""English recall on unseen 2007 wire text (session 18, helper recall_par_en9): arms caches found or
seized by troops and police, troops deployed in a UN force (aid, not a show of force), an opposition
signalling its rejection or disapproval of a plan, a disarmament campaign launched, someone tried on
charges
(en/triggers_s18_recall_par_en9.yaml), Somali clans and Egypt's Kefaya movement
(actors/bodies_s18_recall_par_en9.yaml) — and words like them that are no event."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        # arms caches found or seized by the army or police
        ("Turkish troops found a large weapons cache near the Iraqi border.", "COERCE", "TUR", None),
        ("Colombian police uncovered two arms depots in the jungle.", "COERCE", "COL", None),
        ("Pakistani soldiers discovered a cache of rockets in a cave near Peshawar.", "COERCE", "PAK", None),
        ("Philippine marines unearthed an ammunition dump on Jolo island.", "COERCE", "PHL", None),
        # troops deployed in or to a UN force: peacekeeping aid
        ("Italy has deployed 2,000 soldiers in the UN force in Lebanon.", "AID", "ITA", "LBN"),
        ("Ghana deployed a battalion to the UN mission in Congo.", "AID", "GHA", "COD"),
        # a plan opposed: disapproval signalled, indicated or voiced
        ("Egypt's opposition signalled its rejection of the new election law.", "ACCUSE", "EGY", None),
        ("Kenyan lawmakers signalled their rejection of the budget plan.", "ACCUSE", "KEN", None),
        # a disarmament campaign launched is a sweep short of force
        ("The Somali government launched a campaign to disarm the militias.", "MOBILIZE", "SOM", None),
        ("Haitian police began a drive to collect illegal guns.", "MOBILIZE", "HTI", None),
        # tried on charges: the charge is laid
        ("Egypt tried 40 Islamists on charges of plotting attacks.", "ACCUSE", "EGY", "EGY"),
        ("The former Thai premier was tried on charges of corruption, the court said.", "ACCUSE", "THA", "THA"),
    ],
)
def test_english_recall(text, event, actor, recipient):
    found = english(text, pub_date="2007-06-01")
    assert has(found, event, actor, recipient), found


def test_deploying_troops_in_un_force_is_not_a_show_of_force():
    found = english("Italy has deployed 2,000 soldiers in the UN force in Lebanon.", pub_date="2007-06-01")
    assert not any(e == "MOBILIZE" for e, _, _ in found), found


def test_disarmament_campaign_is_not_an_offensive():
    found = english("The Somali government launched a campaign to disarm the militias.", pub_date="2007-06-01")
    assert not any(e == "ASSAULT" for e, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        ("Hawiye elders held talks with Ethiopian officers.", "CONSULT", "SOM", "ETH"),
        ("Hawiye leaders met African Union officials on Saturday.", "CONSULT", "SOM", "IGO"),
        ("Darod clan leaders met the Kenyan foreign minister in Nairobi.", "CONSULT", "SOM", "KEN"),
        ("Kefaya staged a rally outside the journalists' union.", "PROTEST", "EGY", None),
    ],
)
def test_clans_and_movements_are_actors(text, event, actor, recipient):
    found = english(text, pub_date="2007-06-01")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    "text",
    [
        # a civilian's find is no act of state
        "A farmer found an old arms cache in his field.",
        # trying to avoid charges is no trial
        "The Thai minister tried to avoid charges of bribery.",
        "Tourists found an ammunition dump left from the war near the beach.",
        # hypothetical and negated
        "Police have not found any weapons cache in the area.",
    ],
)
def test_no_event(text):
    found = english(text, pub_date="2007-06-01")
    assert not any(e in ("COERCE", "ASSAULT", "ACCUSE") for e, _, _ in found), (text, found)
