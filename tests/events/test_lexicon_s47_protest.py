"""Orders and leave given to the army to carry out operations (session 47, protest; id/triggers/
mobilize.yaml `# from s47_protest`): "mengizinkan tentara melakukan operasi" is MOBILIZE as
en.mobilize.authorise-army-to codes "authorised the army to carry out operations" — and near
misses: surgery ("operasi") allowed to doctors or to wounded soldiers is no mobilisation."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")
indonesian = partial(coded_in, "id")


@pytest.mark.parametrize(
    ("text", "actor", "date"),
    [
        ("Menteri Pertahanan Turki memerintahkan tentara melancarkan operasi di perbatasan Irak pada Selasa.",
         "TUR", "2024-05-01"),
        ("Presiden Filipina mengizinkan militer untuk melakukan operasi terhadap kelompok Abu Sayyaf di Sulu.",
         "PHL", "2024-05-01"),
    ],
)
def test_indonesian_army_ordered_to_operate(text, actor, date):
    found = indonesian(text, pub_date=date)
    assert has(found, "MOBILIZE", actor), found


def test_english_counterpart_codes_the_same():
    found = english("The Philippine president authorised the military to carry out operations against Abu Sayyaf.",
                    pub_date="2024-05-01")
    assert has(found, "MOBILIZE", "PHL"), found


@pytest.mark.parametrize(
    "text",
    [
        "Menteri Kesehatan mengizinkan dokter melakukan operasi pada pasien anak di rumah sakit itu.",
        "Panglima TNI mengizinkan prajurit yang terluka menjalani operasi di Singapura.",
    ],
)
def test_surgery_allowed_is_no_mobilisation(text):
    found = indonesian(text, pub_date="2024-05-01")
    assert not any(e == "MOBILIZE" for e, _, _ in found), found
