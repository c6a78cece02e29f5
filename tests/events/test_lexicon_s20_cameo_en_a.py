"""English recall from the CAMEO verb dictionary, blocks ACCELERATE ... REUNIFY (session 20,
en/triggers_s20_cameo_en_a.yaml): relief sped somewhere, aid resumed, money pumped in, sanctions
added, strikes staged, assassinations attempted, ethnic cleansing, warnings
delivered, threats stepped up, border fences and force build-ups, ties repaired,
differences ironed out, angry reactions, migrants intercepted — and words
like them that are no event. The sentences are written for these tests."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        # AID
        ("Japan sped food and tents to Nepal after the earthquake.", "AID", "JPN", "NPL"),
        ("Australia hastened medicines to Vanuatu after the cyclone.", "AID", "AUS", "VUT"),
        ("The World Bank resumed aid to Burundi on Monday.", "AID", "IGO", "BDI"),
        ("Washington unfroze its assistance to Egypt.", "AID", "USA", "EGY"),
        ("China pumped billions into the Greek economy.", "AID", "CHN", "GRC"),
        ("South Korea dispatched rescuers to Nepal.", "AID", "KOR", "NPL"),
        # SANCTION
        ("The United States added new sanctions on Russia.", "SANCTION", "USA", "RUS"),
        ("Britain is adding further sanctions against Syria.", "SANCTION", "GBR", "SYR"),
        # PROTEST
        ("Kenyan teachers staged a strike over pay.", "PROTEST", "KEN", None),
        ("Nigerian doctors are staging a strike over unpaid wages.", "PROTEST", "NGA", None),
        # ASSAULT
        ("Gunmen attempted the assassination of the Pakistani governor of Punjab.", "ASSAULT", "PAK", None),
        ("Serb militias ethnically cleansed Bosnian villages.", "ASSAULT", "SRB", "BIH"),
        ("Syrian troops advanced on the Turkish border town.", "ASSAULT", "SYR", None),
        # THREATEN
        ("China delivered a warning to Japan over the islands.", "THREATEN", "CHN", "JPN"),
        ("North Korea ratcheted up its threats against South Korea.", "THREATEN", "PRK", "KOR"),
        ("The European Union raised the prospect of new sanctions on Russia.", "THREATEN", "EUR", "RUS"),
        # MOBILIZE
        ("Hungary built a fence along its border with Serbia.", "MOBILIZE", "HUN", None),
        ("Russia built up forces near the Ukrainian border.", "MOBILIZE", "RUS", None),
        ("India despatched troops to the border with China.", "MOBILIZE", "IND", None),
        # AGREE
        ("Turkey and Russia patched up ties after the jet row.", "AGREE", "TUR", "RUS"),
        ("Erdogan repaired relations with Israel.", "AGREE", "TUR", "ISR"),
        ("Greece and the European Union ironed out their differences over the bailout.", "AGREE", "GRC", "EUR"),
        # ACCUSE, COERCE
        ("China reacted angrily to the Japanese report.", "ACCUSE", "CHN", "JPN"),
        ("Iran reacted with anger to the Saudi execution of a cleric.", "ACCUSE", "IRN", "SAU"),
        ("Italian coast guards intercepted 300 migrants from Libya.", "COERCE", "ITA", None),
    ],
)
def test_cameo_verb_blocks(text, event, actor, recipient):
    found = english(text, pub_date="2015-06-10")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Nigeria sped up the construction of the new airport.", "AID"),
        ("The team added more staff, the Indian coach said.", "SANCTION"),
        ("Indian unions held talks with the government to end the strike.", "PROTEST"),
        ("The Indian army returned to the barracks.", "ASSAULT"),
        ("India built a new road to the border town.", "MOBILIZE"),
        ("Russia built up its economy after the crisis.", "MOBILIZE"),
        ("China raised interest rates on Tuesday.", "THREATEN"),
        ("German Chancellor Angela Merkel delivered the keynote speech in Tokyo.", "THREATEN"),
        ("Japanese engineers repaired the road to the Chinese border.", "SUPPORT"),
        ("Chinese police intercepted a call from the suspect.", "COERCE"),
        ("The Indian central bank pumped liquidity into the markets.", "AID"),
        ("Indian talks advanced towards a deal with Pakistan.", "ASSAULT"),
        ("China did not react angrily to the Japanese report.", "ACCUSE"),
        ("The United States may add new sanctions on Russia.", "SANCTION"),
    ],
)
def test_near_misses_are_no_event(text, event):
    found = english(text, pub_date="2015-06-10")
    assert all(e != event for e, _, _ in found), found
