"""Unseen Indonesian (session 36, auditid): an agentless passive is guessed the scene state's police,
courts or government (coref.scene_authority) only when it names no doer; "didenda … oleh klubnya",
"fined … by his club" name one, and when that doer is no party, no state acted (attribution
names_its_doer). A passive with no "oleh"/"by" keeps its guessed authority."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("id", "Gelandang itu didenda dua pekan gaji oleh klubnya karena terlambat berlatih."),
        ("id", "Guru honorer itu diberhentikan oleh yayasan sekolahnya pekan lalu."),
        ("id", "Pemain sayap itu diskors tiga pertandingan oleh manajemen timnya."),
        ("en", "The winger was fined two weeks' wages by his club for missing training."),
    ],
)
def test_a_doer_named_but_no_party_is_no_state(lang, text):
    assert not coded_in(lang, text, pub_date="2015-06-01")


@pytest.mark.parametrize(
    ("lang", "text", "event", "actor", "recipient"),
    [
        ("id", "Seorang warga Australia ditangkap di Bali karena membawa narkoba.", "COERCE", "IDN", "AUS"),
        ("id", "Aktivis itu ditangkap oleh polisi di Jakarta.", "COERCE", "IDN", "IDN"),
        ("en", "An Australian man was arrested in Bali for carrying drugs.", "COERCE", "IDN", "AUS"),
    ],
)
def test_near_miss_an_unnamed_doer_is_still_the_state(lang, text, event, actor, recipient):
    found = coded_in(lang, text, pub_date="2015-06-01")
    assert has(found, event, actor, recipient), found
