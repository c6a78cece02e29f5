"""ASSAULT between private groups (session 40, assault; coder.sides_of_a_fight, grammar
`two_sided_fights`): unnamed civilians, villagers, students named as the subject or the partner of a
two-sided fight ("clashed", "bentrok", "tawuran") are its sides, not the bystanders violence is done
to — and near misses: civilians hurt in clashes (no doer named), a crowd clashing with the police
(a riot, PROTEST). Brawls ("brawled", "tawuran") are such fights too."""

from __future__ import annotations

import pytest

from conftest import coded_in


@pytest.mark.parametrize(
    ("lang", "text", "actor", "date"),
    [
        ("en", "Villagers and herders clashed over grazing land near the Kenyan town of Marsabit on Sunday.",
         "KEN", "2019-05-12"),
        ("en", "Rival students clashed with villagers outside a college in the Nepalese town of Birgunj.",
         "NPL", "2016-08-03"),
        ("id", "Warga dua desa terlibat bentrok dengan mahasiswa di kota Marawi, Filipina, Minggu.",
         "PHL", "2019-05-12"),
        ("id", "Petani dan peternak bentrok soal lahan penggembalaan di dekat kota Marsabit, Kenya.",
         "KEN", "2019-05-12"),
        ("en", "Villagers brawled with students outside a college in the Kenyan town of Nakuru.", "KEN", "2019-05-12"),
        ("id", "Warga desa bertawuran dengan mahasiswa di depan kampus di kota Nakuru, Kenya.", "KEN", "2019-05-12"),
    ],
)
def test_private_sides_of_a_fight(lang, text, actor, date):
    found = coded_in(lang, text, pub_date=date)
    assert any(e == "ASSAULT" and actor in a for e, a, _ in found), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Some 30 civilians were hurt in clashes in the Kenyan town of Marsabit on Sunday."),
        ("id", "Sedikitnya 30 warga sipil terluka dalam bentrokan di kota Marsabit, Kenya, Minggu."),
    ],
)
def test_civilians_hurt_in_clashes_are_no_doers(lang, text):
    found = coded_in(lang, text, pub_date="2019-05-12")
    assert not any(e == "ASSAULT" for e, _, _ in found), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Protesters clashed with police outside the parliament in the Kenyan capital Nairobi."),
        ("id", "Para pengunjuk rasa bentrok dengan polisi di depan gedung parlemen di Nairobi, Kenya."),
    ],
)
def test_a_crowd_clashing_with_police_riots(lang, text):
    found = coded_in(lang, text, pub_date="2019-05-12")
    assert any(e == "PROTEST" for e, _, _ in found), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "At least 12 people were killed and 40 wounded in clashes between Sunni and Shiite tribesmen "
         "in northwestern Pakistan, officials said."),
        ("id", "Sebanyak 12 orang tewas dan 40 lainnya luka-luka dalam bentrokan antara warga Sunni dan Syiah "
         "di Pakistan barat laut, kata pejabat."),
    ],
)
def test_casualties_then_the_sides_of_the_clash(lang, text):
    """coder.sides_named_after: "killed" in the passive does not fold the phrase naming the sides."""
    found = coded_in(lang, text, pub_date="2007-03-01")
    assert any(e == "ASSAULT" and "PAK" in a for e, a, _ in found), found


def test_casualties_in_clashes_with_no_sides_named():
    text = "Twelve people were killed and 40 wounded in clashes in northwestern Pakistan, officials said."
    found = coded_in("en", text, pub_date="2007-03-01")
    assert not any(e == "ASSAULT" for e, _, _ in found), found
