"""Agentless state acts whose doer is the state named after the act's preposition (session 46, deport):
"was deported from X"/"dideportasi dari X", "was denied entry to X"/"ditolak masuk ke X", "was banned
from entering X"/"dilarang masuk ke X", "mendapat suaka di X" (as "granted asylum in X"): X's
government did it, the subject underwent it — and near misses: a destination ("deported to X") and a
party expelling a member are no such doer."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        ("A Kenyan activist was deported from Uganda on Monday.", "COERCE", "UGA", "KEN"),
        ("The Russian opposition figure was denied entry to Georgia at the airport.", "COERCE", "GEO", "RUS"),
        ("A Nigerian businessman was banned from entering Ghana for five years.", "COERCE", "GHA", "NGA"),
    ],
)
def test_english_doer_after_preposition(text, event, actor, recipient):
    found = english(text, pub_date="2022-03-01")
    assert has(found, event, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        ("Seorang aktivis Kenya dideportasi dari Uganda pada Senin.", "COERCE", "UGA", "KEN"),
        ("Tokoh oposisi Rusia itu ditolak masuk ke Georgia di bandara.", "COERCE", "GEO", "RUS"),
        ("Pengusaha Nigeria itu dilarang masuk ke Ghana selama lima tahun.", "COERCE", "GHA", "NGA"),
        ("Pembangkang China itu mendapat suaka di Kanada.", "AID", "CAN", "CHN"),
    ],
)
def test_indonesian_doer_after_preposition(text, event, actor, recipient):
    found = indonesian(text, pub_date="2022-03-01")
    assert has(found, event, actor, recipient), found


def test_english_party_expulsion_is_no_deportation():
    found = english("The lawmaker was expelled from the party last year.", pub_date="2022-03-01")
    assert not has(found, "COERCE", None, None), found


def test_indonesian_destination_is_no_doer():
    found = indonesian("Aktivis Kenya itu dideportasi ke Kenya pada Senin.", pub_date="2022-03-01")
    assert not has(found, "COERCE", "KEN", "KEN"), found
