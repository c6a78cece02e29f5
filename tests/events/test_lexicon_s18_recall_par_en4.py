"""English wire text (session 18, recall_par_en4): criticism told as coming from someone
(en/triggers_s18_recall_par_en4.yaml), doers written with "armed" before them
(actors/sectors_s18_recall_par_en4.yaml), and attacks that are only quelled, commemorated or
remembered on an anniversary — which are no new attack."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Turkey unveiled its plan for the border. The sharpest criticism came from Greece.", "GRC", None),
        (
            "The new Egyptian law on charities drew fire at home. Fresh condemnation came from the European Union.",
            "EUR",
            None,
        ),
        (
            "Mexico's wall plan was debated. The strongest objections came from the Canadian prime minister.",
            "CAN",
            None,
        ),
        (
            "Iran's president has been under fire. The latest rebuke comes from the former Iranian president Khatami.",
            "IRN",
            None,
        ),
    ],
)
def test_criticism_coming_from_a_party(text, actor, recipient):
    found = english(text, pub_date="2007-06-01")
    assert has(found, "ACCUSE", actor, recipient), found


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Armed assailants attacked a police post in northern Nigeria on Monday.", "NGA", "NGA"),
        ("Heavily armed militants raided an army camp in Pakistan's Swat valley.", "PAK", "PAK"),
        ("Armed attackers assaulted a police convoy in southern Thailand.", "THA", "THA"),
        ("Armed insurgents raided a checkpoint near Mosul.", "IRQ", "IRQ"),
    ],
)
def test_armed_doer_is_the_actor(text, actor, recipient):
    found = english(text, pub_date="2015-06-10")
    assert has(found, "ASSAULT", actor, recipient), found


@pytest.mark.parametrize(
    "text",
    [
        # attacks a deployment is meant to stop are no attack by the one deployed
        "The Pentagon will send 3,000 more troops to Afghanistan to help quell Taliban attacks.",
        "Iraq sent police across Baghdad to curb insurgent attacks on pilgrims.",
        "Nigeria deployed soldiers to the delta to counter militant attacks on oil pipelines.",
        # remembered, commemorated acts
        "Russia marked the tenth anniversary of the Beslan school attack on Monday.",
        "Kenyan officials laid wreaths on the anniversary of the embassy bombing in Nairobi.",
        "The Indonesian police commemorated the Bali bombings with a service in Kuta.",
        "Serbia's president attended a remembrance of the Srebrenica massacre.",
    ],
)
def test_no_new_attack(text):
    found = english(text, pub_date="2015-06-10")
    assert not any(e == "ASSAULT" for e, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "event", "actor"),
    [
        # near misses: the act itself, told with the same words, is still coded
        ("Troops sent to quell the riot attacked protesters in Lahore, Pakistani officials said.", "ASSAULT", "PAK"),
        ("Taliban militants attacked a memorial in Kabul on the anniversary.", "ASSAULT", "AFG"),
        ("Armed men attacked a police station in northern Nigeria.", "ASSAULT", "NGA"),
    ],
)
def test_act_still_coded(text, event, actor):
    found = english(text, pub_date="2015-06-10")
    assert has(found, event, actor), found


@pytest.mark.parametrize(
    "text",
    [
        # criticism that comes from no named party, or "came from" with no criticism
        "The criticism came from many quarters.",
        "The money came from the Indian government.",
        # an armed doer named but nothing done
        "Armed militants are active in the hills of the region.",
    ],
)
def test_no_event(text):
    found = english(text, pub_date="2015-06-10")
    assert not any(e in ("ACCUSE", "ASSAULT") for e, _, _ in found), found
