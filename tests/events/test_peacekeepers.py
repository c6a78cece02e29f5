"""Troops of a peace mission sent, deployed, landing or arriving give protection (AID, CAMEO 074,
peacekeeping) to the place they go, not a show of force (MOBILIZE): the words that make it so name
the troops ("peacekeepers", "pasukan penjaga perdamaian PBB", "African Union troops") or the mission
in the clause ("…, the vanguard of an African Union force") — grammar `peacekeeping_words`,
`peacekeeping_bodies`, `mission_forces` (coder.peace_mission). Troops sent to fight stay MOBILIZE."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("About 2,000 Kenyan peacekeepers were deployed to Somalia last month.", "KEN", "SOM"),
        ("United Nations peacekeepers arrived in Bangui on Tuesday.", "UNO", "CAF"),
        ("Some 1,500 African Union troops began arriving in Mogadishu this week.", "IGO", "SOM"),
        (
            "More than 1,000 Ugandan soldiers landed in Mogadishu last week, the vanguard of an African Union force.",
            "UGA",
            "SOM",
        ),
    ],
)
def test_peace_mission_moved_is_aid_en(text, actor, recipient):
    found = english(text, pub_date="2015-06-10")
    assert has(found, "AID", actor, recipient), found
    assert not has(found, "MOBILIZE", actor), found


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Pasukan penjaga perdamaian PBB tiba di Bangui pada hari Selasa.", "UNO", "CAF"),
        ("Lebih dari 500 tentara Kenya mendarat di Mogadishu, barisan depan pasukan AU.", "KEN", "SOM"),
        ("Pasukan PBB yang berkekuatan 5.000 orang ditempatkan di Burundi pada Juni.", "UNO", "BDI"),
    ],
)
def test_peace_mission_moved_is_aid_id(text, actor, recipient):
    found = indonesian(text, pub_date="2015-06-10")
    assert has(found, "AID", actor, recipient), found
    assert not has(found, "MOBILIZE", actor), found


@pytest.mark.parametrize(
    ("lang", "text", "actor", "recipient"),
    [
        # troops sent to fight, or a military alliance's troops, are a show of force
        ("en", "Russian troops arrived in Crimea on Sunday.", "RUS", "UKR"),
        ("en", "NATO troops arrived in Kabul on Monday.", "IGO", "AFG"),
        ("id", "Pasukan Rusia tiba di Krimea pada hari Minggu.", "RUS", "UKR"),
        ("id", "Pasukan NATO tiba di Kabul pada hari Senin.", "IGO", "AFG"),
    ],
)
def test_other_forces_stay_mobilize(lang, text, actor, recipient):
    found = coded_in(lang, text, pub_date="2015-06-10")
    assert has(found, "MOBILIZE", actor, recipient), found
    assert not has(found, "AID", actor), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a peace mission named only in another clause does not make troops sent to fight peacekeepers
        ("en", "Russian troops arrived in Crimea on Sunday and Kyiv asked for United Nations peacekeepers."),
        ("id", "Pasukan Rusia tiba di Krimea pada hari Minggu dan Kyiv meminta pasukan penjaga perdamaian PBB."),
        # a force that does not go anywhere: no host, no aid
        ("en", "The peacekeepers are not arriving in Bangui this week."),
    ],
)
def test_near_misses_code_no_peacekeeping_aid(lang, text):
    found = coded_in(lang, text, pub_date="2015-06-10")
    assert not has(found, "AID", "RUS"), found
    assert not any(e == "AID" and "CAF" in r for e, _, r in found), found
