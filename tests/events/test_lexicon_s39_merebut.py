"""Seizing a town or territory (session 39, merebut): an armed force taking a place named with no "kota"
or "the town of" before it is COERCE seize (CAMEO 192; docs/annotation.md) in both languages —
"pemberontak merebut Kidal" (id.coerce.s39mb-rebut-bersenjata), "rebels captured Kidal" (coder.place_seized,
grammar seizing_verbs), "overran" (en.coerce.s39mb-overrun-armed), "jatuh ke tangan"/"fell to" (frame
undergo) — and near misses: seats, hearts and titles won, prices that fell, people captured."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("lang", "text", "actor", "recipient"),
    [
        ("en", "Tuareg rebels captured Kidal after the army withdrew.", "MLI", "MLI"),
        ("en", "Russian troops captured Bakhmut after a months-long battle.", "RUS", "UKR"),
        ("en", "Jihadist fighters overran Kidal on Thursday.", "MLI", "MLI"),
        ("id", "Pemberontak Tuareg merebut Kidal setelah tentara mundur.", "MLI", "MLI"),
        ("id", "Pasukan Rusia merebut Bakhmut setelah pertempuran berbulan-bulan.", "RUS", None),
        ("id", "Kota itu jatuh ke tangan pemberontak Tuareg pada Kamis.", "MLI", None),
        ("en", "The town fell to Tuareg rebels on Thursday.", "MLI", None),
    ],
)
def test_armed_force_seizes_place(lang, text, actor, recipient):
    found = coded_in(lang, text, pub_date="2024-03-01")
    assert has(found, "COERCE", actor, recipient), found


@pytest.mark.parametrize(
    ("lang", "text", "event"),
    [
        ("id", "TNI berupaya merebut hati rakyat di pedalaman.", "COERCE"),
        ("id", "Partai itu merebut kursi terbanyak di parlemen daerah.", "COERCE"),
        ("id", "Tim tentara merebut gelar juara turnamen voli.", "COERCE"),
        ("en", "Oil prices fell to a three-year low on Monday.", "COERCE"),
        ("en", "The decision fell to the army chief.", "COERCE"),
        ("en", "The project overran its budget by a third.", "COERCE"),
    ],
)
def test_seizure_near_misses(lang, text, event):
    found = coded_in(lang, text, pub_date="2024-03-01")
    assert all(e != event for e, _, _ in found), found


def test_people_captured_stay_an_arrest():
    found = english("Israeli troops captured two Hamas fighters near Khan Younis.", pub_date="2024-03-01")
    assert has(found, "COERCE", "ISR", "PSE"), found
