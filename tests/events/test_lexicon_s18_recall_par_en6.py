"""English recall on unseen wire text (session 18, helper recall_par_en6): people killed "in a
confrontation / clashes / a firefight with" a named force, house-to-house searches, negotiators who
haggle, an invitation to visit, a proposal to resume ties or aid (en/triggers_s18_recall_par_en6.yaml),
the IAEA by its wire names (actors/bodies.yaml), army vehicles standing for the
army (actors/sectors_s18_recall_par_en6.yaml), three office-holders of 2007
(actors/people/s18_recall_par_id5.tsv) — and words like them that are no event."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
WIRE = "2007-06-01"


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        # killed in a clash with a named force: the force after "with" is the attacker
        ("Two Tamil rebels were killed in a confrontation with Sri Lankan troops at Mannar.", "ASSAULT", "LKA", "LKA"),
        ("Four fighters died during fierce clashes with Nigerian police in the delta.", "ASSAULT", "NGA", None),
        ("Several protesters were injured in clashes with Egyptian riot police in Cairo.", "ASSAULT", "EGY", "EGY"),
        ("A soldier was wounded in a battle with Taliban militants in Helmand.", "ASSAULT", "AFG", "AFG"),
        # house-to-house searches and raids
        ("Indian troops conducted door-to-door searches in Srinagar after the attack.", "COERCE", "IND", None),
        ("Jordanian police made house-to-house searches in Zarqa on Sunday.", "COERCE", "JOR", None),
        ("Israeli army jeeps entered the village to make house-to-house searches.", "COERCE", "ISR", None),
        # haggling over terms is negotiation
        ("Negotiators from Japan and China haggled over the joint statement.", "CONSULT", "JPN", "CHN"),
        ("Indian and Pakistani diplomats bargained over the terms of the deal on Tuesday.", "CONSULT", "IND", "PAK"),
        # an invitation to visit is one AGREE, the invited party is its recipient
        ("Iran invited the head of the UN atomic agency to visit its enrichment plant.", "AGREE", "IRN", "IGO"),
        ("Syria has invited the director of the U.N. atomic watchdog to come to Damascus.", "AGREE", "SYR", "IGO"),
        # a proposal to resume ties, aid or trade
        ("The Thai foreign minister proposed restoring direct flights to Cambodia.", "AGREE", "THA", "KHM"),
        ("China proposed the resumption of trade with Taiwan on Monday.", "AGREE", "CHN", "TWN"),
        # office-holders of 2007
        ("Kwon Ho-ung rejected criticism by South Korea's unification minister.", "REJECT", "PRK", "KOR"),
        ("Admiral Edmund Giambastiani said he had talked to the Iraqi defence minister.", "CONSULT", "USA", "IRQ"),
    ],
)
def test_wire_phrase_families(text, event, actor, recipient):
    found = english(text, pub_date=WIRE)
    assert has(found, event, actor, recipient), found


def test_army_vehicles_are_the_army():
    found = english("Dozens of Israeli armoured vehicles entered Nablus on Tuesday.", pub_date=WIRE)
    assert has(found, "MOBILIZE", "ISR"), found


def test_invited_party_does_not_visit():
    text = "The Vietnamese government invited the Thai prime minister to visit Hanoi next month."
    found = english(text, pub_date=WIRE)
    assert has(found, "AGREE", "VNM", "THA"), found
    assert not has(found, "CONSULT", "THA", "VNM"), found
    # the visit is what the invitation offers: the invited body is no visitor of a third state
    text = "North Korea invited the head of the UN atomic agency to visit and sent an envoy to the United States."
    found = english(text, pub_date=WIRE)
    assert not any(e == "CONSULT" and "IGO" in a for e, a, _ in found), found
    assert not any(e == "CONSULT" and "UNO" in a for e, a, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        # a man accused of spying: his accuser is not named, the killers do not accuse him
        "Taliban militants killed a man accused of spying for the Afghan government.",
        "Pakistani militants beheaded a tribesman suspected of spying for US forces.",
    ],
)
def test_reduced_relative_accused_is_no_accusation(text):
    found = english(text, pub_date=WIRE)
    assert not any(e == "ACCUSE" for e, _, _ in found), found
    assert any(e == "ASSAULT" for e, _, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Two rebels were killed in a traffic accident, Sri Lankan police said.",
        "Shoppers haggled over the price of fish at the market.",
        "The rebels are bargaining on a quick victory, Indian officials said.",
        "Residents accused of hoarding rice were fined by the city.",
        "Indian officials said they had not proposed resuming trade with Pakistan.",
        "The Thai foreign minister might propose restoring flights to Cambodia.",
    ],
)
def test_near_misses_code_nothing(text):
    found = english(text, pub_date=WIRE)
    assert not any(e in {"ASSAULT", "CONSULT", "ACCUSE", "AGREE"} for e, _, _ in found), found
