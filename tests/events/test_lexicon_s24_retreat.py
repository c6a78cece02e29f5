"""RETREAT word senses (session 24, retreat): handing captives back, evacuating or vacating one's own
military positions, disbanding armed units, easing a travel ban, ending a siege and an armed group
disbanding itself (en/triggers_s24_retreat.yaml, id/triggers_s24_retreat.yaml) — and near misses: a
meeting called a retreat, markets and glaciers retreating, a passport surrendered to a court,
floodwaters receding, land bought up by the hectare, a crowd dispersing."""

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
        ("Iran handed back the detained British sailors on Thursday.", "IRN", "GBR"),
        ("The Somali militia handed over the kidnapped Kenyan engineers.", "SOM", "KEN"),
        ("Israel evacuated its forces from the Gaza settlements.", "ISR", None),
        ("The Indian army vacated the outposts it had seized in Pakistan.", "IND", "PAK"),
        ("The United States relaxed its travel ban on Cuba.", "USA", "CUB"),
        ("Ethiopia disbanded the regional militias last year.", "ETH", None),
    ],
)
def test_english_retreat_wordings(text, actor, recipient):
    found = english(text)
    assert has(found, "RETREAT", actor, recipient), found


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Rusia mengakhiri pengepungan kota pelabuhan Ukraina.", "RUS", "UKR"),
        ("Israel mengevakuasi pasukannya dari Gaza.", "ISR", None),
        ("Tentara India mengosongkan pos-pos yang didudukinya di Pakistan.", "IND", None),
        ("Pemerintah Kolombia membubarkan kelompok paramiliter.", "COL", None),
        ("Gerakan Aceh Merdeka membubarkan sayap bersenjatanya.", "IDN", None),
    ],
)
def test_indonesian_retreat_wordings(text, actor, recipient):
    found = indonesian(text)
    assert has(found, "RETREAT", actor, recipient), found


def test_relaxed_travel_ban_is_no_restriction():
    found = english("The United States relaxed its travel ban on Cuba.")
    assert not has(found, "COERCE", "USA"), found


@pytest.mark.parametrize(
    "text",
    [
        "The Indonesian cabinet held a two-day retreat in Bogor to discuss the budget.",
        "Japan's ruling party leaders gathered for a weekend retreat near Tokyo.",
        "Indonesian shares retreated on Monday as investors took profits.",
        "Glaciers in Nepal are retreating fast.",
        "The Japanese suspect surrendered his passport to the court.",
    ],
)
def test_english_near_misses_code_no_retreat(text):
    found = english(text)
    assert not any(e == "RETREAT" for e, _, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Gletser di Nepal terus mundur.",
        "Pemerintah Indonesia membebaskan 20 hektare tanah untuk bandara.",
    ],
)
def test_indonesian_near_misses_code_no_retreat(text):
    found = indonesian(text)
    assert not any(e == "RETREAT" for e, _, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Massa membubarkan diri setelah polisi datang.",
        "Partai Golkar membubarkan sayap pemudanya.",
    ],
)
def test_new_entries_stay_narrow(text):
    """Guards for the new entries (these also pass without them): a crowd dispersing on its own and
    a party closing its youth wing are no demobilisation."""
    found = indonesian(text)
    assert not any(e == "RETREAT" for e, _, _ in found), found
