"""A visit told as the frame of what its speaker says or does (session 36, enreq): "X said during a
visit to Y", "On a visit to Y, X said", "X told reporters on a visit to Y" is X's own visit to Y, as
"di sela kunjungannya ke Irak" already is in Indonesian — and near misses: a visit that names its own
visitor ("a visit by the minister") stays background."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_in
from conftest import has_event as has

english = partial(coded_in, "en")


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Japanese Prime Minister Fumio Kishida said on Monday during a visit to Vietnam that trade would grow.",
         "JPN", "VNM"),
        ("On a visit to Nairobi, German Chancellor Olaf Scholz said Berlin would fund new clinics.", "DEU", "KEN"),
        ("Indian Prime Minister Narendra Modi told reporters on a visit to Paris that the deal was near.",
         "IND", "FRA"),
        ("We will not give up on peace, said Turkish President Recep Tayyip Erdogan during a visit to Qatar.",
         "TUR", "QAT"),
    ],
)
def test_english_speakers_own_visit(text, actor, recipient):
    found = english(text, pub_date="2023-05-02")
    assert has(found, "CONSULT", actor, recipient), found


def test_english_visit_with_its_own_visitor_stays_background():
    found = english("Two soldiers were wounded during a visit by the Malian defence minister to Gao.",
                    pub_date="2023-05-02")
    assert not any(e == "CONSULT" for e, _, _ in found), found
