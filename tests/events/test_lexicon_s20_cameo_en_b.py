"""English verbs from the CAMEO verb dictionary, blocks 134-266 (session 20, helper cameo_en_b).

en/triggers_s20_cameo_en_b.yaml: reneging and backing out, scrapping deals and halting cooperation,
applying sanctions, opening embassies, touting and warming ties, declaring or seeking independence,
verbal "attacks", relief missions, joining peacekeeping, unleashing attacks, police swoops, scaling
back forces, wiping out debt, sending letters. Every sentence here is invented."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        ("Russia reneged on its promise to supply gas to Ukraine.", "REJECT", "RUS", "UKR"),
        ("Iran Reneges on Nuclear Deal with France", "REJECT", "IRN", "FRA"),
        ("The junta in Thailand went back on its pledge to Japan.", "REJECT", "THA", "JPN"),
        ("China backed out of the summit with Japan on Tuesday.", "REJECT", "CHN", "JPN"),
        ("Russia scrapped its gas deal with Ukraine.", "SANCTION", "RUS", "UKR"),
        ("Pakistan cut cooperation with the United States.", "SANCTION", "PAK", "USA"),
        ("EU Applies Sanctions to Russia", "SANCTION", "EUR", "RUS"),
        ("China opened an embassy in Panama on Tuesday.", "SUPPORT", "CHN", "PAN"),
        ("US President Barack Obama touted the nuclear deal with Iran.", "SUPPORT", "USA", "IRN"),
        ("Kosovo declared independence from Serbia.", "REQUEST", "XKX", "SRB"),
        ("Russian President Vladimir Putin launched a scathing attack on the United States.", "ACCUSE", "RUS", "USA"),
        ("Turkey mounted a blistering attack on Israel over the raid.", "ACCUSE", "TUR", "ISR"),
        ("Japan launched a relief mission to Nepal.", "AID", "JPN", "NPL"),
        ("The Netherlands joined the UN peacekeeping force for Mali.", "AID", "NLD", None),
        ("India unleashed attacks on Pakistani posts along the border.", "ASSAULT", "IND", "PAK"),
        ("Russia undertook an offensive against Ukraine.", "ASSAULT", "RUS", "UKR"),
        ("Indian police swooped on Pakistani suspects in Mumbai.", "COERCE", "IND", "PAK"),
        ("The UN scaled back its mission in Congo.", "RETREAT", "UNO", None),
        ("The United States wiped out Haiti's debt.", "AID", "USA", "HTI"),
        ("Germany sent a letter to Greece on Tuesday.", "CONSULT", "DEU", "GRC"),
    ],
)
def test_cameo_verbs(text, event, actor, recipient):
    found = english(text, pub_date="2015-06-10")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # negated or hypothetical
        ("Russia did not renege on its promise to Ukraine.", "REJECT"),
        ("Taiwan would face attack should it declare independence from China.", "REQUEST"),
        # a storm of protest is no attack; a company scaling down operations is no retreat
        ("The ruling unleashed a storm of criticism in Pakistan.", "ASSAULT"),
        ("The firm in Japan may scale down its operations in China.", "RETREAT"),
        # relief or embassy words without the act
        ("China has an embassy in Panama.", "SUPPORT"),
        # sending a message is a signal, not a contact; investors swooping on shares is no arrest
        ("Japan wanted to send a message to China.", "CONSULT"),
        ("Investors swooped on Indian shares on Tuesday.", "COERCE"),
    ],
)
def test_near_misses(text, event):
    found = english(text, pub_date="2015-06-10")
    assert not any(e == event for e, _, _ in found), found


def test_verbal_attack_is_no_assault():
    found = english(
        "Russian President Vladimir Putin launched a scathing attack on the United States.", pub_date="2015-06-10"
    )
    assert not any(e == "ASSAULT" for e, _, _ in found), found


def test_relief_operation_is_no_assault():
    found = english("Japan launched a relief operation in Nepal on Tuesday.", pub_date="2015-06-10")
    assert not any(e == "ASSAULT" for e, _, _ in found), found
