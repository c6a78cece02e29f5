"""Parties named only as parties or sides, then "in"/"di" and a state (session 30d, located;
attribution.parties_in_place, grammar keys unnamed_parties and party_quantifiers): "called on all
parties in East Timor", "mendesak semua pihak di Myanmar", "both sides in Cyprus" — the recipient is
that state. Near misses: the parties of a body, not a state ("all parties in Congress"), and a state
that only starts a region's name."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient", "date"),
    [
        ("The Security Council called on the warring parties in Sudan to respect the truce.",
         "REQUEST", "UNO", "SDN", "2019-05-02"),
        ("China appealed to both sides in Ukraine to show restraint.", "REQUEST", "CHN", "UKR", "2022-03-01"),
        ("The European Union urged all factions in Libya to join the talks.", "REQUEST", "EUR", "LBY", "2020-01-09"),
        ("Kenya praised all parties involved in Somalia for the peaceful vote.",
         "SUPPORT", "KEN", "SOM", "2022-05-16"),
    ],
)
def test_english_parties_in_place(text, event, actor, recipient, date):
    found = english(text, pub_date=date)
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient", "date"),
    [
        ("PBB meminta semua pihak di Myanmar menahan diri.", "REQUEST", "UNO", "MMR", "2021-02-03"),
        ("Indonesia menyerukan kepada kedua belah pihak di Sudan untuk menghentikan pertempuran.",
         "REQUEST", "IDN", "SDN", "2023-04-20"),
        ("Menlu Retno Marsudi mendesak pihak-pihak yang bertikai di Yaman agar kembali berunding.",
         "REQUEST", "IDN", "YEM", "2019-02-11"),
    ],
)
def test_indonesian_parties_in_place(text, event, actor, recipient, date):
    found = indonesian(text, pub_date=date)
    assert has(found, event, actor, recipient), found


def test_parties_of_a_body_are_no_state():
    # "in Congress": a body, not a state — the request keeps no recipient
    found = english("Obama urged all parties in Congress to back the bill.", pub_date="2010-03-01")
    assert has(found, "REQUEST", "USA", "-"), found


def test_region_named_after_a_state_is_no_state():
    # "di Suriah Utara": a region that bears the state's name is no state of its own parties
    found = indonesian("Turki mendesak semua pihak di Suriah Utara menahan diri.", pub_date="2019-10-10")
    assert has(found, "REQUEST", "TUR", "-"), found
