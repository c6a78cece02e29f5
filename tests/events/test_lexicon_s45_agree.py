"""Carrier groups kept in a sea told with "have … in" (session 45, agree; en/triggers/mobilize.yaml, from
s45_agree): the English of Indonesian "menempatkan dua gugus tempur kapal induk di Teluk", so the parallel
corpus codes the same deployment in both languages — and near misses: troops lost, troops praised."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "event", "actor", "date"),
    [
        ("The United States has two carrier strike groups in the Mediterranean.", "MOBILIZE", "USA", "2023-10-20"),
        ("Britain and France have three aircraft carrier battle groups in the Arabian Sea.", "MOBILIZE", "GBR",
         "2007-02-21"),
    ],
)
def test_english_carrier_groups(text, event, actor, date):
    found = english(text, pub_date=date)
    assert any(e == event and actor in a for e, a, _ in found), found


def test_indonesian_counterpart():
    text = "Amerika Serikat menempatkan dua gugus tempur kapal induk di Laut Tengah."
    found = indonesian(text, pub_date="2023-10-20")
    assert any(e == "MOBILIZE" and "USA" in a for e, a, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Russia has lost troops in Chechnya.",
        "Brazil has praised its soldiers in Haiti.",
        "The company has 300 workers in Jakarta.",
    ],
)
def test_not_a_deployment(text):
    found = english(text, pub_date="2010-05-04")
    assert not any(e == "MOBILIZE" for e, _, _ in found), found
