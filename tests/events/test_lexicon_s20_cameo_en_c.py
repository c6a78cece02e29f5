"""English triggers converted from the CAMEO verb dictionary, blocks 267-397 (session 20, helper
cameo_en_c; en/triggers_s20_cameo_en_c.yaml): raising aid, parading missiles and overflights as shows of
force, punishing and re-arresting, recapturing escapees, rampages, terror, slaps, destroying buildings,
wiping out, repelling, pounding and targeting fighters, military intervention, waiving sanctions,
putting off visits, excluding parties from elections. All sentences are written
for these tests."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        # raising aid
        ("Germany doubled its aid to Jordan on Wednesday.", "AID", "DEU", "JOR"),
        ("Canada tripled its assistance to Haiti after the hurricane.", "AID", "CAN", "HTI"),
        ("Norway boosts aid to Somalia", "AID", "NOR", "SOM"),
        # shows of force
        ("North Korea paraded new ballistic missiles through Pyongyang on Saturday.", "MOBILIZE", "PRK", None),
        ("Russian bombers overflew Norwegian waters on Thursday.", "MOBILIZE", "RUS", "NOR"),
        # punishing, re-arresting, recapturing escapees
        ("Iran punished the reformist newspapers on Sunday.", "COERCE", "IRN", "IRN"),
        ("Bahraini police re-arrested the opposition activist on Monday.", "COERCE", "BHR", "BHR"),
        ("Kenyan police recaptured nine escaped inmates near the border.", "COERCE", "KEN", "KEN"),
        # rampages, terror, slaps
        ("Sudanese militiamen rampaged through villages in Darfur on Friday.", "ASSAULT", "SDN", None),
        ("Somali pirates terrorised Kenyan fishermen along the coast.", "ASSAULT", "SOM", "KEN"),
        ("An Israeli soldier slapped a Palestinian teenager at the checkpoint.", "ASSAULT", "ISR", "PSE"),
        # destruction, wiping out, repelling, pounding, targeting
        ("Malian rebels destroyed ancient shrines in Timbuktu.", "ASSAULT", "MLI", "MLI"),
        ("Nigerian troops wiped out a rebel camp near Lake Chad.", "ASSAULT", "NGA", "NGA"),
        ("Iraqi troops repelled an Islamic State assault on Ramadi.", "ASSAULT", "IRQ", None),
        ("Syrian troops pounded rebel-held districts of Homs on Tuesday.", "ASSAULT", "SYR", None),
        ("Russian warplanes targeted rebels near Idlib in Syria.", "ASSAULT", "RUS", "SYR"),
        ("France intervened militarily in the Central African Republic.", "ASSAULT", "FRA", "CAF"),
        # waiving sanctions, putting off visits, exclusion from elections
        ("The United States waived sanctions on Indian oil buyers.", "RETREAT", "USA", "IND"),
        ("Japan put off the visit to South Korea after the dispute.", "REJECT", "JPN", "KOR"),
        ("South Korea deferred talks with North Korea on Monday.", "REJECT", "KOR", "PRK"),
        ("Algeria excluded the Islamist parties from the elections.", "COERCE", "DZA", "DZA"),
    ],
)
def test_cameo_verbs(text, event, actor, recipient):
    found = english(text, pub_date="2015-06-10")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # not the political sense
        ("Heavy rain pounded the coast of Japan on Monday.", "ASSAULT"),
        ("The storm destroyed hundreds of homes in the Philippines.", "ASSAULT"),
        ("Falling oil prices wiped out Russia's budget surplus.", "ASSAULT"),
        ("Japan's prime minister rampaged through the budget debate, critics joked.", "ASSAULT"),
        ("Italian players paraded the trophy through Rome.", "MOBILIZE"),
        ("The Indian economy increased by seven percent last year.", "AID"),
        # negated or hypothetical
        ("Germany did not increase its aid to Greece.", "AID"),
        ("China has not punished the officials, Amnesty said.", "COERCE"),
    ],
)
def test_near_misses(text, event):
    found = english(text, pub_date="2015-06-10")
    assert event not in {e for e, _, _ in found}, found
