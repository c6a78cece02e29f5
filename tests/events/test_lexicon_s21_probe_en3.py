"""English families found by the s21 third English probe (probe_en3; en/triggers_s21_probe_en3.yaml):
cooperation resumed or restored between two states, troops fighting alongside another army or a
rebel group (cooperation, not an attack on the ally), a bill dropped after protests, and stops for
the reason a court gives ("for violating ... laws" is no REJECT) and for deaths in an accident
("killed in the factory collapse" is no attack) — each with near misses that must not code the event.
Sentences written for these tests."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        ("Cuba and the United States resumed cooperation on migration, officials said.", "COOPERATE", "CUB", "USA"),
        ("Ethiopia has restored security cooperation with Eritrea.", "COOPERATE", "ETH", "ERI"),
        ("Iranian advisers fought alongside Syrian government troops near Aleppo.", "COOPERATE", "IRN", "SYR"),
        ("Chadian soldiers fought alongside Malian troops against jihadists in the north.", "COOPERATE", "TCD", "MLI"),
        ("Rwandan troops allegedly fought alongside the M23 rebels, U.N. experts said.", "COOPERATE", "RWA", "COD"),
        ("Georgia's ruling party has dropped the foreign agents bill after a week of rallies.", "CONCEDE", "GEO", None),
        ("Kyrgyzstan's parliament dropped the media bill after a week of street protests.", "CONCEDE", "KGZ", None),
    ],
)
def test_s21_probe_en3_family_codes(text, event, actor, recipient):
    found = english(text, pub_date="2024-06-10")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # the reason for a sentence or a fine is no act of its own
        ("A Russian court jailed the activist for violating protest laws.", "REJECT"),
        ("A court in Nairobi fined the Kenyan opposition leader for breaching election rules.", "REJECT"),
        # deaths in an accident have no attacker
        ("Bangladesh's government apologised to relatives of those killed in the factory collapse.", "ASSAULT"),
        # the ally fought beside is not attacked; fighting against it is no cooperation
        ("Iranian advisers fought alongside Syrian government troops near Aleppo.", "ASSAULT"),
        ("Syrian rebels fought against Iranian advisers near Aleppo.", "COOPERATE"),
        # negated, hypothetical and requested concessions
        ("Kenya's ruling party did not drop the finance bill.", "CONCEDE"),
        ("Kenya's parliament may drop the bill next month.", "CONCEDE"),
        ("The opposition demanded that Kenya's government drop the bill.", "CONCEDE"),
        # cooperation not resumed
        ("Cuba and the United States could resume cooperation on migration if talks succeed.", "COOPERATE"),
    ],
)
def test_s21_probe_en3_near_miss(text, event):
    found = english(text, pub_date="2024-06-10")
    assert not any(e == event for e, _, _ in found), found
