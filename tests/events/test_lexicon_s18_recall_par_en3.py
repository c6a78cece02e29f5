"""English recall and precision on unseen wire text (session 18, recall_par_en3).

Troops sent "as part of", "to join" or "to serve in" a peacekeeping force (AID; AGREE when promised),
an invitation received from another (the inviter acts), "X told reporters after talks with Y" (a
meeting), concern a party "has prompted" (the party is what the concern is about), one "expected at"
talks (anticipated), the labour movement and strike leaders (LAB), the rights group RADDHO and the
spelling "Hoshiyar Zebari" (en/triggers_s18_recall_par_en3.yaml, actors/*_s18_recall_par_en3.*) — and
words like them that are no event: criticism one faces with no critic named, an explosion in a mine or
a factory."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in, mentions_in
from conftest import has_event as has

english = partial(coded_in, "en")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        # troops for a peacekeeping force: aid; promised, an agreement
        ("Ghana sent 800 soldiers to Liberia as part of a UN peacekeeping force.", "AID", "GHA", "LBR"),
        ("Nepal deployed a battalion to Lebanon to join the UN peacekeeping force.", "AID", "NPL", "LBN"),
        ("Indonesia sent 1,000 troops to Congo to serve in the UN peacekeeping mission.", "AID", "IDN", "COD"),
        ("Malawi will send 600 troops to Somalia as part of the AU peacekeeping mission.", "AGREE", "MWI", "SOM"),
        # an invitation received: the one who invites acts
        ("The Thai prime minister said he had received an invitation from Beijing.", "AGREE", "CHN", "THA"),
        ("Mohamed ElBaradei accepted an invitation from Tehran.", "AGREE", "IRN", "IGO"),
        # a meeting told as the occasion of a statement
        ("Sergei Lavrov told reporters after talks with Wang Yi that a deal was close.", "CONSULT", "RUS", "CHN"),
        ("Hoshiyar Zebari told journalists following talks with Turkish officials.", "CONSULT", "IRQ", "TUR"),
        # concern a party has prompted: the party is what the concern is about
        ("Pyongyang has prompted new concerns about its missiles, the French minister said.", "ACCUSE", "FRA", "PRK"),
        # one who has raised concerns is the one who has them (en.accuse.raise-concern-about still)
        ("Japan has raised concerns about China's military drills.", "ACCUSE", "JPN", "CHN"),
        # the rights group RADDHO
        ("RADDHO called on Senegal to free the detained journalists.", "REQUEST", "NGO", "SEN"),
    ],
)
def test_english_recall(text, event, actor, recipient):
    found = english(text, pub_date="2007-06-01")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event", "actor"),
    [
        # a party that has prompted concern is not one that has concerns
        ("Pyongyang has prompted new concerns about its missiles, the French minister said.", "ACCUSE", "PRK"),
        # criticism faced, no critic named: the subject criticises no one
        (
            "Confronting the sharp criticism his budget has faced, the Kenyan finance minister defended the tax.",
            "ACCUSE",
            "KEN",
        ),
        ("The Kenyan finance minister faced heavy criticism over the new tax.", "ACCUSE", "KEN"),
        # troops sent to fight are no peacekeeping aid
        ("Ethiopia sent 3,000 troops to Somalia to fight the Islamists.", "AID", "ETH"),
        # a refusal to contribute is no promise
        ("Kenya will not send troops to Somalia as part of the peacekeeping mission.", "AGREE", "KEN"),
        # one expected at talks has not agreed to them (anticipated only)
        ("Conte had been expected at scheduled emergency talks with Guinea's labour leaders.", "AGREE", "GIN"),
        ("Uganda's president is expected at the scheduled summit with Kenyan leaders.", "AGREE", "UGA"),
        # the invitation not received
        ("The Thai prime minister has not received an invitation from Beijing.", "AGREE", "CHN"),
    ],
)
def test_not_this_event(text, event, actor):
    found = english(text, pub_date="2007-06-01")
    assert not has(found, event, actor), found


@pytest.mark.parametrize(
    "text",
    [
        "An explosion in a Chinese coal mine killed 23 miners on Sunday.",
        "Blasts at a Colombian coal mine killed 18 workers and left 13 trapped.",
        "A fire at a Bangladeshi garment factory killed 30 workers.",
    ],
)
def test_industrial_accident_is_no_assault(text):
    assert "ASSAULT" not in {e for e, _, _ in english(text, pub_date="2007-06-01")}, text


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The Guinean government resumed talks with the labour movement.", "labour movement"),
        ("Guinea's strike leaders demanded the president's removal.", "strike leaders"),
        ("Nigerian labour leaders called off the strike.", "labour leaders"),
    ],
)
def test_labour_movement_is_labour(text, words):
    found = mentions_in("en", text, date="2007-06-01")
    assert any(w.endswith(words) and sector == "LAB" for w, _, sector in found), found
